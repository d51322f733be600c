namespace Sannong.Domain.Exposure;

/// <summary>The measures on one sorted copy of the amounts. Each returns null where the measure is undefined.</summary>
internal static class InequalityMath
{
    internal static double? Gini(SortedAmounts a, GiniForm form)
    {
        if (!a.HasMass || (form == GiniForm.SampleCorrected && a.Count < 2))
        {
            return null;
        }
        ReadOnlySpan<double> x = a.Values;
        int n = x.Length;
        double sum = 0.0;
        for (int i = 1; i <= n; i++)
        {
            sum += ((2.0 * i) - n - 1.0) * x[i - 1];
        }
        double g = sum / (n * a.Total);
        g = Math.Max(0.0, g);
        // Rounding can push the sample-corrected form of a monopoly ((n - 1)/n * n/(n - 1) = 1) just above 1.
        return form == GiniForm.SampleCorrected ? Math.Min(1.0, g * n / (n - 1.0)) : Math.Min(1.0, g);
    }

    internal static ImmutableArray<LorenzPoint> Lorenz(SortedAmounts a)
    {
        if (!a.HasMass)
        {
            return ImmutableArray<LorenzPoint>.Empty;
        }
        ReadOnlySpan<double> x = a.Values;
        int n = x.Length;
        var builder = ImmutableArray.CreateBuilder<LorenzPoint>(n + 1);
        builder.Add(default);
        double cumulative = 0.0;
        for (int i = 0; i < n; i++)
        {
            cumulative += x[i];
            double y = i == n - 1 ? 1.0 : Math.Min(1.0, cumulative / a.Total);
            builder.Add(new LorenzPoint((i + 1.0) / n, y));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>L(q): the share held by the poorest fraction q, interpolated linearly between Lorenz points.</summary>
    internal static double? LorenzAt(SortedAmounts a, double q)
    {
        if (!a.HasMass)
        {
            return null;
        }
        ReadOnlySpan<double> x = a.Values;
        int n = x.Length;
        double k = q * n;
        int whole = (int)Math.Floor(k);
        double cumulative = 0.0;
        for (int i = 0; i < whole && i < n; i++)
        {
            cumulative += x[i];
        }
        if (whole < n)
        {
            cumulative += (k - whole) * x[whole];
        }
        return Math.Clamp(cumulative / a.Total, 0.0, 1.0);
    }

    internal static double? Hhi(SortedAmounts a)
    {
        if (!a.HasMass)
        {
            return null;
        }
        double sum = 0.0;
        foreach (double x in a.Values)
        {
            double percent = 100.0 * x / a.Total;
            sum += percent * percent;
        }
        // Each share is at most 100 and they add to 100, so the sum is at most 10,000 but for rounding.
        return Math.Min(10_000.0, sum);
    }

    internal static double? Theil(SortedAmounts a)
    {
        if (!a.HasMass)
        {
            return null;
        }
        double mean = a.Total / a.Count;
        double sum = 0.0;
        foreach (double x in a.Values)
        {
            if (x > 0.0)
            {
                double r = x / mean;
                sum += r * Math.Log(r);
            }
        }
        // T lies in [0, ln n]; rounding is kept from leaving that range.
        return Math.Clamp(sum / a.Count, 0.0, Math.Log(a.Count));
    }

    internal static double? Atkinson(SortedAmounts a, double epsilon)
    {
        if (!a.HasMass)
        {
            return null;
        }
        ReadOnlySpan<double> values = a.Values;
        double mean = a.Total / a.Count;
        if (epsilon == 0.0)
        {
            return 0.0;
        }
        if (epsilon >= 1.0 && values[0] == 0.0)
        {
            return 1.0;
        }
        double equallyDistributed;
        if (epsilon == 1.0)
        {
            double logSum = 0.0;
            foreach (double x in values)
            {
                logSum += Math.Log(x / mean);
            }
            equallyDistributed = mean * Math.Exp(logSum / a.Count);
        }
        else
        {
            double power = 1.0 - epsilon;
            double sum = 0.0;
            foreach (double x in values)
            {
                sum += Math.Pow(x / mean, power);
            }
            equallyDistributed = mean * Math.Pow(sum / a.Count, 1.0 / power);
        }
        return Math.Clamp(1.0 - (equallyDistributed / mean), 0.0, 1.0);
    }

    internal static double? Entropy(SortedAmounts a)
    {
        if (!a.HasMass || a.Count < 2)
        {
            return null;
        }
        double h = 0.0;
        foreach (double x in a.Values)
        {
            if (x > 0.0)
            {
                double s = x / a.Total;
                h -= s * Math.Log(s);
            }
        }
        return Math.Clamp(h / Math.Log(a.Count), 0.0, 1.0);
    }

    internal static double? Coverage(SortedAmounts a)
    {
        if (a.Count == 0)
        {
            return null;
        }
        int zeros = 0;
        foreach (double x in a.Values)
        {
            if (x > 0.0)
            {
                break;
            }
            zeros++;
        }
        return (a.Count - zeros) / (double)a.Count;
    }
}
