using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Progress;
using Sannong.Domain.Tests.Generators;

namespace Sannong.Domain.Tests.Progress;

/// <summary>Invariants of the mentee goal, over generated paces, targets, enrolments and dates.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class GoalPropertiesTest
{
    private sealed record Scenario(Pace Pace, int Target, LocalDate[] Dates, ProgressOptions Options)
    {
        public DateInterval Period => Pace.Period;

        public MenteeTally Tally { get; } = MenteeTally.FromFirstEnrolments(Dates);

        // Every day from a few days before S to a few after E.
        public LocalDate[] Days => Enumerable.Range(-3, Period.Length + 6).Select(i => Period.Start.PlusDays(i)).ToArray();

        public GoalProgress At(LocalDate asOf) => GoalCalculator.Mentees(Period, Target, Tally, asOf, Pace, Options);
    }

    // Targets are small enough, relative to the up to 300 dates, to be reached in some cases and missed in others.
    private static Gen<Scenario> ScenarioGen(Gen<Pace> paces) =>
        from pace in paces
        from target in Gen.Frequency((3, Gen.Choose(1, 60)), (1, Gen.Choose(1, 400)))
        from dates in DomainArbitraries.FirstEnrolmentDatesAround(pace.Period)
        from options in DomainArbitraries.ProgressOptionsGen
        select new Scenario(pace, target, dates, options);

    private static Arbitrary<Scenario> Scenarios => ScenarioGen(DomainArbitraries.PaceGen).ToArbitrary();

    private static Arbitrary<Scenario> LinearScenarios =>
        ScenarioGen(DomainArbitraries.ProgressPeriodGen.Select(Pace.Linear)).ToArbitrary();

    [Property]
    public Property Actual_and_progress_are_monotone_in_the_date() =>
        Prop.ForAll(Scenarios, s =>
        {
            GoalProgress[] days = s.Days.Select(s.At).ToArray();
            return days.Zip(days.Skip(1)).All(p => p.First.Actual <= p.Second.Actual && p.First.Progress <= p.Second.Progress);
        });

    [Property]
    public Property Achieved_is_never_left() =>
        Prop.ForAll(Scenarios, s => s.Days.Select(s.At)
            .SkipWhile(p => p.Status != GoalStatus.Achieved)
            .All(p => p.Status == GoalStatus.Achieved));

    [Property]
    public Property Expected_is_monotone_zero_before_the_start_and_the_target_from_the_end() =>
        Prop.ForAll(Scenarios, s =>
        {
            GoalProgress[] days = s.Days.Select(s.At).ToArray();
            return days.Zip(days.Skip(1)).All(p => p.First.Expected <= p.Second.Expected)
                && days.All(p => p.Clock.AsOf < s.Period.Start ? p.Expected == 0 : p.Clock.AsOf < s.Period.End || p.Expected == s.Target);
        });

    [Property]
    public Property On_or_ahead_of_linear_pace_is_projected_to_finish_in_time() =>
        Prop.ForAll(LinearScenarios, s => s.Days.Select(s.At)
            .Where(p => p.Clock.IsRunning && p.Actual >= p.Expected && p.Actual > 0)
            .All(p => p.ProjectedCompletion is { } date && date <= s.Period.End));

    [Property]
    public Property Results_match_a_naive_reference() =>
        Prop.ForAll(Scenarios, s =>
        {
            LocalDate[] sorted = s.Dates.Order().ToArray();
            return s.Days.All(d =>
            {
                GoalProgress p = s.At(d);
                int a = s.Dates.Count(date => date <= d);
                bool statusOk = p.Status == (d < s.Period.Start ? GoalStatus.NotStarted
                    : a >= s.Target ? GoalStatus.Achieved
                    : d >= s.Period.End ? GoalStatus.Missed
                    : p.PaceRatio is null || p.PaceRatio >= s.Options.OnTrackThreshold ? GoalStatus.OnTrack
                    : p.PaceRatio >= s.Options.AtRiskThreshold ? GoalStatus.AtRisk : GoalStatus.OffTrack);
                LocalDate? completion = a >= s.Target ? sorted[s.Target - 1]
                    : a == 0 || p.Clock.DaysElapsed == 0 ? null
                    : s.Period.Start.PlusDays((int)Math.Ceiling((decimal)s.Target * p.Clock.DaysElapsed / a) - 1);
                return p.Actual == a && statusOk && p.ProjectedCompletion == completion
                    && Math.Abs(p.Expected - (s.Target * s.Pace.ExpectedShare(d))) <= 1e-9 * s.Target;
            });
        });

    [Property]
    public Property Results_do_not_depend_on_the_order_of_the_dates_nor_on_the_partition() =>
        Prop.ForAll(
            (from s in ScenarioGen(DomainArbitraries.PaceGen)
             from shuffled in Gen.Shuffle(s.Dates)
             from sides in Gen.ArrayOf(Gen.Choose(0, 1), s.Dates.Length)
             from asOf in DomainArbitraries.AsOfAround(s.Period)
             select (s, shuffled, sides, asOf)).ToArbitrary(),
            input =>
            {
                (Scenario s, LocalDate[] shuffled, int[] sides, LocalDate asOf) = input;
                GoalProgress whole = GoalCalculator.Mentees(s.Period, s.Target, s.Dates, asOf, s.Pace, s.Options);
                GoalProgress reordered = GoalCalculator.Mentees(s.Period, s.Target, shuffled, asOf, s.Pace, s.Options);
                MenteeTally merged = MenteeTally.FromFirstEnrolments(s.Dates.Where((_, i) => sides[i] == 0))
                    .Merge(MenteeTally.FromFirstEnrolments(s.Dates.Where((_, i) => sides[i] == 1)));
                GoalProgress fromParts = GoalCalculator.Mentees(s.Period, s.Target, merged, asOf, s.Pace, s.Options);
                return whole == reordered && whole == fromParts && whole.GetHashCode() == fromParts.GetHashCode();
            });

    [Property]
    public bool Generated_results_are_consistent(GoalProgress p) =>
        p.Progress == (double)p.Actual / p.Target
        && (p.PaceRatio is null) == (p.Expected == 0)
        && (p.RequiredPerDay is null) == (p.Status == GoalStatus.Missed)
        && (p.ProjectedAtEnd is null) == (p.Clock.DaysElapsed == 0);
}
