using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>The reference plans and the platform snapshot, with numbers worked out by hand.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ReferencePlansTest
{
    private static readonly LocalDate November2023 = new(2023, 11, 1);

    [Fact]
    public void Seed_plan_from_2023_11_01()
    {
        Programme seed = ReferencePlans.SeedPlan(November2023);
        // Three years from 2023-11-01 end the day before 2026-11-01, so on 2026-10-31. Days, both ends included:
        // 2023-11-01..2024-10-31 = 366 (it spans 29 Feb 2024), 2024-11-01..2025-10-31 = 365,
        // 2025-11-01..2026-10-31 = 365; 366 + 365 + 365 = 1,096.
        Assert.Equal(new LocalDate(2023, 11, 1), seed.Start);
        Assert.Equal(new LocalDate(2026, 10, 31), seed.End);
        Assert.Equal(1_096, seed.Days);
        Assert.Equal("kuaishou-sannong-seed", seed.Id.Value);
        Assert.Equal(100_000, seed.Targets.Mentees);
        Assert.Equal(0.5, seed.Targets.EarningShare.Value);
        // 10 million RMB = 10,000,000.00 yuan = 1,000,000,000 fen.
        Assert.Equal(1_000_000_000L, seed.Budgets.Cash!.Value.Fen);
        Assert.Equal(1_000_000_000L, seed.Budgets.Traffic!.Value.Count);
        Assert.Null(seed.Eligibility);
        Assert.Same(EarningRule.Default, seed.EarningRule);
        Assert.Contains("快手", seed.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_plan_from_a_start_with_no_leap_day()
    {
        // 2025-01-01..2027-12-31: 2025, 2026 and 2027 are common years, 3 x 365 = 1,095 days.
        Programme seed = ReferencePlans.SeedPlan(new LocalDate(2025, 1, 1));
        Assert.Equal(new LocalDate(2027, 12, 31), seed.End);
        Assert.Equal(1_095, seed.Days);
    }

    [Fact]
    public void Red_influencer_plan_is_traffic_only()
    {
        Programme red = ReferencePlans.RedInfluencerPlan(November2023);
        Assert.Equal("kuaishou-sannong-red-influencer", red.Id.Value);
        Assert.Equal("Sannong Red Influencer Plan (三农红人计划)", red.Name);
        Assert.Equal(new LocalDate(2026, 10, 31), red.End);
        Assert.Equal(1_096, red.Days);
        Assert.Equal(new ProgrammeTargets(100_000, Share.FromRatio(0.5)), red.Targets);
        Assert.Null(red.Budgets.Cash);
        Assert.Equal(new Impressions(1_000_000_000), red.Budgets.Traffic);
        Assert.Null(red.Eligibility);
    }

    [Fact]
    public void Cultivation_plan_from_2023_11_01()
    {
        Programme plan = ReferencePlans.CultivationPlan(November2023);
        // One year from 2023-11-01 ends on 2024-10-31; it spans 29 Feb 2024, so 366 days.
        Assert.Equal(new LocalDate(2024, 10, 31), plan.End);
        Assert.Equal(366, plan.Days);
        Assert.Equal("kuaishou-sannong-cultivation", plan.Id.Value);
        Assert.Equal("Sannong Cultivation Plan (三农耕耘计划)", plan.Name);
        Assert.Equal(new ProgrammeTargets(2_000, Share.FromRatio(0.5)), plan.Targets);
        Assert.Equal(ProgrammeBudgets.Of(Money.FromYuan(10_000_000.00m), new Impressions(1_000_000_000)), plan.Budgets);
        Assert.Equal(new Eligibility(10_000), plan.Eligibility);
        Assert.False(plan.Eligibility!.Admits(9_999));
    }

    [Fact]
    public void Platform_snapshot_holds_the_announced_figures()
    {
        Assert.Equal(42_000_000L, ReferencePlans.Platform.MonthlyActiveRuralUsers);
        Assert.Equal(378_000_000L, ReferencePlans.Platform.ContentItemsPerMonth);
        Assert.Equal(330_000_000L, ReferencePlans.Platform.RuralContentFans);
    }

    [Fact]
    public void Identifiers_are_stable_and_distinct()
    {
        Assert.Equal(ReferencePlans.SeedPlanId, ReferencePlans.SeedPlan(November2023).Id);
        Assert.Equal(ReferencePlans.RedInfluencerPlanId, ReferencePlans.RedInfluencerPlan(November2023).Id);
        Assert.Equal(ReferencePlans.CultivationPlanId, ReferencePlans.CultivationPlan(November2023).Id);
        Assert.Equal(3, new[] { ReferencePlans.SeedPlanId, ReferencePlans.RedInfluencerPlanId, ReferencePlans.CultivationPlanId }.Distinct().Count());
    }

    [Fact]
    public void A_start_in_another_calendar_is_rejected()
    {
        var julian = new LocalDate(2023, 11, 1, CalendarSystem.Julian);
        var e = Assert.Throws<ArgumentException>(() => ReferencePlans.SeedPlan(julian));
        Assert.Equal("start", e.ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => ReferencePlans.CultivationPlan(julian)).ParamName);
    }

    [Property]
    public Property Plans_start_on_the_given_day_and_run_whole_years() =>
        Prop.ForAll(DomainArbitraries.ProgrammeDateGen.ToArbitrary(), start =>
        {
            Programme seed = ReferencePlans.SeedPlan(start);
            Programme red = ReferencePlans.RedInfluencerPlan(start);
            Programme cultivation = ReferencePlans.CultivationPlan(start);
            return seed.Start == start && seed.End == start.PlusYears(3).PlusDays(-1)
                && red.Period.Equals(seed.Period)
                && cultivation.Start == start && cultivation.End == start.PlusYears(1).PlusDays(-1)
                && seed.Days is 1_095 or 1_096 && cultivation.Days is 365 or 366
                && seed == ReferencePlans.SeedPlan(start);
        });
}
