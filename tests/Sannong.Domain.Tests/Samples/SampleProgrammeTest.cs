using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Samples;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Samples;

/// <summary>The sample generator: determinism, validity, scaling, and the default sample's scorecard.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class SampleProgrammeTest
{
    [Fact]
    public void Generate_SameSeedAndScale_GivesEqualDataEveryTime()
    {
        SannongDataset first = SampleProgramme.Generate(42, 0.02);
        SannongDataset second = SampleProgramme.Generate(42, 0.02);
        SannongDataset third = SampleProgramme.Generate(42, 0.02);
        Assert.NotSame(first.Data, second.Data);
        Assert.True(first.Data == second.Data);
        Assert.True(second.Data == third.Data);
        Assert.Equal(first.ToString(), third.ToString());
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentData()
    {
        SannongDataset one = SampleProgramme.Generate(1, 0.01);
        SannongDataset two = SampleProgramme.Generate(2, 0.01);
        Assert.True(one.Data != two.Data);
        // Not just the name: the records differ too.
        Assert.False(one.Data.Influencers.SequenceEqual(two.Data.Influencers));
        Assert.False(one.Data.Earnings.SequenceEqual(two.Data.Earnings));
        Assert.False(one.Data.Content.SequenceEqual(two.Data.Content));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(1.0000001)]
    [InlineData(2.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Generate_ScaleOutsideZeroToOne_Throws(double scale)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SampleProgramme.Generate(1, scale));
        Assert.Equal("scale", e.ParamName);
        Assert.Contains("scale must be greater than 0 and at most 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_RecordsValidateAgain()
    {
        ProgrammeData data = SampleProgramme.Generate(5, 0.02).Data;
        ValidationResult<ProgrammeData> again = ProgrammeData.Validate(
            data.Programme, data.Influencers, data.Enrolments, data.Ledger.Entries, data.Earnings, data.Content);
        Assert.True(again.IsValid, string.Join("\n", again.Problems));
        Assert.True(again.Value == data);
    }

    [Fact]
    public void Generate_ScalesTargetsAndBudgetsOfTheSeedPlan()
    {
        // At scale 0.05: 100,000 × 0.05 = 5,000 mentees, 10,000,000 × 0.05 = 500,000.00 yuan,
        // 1,000,000,000 × 0.05 = 50,000,000 impressions; 44% of 5,000 = 2,200 enrolled.
        SannongDataset sample = SampleProgramme.Generate(7, 0.05);
        Programme programme = sample.Data.Programme;
        Programme plan = ReferencePlans.SeedPlan(new LocalDate(2023, 11, 1));
        Assert.Equal(plan.Id, programme.Id);
        Assert.Equal(plan.Period, programme.Period);
        Assert.Equal(plan.EarningRule, programme.EarningRule);
        Assert.Equal(5_000, programme.Targets.Mentees);
        Assert.Equal(plan.Targets.EarningShare, programme.Targets.EarningShare);
        Assert.Equal(Money.FromYuan(500_000.00m), programme.Budgets.Cash);
        Assert.Equal(new Impressions(50_000_000), programme.Budgets.Traffic);
        Assert.Equal(plan.Name + ", sample (seed 7, scale 0.05)", programme.Name);
        Assert.Equal(2_200, sample.Data.Influencers.Length);
        Assert.Equal(new LocalDate(2025, 5, 1), sample.AsOf);
    }

    [Fact]
    public void Generate_TinyScale_KeepsOneMenteeAndPositiveBudgets()
    {
        // 100,000 × 1E-7 = 0.01 rounds to 0, so the target is kept at 1; cash 1E9 fen × 1E-7 = 100 fen; traffic 100.
        ProgrammeData data = SampleProgramme.Generate(3, 1e-7).Data;
        Assert.Equal(1, data.Programme.Targets.Mentees);
        Assert.Equal(Money.FromFen(100), data.Programme.Budgets.Cash);
        Assert.Equal(new Impressions(100), data.Programme.Budgets.Traffic);
        Assert.Single(data.Influencers);
    }

    [Fact]
    public void Generate_DisbursesAndGrantsExactlyTheDocumentedSharesOfTheBudgets()
    {
        // 46% of 500,000.00 yuan = 230,000.00 yuan disbursed; 65% of 50,000,000 = 32,500,000 impressions granted.
        ProgrammeData data = SampleProgramme.Generate(11, 0.05).Data;
        long disbursed = data.Ledger.Entries.Where(e => e.Kind == LedgerEntryKind.Disbursement).Sum(e => e.Cash.Fen);
        long granted = data.Ledger.Entries.Where(e => e.Kind == LedgerEntryKind.TrafficGrant).Sum(e => e.Impressions.Count);
        Assert.Equal(Money.FromYuan(230_000.00m).Fen, disbursed);
        Assert.Equal(32_500_000, granted);
    }

    [Fact]
    public void Default_IsSeedOneAtScaleOneHundredth_GeneratedOnce()
    {
        SannongDataset sample = SampleProgramme.Default;
        Assert.Same(sample, SampleProgramme.Default);
        Assert.EndsWith(", sample (seed 1, scale 0.01)", sample.Data.Programme.Name, StringComparison.Ordinal);
        Assert.Equal(SampleProgramme.AsOf, sample.AsOf);
        Assert.True(sample.Data == SampleProgramme.Generate(1, 0.01).Data);
    }

    [Fact]
    public void Default_Scorecard_HasTheDocumentedStatuses()
    {
        SannongDataset sample = SampleProgramme.Default;
        Scorecard card = ScorecardCalculator.Compute(sample.Data, SampleProgramme.AsOf);

        // Clock: 2023-11-01 to 2025-05-01 is 548 days counting the as-of day, of 1,096.
        Assert.Equal(548, card.Clock.DaysElapsed);
        Assert.Equal(1_096, card.Clock.PeriodDays);

        // Mentees: target 100,000 × 0.01 = 1,000; enrolled 44% = 440; expected 1,000 × 548/1,096 = 500;
        // 440/500 = 0.88, in [0.80, 0.95): at risk.
        Assert.Equal(1_000, card.Mentees.Target);
        Assert.Equal(440, card.Mentees.Actual);
        Assert.Equal(500.0, card.Mentees.Expected, 9);
        Assert.Equal(GoalStatus.AtRisk, card.Mentees.Status);

        // Cash: budget 100,000.00; disbursed 46% = 46,000.00 less a few refunds; expected 50,000.00;
        // 45,000/50,000 = 0.90 to 46,000/50,000 = 0.92, in [0.80, 1.20]: on track.
        CashProgress cash = Assert.IsType<CashProgress>(card.Cash);
        Assert.Equal(Money.FromYuan(100_000.00m), cash.Budget);
        Assert.Equal(Money.FromYuan(50_000.00m), cash.Expected);
        Assert.InRange(cash.Spent, Money.FromYuan(45_000.00m), Money.FromYuan(46_000.00m));
        Assert.Equal(BudgetStatus.OnTrack, cash.Status);

        // Traffic: budget 10,000,000; granted 65% = 6,500,000 less a few reversals; expected 5,000,000;
        // 6,300,000/5,000,000 = 1.26 to 1.30, above 1.20: ahead.
        TrafficProgress traffic = Assert.IsType<TrafficProgress>(card.Traffic);
        Assert.Equal(new Impressions(5_000_000), traffic.Expected);
        Assert.InRange(traffic.Granted.Count, 6_300_000, 6_500_000);
        Assert.Equal(BudgetStatus.Ahead, traffic.Status);

        // Monetisation: a census of the 440 mentees; about 40% earn, below the 50% target.
        Assert.Equal(440, card.Monetisation.Mentees);
        Assert.InRange((double)card.Monetisation.Earners / card.Monetisation.Mentees, 0.35, 0.48);
        Assert.Equal(MonetisationStatus.Below, card.Monetisation.Status);
    }

    [Fact]
    public void Generate_FullScale_StaysWithinTheRecordBudget()
    {
        // Scale 1: 44% of 100,000 = 44,000 mentees; the ledger stays under a million entries, the earnings under
        // three million records, the content at most 3 items per mentee (about 1.5 s).
        ProgrammeData data = SampleProgramme.Generate(1, 1.0).Data;
        Assert.Equal(100_000, data.Programme.Targets.Mentees);
        Assert.Equal(44_000, data.Influencers.Length);
        Assert.Equal(44_000, data.Enrolments.Length);
        Assert.InRange(data.Ledger.Count, 44_000, 1_000_000);
        Assert.InRange(data.Earnings.Length, 44_000, 3_000_000);
        Assert.InRange(data.Content.Length, 44_000, 3 * 44_000);
    }

    [Property(MaxTest = 8)]
    public void Generate_NeverThrows_AndItsRecordsValidate(SampleRequest request)
    {
        SannongDataset sample = SampleProgramme.Generate(request.Seed, request.Scale);
        ProgrammeData data = sample.Data;
        ValidationResult<ProgrammeData> again = ProgrammeData.Validate(
            data.Programme, data.Influencers, data.Enrolments, data.Ledger.Entries, data.Earnings, data.Content);
        Assert.True(again.IsValid, string.Join("\n", again.Problems));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"(seed {request.Seed}, "), data.Programme.Name, StringComparison.Ordinal);
        Assert.Equal(SampleProgramme.AsOf, sample.AsOf);
        Assert.True(data.Enrolments.All(e => e.Enrolled < SampleProgramme.AsOf));
        Assert.True(data.Ledger.Entries.All(e => e.Date < SampleProgramme.AsOf));
        Assert.True(data.Earnings.All(e => e.Month < SampleProgramme.AsOf.ToYearMonth()));
    }

    [Property(MaxTest = 4)]
    public void Generate_IsDeterministic_ForAnySeed(SampleRequest request) =>
        Assert.True(SampleProgramme.Generate(request.Seed, request.Scale).Data == SampleProgramme.Generate(request.Seed, request.Scale).Data);
}
