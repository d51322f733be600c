using Sannong.Domain.Utility;

namespace Sannong.Domain.Progress;

/// <summary>
/// Computes a programme's progress towards its mentee goal as of a date. A pure function of its arguments: it reads
/// no clock, and the same arguments always give the same result.
/// </summary>
/// <threadsafety>This type keeps no state: its members may be called from any number of threads at once.</threadsafety>
public static class GoalCalculator
{
    // RS0026 guards against adding optional parameters to a shipped overload later; both overloads are new and
    // take the same optional pace and options, so a call with or without them binds unambiguously by the third argument.
#pragma warning disable RS0026

    /// <summary>The mentee goal from the first-enrolment date of each mentee; O(n), allocating per distinct day, not
    /// per record; the order of the dates does not matter.</summary>
    /// <param name="period">The programme period [S, E]; ISO calendar.</param>
    /// <param name="target">T: the mentees aimed for; at least 1.</param>
    /// <param name="firstEnrolmentDates">One date per distinct influencer: the date of their first enrolment in the
    /// programme. The caller de-duplicates; dates before S or after the as-of date are allowed (only those on or
    /// before the as-of date count).</param>
    /// <param name="asOf">The as-of date d; ISO calendar.</param>
    /// <param name="pace">The pace; null for <see cref="Pace.Linear"/> over <paramref name="period"/>.</param>
    /// <param name="options">The thresholds; null for <see cref="ProgressOptions.Default"/>.</param>
    /// <returns>The progress (see <see cref="GoalProgress"/> for every definition).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or <paramref name="firstEnrolmentDates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="pace"/> is for another period.</exception>
    public static GoalProgress Mentees(
        DateInterval period, int target, IEnumerable<LocalDate> firstEnrolmentDates, LocalDate asOf,
        Pace? pace = null, ProgressOptions? options = null)
    {
        Preconditions.CheckIso(period);
        Preconditions.CheckPositive(target);
        return Mentees(period, target, MenteeTally.FromFirstEnrolments(firstEnrolmentDates), asOf, pace, options);
    }

    /// <summary>The mentee goal from a tally of first enrolments (for example the <see cref="MenteeTally.Merge"/> of
    /// tallies built over partitions of the influencers); O(log D) for D distinct days.</summary>
    /// <param name="period">The programme period [S, E]; ISO calendar.</param>
    /// <param name="target">T: the mentees aimed for; at least 1.</param>
    /// <param name="tally">The mentees per first-enrolment date.</param>
    /// <param name="asOf">The as-of date d; ISO calendar.</param>
    /// <param name="pace">The pace; null for <see cref="Pace.Linear"/> over <paramref name="period"/>.</param>
    /// <param name="options">The thresholds; null for <see cref="ProgressOptions.Default"/>.</param>
    /// <returns>The progress (see <see cref="GoalProgress"/> for every definition).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or <paramref name="tally"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="pace"/> is for another period.</exception>
    public static GoalProgress Mentees(
        DateInterval period, int target, MenteeTally tally, LocalDate asOf,
        Pace? pace = null, ProgressOptions? options = null)
    {
        (ProgrammeClock clock, Pace paceOf, options) = ProgressInputs.Of(period, asOf, pace, options);
        Preconditions.CheckPositive(target);
        ArgumentNullException.ThrowIfNull(tally);

        int actual = tally.CountAsOf(asOf);
        int elapsed = clock.DaysElapsed;
        double expected = paceOf.ExpectedCount(target, asOf);
        double? paceRatio = expected > 0 ? actual / expected : null;
        bool achieved = actual >= target;

        GoalStatus status =
            !clock.HasStarted ? GoalStatus.NotStarted
            : achieved ? GoalStatus.Achieved
            : clock.IsOver ? GoalStatus.Missed
            : paceRatio is not { } ratio || ratio >= options.OnTrackThreshold ? GoalStatus.OnTrack
            : ratio >= options.AtRiskThreshold ? GoalStatus.AtRisk
            : GoalStatus.OffTrack;

        double? requiredPerDay =
            achieved ? 0.0
            : clock.IsOver ? null
            : (double)(target - actual) / clock.DaysRemaining;

        double? projectedAtEnd = elapsed > 0 ? (double)((long)actual * clock.PeriodDays) / elapsed : null;

        LocalDate? projectedCompletion =
            achieved ? tally.DateCountReached(target)
            : actual == 0 || elapsed == 0 ? null
            : ProgressMath.PlusDaysOrNull(period.Start, ProgressMath.CeilingDivide((Int128)target * elapsed, actual) - 1);

        return new GoalProgress(clock, target, actual, expected, paceRatio, status, requiredPerDay, projectedAtEnd, projectedCompletion);
    }
#pragma warning restore RS0026
}
