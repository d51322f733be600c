using System;
using NodaTime;
using Sannong.Domain.Progress;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

public sealed class ProgrammeClockTest
{
    // The small period of the worked examples: 2024-01-01..2024-01-10, N = 10.
    private static readonly DateInterval Small = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10));

    [Theory]
    // asOf,        e,  t,   remaining, started, over, running
    [InlineData("2023-12-25", 0, 0.0, 10, false, false, false)]   // before the start: clamp(-6, 0, 10) = 0
    [InlineData("2023-12-31", 0, 0.0, 10, false, false, false)]   // the day before: d - S + 1 = 0
    [InlineData("2024-01-01", 1, 0.1, 9, true, false, true)]      // first day: it counts as done
    [InlineData("2024-01-03", 3, 0.3, 7, true, false, true)]
    [InlineData("2024-01-09", 9, 0.9, 1, true, false, true)]
    [InlineData("2024-01-10", 10, 1.0, 0, true, true, false)]     // last day: d >= E, over
    [InlineData("2024-02-01", 10, 1.0, 0, true, true, false)]     // after the end: clamp(32, 0, 10) = 10
    public void Elapsed_days_share_and_flags(string asOf, int elapsed, double share, int remaining, bool started, bool over, bool running)
    {
        var clock = new ProgrammeClock(Small, Date(asOf));
        Assert.Equal(10, clock.PeriodDays);
        Assert.Equal(elapsed, clock.DaysElapsed);
        Assert.Equal(share, clock.ElapsedShare);
        Assert.Equal(remaining, clock.DaysRemaining);
        Assert.Equal(started, clock.HasStarted);
        Assert.Equal(over, clock.IsOver);
        Assert.Equal(running, clock.IsRunning);
    }

    [Fact]
    public void Seed_plan_period_has_1096_days()
    {
        // 2023-11-01..2026-10-31: 366 (Nov 2023 - Oct 2024, with 29 Feb 2024) + 365 + 365 = 1,096 days.
        // As of 2024-10-31 the first year is done: e = 366, t = 366/1096, 730 days remain.
        var clock = new ProgrammeClock(new DateInterval(new LocalDate(2023, 11, 1), new LocalDate(2026, 10, 31)), new LocalDate(2024, 10, 31));
        Assert.Equal(1_096, clock.PeriodDays);
        Assert.Equal(366, clock.DaysElapsed);
        Assert.Equal(730, clock.DaysRemaining);
        Assert.Equal(366.0 / 1096, clock.ElapsedShare);
    }

    [Fact]
    public void A_one_day_period_is_over_on_its_day()
    {
        var day = new LocalDate(2024, 5, 1);
        var clock = new ProgrammeClock(new DateInterval(day, day), day);
        Assert.Equal((1, 1, true, true, false), (clock.PeriodDays, clock.DaysElapsed, clock.HasStarted, clock.IsOver, clock.IsRunning));
    }

    [Fact]
    public void Equality_and_text()
    {
        var a = new ProgrammeClock(Small, new LocalDate(2024, 1, 3));
        Assert.Equal(a, new ProgrammeClock(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10)), new LocalDate(2024, 1, 3)));
        Assert.NotEqual(a, new ProgrammeClock(Small, new LocalDate(2024, 1, 4)));
        Assert.Equal("2024-01-01/2024-01-10 as of 2024-01-03: 3 of 10 days elapsed", a.ToString());
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => new ProgrammeClock(null!, new LocalDate(2024, 1, 1))).ParamName);
        var julian = new DateInterval(new LocalDate(2024, 1, 1, CalendarSystem.Julian), new LocalDate(2024, 1, 10, CalendarSystem.Julian));
        ArgumentException e = Assert.Throws<ArgumentException>(() => new ProgrammeClock(julian, new LocalDate(2024, 1, 1)));
        Assert.Equal("period", e.ParamName);
        Assert.StartsWith("period must be in the ISO calendar, but was in the Julian calendar.", e.Message, StringComparison.Ordinal);
        Assert.Equal("asOf", Assert.Throws<ArgumentException>(() => new ProgrammeClock(Small, new LocalDate(2024, 1, 1, CalendarSystem.Julian))).ParamName);
    }

    internal static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
