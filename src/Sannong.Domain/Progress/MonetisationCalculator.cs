using Sannong.Domain.Programmes;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Progress;

/// <summary>
/// Computes <see cref="MonetisationProgress"/>: the share of a programme's mentees who earn from their content, its
/// Wilson score interval, and the status against the target share, from the counts of mentees and earners.
/// </summary>
/// <remarks>
/// <para>The calculator works on counts, so it does not care how they were gathered: the scorecard counts the
/// mentees (a) and, among them, the earners (k): those whose earnings within the window sum to at least the
/// programme's minimum. The window is the <c>W</c> calendar months ending with the month of the as-of date d
/// (see <see cref="WindowStart"/>).</para>
/// <para>The status is <see cref="MonetisationStatus.NoData"/> when a = 0. In a census (the earnings cover every
/// mentee, the default) it is <see cref="MonetisationStatus.Met"/> when k / a &gt;= p0, else
/// <see cref="MonetisationStatus.Below"/>. In a sample it is <see cref="MonetisationStatus.Met"/> when the interval's
/// lower bound is &gt;= p0, <see cref="MonetisationStatus.NotMet"/> when its upper bound is &lt; p0, else
/// <see cref="MonetisationStatus.Inconclusive"/>. Shares compare as <see cref="double"/>s, so a share exactly equal
/// to the target (7 of 20 against 35%) meets it.</para>
/// </remarks>
/// <threadsafety>This type is a static class of pure functions that keeps no state: its members may be called from any number of threads at once.</threadsafety>
public static class MonetisationCalculator
{
    /// <summary>
    /// The first month of an earning window of <paramref name="windowMonths"/> calendar months that ends with the
    /// month of <paramref name="asOf"/>: the month of <paramref name="asOf"/> minus (W - 1) months. A three-month
    /// window as of 2024-02-10 starts in 2023-12 (and covers 2023-12, 2024-01 and 2024-02). Near the start of the
    /// calendar the window is cut short: it never starts before <see cref="EarningRule.FirstSupportedMonth"/>
    /// (-9998-01), as <see cref="EarningRule.Window"/> does.
    /// </summary>
    /// <param name="windowMonths">The window length W in calendar months, at least 1.</param>
    /// <param name="asOf">The as-of date d, any date NodaTime supports; its month is the last month of the window.</param>
    /// <returns>The first month of the window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowMonths"/> is zero or negative.</exception>
    public static YearMonth WindowStart(int windowMonths, LocalDate asOf)
    {
        Preconditions.CheckPositive(windowMonths);
        return EarningRule.FirstMonthOfWindow(asOf.ToYearMonth(), windowMonths);
    }

    /// <summary>
    /// Computes the monetisation progress from counts. As of 2024-02-10 with a 3-month window, 45 earners of 100
    /// mentees against a 50% target give a share of 45%, a 95% interval of [35.61%, 54.76%] and the status
    /// <see cref="MonetisationStatus.Below"/> (census) or <see cref="MonetisationStatus.Inconclusive"/> (sample).
    /// </summary>
    /// <param name="target">The target share p0 of mentees who earn.</param>
    /// <param name="windowMonths">The earning rule's window W in calendar months, at least 1.</param>
    /// <param name="mentees">The number of mentees a, zero or more.</param>
    /// <param name="earners">The number of earners k among them, between 0 and <paramref name="mentees"/>.</param>
    /// <param name="asOf">The as-of date d.</param>
    /// <param name="confidence">The two-sided confidence level of the interval, strictly between 0 and 1; 0.95 by default.</param>
    /// <param name="earningsAreSample">True when the earnings are a sample of the mentees (the status then reads the
    /// interval); false, the default, when they cover every mentee.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowMonths"/> is zero or negative,
    /// <paramref name="mentees"/> is negative, <paramref name="earners"/> is
    /// negative or greater than <paramref name="mentees"/>, or <paramref name="confidence"/> is NaN or not strictly
    /// between 0 and 1.</exception>
    public static MonetisationProgress Compute(
        Share target, int windowMonths, long mentees, long earners, LocalDate asOf,
        double confidence = 0.95, bool earningsAreSample = false)
    {
        YearMonth windowStart = WindowStart(windowMonths, asOf);
        Preconditions.CheckNonNegative(mentees);
        Preconditions.CheckInRange(earners, 0L, mentees);
        NormalDistribution.CheckOpenUnitInterval(confidence, nameof(confidence));

        WilsonInterval? interval = null;
        MonetisationStatus status = MonetisationStatus.NoData;
        if (mentees > 0)
        {
            WilsonInterval wilson = WilsonInterval.Compute(earners, mentees, confidence);
            interval = wilson;
            status = earningsAreSample
                ? (wilson.Low >= target ? MonetisationStatus.Met : wilson.High < target ? MonetisationStatus.NotMet : MonetisationStatus.Inconclusive)
                : (Share.Of(earners, mentees) >= target ? MonetisationStatus.Met : MonetisationStatus.Below);
        }
        return new MonetisationProgress(target, mentees, earners, confidence, interval, status, windowStart, asOf.ToYearMonth(), earningsAreSample);
    }
}
