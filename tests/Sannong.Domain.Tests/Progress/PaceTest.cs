using System;
using System.Linq;
using NodaTime;
using Sannong.Domain.Progress;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

public sealed class PaceTest
{
    private static readonly DateInterval Small = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10));

    private static LocalDate Jan(int day) => new(2024, 1, day);

    [Theory]
    [InlineData("2023-12-31", 0.0)]   // before S
    [InlineData("2024-01-01", 0.1)]   // e / N = 1/10
    [InlineData("2024-01-03", 0.3)]
    [InlineData("2024-01-10", 1.0)]   // at E
    [InlineData("2024-03-01", 1.0)]   // after E
    public void Linear_pace_is_the_elapsed_share(string asOf, double expected) =>
        Assert.Equal(expected, Pace.Linear(Small).ExpectedShare(ProgrammeClockTest.Date(asOf)));

    [Theory]
    // Milestones (01-05, 0.2) and (01-08, 0.8), then (01-10, 1) implicitly; from (12-31, 0).
    [InlineData(1, 0.04)]   // (12-31, 0) -> (01-05, 0.2): 0.2 * 1/5
    [InlineData(4, 0.16)]   // 0.2 * 4/5
    [InlineData(5, 0.2)]    // the milestone itself
    [InlineData(6, 0.4)]    // (01-05, 0.2) -> (01-08, 0.8): 0.2 + 0.6 * 1/3
    [InlineData(7, 0.6)]    // 0.2 + 0.6 * 2/3
    [InlineData(8, 0.8)]
    [InlineData(9, 0.9)]    // (01-08, 0.8) -> (01-10, 1): 0.8 + 0.2 * 1/2
    [InlineData(10, 1.0)]
    public void Milestone_pace_interpolates_by_days(int day, double expected)
    {
        Pace pace = Pace.Milestones(Small, [(Jan(5), 0.2), (Jan(8), 0.8)]);
        Assert.Equal(expected, pace.ExpectedShare(Jan(day)), 12);
    }

    [Fact]
    public void Milestone_pace_hits_its_milestones_exactly_and_lists_the_end()
    {
        Pace pace = Pace.Milestones(Small, [(Jan(3), 1.0 / 3), (Jan(7), 0.7)]);
        Assert.Equal(1.0 / 3, pace.ExpectedShare(Jan(3)));
        Assert.Equal(0.7, pace.ExpectedShare(Jan(7)));
        Assert.Equal(new[] { (Jan(3), 1.0 / 3), (Jan(7), 0.7), (Jan(10), 1.0) }, pace.Points.ToArray());
        Assert.False(pace.IsLinear);
        Assert.Equal(0.0, pace.ExpectedShare(new LocalDate(2023, 12, 31)));
    }

    [Fact]
    public void A_flat_milestone_expects_nothing_until_it()
    {
        // (01-04, 0): nothing expected by the end of 01-04; then 0 -> 1 over six days.
        Pace pace = Pace.Milestones(Small, [(Jan(4), 0.0)]);
        Assert.Equal(0.0, pace.ExpectedShare(Jan(2)));
        Assert.Equal(0.0, pace.ExpectedShare(Jan(4)));
        Assert.Equal(0.5, pace.ExpectedShare(Jan(7)));   // 3/6
    }

    [Fact]
    public void No_milestones_or_only_the_end_is_the_linear_pace()
    {
        Assert.Equal(Pace.Linear(Small), Pace.Milestones(Small, []));
        Assert.Equal(Pace.Linear(Small), Pace.Milestones(Small, [(Jan(10), 1.0)]));
        Assert.True(Pace.Milestones(Small, []).IsLinear);
        Assert.Equal(Pace.Linear(Small).GetHashCode(), Pace.Milestones(Small, []).GetHashCode());
        Assert.True(Pace.Linear(Small) != Pace.Milestones(Small, [(Jan(5), 0.5)]));
        Assert.Equal("linear over [2024-01-01, 2024-01-10]", Pace.Linear(Small).ToString());
        Assert.Equal("milestones over [2024-01-01, 2024-01-10]: 2024-01-05 0.2, 2024-01-10 1", Pace.Milestones(Small, [(Jan(5), 0.2)]).ToString());
    }

    [Theory]
    [InlineData(0, 0.5, 0, 0, "milestones[0].date must lie within the period")]
    [InlineData(11, 0.5, 0, 0, "milestones[0].date must lie within the period")]
    [InlineData(5, 0.5, 5, 0.6, "milestones[1].date must be after the previous milestone's date 2024-01-05, but was 2024-01-05.")]
    [InlineData(5, 0.5, 4, 0.6, "milestones[1].date must be after the previous milestone's date 2024-01-05, but was 2024-01-04.")]
    [InlineData(5, 1.5, 0, 0, "milestones[0].share must be between 0 and 1 inclusive, but was 1.5.")]
    [InlineData(5, -0.1, 0, 0, "milestones[0].share must be between 0 and 1 inclusive, but was -0.1.")]
    [InlineData(5, double.NaN, 0, 0, "milestones[0].share must be between 0 and 1 inclusive, but was NaN.")]
    [InlineData(5, 0.5, 6, 0.4, "milestones[1].share must not be below the previous milestone's share 0.5, but was 0.4.")]
    [InlineData(5, 0.5, 10, 0.9, "milestones[1].share must be 1 at the end of the period 2024-01-10, but was 0.9.")]
    public void Invalid_milestones_are_rejected_by_index(int day1, double share1, int day2, double share2, string message)
    {
        var milestones = day2 == 0
            ? new[] { (day1 == 0 ? new LocalDate(2023, 12, 31) : Jan(day1), share1) }
            : new[] { (Jan(day1), share1), (Jan(day2), share2) };
        ArgumentException e = Assert.Throws<ArgumentException>(() => Pace.Milestones(Small, milestones));
        Assert.Equal("milestones", e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_and_non_iso_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Pace.Linear(null!));
        Assert.Throws<ArgumentNullException>(() => Pace.Milestones(Small, null!));
        Assert.Throws<ArgumentException>(() => Pace.Linear(Small).ExpectedShare(new LocalDate(2024, 1, 1, CalendarSystem.Julian)));
        Assert.Throws<ArgumentException>(() => Pace.Milestones(Small, [(new LocalDate(2024, 1, 5, CalendarSystem.Julian), 0.5)]));
    }

    [Fact]
    public void The_linear_expected_counts_are_the_target_times_the_elapsed_share_by_hand()
    {
        // T = 25 over 10 days: 25 * e / 10 = 2.5 e, exactly; the series lists every day S..E.
        (LocalDate Date, double Count)[] counts = Pace.Linear(Small).ExpectedCounts(25).ToArray();
        Assert.Equal(Enumerable.Range(1, 10).Select(d => (Jan(d), 2.5 * d)), counts);
        Assert.Equal(0.0, Pace.Linear(Small).ExpectedCount(25, new LocalDate(2023, 12, 31)));   // before S
        Assert.Equal(25.0, Pace.Linear(Small).ExpectedCount(25, new LocalDate(2025, 1, 1)));    // after E
    }

    [Fact]
    public void The_milestone_expected_counts_follow_the_shares_by_hand()
    {
        // Milestones (01-05, 0.2) and (01-08, 0.8) with T = 100: 100 * the shares of the test above.
        Pace pace = Pace.Milestones(Small, [(Jan(5), 0.2), (Jan(8), 0.8)]);
        double[] expected = [4, 8, 12, 16, 20, 40, 60, 80, 90, 100];
        (LocalDate Date, double Count)[] counts = pace.ExpectedCounts(100).ToArray();
        Assert.Equal(Enumerable.Range(1, 10).Select(Jan), counts.Select(c => c.Date));
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], counts[i].Count, 9);
        }
    }

    [Fact]
    public void Expected_counts_reject_a_negative_target_and_a_non_iso_date()
    {
        ArgumentOutOfRangeException negative = Assert.Throws<ArgumentOutOfRangeException>(() => Pace.Linear(Small).ExpectedCounts(-1));
        Assert.Equal("total", negative.ParamName);
        Assert.StartsWith("total must not be negative, but was -1.", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Pace.Linear(Small).ExpectedCount(-1, Jan(1)));
        ArgumentException calendar = Assert.Throws<ArgumentException>(() => Pace.Linear(Small).ExpectedCount(1, new LocalDate(2024, 1, 1, CalendarSystem.Julian)));
        Assert.Equal("date", calendar.ParamName);
    }
}
