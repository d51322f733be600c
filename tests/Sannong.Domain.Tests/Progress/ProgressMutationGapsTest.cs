using System;
using System.Collections.Generic;
using NodaTime;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Taxonomy;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>
/// Facts for the Progress mutants that survived Stryker at 7f4b547 (issue 14 part 8; see notes/progress-results.md):
/// argument checks named by parameter, values at their boundaries, exact figures where a shortcut would round,
/// and equality and hashing that look at every part.
/// </summary>
public sealed class ProgressMutationGapsTest
{
    private static readonly DateInterval Small = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10));

    private static LocalDate Jan(int day) => new(2024, 1, day);

    private static string ParamOf<T>(Func<object?> act)
        where T : ArgumentException => Assert.Throws<T>(act).ParamName!;

    // ---- Breakdowns ----

    [Fact]
    public void A_null_key_with_bad_counts_is_refused_for_the_key_first()
    {
        // Mentees -1 is also wrong, but the key is checked first.
        BreakdownBuilder<ProvincialDivision> builder = BreakdownBuilder.ByProvince();
        Assert.Equal("key", ParamOf<ArgumentNullException>(() => { builder.Add(null!, -1, 0); return null; }));
    }

    [Fact]
    public void A_row_without_mentees_says_so()
    {
        BreakdownBuilder<RuralIssue> builder = BreakdownBuilder.ByIssue();
        builder.Add(RuralIssue.Farmers, 0, 0);
        BreakdownRow<RuralIssue> row = builder.Build().Rows[0];
        Assert.Null(row.EarnerShare);
        Assert.EndsWith(": 0 of 0 earn (no mentees)", row.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Mentee_breakdowns_compare_with_null()
    {
        MenteeBreakdowns breakdowns = new MenteeBreakdownsBuilder().Build();
        MenteeBreakdowns? none = null;
        Assert.True(none == null);
        Assert.False(none == breakdowns);
        Assert.False(breakdowns == none);
        Assert.True(none != breakdowns);
        Assert.False(none != null);
    }

    [Fact]
    public void The_mentee_breakdowns_builder_refuses_null_by_name()
    {
        var builder = new MenteeBreakdownsBuilder();
        Assert.Equal("mentee", ParamOf<ArgumentNullException>(() => { builder.Add(null!, true); return null; }));
        Assert.Equal("other", ParamOf<ArgumentNullException>(() => { builder.Merge(null!); return null; }));
    }

    [Fact]
    public void Values_differing_in_one_part_hash_differently()
    {
        // Equal values must hash equally; these pairs differ in exactly one part, and a hash that ignored that part
        // would make them collide for certain. (A chance collision of the randomised 32-bit hash is about 2^-32.)
        BreakdownBuilder<RuralIssue> farmers = BreakdownBuilder.ByIssue();
        farmers.Add(RuralIssue.Farmers, true);
        BreakdownBuilder<RuralIssue> villages = BreakdownBuilder.ByIssue();
        villages.Add(RuralIssue.Villages, true);
        Assert.NotEqual(farmers.Build().GetHashCode(), villages.Build().GetHashCode());
        Assert.Equal(farmers.Build().GetHashCode(), farmers.Build().GetHashCode());

        // One mentee on Jan 2 against one on Jan 3 (dates differ), and two on Jan 2 (count differs).
        MenteeTally jan2 = MenteeTally.FromFirstEnrolments([Jan(2)]);
        Assert.NotEqual(jan2.GetHashCode(), MenteeTally.FromFirstEnrolments([Jan(3)]).GetHashCode());
        Assert.NotEqual(jan2.GetHashCode(), MenteeTally.FromFirstEnrolments([Jan(2), Jan(2)]).GetHashCode());

        // Same points over another period; same share on another date; same date with another share.
        Pace half = Pace.Milestones(Small, [(Jan(5), 0.5)]);
        Assert.NotEqual(half.GetHashCode(), Pace.Milestones(new DateInterval(Jan(2), Jan(10)), [(Jan(5), 0.5)]).GetHashCode());
        Assert.NotEqual(half.GetHashCode(), Pace.Milestones(Small, [(Jan(6), 0.5)]).GetHashCode());
        Assert.NotEqual(half.GetHashCode(), Pace.Milestones(Small, [(Jan(5), 0.6)]).GetHashCode());
    }

    // ---- Budgets ----

    [Fact]
    public void Spending_exactly_the_budget_ends_the_runway_on_the_day_it_was_reached()
    {
        // Budget 1,000.00 spent in full on Jan 3; as of Jan 5 the runway ended on Jan 3 (the date the ledger reached
        // the budget), not on S + ceil(1,000 * 5 / 1,000) - 1 = Jan 5 as a projection from the burn rate would say.
        BudgetLedger ledger = BudgetLedger.Create([LedgerEntry.Disbursement(Jan(3), Money.FromYuan(1_000m))]);
        CashProgress cash = BudgetCalculator.Cash(Money.FromYuan(1_000m), ledger, Small, Jan(5), 10, 0);
        Assert.Equal((LocalDate?)Jan(3), cash.RunwayEnds);
        Assert.Equal(BudgetStatus.Ahead, cash.Status);

        BudgetLedger grants = BudgetLedger.Create([LedgerEntry.TrafficGrant(Jan(3), new Impressions(10_000))]);
        TrafficProgress traffic = BudgetCalculator.Traffic(new Impressions(10_000), grants, Small, Jan(5));
        Assert.Equal((LocalDate?)Jan(3), traffic.RunwayEnds);
    }

    [Fact]
    public void Budget_calculators_use_the_thresholds_given()
    {
        // Jan 1 of ten days: expected 1/10 of the budget, used 12/100 -> ratio 1.2: on track by default (ahead only
        // above 1.20), ahead with an ahead threshold of 1.1.
        ProgressOptions eager = ProgressOptions.Default.WithBudgetThresholds(0.8, 1.1);
        BudgetLedger ledger = BudgetLedger.Create(
            [LedgerEntry.Disbursement(Jan(1), Money.FromYuan(120m)), LedgerEntry.TrafficGrant(Jan(1), new Impressions(1_200))]);
        Assert.Equal(BudgetStatus.OnTrack, BudgetCalculator.Cash(Money.FromYuan(1_000m), ledger, Small, Jan(1), 10, 0).Status);
        Assert.Equal(BudgetStatus.Ahead, BudgetCalculator.Cash(Money.FromYuan(1_000m), ledger, Small, Jan(1), 10, 0, options: eager).Status);
        Assert.Equal(BudgetStatus.OnTrack, BudgetCalculator.Traffic(new Impressions(10_000), ledger, Small, Jan(1)).Status);
        Assert.Equal(BudgetStatus.Ahead, BudgetCalculator.Traffic(new Impressions(10_000), ledger, Small, Jan(1), options: eager).Status);
    }

    // ---- Goals ----

    [Fact]
    public void The_goal_calculator_checks_period_then_target_before_the_dates()
    {
        // Several arguments wrong at once: the period is named first, then the target, then the dates or tally.
        Assert.Equal("period", ParamOf<ArgumentNullException>(() => GoalCalculator.Mentees(null!, 0, (IEnumerable<LocalDate>)null!, Jan(1))));
        Assert.Equal("target", ParamOf<ArgumentOutOfRangeException>(() => GoalCalculator.Mentees(Small, 0, (IEnumerable<LocalDate>)null!, Jan(1))));
        // With a tally (the second overload) and target 0: refused for the target, not later for a count of 0.
        Assert.Equal("target", ParamOf<ArgumentOutOfRangeException>(() => GoalCalculator.Mentees(Small, 0, MenteeTally.Empty, Jan(1))));
    }

    // ---- Mentee tally ----

    [Fact]
    public void A_tally_past_int_max_value_overflows_instead_of_wrapping()
    {
        // Merging a tally with itself doubles each day's count: 30 doublings of one mentee give 2^30 on Jan 1.
        MenteeTally jan1 = MenteeTally.FromFirstEnrolments([Jan(1)]);
        MenteeTally jan2 = MenteeTally.FromFirstEnrolments([Jan(2)]);
        for (int i = 0; i < 30; i++)
        {
            jan1 = jan1.Merge(jan1);
            jan2 = jan2.Merge(jan2);
        }
        Assert.Equal(1 << 30, jan1.Total);
        MenteeTally local = jan1;
        // One day of 2^30 + 2^30 = 2^31 > int.MaxValue; two days of 2^30 each total 2^31 as well.
        Assert.Throws<OverflowException>(() => local.Merge(local));
        MenteeTally other = jan2;
        Assert.Throws<OverflowException>(() => local.Merge(other));
    }

    // ---- Normal distribution ----

    [Fact]
    public void A_vanishing_confidence_has_a_critical_value_of_positive_zero()
    {
        // (1 - 1e-300) / 2 is exactly 0.5 in double, whose quantile is +0.0; negated that is -0.0, which must be
        // returned as +0.0 (printed "0", not "-0").
        double z = NormalDistribution.TwoSidedCriticalValue(1e-300);
        Assert.Equal(0.0, z);
        Assert.False(double.IsNegative(z));
    }

    // ---- Pace ----

    [Fact]
    public void Milestones_refuse_a_null_or_non_iso_period()
    {
        Assert.Equal("period", ParamOf<ArgumentNullException>(() => Pace.Milestones(null!, [])));
        var julian = new DateInterval(new LocalDate(2024, 1, 1, CalendarSystem.Julian), new LocalDate(2024, 1, 10, CalendarSystem.Julian));
        Assert.Equal("period", ParamOf<ArgumentException>(() => Pace.Milestones(julian, [])));
    }

    [Fact]
    public void On_a_milestone_date_the_share_is_the_milestone_share_exactly()
    {
        // Milestones 0.2 on Jan 3 and 0.9 on Jan 6. Interpolating to the end of the segment would give
        // 0.2 + (0.9 - 0.2) = 0.8999999999999999 in double; the share on Jan 6 is 0.9 exactly.
        Pace pace = Pace.Milestones(Small, [(Jan(3), 0.2), (Jan(6), 0.9)]);
        Assert.Equal(0.9, pace.ExpectedShare(Jan(6)));
        Assert.Equal(0.2, pace.ExpectedShare(Jan(3)));
    }

    [Fact]
    public void A_linear_expected_count_on_the_first_day_is_exact()
    {
        // 3 over ten days, day 1: 3 * 1 / 10 = 0.3 exactly (the nearest double to 0.3), where 3 * (1/10.0) would give
        // 0.30000000000000004.
        Assert.Equal(0.3, Pace.Linear(Small).ExpectedCount(3, Jan(1)));
        Assert.Equal(2.7, Pace.Linear(Small).ExpectedCount(3, Jan(9)));
    }

    [Fact]
    public void A_milestone_share_at_the_smallest_decimal_scale_is_handled()
    {
        // (decimal)1e-28 has scale 28, the largest decimal scale: the exact amount is scaled by 10^28 (10^29 does
        // not fit a decimal). Jan 3 of the first segment (Jan 1..Jan 5): 1,000 * 1e-28 * 3/5, rounds to 0.
        Pace pace = Pace.Milestones(Small, [(Jan(5), 1e-28)]);
        Assert.Equal(28, ((decimal)1e-28).Scale);
        Assert.Equal(0L, pace.ExpectedAmount(1_000, Jan(3)));
        Assert.Equal(1_000L, pace.ExpectedAmount(1_000, Jan(10)));
    }

    // ---- Scorecard ----

    [Fact]
    public void The_scorecard_accumulator_refuses_null_by_name()
    {
        ProgrammeData data = ScorecardTest.Small();
        Assert.Equal("programme", ParamOf<ArgumentNullException>(() => new ScorecardAccumulator(null!, Jan(5))));
        var one = new ScorecardAccumulator(data.Programme, Jan(5));
        Assert.Equal("enrolment", ParamOf<ArgumentNullException>(() => { one.Add((Enrolment)null!); return null; }));
        Assert.Equal("earning", ParamOf<ArgumentNullException>(() => { one.Add((Earning)null!); return null; }));
        Assert.Equal("enrolments", ParamOf<ArgumentNullException>(() => { one.AddRange((IEnumerable<Enrolment>)null!); return null; }));
        Assert.Equal("earnings", ParamOf<ArgumentNullException>(() => { one.AddRange((IEnumerable<Earning>)null!); return null; }));
        Assert.Equal("other", ParamOf<ArgumentNullException>(() => { one.Merge(null!); return null; }));
        Assert.Equal("influencers", ParamOf<ArgumentNullException>(() => one.ToScorecard(null!, data.Ledger)));
        // An unknown mentee and no ledger: the ledger is named, before any mentee is looked up.
        one.Add(new Enrolment(new InfluencerId("stranger"), Jan(1)));
        Assert.Equal("ledger", ParamOf<ArgumentNullException>(() => one.ToScorecard(_ => null, null!)));
        Assert.Equal("data", ParamOf<ArgumentNullException>(() => ScorecardCalculator.Compute(null!, Jan(5))));
    }

    [Fact]
    public void Earnings_of_exactly_the_minimum_make_an_earner_and_merging_adds_them()
    {
        // Small(): earners need 100.00 yuan in the as-of month (January). Mentee "a", enrolled Jan 1.
        ProgrammeData data = ScorecardTest.Small();
        InfluencerId a = new("a");
        Influencer? Lookup(InfluencerId id) => data.TryGetInfluencer(id, out Influencer? i) ? i : null;

        // Exactly 100.00 in one accumulator: an earner.
        var exact = new ScorecardAccumulator(data.Programme, Jan(5));
        exact.Add(new Enrolment(a, Jan(1)));
        exact.Add(new Earning(a, new YearMonth(2024, 1), Money.FromYuan(100m), EarningSource.Advertising));
        Assert.Equal(1L, exact.ToScorecard(Lookup, data.Ledger).Monetisation.Earners);

        // 60.00 and 40.00 in two accumulators, merged: 100.00, an earner (60 - 40 = 20 would not be).
        var first = new ScorecardAccumulator(data.Programme, Jan(5));
        first.Add(new Enrolment(a, Jan(1)));
        first.Add(new Earning(a, new YearMonth(2024, 1), Money.FromYuan(60m), EarningSource.Advertising));
        var second = new ScorecardAccumulator(data.Programme, Jan(5));
        second.Add(new Earning(a, new YearMonth(2024, 1), Money.FromYuan(40m), EarningSource.LiveGifts));
        first.Merge(second);
        Assert.Equal(1L, first.ToScorecard(Lookup, data.Ledger).Monetisation.Earners);
    }

    [Fact]
    public void Scorecard_options_are_used()
    {
        ProgrammeData data = ScorecardTest.Small();
        Assert.False(ScorecardCalculator.Compute(data, Jan(5)).Monetisation.IsSample);
        Assert.True(ScorecardCalculator.Compute(data, Jan(5), new ScorecardOptions(earningsAreSample: true)).Monetisation.IsSample);
        ProgressOptions strict = ProgressOptions.Default.WithGoalThresholds(0.95, 0.9);
        Assert.Same(strict, new ScorecardOptions(progress: strict).Progress);
        Assert.Same(ProgressOptions.Default, new ScorecardOptions().Progress);
    }

    // ---- Wilson interval ----

    [Fact]
    public void The_interval_of_one_in_two_is_the_textbook_one()
    {
        // z = 1.959963984540054 (95%), n = 2, p = q = 0.5:
        // low = (p + z²/2n - z sqrt(pq/n + z²/4n²)) / (1 + z²/n) = 0.0945312057342307, high = 1 - low by symmetry.
        WilsonInterval w = WilsonInterval.Compute(1, 2);
        Assert.Equal(0.0945312057342307, w.Low.Value, 1e-12);
        Assert.Equal(1 - 0.0945312057342307, w.High.Value, 1e-12);
    }

    [Fact]
    public void No_successes_in_many_trials_keeps_the_upper_bound_precise()
    {
        // s = 0, n = 10^12: high = z² / (n + z²) = 3.841458820679367e-12 exactly in the formula without
        // cancellation; 1 - n/(n + z²) would lose about five of its sixteen digits.
        WilsonInterval w = WilsonInterval.Compute(0, 1_000_000_000_000);
        Assert.Equal(3.841458820679367e-12, w.High.Value, 3.841458820679367e-12 * 1e-12);
        Assert.Equal(0.0, w.Low.Value);
    }

    [Fact]
    public void An_interval_contains_exactly_the_shares_between_its_bounds()
    {
        // 5 of 10 at 95%: about [0.2366, 0.7634].
        WilsonInterval w = WilsonInterval.Compute(5, 10);
        Assert.True(w.Contains(Share.FromRatio(0.5)));
        Assert.True(w.Contains(w.Low));
        Assert.True(w.Contains(w.High));
        Assert.False(w.Contains(Share.FromRatio(0.1)));
        Assert.False(w.Contains(Share.FromRatio(0.9)));
    }

    [Fact]
    public void Intervals_equal_in_every_bound_but_of_other_counts_are_unequal()
    {
        // 2^59 and 2^59 + 1 successes of 2^60: both counts are 2^59 as doubles, so p, z, centre, low and high are
        // identical; only Successes differs, and that alone makes the intervals unequal.
        WilsonInterval a = WilsonInterval.Compute(1L << 59, 1L << 60);
        WilsonInterval b = WilsonInterval.Compute((1L << 59) + 1, 1L << 60);
        Assert.Equal((a.Z, a.Centre, a.Low, a.High), (b.Z, b.Centre, b.Low, b.High));
        Assert.False(a.Equals(b));
        Assert.False(a == b);
        // Likewise only Trials: 2^59 of 2^60 against 2^59 of 2^60 + 1 (2^60 + 1 is 2^60 as a double).
        WilsonInterval c = WilsonInterval.Compute(1L << 59, (1L << 60) + 1);
        Assert.Equal((a.Z, a.Centre, a.Low, a.High), (c.Z, c.Centre, c.Low, c.High));
        Assert.False(a.Equals(c));
    }
}
