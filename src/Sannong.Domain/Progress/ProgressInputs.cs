namespace Sannong.Domain.Progress;

/// <summary>What every progress calculator starts from, checked in one place: the clock of the period as of the date,
/// the pace (linear over the period when none is given) and the thresholds (<see cref="ProgressOptions.Default"/>
/// when none are given).</summary>
internal readonly record struct ProgressInputs(ProgrammeClock Clock, Pace Pace, ProgressOptions Options)
{
    /// <summary>Checks and completes a calculator's period, as-of date, pace and options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> or <paramref name="asOf"/> is not in the ISO
    /// calendar, or <paramref name="pace"/> is for another period.</exception>
    internal static ProgressInputs Of(DateInterval period, LocalDate asOf, Pace? pace, ProgressOptions? options) =>
        new(new ProgrammeClock(period, asOf), ProgressMath.CheckPace(pace, period, nameof(pace)), options ?? ProgressOptions.Default);
}
