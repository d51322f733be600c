namespace Sannong.Domain.Progress;

/// <summary>
/// The thresholds that turn a pace ratio into a status, and the confidence of the monetisation interval.
/// </summary>
/// <remarks>
/// <para>Goal (mentees): <see cref="GoalStatus.OnTrack"/> when actual / expected ≥ <see cref="OnTrackThreshold"/>
/// (default 0.95), <see cref="GoalStatus.AtRisk"/> when ≥ <see cref="AtRiskThreshold"/> (default 0.80), else
/// <see cref="GoalStatus.OffTrack"/>. Budgets (cash, traffic): <see cref="BudgetStatus.Behind"/> when spent /
/// expected &lt; <see cref="BehindThreshold"/> (default 0.80), <see cref="BudgetStatus.Ahead"/> when &gt;
/// <see cref="AheadThreshold"/> (default 1.20), else <see cref="BudgetStatus.OnTrack"/>.</para>
/// <para>Every threshold is a finite positive number, with AtRisk ≤ OnTrack and Behind ≤ Ahead; the confidence
/// lies strictly between 0 and 1. There is no way to build options that break these rules: change them with the
/// <c>With…</c> methods, which check again. Two options are equal when every value is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed record ProgressOptions
{
    /// <summary>Creates options; every argument has the default of <see cref="Default"/>.</summary>
    /// <param name="onTrackThreshold">The lowest goal pace ratio that is on track; default 0.95.</param>
    /// <param name="atRiskThreshold">The lowest goal pace ratio that is at risk rather than off track; default 0.80.</param>
    /// <param name="behindThreshold">A budget pace ratio below this is behind; default 0.80.</param>
    /// <param name="aheadThreshold">A budget pace ratio above this is ahead; default 1.20.</param>
    /// <param name="monetisationConfidence">The two-sided confidence of the monetisation share's Wilson interval; default 0.95.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not a finite positive number, or the confidence
    /// is not strictly between 0 and 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="atRiskThreshold"/> is above <paramref name="onTrackThreshold"/>,
    /// or <paramref name="behindThreshold"/> is above <paramref name="aheadThreshold"/>.</exception>
    public ProgressOptions(
        double onTrackThreshold = 0.95,
        double atRiskThreshold = 0.80,
        double behindThreshold = 0.80,
        double aheadThreshold = 1.20,
        double monetisationConfidence = 0.95)
    {
        OnTrackThreshold = CheckThreshold(onTrackThreshold, nameof(onTrackThreshold));
        AtRiskThreshold = CheckThreshold(atRiskThreshold, nameof(atRiskThreshold));
        BehindThreshold = CheckThreshold(behindThreshold, nameof(behindThreshold));
        AheadThreshold = CheckThreshold(aheadThreshold, nameof(aheadThreshold));
        if (atRiskThreshold > onTrackThreshold)
        {
            throw new ArgumentException(Invariant($"atRiskThreshold must not be above onTrackThreshold ({onTrackThreshold}), but was {atRiskThreshold}."), nameof(atRiskThreshold));
        }
        if (behindThreshold > aheadThreshold)
        {
            throw new ArgumentException(Invariant($"behindThreshold must not be above aheadThreshold ({aheadThreshold}), but was {behindThreshold}."), nameof(behindThreshold));
        }
        if (!(monetisationConfidence > 0.0 && monetisationConfidence < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(monetisationConfidence),
                Invariant($"monetisationConfidence must be strictly between 0 and 1, but was {monetisationConfidence}."));
        }
        MonetisationConfidence = monetisationConfidence;
    }

    /// <summary>The defaults: on track from 0.95, at risk from 0.80; budget behind below 0.80, ahead above 1.20;
    /// confidence 0.95.</summary>
    public static ProgressOptions Default { get; } = new();

    /// <summary>The lowest goal pace ratio (actual / expected) that counts as on track.</summary>
    public double OnTrackThreshold { get; }

    /// <summary>The lowest goal pace ratio that counts as at risk; below it a goal is off track.</summary>
    public double AtRiskThreshold { get; }

    /// <summary>A budget pace ratio (spent / expected) below this is behind.</summary>
    public double BehindThreshold { get; }

    /// <summary>A budget pace ratio above this is ahead.</summary>
    public double AheadThreshold { get; }

    /// <summary>The two-sided confidence level c of the monetisation share's Wilson score interval, in (0, 1).</summary>
    public double MonetisationConfidence { get; }

    /// <summary>A copy with other goal thresholds.</summary>
    /// <param name="onTrackThreshold">The lowest pace ratio that is on track.</param>
    /// <param name="atRiskThreshold">The lowest pace ratio that is at risk; at most <paramref name="onTrackThreshold"/>.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not a finite positive number.</exception>
    /// <exception cref="ArgumentException"><paramref name="atRiskThreshold"/> is above <paramref name="onTrackThreshold"/>.</exception>
    public ProgressOptions WithGoalThresholds(double onTrackThreshold, double atRiskThreshold) =>
        new(onTrackThreshold, atRiskThreshold, BehindThreshold, AheadThreshold, MonetisationConfidence);

    /// <summary>A copy with other budget thresholds.</summary>
    /// <param name="behindThreshold">A pace ratio below this is behind.</param>
    /// <param name="aheadThreshold">A pace ratio above this is ahead; at least <paramref name="behindThreshold"/>.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not a finite positive number.</exception>
    /// <exception cref="ArgumentException"><paramref name="behindThreshold"/> is above <paramref name="aheadThreshold"/>.</exception>
    public ProgressOptions WithBudgetThresholds(double behindThreshold, double aheadThreshold) =>
        new(OnTrackThreshold, AtRiskThreshold, behindThreshold, aheadThreshold, MonetisationConfidence);

    /// <summary>A copy with another monetisation confidence.</summary>
    /// <param name="monetisationConfidence">The confidence, strictly between 0 and 1.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monetisationConfidence"/> is not strictly between 0 and 1.</exception>
    public ProgressOptions WithMonetisationConfidence(double monetisationConfidence) =>
        new(OnTrackThreshold, AtRiskThreshold, BehindThreshold, AheadThreshold, monetisationConfidence);

    /// <summary>The values, formatted invariantly.</summary>
    /// <returns>For example "goal on track ≥ 0.95, at risk ≥ 0.8; budget behind &lt; 0.8, ahead &gt; 1.2; confidence 0.95".</returns>
    public override string ToString() =>
        Invariant($"goal on track ≥ {OnTrackThreshold}, at risk ≥ {AtRiskThreshold}; budget behind < {BehindThreshold}, ahead > {AheadThreshold}; confidence {MonetisationConfidence}");

    private static double CheckThreshold(double value, string paramName) =>
        double.IsFinite(value) && value > 0.0
            ? value
            : throw new ArgumentOutOfRangeException(paramName, Invariant($"{paramName} must be a finite positive number, but was {value}."));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
