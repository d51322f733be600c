namespace Sannong.Domain.Progress;

/// <summary>
/// Where a date falls in a programme's period (项目周期 xiàngmù zhōuqī): the elapsed time that every progress
/// figure is measured against. The period [S, E] includes both ends and lasts N = E − S + 1 days; as of a date d
/// the days elapsed are e = clamp(d − S + 1, 0, N), so the as-of day counts as done.
/// </summary>
/// <remarks>
/// <para>Two clocks are equal when they have the same period and the same as-of date.</para>
/// <para>Example: for the period 2024-01-01..2024-01-10 (N = 10) as of 2024-01-03, e = 3, t = 0.3 and 7 days remain.
/// As of 2023-12-31, e = 0; as of 2024-01-10 or any later date, e = 10 and the period is over.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed record ProgrammeClock
{
    /// <summary>Creates the clock of a programme period as of a date.</summary>
    /// <param name="period">The programme's period, both ends included; ISO calendar.</param>
    /// <param name="asOf">The as-of date d; ISO calendar; any date, before, in or after the period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> or <paramref name="asOf"/> is not in the ISO calendar.</exception>
    public ProgrammeClock(DateInterval period, LocalDate asOf)
    {
        Period = Utility.Preconditions.CheckIso(period);
        AsOf = Utility.Preconditions.CheckIso(asOf);
        PeriodDays = period.Length;
        long sinceStart = (long)NodaTime.Period.DaysBetween(period.Start, asOf) + 1;
        DaysElapsed = (int)Math.Clamp(sinceStart, 0, PeriodDays);
    }

    /// <summary>The programme's period [S, E], both ends included.</summary>
    public DateInterval Period { get; }

    /// <summary>The as-of date d.</summary>
    public LocalDate AsOf { get; }

    /// <summary>N = E − S + 1: the length of the period in days; at least 1.</summary>
    public int PeriodDays { get; }

    /// <summary>e = clamp(d − S + 1, 0, N): the days of the period done by the end of the as-of day.</summary>
    public int DaysElapsed { get; }

    /// <summary>t = e / N: the elapsed share of the period, in [0, 1].</summary>
    public double ElapsedShare => (double)DaysElapsed / PeriodDays;

    /// <summary>N − e: the days of the period after the as-of day; N before the start, 0 on and after the last day.</summary>
    public int DaysRemaining => PeriodDays - DaysElapsed;

    /// <summary>True when d ≥ S: the programme has started.</summary>
    public bool HasStarted => AsOf >= Period.Start;

    /// <summary>True when d ≥ E: the last day is done, so the period is over (on the last day itself too).</summary>
    public bool IsOver => AsOf >= Period.End;

    /// <summary>True when S ≤ d &lt; E: started and not over, so at least one day remains.</summary>
    public bool IsRunning => HasStarted && !IsOver;

    /// <summary>A short invariant description, e.g. "2024-01-01/2024-01-10 as of 2024-01-03: 3 of 10 days elapsed".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Period.Start:uuuu-MM-dd}/{Period.End:uuuu-MM-dd} as of {AsOf:uuuu-MM-dd}: {DaysElapsed} of {PeriodDays} days elapsed");
}
