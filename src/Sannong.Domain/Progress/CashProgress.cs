namespace Sannong.Domain.Progress;

/// <summary>
/// How a programme's cash budget (现金 xiànjīn, RMB) is being spent as of a date, where the spending is heading, and
/// its earned value with the mentee goal as the work. Computed by <see cref="BudgetCalculator.Cash"/>.
/// </summary>
/// <remarks>
/// <para>Notation: budget B, spent s (disbursed minus refunded on or before d), period [S, E] of N days, e days
/// elapsed (see <see cref="ProgrammeClock"/>), pace(d) the expected cumulative share (see <see cref="Pace"/>),
/// mentee target T and actual a. Money is exact to the fen: every amount below that needs a division is computed
/// exactly and rounded once, to the fen, halves away from zero. Ratios are <see cref="double"/>s. A value that
/// cannot be defined (a divisor is zero) is null.</para>
/// <para>The range rule: a figure that scales the spending up (<see cref="ProjectedAtEnd"/> s · N / e,
/// <see cref="EstimateAtCompletion"/> s · T / a, <see cref="EarnedValue"/> B · a / T) is computed exactly in 128
/// bits and is null when it lies outside the range of <see cref="Money"/> (±92,233,720,368,547,758.07 yuan), as if
/// undefined: it is never clamped, wrapped or thrown. Every other amount (spent, remaining, expected, burn per day)
/// always fits, since spending never exceeds the ledger's total, which fits.</para>
/// <para>Two results are equal when every value is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed record CashProgress
{
    internal CashProgress(
        ProgrammeClock clock, Money budget, Money spent, BudgetFigures figures,
        Money? earnedValue, double? cpi, double? spi, Money? estimateAtCompletion)
    {
        Clock = clock;
        Budget = budget;
        Spent = spent;
        Expected = Money.FromFen(figures.Expected);
        PaceRatio = figures.PaceRatio;
        BurnPerDay = figures.PerDay is { } perDay ? Money.FromFen(perDay) : null;
        ProjectedAtEnd = figures.ProjectedAtEnd is { } atEnd ? Money.FromFen(atEnd) : null;
        RunwayEnds = figures.RunwayEnds;
        Status = figures.Status;
        EarnedValue = earnedValue;
        Cpi = cpi;
        Spi = spi;
        EstimateAtCompletion = estimateAtCompletion;
    }

    /// <summary>The period, the as-of date and the days elapsed.</summary>
    public ProgrammeClock Clock { get; }

    /// <summary>B: the cash budget; positive.</summary>
    public Money Budget { get; }

    /// <summary>s: cash disbursed minus cash refunded on or before the as-of date (spending before S included).</summary>
    public Money Spent { get; }

    /// <summary>B − s: negative when overspent.</summary>
    public Money Remaining => Budget - Spent;

    /// <summary>s / B: above 1 when overspent.</summary>
    public double SpentShare => (double)Spent.Fen / Budget.Fen;

    /// <summary>B · pace(d), rounded to the fen half away from zero (exactly round(B · e / N) for the linear pace):
    /// the spending the pace expects by the end of the as-of day. It is also the planned value PV.</summary>
    public Money Expected { get; }

    /// <summary>s / expected; null when the expected spending is zero (before S, or while the pace expects less than half a fen).</summary>
    public double? PaceRatio { get; }

    /// <summary>s / e, rounded to the fen half away from zero: the average spending per elapsed day; null before S.</summary>
    public Money? BurnPerDay { get; }

    /// <summary>s · N / e, rounded to the fen half away from zero: the spending at E if the rate so far continues; null
    /// before S, and null when it lies outside the range of <see cref="Money"/>.</summary>
    public Money? ProjectedAtEnd { get; }

    /// <summary>The day the budget runs (or ran) out: null when s = 0; when s ≥ B, the first day by whose end the
    /// net spending reached B; else null before S (e = 0); else S + (⌈B · e / s⌉ − 1) days, the day by whose end
    /// the rate so far spends B, even when after E (null only if it falls after 9999-12-31).</summary>
    public LocalDate? RunwayEnds { get; }

    /// <summary>The status: <see cref="BudgetStatus.NotStarted"/> if d &lt; S; else <see cref="BudgetStatus.Overspent"/>
    /// if s &gt; B; else <see cref="BudgetStatus.Behind"/> if the pace ratio is below
    /// <see cref="ProgressOptions.BehindThreshold"/>, <see cref="BudgetStatus.Ahead"/> if above
    /// <see cref="ProgressOptions.AheadThreshold"/>, else <see cref="BudgetStatus.OnTrack"/>. When the pace ratio is
    /// null (nothing expected yet), <see cref="BudgetStatus.OnTrack"/> if s = 0 and <see cref="BudgetStatus.Ahead"/> if s &gt; 0.</summary>
    public BudgetStatus Status { get; }

    /// <summary>EV = B · a / T, rounded to the fen half away from zero: the budget earned by the mentees enrolled so
    /// far (not capped: above B when a &gt; T); null only when a is so far above T that B · a / T lies outside the
    /// range of <see cref="Money"/>. PV is <see cref="Expected"/> and AC is <see cref="Spent"/>.</summary>
    public Money? EarnedValue { get; }

    /// <summary>Cost performance index EV / AC, with the exact (unrounded) EV; null when s = 0. Above 1 means each
    /// mentee cost less than budgeted.</summary>
    public double? Cpi { get; }

    /// <summary>Schedule performance index EV / PV, with the exact EV; null when PV (<see cref="Expected"/>) is zero.</summary>
    public double? Spi { get; }

    /// <summary>EAC = B / CPI = s · T / a (with the exact EV), rounded to the fen half away from zero: the cost of
    /// the whole goal at the cost per mentee so far; null when s = 0 or a = 0, and null when it lies outside the range
    /// of <see cref="Money"/>.</summary>
    public Money? EstimateAtCompletion { get; }

    /// <summary>A one-line summary, formatted invariantly, e.g. "cash 3000.00/10000.00 as of 2024-01-03 (expected 3000.00): OnTrack".</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"cash {Spent.Yuan}/{Budget.Yuan} as of {Clock.AsOf:uuuu-MM-dd} (expected {Expected.Yuan}): {Status}");
}
