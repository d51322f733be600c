using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Progress;
using Sannong.Domain.Tests.Generators;

namespace Sannong.Domain.Tests.Progress;

/// <summary>Invariants of paces and clocks over generated periods and milestones.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class PacePropertiesTest
{
    private static LocalDate[] DaysAround(DateInterval period) =>
        Enumerable.Range(-2, period.Length + 4).Select(i => period.Start.PlusDays(i)).ToArray();

    [Property]
    public bool Pace_is_monotone_from_zero_to_one(Pace pace)
    {
        double[] shares = DaysAround(pace.Period).Select(pace.ExpectedShare).ToArray();
        return shares.Zip(shares.Skip(1)).All(p => p.First <= p.Second)
            && shares.All(s => s is >= 0.0 and <= 1.0)
            && pace.ExpectedShare(pace.Period.Start.PlusDays(-1)) == 0.0
            && pace.ExpectedShare(pace.Period.End) == 1.0;
    }

    [Property]
    public bool Pace_hits_its_milestones_exactly(Pace pace) =>
        pace.Points.All(p => pace.ExpectedShare(p.Date) == p.CumulativeShare) && pace.Points[^1] == (pace.Period.End, 1.0);

    [Property]
    public bool Linear_pace_is_the_elapsed_share(DateInterval period) =>
        DaysAround(period).All(d => Pace.Linear(period).ExpectedShare(d) == new ProgrammeClock(period, d).ElapsedShare);

    [Property]
    public bool Clock_definitions_hold(ProgrammeClock clock) =>
        clock.DaysElapsed == System.Math.Clamp(Period.DaysBetween(clock.Period.Start, clock.AsOf) + 1, 0, clock.PeriodDays)
        && clock.DaysRemaining == clock.PeriodDays - clock.DaysElapsed
        && clock.IsRunning == (clock.HasStarted && !clock.IsOver)
        && (clock.DaysElapsed == 0) == !clock.HasStarted
        && (clock.DaysRemaining == 0) == clock.IsOver;
}
