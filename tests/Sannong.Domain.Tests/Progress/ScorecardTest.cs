using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>The scorecard: one worked example computed by hand, and the merge and order properties.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ScorecardTest
{
    private static readonly InfluencerId A = new("a");
    private static readonly InfluencerId B = new("b");
    private static readonly InfluencerId C = new("c");
    private static readonly InfluencerId D = new("d");

    private static LocalDate Jan(int day) => new(2024, 1, day);

    private static Influencer Person(InfluencerId id, string topic, string region, long followers) =>
        new(id, "@" + id, Region.Parse(region), new[] { SannongTaxonomy.Standard.GetByCode(topic) }, followers, new LocalDate(2020, 1, 1));

    // Ten days, 4 mentees, 50% earning, 1,000.00 yuan and 10,000 impressions; earners need 100.00 yuan in the as-of month.
    internal static ProgrammeData Small() => ProgrammeData.Create(
        new Programme(new ProgrammeId("pilot"), "Pilot", new DateInterval(Jan(1), Jan(10)),
            new ProgrammeTargets(4, Share.FromRatio(0.5)), ProgrammeBudgets.Of(Money.FromYuan(1000m), new Impressions(10_000)),
            eligibility: null, earningRule: new EarningRule(1, Money.FromYuan(100m))),
        new[]
        {
            Person(A, "farmers.cuisine", "430524", 12_000),      // Farmers, Hunan, Micro
            Person(B, "agriculture.crops", "510100", 500),       // Agriculture, Sichuan, Emerging
            Person(C, "villages.tourism", "430100", 2_000_000),  // Villages, Hunan, Mega
            Person(D, "farmers.cuisine", "530000", 5_000),       // Farmers, Yunnan, Nano
        },
        new[] { new Enrolment(A, Jan(1)), new Enrolment(A, Jan(5)), new Enrolment(B, Jan(3)), new Enrolment(C, Jan(4)), new Enrolment(D, Jan(8)) },
        new[]
        {
            LedgerEntry.Disbursement(Jan(2), Money.FromYuan(300m), A),
            LedgerEntry.Disbursement(Jan(5), Money.FromYuan(200m), B),
            LedgerEntry.Refund(Jan(5), Money.FromYuan(50m), A),
            LedgerEntry.Disbursement(Jan(9), Money.FromYuan(100m), D),
            LedgerEntry.TrafficGrant(Jan(4), new Impressions(4_000), C),
        },
        new[]
        {
            new Earning(A, new YearMonth(2024, 1), Money.FromYuan(80m), EarningSource.Advertising),
            new Earning(A, new YearMonth(2024, 1), Money.FromYuan(30m), EarningSource.LiveGifts),
            new Earning(B, new YearMonth(2023, 12), Money.FromYuan(500m), EarningSource.ECommerce),
            new Earning(B, new YearMonth(2024, 1), Money.FromYuan(99.99m), EarningSource.ECommerce),
            new Earning(C, new YearMonth(2024, 1), Money.Zero, EarningSource.BrandDeals),
            new Earning(D, new YearMonth(2024, 1), Money.FromYuan(1000m), EarningSource.Other),
        },
        Array.Empty<ContentItem>());

    [Fact]
    public void Worked_example_as_of_the_fifth_day()
    {
        Scorecard card = ScorecardCalculator.Compute(Small(), Jan(5));

        // N = 10, e = 5 (1 to 5 January), t = 0.5.
        Assert.Equal((10, 5, 0.5), (card.Clock.PeriodDays, card.Clock.DaysElapsed, card.Clock.ElapsedShare));

        // Mentees: A (first on 1 Jan; the second enrolment does not count again), B, C; D enrols on 8 Jan. a = 3, T = 4.
        // x = 4 * 0.5 = 2; pace ratio 3 / 2 = 1.5 >= 0.95: on track. Required (4 - 3) / (10 - 5) = 0.2 a day.
        // Projected 3 * 10 / 5 = 6. Completion: ceil(4 * 5 / 3) = ceil(6.67) = 7, so S + 6 days = 7 January.
        GoalProgress m = card.Mentees;
        Assert.Equal((3, 0.75, 2.0, GoalStatus.OnTrack), (m.Actual, m.Progress, m.Expected, m.Status));
        Assert.Equal(1.5, m.PaceRatio);
        Assert.Equal(0.2, m.RequiredPerDay!.Value, 12);
        Assert.Equal(6.0, m.ProjectedAtEnd);
        Assert.Equal(Jan(7), m.ProjectedCompletion);

        // Cash: 300.00 + 200.00 - 50.00 = 450.00 by the 5th (the 9 January disbursement is later). B = 1,000.00.
        // Expected 1000 * 5 / 10 = 500.00; ratio 0.9 (not below 0.80): on track. Burn 450 / 5 = 90.00 a day;
        // projected 450 * 10 / 5 = 900.00; runway ceil(1000 * 5 / 450) = ceil(11.1) = 12, S + 11 = 12 January.
        // EV = 1000 * 3 / 4 = 750.00; CPI = 750 / 450 = 1.667; SPI = 750 / 500 = 1.5; EAC = 1000 / CPI = 600.00.
        CashProgress cash = card.Cash!;
        Assert.Equal(Money.FromYuan(450m), cash.Spent);
        Assert.Equal(Money.FromYuan(550m), cash.Remaining);
        Assert.Equal(Money.FromYuan(500m), cash.Expected);
        Assert.Equal(0.9, cash.PaceRatio!.Value, 12);
        Assert.Equal(BudgetStatus.OnTrack, cash.Status);
        Assert.Equal(Money.FromYuan(90m), cash.BurnPerDay);
        Assert.Equal(Money.FromYuan(900m), cash.ProjectedAtEnd);
        Assert.Equal(Jan(12), cash.RunwayEnds);
        Assert.Equal(Money.FromYuan(750m), cash.EarnedValue);
        Assert.Equal(750.0 / 450.0, cash.Cpi!.Value, 12);
        Assert.Equal(1.5, cash.Spi!.Value, 12);
        Assert.Equal(Money.FromYuan(600m), cash.EstimateAtCompletion);

        // Traffic: 4,000 granted of 10,000; expected 5,000; ratio 0.8 is not below 0.80: on track.
        TrafficProgress traffic = card.Traffic!;
        Assert.Equal((4_000L, 5_000L, BudgetStatus.OnTrack), (traffic.Granted.Count, traffic.Expected.Count, traffic.Status));

        // Monetisation, window = January 2024 only: A earned 80 + 30 = 110.00 >= 100.00 (earner); B 99.99 in January
        // (December's 500.00 is outside the window); C 0.00; D is not yet a mentee. k = 1 of a = 3: 1/3 < 50%: below.
        MonetisationProgress money = card.Monetisation;
        Assert.Equal((3L, 1L, MonetisationStatus.Below), (money.Mentees, money.Earners, money.Status));
        Assert.Equal((new YearMonth(2024, 1), new YearMonth(2024, 1)), (money.WindowStart, money.WindowEnd));

        // Breakdowns of the three mentees.
        Assert.Equal("Agriculture 1/0, Villages 1/0, Farmers 1/1",
            string.Join(", ", card.Breakdown.ByIssue.Rows.Select(r => $"{r.Key} {r.Mentees}/{r.Earners}")));
        Assert.Equal("43 2/1, 51 1/0",
            string.Join(", ", card.Breakdown.ByProvince.Rows.Select(r => $"{r.Key.Code} {r.Mentees}/{r.Earners}")));
        Assert.Equal("Emerging 1/0, Micro 1/1, Mega 1/0",
            string.Join(", ", card.Breakdown.ByTier.Rows.Select(r => $"{r.Key} {r.Mentees}/{r.Earners}")));

        // Costs: 450.00 / 3 = 150.00 per mentee; (1000 - 450) / (4 - 3) = 550.00 per mentee still to enrol.
        Assert.Equal(Money.FromYuan(150m), card.CostPerMentee);
        Assert.Equal(Money.FromYuan(550m), card.RemainingCashPerRemainingMentee);
    }

    [Fact]
    public void Without_budgets_there_is_no_cash_traffic_or_cost()
    {
        ProgrammeData small = Small();
        ProgrammeData data = ProgrammeData.Create(small.Programme.WithBudgets(ProgrammeBudgets.None), small.Influencers,
            small.Enrolments, Array.Empty<LedgerEntry>(), small.Earnings, small.Content);
        Scorecard card = ScorecardCalculator.Compute(data, Jan(5));
        Assert.Null(card.Cash);
        Assert.Null(card.Traffic);
        Assert.Null(card.CostPerMentee);
        Assert.Null(card.RemainingCashPerRemainingMentee);
        Assert.Equal(3, card.Mentees.Actual);
    }

    [Fact]
    public void Merging_rejects_another_programme_or_date_and_itself()
    {
        ProgrammeData data = Small();
        var one = new ScorecardAccumulator(data.Programme, Jan(5));
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => one.Merge(new ScorecardAccumulator(data.Programme, Jan(6)))).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => one.Merge(new ScorecardAccumulator(data.Programme.WithName("Other"), Jan(5)))).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => one.Merge(one)).ParamName);
        Assert.Equal("influencers", Assert.Throws<ArgumentException>(() =>
        {
            one.Add(new Enrolment(new InfluencerId("stranger"), Jan(1)));
            one.ToScorecard(_ => null, data.Ledger);
        }).ParamName);
    }

    private static Gen<LocalDate> AsOfAround(Programme p) =>
        Gen.Choose(-40, p.Days + 40).Select(d => p.Start.PlusDays(d));

    [Property(MaxTest = 60)]
    public Property Merged_partitions_score_the_same_as_the_whole(ProgrammeData data) =>
        Prop.ForAll(
            (from asOf in AsOfAround(data.Programme)
             from enrolmentSides in Gen.ArrayOf(Gen.Elements(true, false), data.Enrolments.Length)
             from earningSides in Gen.ArrayOf(Gen.Elements(true, false), data.Earnings.Length)
             select (asOf, enrolmentSides, earningSides)).ToArbitrary(),
            x =>
            {
                // Two partitions that are NOT by influencer: each record goes left or right at random.
                var left = new ScorecardAccumulator(data.Programme, x.asOf);
                var right = new ScorecardAccumulator(data.Programme, x.asOf);
                left.AddRange(data.Enrolments.Where((_, i) => x.enrolmentSides[i]));
                right.AddRange(data.Enrolments.Where((_, i) => !x.enrolmentSides[i]));
                left.AddRange(data.Earnings.Where((_, i) => x.earningSides[i]));
                right.AddRange(data.Earnings.Where((_, i) => !x.earningSides[i]));
                left.Merge(right);
                Scorecard merged = left.ToScorecard(id => data.GetInfluencer(id), data.Ledger);
                return merged == ScorecardCalculator.Compute(data, x.asOf);
            });

    [Property(MaxTest = 60)]
    public Property The_order_of_the_records_does_not_matter(ProgrammeData data) =>
        Prop.ForAll(
            (from asOf in AsOfAround(data.Programme)
             from enrolments in Gen.Shuffle(data.Enrolments.ToArray())
             from earnings in Gen.Shuffle(data.Earnings.ToArray())
             select (asOf, enrolments, earnings)).ToArbitrary(),
            x =>
            {
                ProgrammeData shuffled = ProgrammeData.Create(data.Programme, data.Influencers.Reverse(), x.enrolments,
                    data.Ledger.Entries.Reverse(), x.earnings, data.Content);
                return ScorecardCalculator.Compute(shuffled, x.asOf) == ScorecardCalculator.Compute(data, x.asOf);
            });

    [Property(MaxTest = 60)]
    public Property Earners_never_exceed_mentees_and_breakdowns_add_up(ProgrammeData data) =>
        Prop.ForAll(AsOfAround(data.Programme).ToArbitrary(), asOf =>
        {
            Scorecard card = ScorecardCalculator.Compute(data, asOf);
            long a = card.Mentees.Actual;
            return card.Monetisation.Mentees == a
                && card.Monetisation.Earners <= a
                && card.Breakdown.ByIssue.Mentees == a && card.Breakdown.ByProvince.Mentees == a && card.Breakdown.ByTier.Mentees == a
                && card.Breakdown.ByIssue.Earners == card.Monetisation.Earners
                && card.Breakdown.ByTier.Earners == card.Monetisation.Earners;
        });
}
