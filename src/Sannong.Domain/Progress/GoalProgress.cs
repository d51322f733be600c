namespace Sannong.Domain.Progress;

/// <summary>
/// How far a programme is from its mentee goal (带动 dàidòng: the influencers it mentors) as of a date, where it is
/// heading, and whether it is on track. Computed by <see cref="GoalCalculator.Mentees(DateInterval, int, MenteeTally, LocalDate, Pace?, ProgressOptions?)"/>.
/// </summary>
/// <remarks>
/// <para>Notation: target T, as-of date d, period [S, E] of N days, e days elapsed (see <see cref="ProgrammeClock"/>),
/// actual a = mentees whose first enrolment is on or before d, pace(d) the expected cumulative share (see
/// <see cref="Pace"/>). Ratios and rates are <see cref="double"/>s; a value that cannot be defined is null.</para>
/// <para>Two results are equal when every value is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed record GoalProgress
{
    internal GoalProgress(
        ProgrammeClock clock, int target, int actual, double expected, double? paceRatio, GoalStatus status,
        double? requiredPerDay, double? projectedAtEnd, LocalDate? projectedCompletion)
    {
        Clock = clock;
        Target = target;
        Actual = actual;
        Expected = expected;
        PaceRatio = paceRatio;
        Status = status;
        RequiredPerDay = requiredPerDay;
        ProjectedAtEnd = projectedAtEnd;
        ProjectedCompletion = projectedCompletion;
    }

    /// <summary>The period, the as-of date and the days elapsed.</summary>
    public ProgrammeClock Clock { get; }

    /// <summary>T: the number of mentees the programme aims for; at least 1.</summary>
    public int Target { get; }

    /// <summary>a: the distinct influencers whose first enrolment is on or before the as-of date (those enrolled
    /// before S included).</summary>
    public int Actual { get; }

    /// <summary>a / T: the share of the target reached; above 1 when the target is exceeded.</summary>
    public double Progress => (double)Actual / Target;

    /// <summary>x = T · pace(d): the mentees the pace expects by the end of the as-of day; 0 before S, T on and after E.</summary>
    public double Expected { get; }

    /// <summary>a / x; null when x = 0 (before S, or while a milestone pace still expects nothing).</summary>
    public double? PaceRatio { get; }

    /// <summary>The status: <see cref="GoalStatus.NotStarted"/> if d &lt; S; else <see cref="GoalStatus.Achieved"/> if
    /// a ≥ T; else <see cref="GoalStatus.Missed"/> if d ≥ E; else <see cref="GoalStatus.OnTrack"/> if the pace ratio is
    /// at least <see cref="ProgressOptions.OnTrackThreshold"/> (or null: nothing is expected yet),
    /// <see cref="GoalStatus.AtRisk"/> if at least <see cref="ProgressOptions.AtRiskThreshold"/>, else
    /// <see cref="GoalStatus.OffTrack"/>.</summary>
    public GoalStatus Status { get; }

    /// <summary>The mentees needed per remaining day to reach the target: 0 once a ≥ T; else (T − a) / (N − e)
    /// while the period is not over (before S this is (T − a) / N); null when the period is over and the target
    /// was missed.</summary>
    public double? RequiredPerDay { get; }

    /// <summary>a · N / e: the mentees at E if the rate so far continues; null before S (e = 0).</summary>
    public double? ProjectedAtEnd { get; }

    /// <summary>The date the target is (or was) reached. If a ≥ T, the day the T-th mentee enrolled (in date order);
    /// else null when a = 0 or e = 0 (no rate yet); else S + (⌈T · e / a⌉ − 1) days: the day by whose end the rate so
    /// far reaches T, reported even when it falls after E (null only if it falls after 9999-12-31).</summary>
    public LocalDate? ProjectedCompletion { get; }

    /// <summary>A one-line summary, formatted invariantly, e.g. "mentees 30/100 as of 2024-01-03 (expected 30): OnTrack".</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"mentees {Actual}/{Target} as of {Clock.AsOf:uuuu-MM-dd} (expected {Expected:0.##}): {Status}");
}
