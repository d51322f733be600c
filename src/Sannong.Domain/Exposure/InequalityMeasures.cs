namespace Sannong.Domain.Exposure;

/// <summary>
/// Inequality of exposure (曝光 bàoguāng): Gini, Lorenz curve, top and bottom shares, Herfindahl–Hirschman index,
/// Theil T and its group decomposition, Atkinson, normalised entropy and coverage, from any non-negative amounts
/// (views, impressions, earnings) per creator, item or group.
/// </summary>
/// <remarks>
/// <para>Each method reads its sequence once into one array, sorts that array in place and computes from it: the input
/// is copied at most once. Amounts must be finite and non-negative. A measure that is undefined (no amount, or a zero
/// total, where every share is 0/0) is null rather than a made-up number; see <see cref="InequalityReport"/>.</para>
/// <threadsafety>This type is a static class of pure functions, safe to call from any thread.</threadsafety>
/// </remarks>
public static class InequalityMeasures
{
    /// <summary>Every measure of the amounts at once, with the population Gini and the Atkinson index for ε = 1.</summary>
    /// <param name="amounts">The non-negative amounts, one per member.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    public static InequalityReport Report(IEnumerable<long> amounts) => Report(amounts, 1.0, GiniForm.Population);

    /// <inheritdoc cref="Report(IEnumerable{long})"/>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not finite.</exception>
    public static InequalityReport Report(IEnumerable<double> amounts) => Report(amounts, 1.0, GiniForm.Population);

    /// <summary>The population-form Gini coefficient (see <see cref="Gini(IEnumerable{double}, GiniForm)"/>).</summary>
    /// <param name="amounts">The non-negative amounts.</param>
    /// <returns>G, or null for no amount or a zero total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not finite.</exception>
    public static double? Gini(IEnumerable<double> amounts) => Gini(amounts, GiniForm.Population);

    /// <inheritdoc cref="Gini(IEnumerable{double})"/>
    public static double? Gini(IEnumerable<long> amounts) => Gini(amounts, GiniForm.Population);

    /// <summary>Every measure of the amounts at once (one copy, one sort).</summary>
    /// <param name="amounts">The non-negative amounts, one per member.</param>
    /// <param name="atkinsonEpsilon">The Atkinson index's inequality aversion ε, finite and non-negative.</param>
    /// <param name="form">The Gini form.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, or ε is negative or not finite, or the
    /// form is not defined.</exception>
    public static InequalityReport Report(IEnumerable<long> amounts, double atkinsonEpsilon, GiniForm form)
    {
        CheckEpsilon(atkinsonEpsilon);
        CheckForm(form);
        return new InequalityReport(SortedAmounts.From(amounts, nameof(amounts)), form, atkinsonEpsilon);
    }

    /// <inheritdoc cref="Report(IEnumerable{long}, double, GiniForm)"/>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, not a number or infinite, or ε is negative
    /// or not finite, or the form is not defined.</exception>
    public static InequalityReport Report(IEnumerable<double> amounts, double atkinsonEpsilon, GiniForm form)
    {
        CheckEpsilon(atkinsonEpsilon);
        CheckForm(form);
        return new InequalityReport(SortedAmounts.From(amounts, nameof(amounts)), form, atkinsonEpsilon);
    }

    /// <summary>The report of whole amounts held in a span, sorted by a counting sort: equal, to the last bit, to
    /// <see cref="Report(IEnumerable{long}, double, GiniForm)"/> of the same amounts.</summary>
    internal static InequalityReport ReportOfCounts(ReadOnlySpan<long> amounts, double atkinsonEpsilon, GiniForm form)
    {
        CheckEpsilon(atkinsonEpsilon);
        CheckForm(form);
        return new InequalityReport(SortedAmounts.FromCounts(amounts, nameof(amounts)), form, atkinsonEpsilon);
    }

    /// <summary>The Gini coefficient: G = Σᵢ (2i − n − 1) x₍ᵢ₎ / (n Σx) over the ascending order x₍₁₎ ≤ … ≤ x₍ₙ₎,
    /// times n/(n − 1) for <see cref="GiniForm.SampleCorrected"/>.</summary>
    /// <param name="amounts">The non-negative amounts.</param>
    /// <param name="form">The form.</param>
    /// <returns>G, or null for no amount, a zero total, or one amount in the sample-corrected form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not finite, or the form is not defined.</exception>
    public static double? Gini(IEnumerable<double> amounts, GiniForm form)
    {
        CheckForm(form);
        return InequalityMath.Gini(SortedAmounts.From(amounts, nameof(amounts)), form);
    }

