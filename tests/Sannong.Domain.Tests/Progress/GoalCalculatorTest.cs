using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Sannong.Domain.Progress;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>Worked examples of the mentee goal, computed by hand. Period 2024-01-01..2024-01-10 (N = 10), T = 100,
/// linear pace unless said otherwise.</summary>
public sealed class GoalCalculatorTest
{
    private static readonly DateInterval Small = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10));

    private static LocalDate Jan(int day) => new(2024, 1, day);

    // First enrolments: 2 before the start (12-30), 10 on 01-01, 12 on 01-02, 6 on 01-03, 30 on 01-05, 40 on 01-08,
    // 5 after the end (01-12). Cumulative a: 12-31: 2; 01-01: 12; 01-02: 24; 01-03: 30; 01-04: 30; 01-05: 60;
    // 01-07: 60; 01-08: 100; 01-10: 100; 01-12: 105.
    private static readonly LocalDate[] Dates =
        Enumerable.Repeat(new LocalDate(2023, 12, 30), 2)
            .Concat(Enumerable.Repeat(Jan(1), 10)).Concat(Enumerable.Repeat(Jan(2), 12)).Concat(Enumerable.Repeat(Jan(3), 6))
            .Concat(Enumerable.Repeat(Jan(5), 30)).Concat(Enumerable.Repeat(Jan(8), 40)).Concat(Enumerable.Repeat(Jan(12), 5))
            .Reverse().ToArray();

    private static GoalProgress At(LocalDate asOf, IEnumerable<LocalDate>? dates = null, int target = 100, Pace? pace = null, ProgressOptions? options = null) =>
        GoalCalculator.Mentees(Small, target, dates ?? Dates, asOf, pace, options);

    [Fact]
    public void Before_the_start()
    {
        // d = 12-31: e = 0, a = 2 (enrolled before S), x = 0 -> no pace ratio; not started.
        // requiredPerDay = (100 - 2) / (10 - 0) = 9.8; no rate yet, so no projections.
        GoalProgress p = At(new LocalDate(2023, 12, 31));
        Assert.Equal((2, 0.02, 0.0, (double?)null, GoalStatus.NotStarted), (p.Actual, p.Progress, p.Expected, p.PaceRatio, p.Status));
        Assert.Equal(9.8, p.RequiredPerDay);
        Assert.Null(p.ProjectedAtEnd);
        Assert.Null(p.ProjectedCompletion);
    }

    [Fact]
    public void On_the_first_day()
    {
        // e = 1, a = 12, x = 100 * 1/10 = 10, paceRatio = 1.2 -> on track. required = 88 / 9.
        // projectedAtEnd = 12 * 10 / 1 = 120. completion = S + (ceil(100 * 1 / 12) - 1) = S + (9 - 1) = 01-09.
        GoalProgress p = At(Jan(1));
        Assert.Equal((12, 10.0, (double?)1.2, GoalStatus.OnTrack), (p.Actual, p.Expected, p.PaceRatio, p.Status));
        Assert.Equal(88.0 / 9, p.RequiredPerDay);
        Assert.Equal(120.0, p.ProjectedAtEnd);
        Assert.Equal(Jan(9), p.ProjectedCompletion);
    }

    [Fact]
    public void Exactly_on_pace()
    {
        // d = 01-03: e = 3, a = 30, x = 30, ratio 1. required = 70 / 7 = 10; projectedAtEnd = 30 * 10 / 3 = 100;
        // completion = S + (ceil(300 / 30) - 1) = S + 9 = 01-10 = E: on pace finishes on the last day.
        GoalProgress p = At(Jan(3));
        Assert.Equal((30, 0.3, 30.0, (double?)1.0, GoalStatus.OnTrack), (p.Actual, p.Progress, p.Expected, p.PaceRatio, p.Status));
        Assert.Equal(10.0, p.RequiredPerDay);
        Assert.Equal(100.0, p.ProjectedAtEnd);
        Assert.Equal(Jan(10), p.ProjectedCompletion);
    }

    [Fact]
    public void Off_track_with_a_completion_after_the_end()
    {
        // d = 01-04: e = 4, a = 30, x = 40, ratio 0.75 < 0.80 -> off track. required = 70 / 6.
        // projectedAtEnd = 30 * 10 / 4 = 75. completion = S + (ceil(400 / 30) - 1) = S + (14 - 1) = 01-14, after E.
        GoalProgress p = At(Jan(4));
        Assert.Equal((30, 40.0, (double?)0.75, GoalStatus.OffTrack), (p.Actual, p.Expected, p.PaceRatio, p.Status));
        Assert.Equal(70.0 / 6, p.RequiredPerDay);
        Assert.Equal(75.0, p.ProjectedAtEnd);
        Assert.Equal(Jan(14), p.ProjectedCompletion);
    }

    [Fact]
    public void At_risk()
    {
        // d = 01-07: e = 7, a = 60, x = 70, ratio 6/7 = 0.857 -> at risk. required = 40 / 3.
        // projectedAtEnd = 600 / 7. completion = S + (ceil(700 / 60) - 1) = S + (12 - 1) = 01-12.
        GoalProgress p = At(Jan(7));
        Assert.Equal((60, 70.0, (double?)(60.0 / 70), GoalStatus.AtRisk), (p.Actual, p.Expected, p.PaceRatio, p.Status));
        Assert.Equal(40.0 / 3, p.RequiredPerDay);
        Assert.Equal(600.0 / 7, p.ProjectedAtEnd);
        Assert.Equal(Jan(12), p.ProjectedCompletion);
    }

    [Fact]
    public void Exactly_on_target_is_achieved_on_the_day_of_the_last_mentee()
    {
        // d = 01-08: a = 100 = T -> achieved; required 0; x = 80, ratio 1.25; projectedAtEnd = 100 * 10 / 8 = 125;
        // the 100th mentee in date order enrolled on 01-08.
        GoalProgress p = At(Jan(8));
        Assert.Equal((100, 1.0, 80.0, (double?)1.25, GoalStatus.Achieved), (p.Actual, p.Progress, p.Expected, p.PaceRatio, p.Status));
        Assert.Equal(0.0, p.RequiredPerDay);
        Assert.Equal(125.0, p.ProjectedAtEnd);
        Assert.Equal(Jan(8), p.ProjectedCompletion);
    }

    [Fact]
    public void On_the_last_day_and_after_the_end()
    {
        // 01-10: e = N, x = T = 100, a = 100 -> achieved. 02-01: a = 105, progress 1.05, still achieved on 01-08.
        GoalProgress last = At(Jan(10));
        Assert.Equal((100, 100.0, (double?)1.0, GoalStatus.Achieved, (double?)100.0), (last.Actual, last.Expected, last.PaceRatio, last.Status, last.ProjectedAtEnd));
        GoalProgress after = At(new LocalDate(2024, 2, 1));
        Assert.Equal((105, 1.05, 100.0, GoalStatus.Achieved, (double?)0.0), (after.Actual, after.Progress, after.Expected, after.Status, after.RequiredPerDay));
        Assert.Equal(105.0, after.ProjectedAtEnd);   // 105 * 10 / 10
        Assert.Equal(Jan(8), after.ProjectedCompletion);
    }

    [Fact]
    public void Missed_when_the_last_day_is_done_short_of_the_target()
    {
        // Only the enrolments up to 01-05: a = 60 from 01-05 on.
        LocalDate[] dates = Dates.Where(d => d <= Jan(5)).ToArray();
        // 01-09: e = 9, x = 90, ratio 2/3 -> off track; required = 40 / 1 = 40.
        GoalProgress dayBefore = At(Jan(9), dates);
        Assert.Equal((GoalStatus.OffTrack, (double?)40.0), (dayBefore.Status, dayBefore.RequiredPerDay));
        // 01-10: over and a < T -> missed; no required rate; projectedAtEnd = 60; completion = S + (ceil(1000/60) - 1) = S + 16 = 01-17.
        GoalProgress last = At(Jan(10), dates);
        Assert.Equal((GoalStatus.Missed, (double?)null, (double?)60.0), (last.Status, last.RequiredPerDay, last.ProjectedAtEnd));
        Assert.Equal(Jan(17), last.ProjectedCompletion);
        Assert.Equal(GoalStatus.Missed, At(new LocalDate(2024, 6, 1), dates).Status);
    }

    [Fact]
    public void Zero_actuals()
    {
        // No enrolments, d = 01-05: a = 0, x = 50, ratio 0 -> off track; required = 100 / 5 = 20; projectedAtEnd 0; no completion.
        GoalProgress p = At(Jan(5), []);
        Assert.Equal((0, 0.0, 50.0, (double?)0.0, GoalStatus.OffTrack), (p.Actual, p.Progress, p.Expected, p.PaceRatio, p.Status));
        Assert.Equal(20.0, p.RequiredPerDay);
        Assert.Equal(0.0, p.ProjectedAtEnd);
        Assert.Null(p.ProjectedCompletion);
    }

    [Theory]
    // d = 01-02: e = 2, x = 20. 19/20 = 0.95 on track (the threshold is inclusive), 18/20 = 0.9 and 16/20 = 0.8
    // at risk (inclusive), 15/20 = 0.75 off track.
    [InlineData(19, GoalStatus.OnTrack)]
    [InlineData(18, GoalStatus.AtRisk)]
    [InlineData(16, GoalStatus.AtRisk)]
    [InlineData(15, GoalStatus.OffTrack)]
    public void Thresholds_are_inclusive(int actual, GoalStatus status) =>
        Assert.Equal(status, At(Jan(2), Enumerable.Repeat(Jan(1), actual)).Status);

    [Fact]
    public void Thresholds_are_options()
    {
        // Ratio 0.75 (as of 01-04 above): off track by default, at risk from 0.5, on track from 0.7.
        Assert.Equal(GoalStatus.AtRisk, At(Jan(4), options: ProgressOptions.Default.WithGoalThresholds(0.9, 0.5)).Status);
        Assert.Equal(GoalStatus.OnTrack, At(Jan(4), options: ProgressOptions.Default.WithGoalThresholds(0.7, 0.5)).Status);
    }

    [Fact]
    public void Target_reached_before_the_start_is_still_not_started()
    {
        // 3 mentees enrolled before S with T = 2: status NotStarted (d < S comes first), but required is 0 and the
        // target was reached on the day of the 2nd mentee.
        GoalProgress p = At(new LocalDate(2023, 12, 31), [new LocalDate(2023, 12, 1), new LocalDate(2023, 12, 5), new LocalDate(2023, 12, 20)], target: 2);
        Assert.Equal((GoalStatus.NotStarted, (double?)0.0, (LocalDate?)new LocalDate(2023, 12, 5)), (p.Status, p.RequiredPerDay, p.ProjectedCompletion));
    }

    [Fact]
    public void With_a_milestone_pace()
    {
        // Milestones (01-04, 0) and (01-08, 0.5): nothing expected until 01-04, then 0.5 over 4 days, then 0.5 over 2.
        Pace pace = Pace.Milestones(Small, [(Jan(4), 0.0), (Jan(8), 0.5)]);
        // 01-03: x = 0 -> no ratio; running and not achieved with nothing expected: on track.
        GoalProgress early = At(Jan(3), pace: pace);
        Assert.Equal((0.0, (double?)null, GoalStatus.OnTrack), (early.Expected, early.PaceRatio, early.Status));
        // 01-06: share = 0.5 * 2/4 = 0.25, x = 25; a = 60 -> ratio 2.4.
        GoalProgress mid = At(Jan(6), pace: pace);
        Assert.Equal((25.0, (double?)2.4), (mid.Expected, mid.PaceRatio));
        // 01-09: share = 0.5 + 0.5 * 1/2 = 0.75, x = 75.
        Assert.Equal(75.0, At(Jan(9), pace: pace).Expected);
    }

    [Fact]
    public void Seed_plan_example()
    {
        // 2023-11-01..2026-10-31 (N = 1,096), T = 100,000, as of 2024-10-31 (e = 366) with 30,000 mentees:
        // x = 100,000 * 366 / 1,096 = 33,394.16; ratio = 30,000 / x = 0.8984 -> at risk.
        // required = 70,000 / 730 = 95.89 a day; projectedAtEnd = 30,000 * 1,096 / 366 = 89,836.07;
        // completion = S + (ceil(100,000 * 366 / 30,000) - 1) = S + 1,219 days = 2027-03-04
        // (S + 1,096 = 2026-11-01, + 123 days: Nov 30, Dec 31, Jan 31, Feb 28 = 120 -> 2027-03-01, + 3).
        var period = new DateInterval(new LocalDate(2023, 11, 1), new LocalDate(2026, 10, 31));
        MenteeTally tally = MenteeTally.FromFirstEnrolments(
            Enumerable.Repeat(new LocalDate(2024, 1, 15), 10_000).Concat(Enumerable.Repeat(new LocalDate(2024, 6, 30), 20_000))
                .Concat(Enumerable.Repeat(new LocalDate(2024, 11, 1), 5_000)));
        GoalProgress p = GoalCalculator.Mentees(period, 100_000, tally, new LocalDate(2024, 10, 31));
        Assert.Equal(30_000, p.Actual);
        Assert.Equal(100_000.0 * 366 / 1_096, p.Expected);
        Assert.Equal(0.898360655737705, p.PaceRatio!.Value, 12);
        Assert.Equal(GoalStatus.AtRisk, p.Status);
        Assert.Equal(70_000.0 / 730, p.RequiredPerDay);
        Assert.Equal(30_000.0 * 1_096 / 366, p.ProjectedAtEnd);
        Assert.Equal(new LocalDate(2027, 3, 4), p.ProjectedCompletion);
        Assert.Equal("mentees 30000/100000 as of 2024-10-31 (expected 33394.16): AtRisk", p.ToString());
    }

    [Fact]
    public void A_completion_beyond_the_calendar_is_none()
    {
        // T = 1,000,000 with one mentee on the first day of a 1,500-day period as of its second-to-last day:
        // ceil(1,000,000 * 1,499 / 1) days after 2024-01-01 is far beyond 9999-12-31.
        var period = new DateInterval(Jan(1), Jan(1).PlusDays(1_499));
        GoalProgress p = GoalCalculator.Mentees(period, 1_000_000, [Jan(1)], period.End.PlusDays(-1));
        Assert.Null(p.ProjectedCompletion);
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => At(Jan(1), target: 0)).ParamName);
        Assert.Throws<ArgumentNullException>(() => GoalCalculator.Mentees(Small, 1, (IEnumerable<LocalDate>)null!, Jan(1)));
        Assert.Throws<ArgumentNullException>(() => GoalCalculator.Mentees(Small, 1, (MenteeTally)null!, Jan(1)));
        Assert.Throws<ArgumentNullException>(() => GoalCalculator.Mentees(null!, 1, Dates, Jan(1)));
        var other = new DateInterval(Jan(1), Jan(11));
        ArgumentException e = Assert.Throws<ArgumentException>(() => At(Jan(1), pace: Pace.Linear(other)));
        Assert.Equal("pace", e.ParamName);
        Assert.StartsWith("pace must be for the programme's period [2024-01-01, 2024-01-10], but was for [2024-01-01, 2024-01-11].", e.Message, StringComparison.Ordinal);
    }
}
