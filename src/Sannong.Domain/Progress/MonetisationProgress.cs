using Sannong.Domain.Utility;

namespace Sannong.Domain.Progress;

/// <summary>
/// How far a programme is from its monetisation goal on a given date: of its mentees, how many earned from their
/// content within the earning window, the share they make, its Wilson score interval, and the status against the
/// target share. Computed by <see cref="MonetisationCalculator.Compute"/>.
/// </summary>
/// <remarks>
/// <para>The three-year 三农红人计划 (Sannong influencer plan), for example, aims for at least 50% of its 100,000
/// mentees to earn: <see cref="Target"/> is then 50%.</para>
/// <para>When there are no mentees (<see cref="Mentees"/> = 0) the share and the interval are absent (null) and the
/// status is <see cref="MonetisationStatus.NoData"/>. Otherwise the interval is given whether the earnings are a
/// census or a sample; only the status reads it differently.</para>
/// <para>Equality is value equality over every property (a record).</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed record MonetisationProgress
{
    internal MonetisationProgress(
        Share target, long mentees, long earners, double confidence, WilsonInterval? interval, MonetisationStatus status,
        YearMonth windowStart, YearMonth windowEnd, bool isSample)
    {
        Target = target;
        Mentees = mentees;
        Earners = earners;
        Confidence = confidence;
        Interval = interval;
        Status = status;
        WindowStart = windowStart;
        WindowEnd = windowEnd;
        IsSample = isSample;
    }

    /// <summary>The target share p0 of mentees who earn: 50% for "at least half of them earn money".</summary>
    public Share Target { get; }

    /// <summary>The number of mentees a: the influencers counted by the mentee goal as of the date.</summary>
    public long Mentees { get; }

    /// <summary>The number of earners k: mentees whose earnings within the window reach the programme's minimum.</summary>
    public long Earners { get; }

    /// <summary>The share of mentees who earn, k / a; null when there are no mentees.</summary>
    public Share? Share => Mentees == 0 ? null : Sannong.Domain.Share.Of(Earners, Mentees);

    /// <summary>The Wilson score interval of k in a at <see cref="Confidence"/>; null when there are no mentees.</summary>
    public WilsonInterval? Interval { get; }

    /// <summary>The lower bound of the Wilson score interval; null when there are no mentees.</summary>
    public Share? Low => Interval?.Low;

    /// <summary>The upper bound of the Wilson score interval; null when there are no mentees.</summary>
    public Share? High => Interval?.High;

    /// <summary>The two-sided confidence level of the interval, such as 0.95; kept even when there is no interval.</summary>
    public double Confidence { get; }

    /// <summary>The status against <see cref="Target"/>: see <see cref="MonetisationStatus"/>.</summary>
    public MonetisationStatus Status { get; }

    /// <summary>The first calendar month of the earning window.</summary>
    public YearMonth WindowStart { get; }

    /// <summary>The last calendar month of the earning window: the month of the as-of date.</summary>
    public YearMonth WindowEnd { get; }

    /// <summary>True when the earnings are a sample of the mentees (the status reads the interval), false when they
    /// cover every mentee (a census: the status reads the share).</summary>
    public bool IsSample { get; }

    /// <summary>States the earner share against the target on one culture-free line.</summary>
    /// <returns>For example <c>earners 45/100 (45%, 35.61%-54.76% at 95%) of mentees, target 50%, 2024-01 to 2024-12: Below</c>.</returns>
    public override string ToString() =>
        $"earners {Earners.ToString(CultureInfo.InvariantCulture)}/{Mentees.ToString(CultureInfo.InvariantCulture)} ("
        + (Share is { } s ? s.ToString() : "no mentees")
        + (Interval is { } w ? $", {w.Low}-{w.High} at {Figures.Percent(Confidence)}" : string.Empty)
        + $") of mentees{(IsSample ? " (sample)" : string.Empty)}, target {Target}, {WindowStart.ToString("uuuu-MM", CultureInfo.InvariantCulture)} to {WindowEnd.ToString("uuuu-MM", CultureInfo.InvariantCulture)}: {Status}";
}
