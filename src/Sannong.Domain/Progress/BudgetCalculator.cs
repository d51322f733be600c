using Sannong.Domain.Programmes;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Progress;

/// <summary>
/// Computes how a programme's cash and traffic budgets are being used as of a date, from its
/// <see cref="BudgetLedger"/>. Pure functions: they read no clock, and each ledger query is O(log n).
/// </summary>
/// <threadsafety>This type keeps no state: its members may be called from any number of threads at once.</threadsafety>
public static class BudgetCalculator
{
    /// <summary>The cash budget's progress, with earned value measured by the mentee goal.</summary>
    /// <param name="budget">B: the cash budget; positive.</param>
    /// <param name="ledger">The programme's ledger; s = <see cref="BudgetLedger.SpentAsOf"/>(d).</param>
    /// <param name="period">The programme period [S, E]; ISO calendar.</param>
    /// <param name="asOf">The as-of date d; ISO calendar.</param>
    /// <param name="menteeTarget">T: the mentee target; at least 1.</param>
    /// <param name="menteesActual">a: the mentees as of d (<see cref="GoalProgress.Actual"/>); not negative.</param>
    /// <param name="pace">The pace; null for <see cref="Pace.Linear"/> over <paramref name="period"/>.</param>
    /// <param name="options">The thresholds; null for <see cref="ProgressOptions.Default"/>.</param>
    /// <returns>The progress (see <see cref="CashProgress"/> for every definition).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> is not positive,
    /// <paramref name="menteeTarget"/> is not positive or <paramref name="menteesActual"/> is negative.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="pace"/> is for another period.</exception>
    /// <remarks>No figure overflows: a projection, earned value or estimate at completion past the range of
    /// <see cref="Money"/> is null (see <see cref="CashProgress"/>). Any as-of date NodaTime supports is accepted.</remarks>
    public static CashProgress Cash(
        Money budget, BudgetLedger ledger, DateInterval period, LocalDate asOf, int menteeTarget, int menteesActual,
        Pace? pace = null, ProgressOptions? options = null)
    {
        if (!budget.IsPositive)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), $"budget must be positive, but was {budget}.");
        }
        ArgumentNullException.ThrowIfNull(ledger);
        (ProgrammeClock clock, Pace paceOf, options) = ProgressInputs.Of(period, asOf, pace, options);
        Preconditions.CheckPositive(menteeTarget);
        Preconditions.CheckNonNegative(menteesActual);

        Money spent = ledger.SpentAsOf(asOf);
        BudgetFigures figures = BudgetFigures.Compute(
            budget.Fen, spent.Fen, clock, paceOf, options, amount => ledger.DateSpendReached(Money.FromFen(amount)));

        // EV = B * a / T exactly, as the fraction earned / T; null past the range of Money (a far above T).
        Int128 earned = (Int128)budget.Fen * menteesActual;
        Money? earnedValue = ProgressMath.InRange(ProgressMath.DivideRounded(earned, menteeTarget)) is { } ev ? Money.FromFen(ev) : null;
        double? cpi = spent.IsZero ? null : (double)earned / (double)((Int128)menteeTarget * spent.Fen);
        double? spi = figures.Expected == 0 ? null : (double)earned / (double)((Int128)menteeTarget * figures.Expected);
        Money? estimateAtCompletion = spent.IsZero || menteesActual == 0
            ? null
            : ProgressMath.InRange(ProgressMath.DivideRounded((Int128)spent.Fen * menteeTarget, menteesActual)) is { } eac ? Money.FromFen(eac) : null;

        return new CashProgress(clock, budget, spent, figures, earnedValue, cpi, spi, estimateAtCompletion);
    }

    /// <summary>The traffic budget's progress.</summary>
    /// <param name="budget">B: the traffic budget in impressions; positive.</param>
    /// <param name="ledger">The programme's ledger; g = <see cref="BudgetLedger.GrantedAsOf"/>(d).</param>
    /// <param name="period">The programme period [S, E]; ISO calendar.</param>
    /// <param name="asOf">The as-of date d; ISO calendar.</param>
    /// <param name="pace">The pace; null for <see cref="Pace.Linear"/> over <paramref name="period"/>.</param>
    /// <param name="options">The thresholds; null for <see cref="ProgressOptions.Default"/>.</param>
    /// <returns>The progress (see <see cref="TrafficProgress"/> for every definition).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> is zero.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="pace"/> is for another period.</exception>
    /// <remarks>No figure overflows: a projection past <see cref="long.MaxValue"/> impressions is null (see
    /// <see cref="TrafficProgress"/>). Any as-of date NodaTime supports is accepted.</remarks>
    public static TrafficProgress Traffic(
        Impressions budget, BudgetLedger ledger, DateInterval period, LocalDate asOf,
        Pace? pace = null, ProgressOptions? options = null)
    {
        if (budget.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), $"budget must be positive, but was {budget}.");
        }
        ArgumentNullException.ThrowIfNull(ledger);
        (ProgrammeClock clock, Pace paceOf, options) = ProgressInputs.Of(period, asOf, pace, options);

        Impressions granted = ledger.GrantedAsOf(asOf);
        BudgetFigures figures = BudgetFigures.Compute(
            budget.Count, granted.Count, clock, paceOf, options, amount => ledger.DateGrantedReached(new Impressions(amount)));
        return new TrafficProgress(clock, budget, granted, figures);
    }
}
