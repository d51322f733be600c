namespace Sannong.Domain.Progress;

/// <summary>
/// How a programme's traffic budget (流量扶持 liúliàng fúchí, in impressions) is being granted as of a date, and where
/// it is heading: the same definitions as <see cref="CashProgress"/>, in whole impressions, without earned value.
/// Computed by <see cref="BudgetCalculator.Traffic"/>.
/// </summary>
/// <remarks>
/// <para>Notation: budget B, granted g (granted minus reversed on or before d), period [S, E] of N days, e days
/// elapsed, pace(d) the expected cumulative share. Every count that needs a division is computed exactly and
/// rounded once, to the whole impression, halves away from zero. A value that cannot be defined is null.</para>
/// <para>The range rule of <see cref="CashProgress"/>: <see cref="ProjectedAtEnd"/> (g · N / e) is null when it passes
/// <see cref="long.MaxValue"/> impressions; every other count always fits.</para>
/// <para>Two results are equal when every value is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed record TrafficProgress
{
    internal TrafficProgress(ProgrammeClock clock, Impressions budget, Impressions granted, BudgetFigures figures)
    {
        Clock = clock;
        Budget = budget;
        Granted = granted;
        Expected = new Impressions(figures.Expected);
        PaceRatio = figures.PaceRatio;
        PerDay = figures.PerDay is { } perDay ? new Impressions(perDay) : null;
        ProjectedAtEnd = figures.ProjectedAtEnd is { } atEnd ? new Impressions(atEnd) : null;
        RunwayEnds = figures.RunwayEnds;
        Status = figures.Status;
    }

    /// <summary>The period, the as-of date and the days elapsed.</summary>
    public ProgrammeClock Clock { get; }

    /// <summary>B: the traffic budget in impressions; positive.</summary>
    public Impressions Budget { get; }

    /// <summary>g: impressions granted minus reversed on or before the as-of date (grants before S included).</summary>
    public Impressions Granted { get; }

    /// <summary>B − g, in impressions: negative when more than the budget was granted.</summary>
    public long Remaining => Budget.Count - Granted.Count;

    /// <summary>g / B: above 1 when more than the budget was granted.</summary>
    public double GrantedShare => (double)Granted.Count / Budget.Count;

    /// <summary>B · pace(d), rounded to the whole impression half away from zero: the traffic the pace expects by
    /// the end of the as-of day.</summary>
    public Impressions Expected { get; }

    /// <summary>g / expected; null when the expected traffic is zero.</summary>
    public double? PaceRatio { get; }

    /// <summary>g / e, rounded half away from zero: the average impressions granted per elapsed day; null before S.</summary>
    public Impressions? PerDay { get; }

    /// <summary>g · N / e, rounded half away from zero: the traffic at E if the rate so far continues; null before S,
    /// and null when it passes <see cref="long.MaxValue"/> impressions.</summary>
    public Impressions? ProjectedAtEnd { get; }

    /// <summary>The day the traffic budget runs (or ran) out: null when g = 0; when g ≥ B, the first day by whose end
    /// the net traffic reached B; else null before S; else S + (⌈B · e / g⌉ − 1) days, even when after E.</summary>
    public LocalDate? RunwayEnds { get; }

    /// <summary>The status, by the rule of <see cref="CashProgress.Status"/> with g for s
    /// (<see cref="BudgetStatus.Overspent"/> when g &gt; B).</summary>
    public BudgetStatus Status { get; }

    /// <summary>A one-line summary, formatted invariantly, e.g. "traffic 300000/1000000 as of 2024-01-03 (expected 300000): OnTrack".</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"traffic {Granted.Count}/{Budget.Count} as of {Clock.AsOf:uuuu-MM-dd} (expected {Expected.Count}): {Status}");
}
