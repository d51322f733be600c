using Sannong.Domain.Utility;

namespace Sannong.Domain.Progress;

/// <summary>
/// The Wilson score interval (威尔逊区间 Wēiěrxùn qūjiān) of a proportion: a two-sided confidence interval for the
/// true share p behind k successes in n trials, such as k earners among n sampled mentees.
/// </summary>
/// <remarks>
/// <para>With p̂ = k / n and z the two-sided critical value of the confidence c
/// (z = Φ⁻¹(1 - (1 - c) / 2), see <see cref="NormalDistribution.TwoSidedCriticalValue"/>):</para>
/// <code>
/// centre = (p̂ + z²/(2n)) / (1 + z²/n)
/// half   = z · √(p̂(1 - p̂)/n + z²/(4n²)) / (1 + z²/n)
/// low    = centre - half,  high = centre + half
/// </code>
/// <para>Unlike the textbook (Wald) interval p̂ ± z√(p̂(1 - p̂)/n), it never leaves [0, 1], is never empty at k = 0 or
/// k = n, and keeps close to its nominal coverage for small n.</para>
/// <para>The bounds are evaluated in algebraically equal forms that avoid the cancellation in centre - half. With
/// q̂ = (n - k) / n and s = z·√(p̂q̂/n + z²/(4n²)): low = p̂² / (p̂ + z²/(2n) + s) = 1 - (q̂ + z²/(2n) + s) / (1 + z²/n),
/// and high = (p̂ + z²/(2n) + s) / (1 + z²/n) = 1 - q̂² / (q̂ + z²/(2n) + s). For each bound the form whose computed
/// part is at most one half is used, so a bound near 0 keeps its relative precision and a bound near 1 the precision
/// of its distance from 1. Low is 0 exactly when k = 0 and high is 1 exactly when k = n. The bounds are then kept on
/// either side of p̂ and the centre between them, which only matters against rounding at extreme n (beyond about
/// 2^52). The interval always lies in [0, 1] and contains p̂. A width below a double's resolution near 0 or 1
/// (about z²/n at k = 0 or k = n, for very large n or very small z) rounds to 0.</para>
/// <para>Equality compares all the inputs and results exactly. <c>default(WilsonInterval)</c> is not a computed
/// interval: it has no trials, a confidence of 0 and every bound 0.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
public readonly struct WilsonInterval : IEquatable<WilsonInterval>
{
    private WilsonInterval(long successes, long trials, double confidence, double z, double centre, double low, double high)
    {
        Successes = successes;
        Trials = trials;
        Confidence = confidence;
        Z = z;
        Centre = Share.FromRatio(centre);
        Low = Share.FromRatio(low);
        High = Share.FromRatio(high);
    }

    /// <summary>The number of successes k (for example, earners among the sampled mentees).</summary>
    public long Successes { get; }

    /// <summary>The number of trials n (for example, sampled mentees); at least 1 for a computed interval.</summary>
    public long Trials { get; }

    /// <summary>The two-sided confidence level c in (0, 1): 0.95 for a 95% interval.</summary>
    public double Confidence { get; }

    /// <summary>The critical value z = Φ⁻¹(1 - (1 - c) / 2): 1.959963984540054 at 95%.</summary>
    public double Z { get; }

    /// <summary>The observed share p̂ = k / n (0 for <c>default(WilsonInterval)</c>).</summary>
    public Share Estimate => Trials == 0 ? Share.Zero : Share.Of(Successes, Trials);

    /// <summary>The centre of the interval, (p̂ + z²/(2n)) / (1 + z²/n): the observed share pulled towards one half.</summary>
    public Share Centre { get; }

    /// <summary>The lower bound of the interval.</summary>
    public Share Low { get; }

    /// <summary>The upper bound of the interval.</summary>
    public Share High { get; }

    /// <summary>The width of the interval, <see cref="High"/> - <see cref="Low"/>, as a ratio in [0, 1].</summary>
    public double Width => High.Value - Low.Value;

    /// <summary>
    /// Computes the two-sided Wilson score interval of <paramref name="successes"/> in <paramref name="trials"/>
    /// at the given confidence. Of 45 earners in a sample of 100 mentees at 95%: [0.3561, 0.5476] (rounded).
    /// </summary>
    /// <param name="successes">The number of successes k, between 0 and <paramref name="trials"/> inclusive.</param>
    /// <param name="trials">The number of trials n, at least 1.</param>
    /// <param name="confidence">The two-sided confidence level c, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trials"/> is zero or negative,
    /// <paramref name="successes"/> is negative or greater than <paramref name="trials"/>, or
    /// <paramref name="confidence"/> is NaN or not strictly between 0 and 1.</exception>
    public static WilsonInterval Compute(long successes, long trials, double confidence = 0.95)
    {
        Preconditions.CheckPositive(trials);
        Preconditions.CheckInRange(successes, 0L, trials);
        double z = NormalDistribution.TwoSidedCriticalValue(confidence);
        double n = trials;
        long failures = trials - successes;
        double p = successes / n;
        double q = failures / n;
        double z2 = z * z;
        double shift = z2 / (2.0 * n);
        double denominator = 1.0 + (z2 / n);
        // spread = half · (1 + z²/n). Each bound and its complement both have a form free of cancellation
        // (low = p̂²/(p̂ + shift + spread), 1 - low = (q̂ + shift + spread)/(1 + z²/n), and the mirror images for high):
        // the one at most one half is computed, and the bound taken from it, so every bound keeps its precision
        // whether it lies near 0 or near 1.
        double spread = z * Math.Sqrt((p * q / n) + (z2 / (4.0 * n * n)));
        double low = successes == 0 ? 0.0 : p * p / (p + shift + spread);
        if (low > 0.5)
        {
            low = 1.0 - ((q + shift + spread) / denominator);
        }
        double complementOfHigh = failures == 0 ? 0.0 : q * q / (q + shift + spread);
        double high = complementOfHigh <= 0.5 ? 1.0 - complementOfHigh : (p + shift + spread) / denominator;
        // Mathematically low < p̂ < high; near 0 and 1, at more than 2^52 trials, rounding could otherwise cross p̂.
        low = Math.Min(low, p);
        high = Math.Max(high, p);
        double centre = Math.Clamp((p + shift) / denominator, low, high);
        return new WilsonInterval(successes, trials, confidence, z, centre, low, high);
    }

    /// <summary>Whether a share lies within the interval, bounds included.</summary>
    /// <param name="share">The share to test, such as a target of 50%.</param>
    /// <returns>True when <see cref="Low"/> &lt;= <paramref name="share"/> &lt;= <see cref="High"/>.</returns>
    public bool Contains(Share share) => Low <= share && share <= High;

    /// <summary>Compares two intervals for equality of every input and result.</summary>
    /// <param name="other">The interval to compare with.</param>
    /// <returns>True when all properties are equal.</returns>
    public bool Equals(WilsonInterval other) =>
        Successes == other.Successes && Trials == other.Trials && Confidence.Equals(other.Confidence)
        && Z.Equals(other.Z) && Centre == other.Centre && Low == other.Low && High == other.High;

    /// <summary>Compares this interval with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="WilsonInterval"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is WilsonInterval other && Equals(other);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>A hash of the inputs and bounds.</returns>
    public override int GetHashCode() => HashCode.Combine(Successes, Trials, Confidence, Low, High);

    /// <summary>Formats the interval invariantly, such as <c>45/100 at 95%: [35.61%, 54.76%]</c>.</summary>
    /// <returns>The successes, trials, confidence and bounds.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Successes}/{Trials} at {Confidence * 100:0.###}%: [{Low}, {High}]");

    /// <summary>Compares two intervals for equality.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>True when both are equal.</returns>
    public static bool operator ==(WilsonInterval left, WilsonInterval right) => left.Equals(right);

    /// <summary>Compares two intervals for inequality.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(WilsonInterval left, WilsonInterval right) => !left.Equals(right);
}