    /// <inheritdoc cref="Gini(IEnumerable{double}, GiniForm)"/>
    public static double? Gini(IEnumerable<long> amounts, GiniForm form)
    {
        CheckForm(form);
        return InequalityMath.Gini(SortedAmounts.From(amounts, nameof(amounts)), form);
    }

    /// <summary>The Lorenz curve: (0, 0) then (i/n, share of the i poorest) for i = 1..n.</summary>
    /// <param name="amounts">The non-negative amounts.</param>
    /// <returns>n + 1 points, or an empty array for no amount or a zero total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not finite.</exception>
    public static ImmutableArray<LorenzPoint> Lorenz(IEnumerable<double> amounts) =>
        InequalityMath.Lorenz(SortedAmounts.From(amounts, nameof(amounts)));

    /// <summary>The share of the total held by the richest <paramref name="fraction"/> of members, 1 − L(1 − p), with
    /// the Lorenz curve interpolated linearly (a fraction of a member holds that fraction of its amount).</summary>
    /// <param name="amounts">The non-negative amounts.</param>
    /// <param name="fraction">p, in [0, 1].</param>
    /// <returns>The share, or null for no amount or a zero total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not finite, or the fraction is outside [0, 1].</exception>
    public static double? TopShare(IEnumerable<double> amounts, double fraction)
    {
        CheckFraction(fraction);
        return 1.0 - InequalityMath.LorenzAt(SortedAmounts.From(amounts, nameof(amounts)), 1.0 - fraction);
    }

    /// <summary>The share held by the poorest <paramref name="fraction"/> of members, L(p) on the interpolated curve.</summary>
    /// <param name="amounts">The non-negative amounts.</param>
    /// <param name="fraction">p, in [0, 1].</param>
    /// <returns>The share, or null for no amount or a zero total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not finite, or the fraction is outside [0, 1].</exception>
    public static double? BottomShare(IEnumerable<double> amounts, double fraction)
    {
        CheckFraction(fraction);
        return InequalityMath.LorenzAt(SortedAmounts.From(amounts, nameof(amounts)), fraction);
    }

    /// <summary>The Herfindahl–Hirschman index, Σ (100 xᵢ / Σx)²: 10,000/n when equal, 10,000 for a monopoly.</summary>
    /// <param name="amounts">The non-negative amounts.</param>
    /// <returns>The index, or null for no amount or a zero total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not finite.</exception>
    public static double? Hhi(IEnumerable<double> amounts) => InequalityMath.Hhi(SortedAmounts.From(amounts, nameof(amounts)));

    /// <summary>The band of an HHI value in the 2023 US Merger Guidelines.</summary>
    /// <param name="hhi">The index, 0 to 10,000.</param>
    /// <returns>Highly concentrated above 1,800, moderately from 1,000 to 1,800, unconcentrated below 1,000.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hhi"/> is outside [0, 10,000] or not a number.</exception>
    public static ConcentrationBand BandOf(double hhi)
    {
        if (!(hhi >= 0.0 && hhi <= 10_000.0 + 1e-6))
        {
            throw new ArgumentOutOfRangeException(nameof(hhi),
                $"hhi must be between 0 and 10000, but was {hhi.ToString(CultureInfo.InvariantCulture)}.");
        }
        return hhi > 1_800.0 ? ConcentrationBand.HighlyConcentrated
            : hhi >= 1_000.0 ? ConcentrationBand.ModeratelyConcentrated
            : ConcentrationBand.Unconcentrated;
    }

    /// <summary>The Theil T index, (1/n) Σ (xᵢ/μ) ln(xᵢ/μ) with 0 ln 0 = 0.</summary>
    /// <param name="amounts">The non-negative amounts.</param>
    /// <returns>T in [0, ln n], or null for no amount or a zero total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not finite.</exception>
    public static double? Theil(IEnumerable<double> amounts) => InequalityMath.Theil(SortedAmounts.From(amounts, nameof(amounts)));

