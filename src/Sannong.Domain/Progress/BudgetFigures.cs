namespace Sannong.Domain.Progress;

/// <summary>The figures cash and traffic progress share, in whole units (fen or impressions), computed exactly.</summary>
internal readonly record struct BudgetFigures(
    long Expected, double? PaceRatio, long? PerDay, long? ProjectedAtEnd, LocalDate? RunwayEnds, BudgetStatus Status)
{
    /// <summary>Computes the figures of a budget (positive) and the amount used by the as-of date (not negative).</summary>
    /// <param name="budget">B, in units; positive.</param>
    /// <param name="used">s, in units, used by the end of the as-of day; not negative.</param>
    /// <param name="clock">The period and the as-of date.</param>
    /// <param name="pace">The pace over the period.</param>
    /// <param name="options">The thresholds.</param>
    /// <param name="dateReached">The first date by whose end the amount used reached B (asked only when s ≥ B).</param>
    /// <remarks>Never throws: the projection s · N / e is null when it passes <see cref="long.MaxValue"/> units
    /// (the range rule of <see cref="CashProgress"/>).</remarks>
    internal static BudgetFigures Compute(
        long budget, long used, ProgrammeClock clock, Pace pace, ProgressOptions options,
        Func<long, LocalDate?> dateReached)
    {
        int elapsed = clock.DaysElapsed;
        long expected = pace.ExpectedAmount(budget, clock.AsOf);
        double? paceRatio = expected > 0 ? (double)used / expected : null;
        long? perDay = elapsed > 0 ? (long)ProgressMath.DivideRounded(used, elapsed) : null;
        long? projectedAtEnd = elapsed > 0
            ? ProgressMath.InRange(ProgressMath.DivideRounded((Int128)used * clock.PeriodDays, elapsed))
            : null;

        LocalDate? runwayEnds =
            used <= 0 ? null
            : used >= budget ? dateReached(budget)
            : elapsed == 0 ? null
            : ProgressMath.PlusDaysOrNull(clock.Period.Start, ProgressMath.CeilingDivide((Int128)budget * elapsed, used) - 1);

        BudgetStatus status =
            !clock.HasStarted ? BudgetStatus.NotStarted
            : used > budget ? BudgetStatus.Overspent
            : paceRatio is not { } ratio ? (used == 0 ? BudgetStatus.OnTrack : BudgetStatus.Ahead)
            : ratio < options.BehindThreshold ? BudgetStatus.Behind
            : ratio > options.AheadThreshold ? BudgetStatus.Ahead
            : BudgetStatus.OnTrack;

        return new BudgetFigures(expected, paceRatio, perDay, projectedAtEnd, runwayEnds, status);
    }
}