    /// <summary>The Atkinson index, 1 − ξ/μ with ξ the equally distributed equivalent: ξ = ((1/n) Σ xᵢ^(1−ε))^(1/(1−ε)),
    /// and for ε = 1 the geometric mean. With ε ≥ 1 a zero amount makes ξ = 0, so the index is 1.</summary>
    /// <param name="amounts">The non-negative amounts.</param>
    /// <param name="epsilon">The inequality aversion ε, finite and non-negative (0: no aversion, index 0).</param>
    /// <returns>The index in [0, 1], or null for no amount or a zero total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not finite, or ε is negative or not finite.</exception>
    public static double? Atkinson(IEnumerable<double> amounts, double epsilon)
    {
        CheckEpsilon(epsilon);
        return InequalityMath.Atkinson(SortedAmounts.From(amounts, nameof(amounts)), epsilon);
    }

    /// <summary>The Shannon entropy of the shares over its maximum, −Σ sᵢ ln sᵢ / ln n.</summary>
    /// <param name="amounts">The non-negative amounts.</param>
    /// <returns>The normalised entropy in [0, 1], or null for fewer than two amounts or a zero total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not finite.</exception>
    public static double? Entropy(IEnumerable<double> amounts) => InequalityMath.Entropy(SortedAmounts.From(amounts, nameof(amounts)));

    /// <summary>The share of members with a positive amount.</summary>
    /// <param name="amounts">The non-negative amounts.</param>
    /// <returns>The coverage in [0, 1], or null for no amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not finite.</exception>
    public static double? Coverage(IEnumerable<double> amounts) => InequalityMath.Coverage(SortedAmounts.From(amounts, nameof(amounts)));

    /// <summary>The Theil T index of members split by a grouping the caller chooses, exactly decomposed:
    /// between + within = total.</summary>
    /// <typeparam name="T">The member type.</typeparam>
    /// <typeparam name="TKey">The group key (rural issue, province, follower tier...).</typeparam>
    /// <param name="members">The members.</param>
    /// <param name="amount">A member's non-negative amount.</param>
    /// <param name="group">A member's group.</param>
    /// <returns>The decomposition; all parts 0 when there is no member or the total is zero.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or not finite.</exception>
    public static TheilDecomposition DecomposeTheil<T, TKey>(IEnumerable<T> members, Func<T, double> amount, Func<T, TKey> group)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(amount);
        ArgumentNullException.ThrowIfNull(group);
        var groups = new Dictionary<TKey, List<double>>();
        int n = 0;
        double total = 0.0;
        foreach (T member in members)
        {
            double x = amount(member);
            if (!(x >= 0.0) || double.IsPositiveInfinity(x))
            {
                throw new ArgumentOutOfRangeException(nameof(amount),
                    $"amount must give finite non-negative amounts, but gave {x.ToString(CultureInfo.InvariantCulture)}.");
            }
            TKey key = group(member);
            if (!groups.TryGetValue(key, out List<double>? list))
            {
                list = new List<double>();
                groups.Add(key, list);
            }
            list.Add(x);
            n++;
            total += x;
        }
        if (n == 0 || !(total > 0.0))
        {
            return new TheilDecomposition(groups.Count, 0.0, 0.0, 0.0);
        }
        double mean = total / n;
        double overall = 0.0;
        double between = 0.0;
        double within = 0.0;
        foreach (List<double> list in groups.Values)
        {
            double groupTotal = 0.0;
            foreach (double x in list)
            {
                groupTotal += x;
                if (x > 0.0)
                {
                    overall += x / mean * Math.Log(x / mean);
                }
            }
            if (groupTotal > 0.0)
            {
                double share = groupTotal / total;
                double groupMean = groupTotal / list.Count;
                between += share * Math.Log(groupMean / mean);
                double groupTheil = 0.0;
                foreach (double x in list)
                {
                    if (x > 0.0)
                    {
                        groupTheil += x / groupMean * Math.Log(x / groupMean);
                    }
                }
                within += share * (groupTheil / list.Count);
            }
        }
        return new TheilDecomposition(groups.Count, overall / n, between, within);
    }

    private static void CheckEpsilon(double epsilon)
    {
        if (!(epsilon >= 0.0) || double.IsPositiveInfinity(epsilon))
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon),
                $"epsilon must be finite and non-negative, but was {epsilon.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    private static void CheckForm(GiniForm form)
    {
        if (form is not (GiniForm.Population or GiniForm.SampleCorrected))
        {
            throw new ArgumentOutOfRangeException(nameof(form), $"form must be Population or SampleCorrected, but was {(int)form}.");
        }
    }

    private static void CheckFraction(double fraction)
    {
        if (!(fraction >= 0.0 && fraction <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction),
                $"fraction must be between 0 and 1, but was {fraction.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
