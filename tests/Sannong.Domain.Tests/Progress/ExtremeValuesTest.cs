using System;
using System.Linq;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Progress;
using Sannong.Domain.Taxonomy;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>
/// The examples of issue 14 ("valid is computable") that crashed the calculators, each computed by hand: window sums
/// past the range of money, projections past the range, as-of dates at NodaTime's limits.
/// </summary>
public sealed class ExtremeValuesTest
{
    private static readonly InfluencerId A = new("a");
    private static readonly InfluencerId B = new("b");
    private const long Max = long.MaxValue; // 9,223,372,036,854,775,807

    private static LocalDate Jan(int day) => new(2024, 1, day);

    private static readonly DateInterval TenDays = new(Jan(1), Jan(10));

    private static Influencer Person(InfluencerId id) =>
        new(id, "@" + id, Region.Parse("430524"), new[] { SannongTaxonomy.Standard.GetByCode("farmers.cuisine") }, 12_000, new LocalDate(2020, 1, 1));

    private static Programme Pilot(int target, ProgrammeBudgets budgets, EarningRule? rule = null) =>
        new(new ProgrammeId("pilot"), "Pilot", TenDays, new ProgrammeTargets(target, Share.FromRatio(0.5)), budgets, null, rule);

    [Fact]
    public void Earnings_in_the_window_whose_sum_passes_the_money_range_make_an_earner()
    {
        // Two earnings of the whole range of Money in January, as of 2024-01-05: the window total is
        // 2 * 9,223,372,036,854,775,807 fen, past a long. The accumulator sums in 128 bits: a is an earner (1 of 1).
        var accumulator = new ScorecardAccumulator(Pilot(2, ProgrammeBudgets.None), Jan(5));
        accumulator.Add(new Enrolment(A, Jan(1)));
        accumulator.Add(new Earning(A, new YearMonth(2024, 1), Money.FromFen(Max), EarningSource.Advertising));
        accumulator.Add(new Earning(A, new YearMonth(2024, 1), Money.FromFen(Max), EarningSource.LiveGifts));
        var other = new ScorecardAccumulator(Pilot(2, ProgrammeBudgets.None), Jan(5));
        other.Add(new Earning(A, new YearMonth(2024, 1), Money.FromFen(Max), EarningSource.Other));
        accumulator.Merge(other);

        Scorecard card = accumulator.ToScorecard(_ => Person(A), BudgetLedger.Empty);

        Assert.Equal((1L, 1L), (card.Monetisation.Mentees, card.Monetisation.Earners));
        Assert.Equal(MonetisationStatus.Met, card.Monetisation.Status); // 1/1 = 100% >= 50%
    }

    [Fact]
    public void A_dataset_whose_earnings_or_views_pass_the_range_is_reported_at_the_record_where_the_total_passes()
    {
        // Earnings: Max, then 1 fen (total Max + 1: passes at index 1), then more (reported once).
        var earnings = System.Collections.Immutable.ImmutableArray.Create(
            new Earning(A, new YearMonth(2024, 1), Money.FromFen(Max), EarningSource.Advertising),
            new Earning(B, new YearMonth(2020, 1), Money.FromFen(1), EarningSource.Other),
            new Earning(B, new YearMonth(2020, 2), Money.FromFen(1), EarningSource.Other));
        // Views: Max - 1, then 1 (exactly Max: fits), then 1 (passes at index 2). Likes + comments + shares: Max in
        // item 0 (Max - 2 + 1 + 1), then 1 like in item 1: passes at index 1.
        var content = System.Collections.Immutable.ImmutableArray.Create(
            Item("c-0", A, new Engagement(Max - 1, Max - 2, 1, 1)),
            Item("c-1", B, new Engagement(1, 1, 0, 0)),
            Item("c-2", B, new Engagement(1, 0, 0, 0)));

        var problems = RecordTotals.Check(earnings, content);

        Assert.Equal(
            new[] { "$.earnings[1].amount", "$.content[2].views", "$.content[1]" },
            problems.Select(p => DatasetPaths.Of(p.Location!.Value)));
        Assert.All(problems, p => Assert.Equal(DataProblemKind.LimitExceeded, p.Kind));
        Assert.Contains("92233720368547758.07 yuan", problems[0].Message, StringComparison.Ordinal);

        // At the limits exactly, nothing is reported.
        Assert.Empty(RecordTotals.Check(earnings.RemoveAt(2).RemoveAt(1), content.RemoveAt(2).RemoveAt(1)));
    }

    [Fact]
    public void ProgrammeData_Validate_reports_the_record_totals_and_builds_nothing()
    {
        // The same records as above, through the whole-dataset check: earnings Max + 1 fen in all (passes at
        // index 1), views Max + 1 (passes at index 2), likes + comments + shares Max + 1 (passes at index 1).
        var earnings = new[]
        {
            new Earning(A, new YearMonth(2024, 1), Money.FromFen(Max), EarningSource.Advertising),
            new Earning(B, new YearMonth(2020, 1), Money.FromFen(1), EarningSource.Other),
        };
        var content = new[]
        {
            Item("c-0", A, new Engagement(Max - 1, Max - 2, 1, 1)),
            Item("c-1", B, new Engagement(1, 1, 0, 0)),
            Item("c-2", B, new Engagement(1, 0, 0, 0)),
        };

        ValidationResult<ProgrammeData> result = ProgrammeData.Validate(
            Pilot(2, ProgrammeBudgets.None), [Person(A), Person(B)], [], [], earnings, content);

        Assert.False(result.IsValid);
        Assert.Equal(
            new[] { "$.earnings[1].amount", "$.content[2].views", "$.content[1]" },
            result.Problems.Select(p => DatasetPaths.Of(p.Location!.Value)));
        Assert.Equal(3, result.ProblemCount);
        // One fen less and one view less: every total fits exactly, and the data is valid.
        Assert.True(ProgrammeData.Validate(Pilot(2, ProgrammeBudgets.None), [Person(A), Person(B)], [], [],
            earnings.Take(1), content.Take(1)).IsValid);
    }

    [Fact]
    public void Cash_projection_estimate_and_earned_value_past_the_range_are_null()
    {
        // B = s = Max fen spent on day 1 of N = 10, as of day 1 (e = 1), T = 10, a = 1.
        // s*N/e = 10 * Max: past the range, so ProjectedAtEnd is null; EAC = s*T/a = 10 * Max: null.
        // Expected = round(B * 1/10) = round(922,337,203,685,477,580.7) = 922,337,203,685,477,581 fen; so is EV = B*a/T.
        // Burn per day = s/1 = Max. The budget is reached on day 1: runway ends 2024-01-01. Pace ratio 10 > 1.2: Ahead.
        BudgetLedger ledger = BudgetLedger.Create(new[] { LedgerEntry.Disbursement(Jan(1), Money.FromFen(Max)) });
        CashProgress p = BudgetCalculator.Cash(Money.FromFen(Max), ledger, TenDays, Jan(1), 10, 1);

        Assert.Null(p.ProjectedAtEnd);
        Assert.Null(p.EstimateAtCompletion);
        Assert.Equal(Money.FromFen(922_337_203_685_477_581), p.Expected);
        Assert.Equal(Money.FromFen(922_337_203_685_477_581), p.EarnedValue);
        Assert.Equal(Money.FromFen(Max), p.BurnPerDay);
        Assert.Equal(Jan(1), p.RunwayEnds);
        Assert.Equal(BudgetStatus.Ahead, p.Status);
        Assert.Equal(Money.Zero, p.Remaining);
        Assert.Equal(0.1, p.Cpi!.Value, 12); // EV / AC = (B * 1/10) / B

        // a = 2 mentees against T = 1: EV = B * 2 / 1 = 2 * Max, past the range: null. EAC = s * 1/2 fits:
        // round(4,611,686,018,427,387,903.5) = 4,611,686,018,427,387,904 fen.
        CashProgress over = BudgetCalculator.Cash(Money.FromFen(Max), ledger, TenDays, Jan(10), 1, 2);
        Assert.Null(over.EarnedValue);
        Assert.Equal(Money.FromFen(4_611_686_018_427_387_904), over.EstimateAtCompletion);
        Assert.Equal(Money.FromFen(Max), over.ProjectedAtEnd); // e = N: s * N / e = s
    }

    [Fact]
    public void Traffic_projection_past_the_range_is_null()
    {
        // g = Max impressions granted on day 1 of 10, as of day 1: g*N/e = 10 * Max is null; per day = Max;
        // expected = round(Max / 10) = 922,337,203,685,477,581.
        BudgetLedger ledger = BudgetLedger.Create(new[] { LedgerEntry.TrafficGrant(Jan(1), new Impressions(Max)) });
        TrafficProgress p = BudgetCalculator.Traffic(new Impressions(Max), ledger, TenDays, Jan(1));

        Assert.Null(p.ProjectedAtEnd);
        Assert.Equal(new Impressions(Max), p.PerDay);
        Assert.Equal(new Impressions(922_337_203_685_477_581), p.Expected);
        Assert.Equal(0L, p.Remaining);
        Assert.Equal(Jan(1), p.RunwayEnds);
    }

    [Fact]
    public void A_programme_scored_as_of_the_first_and_last_days_NodaTime_supports()
    {
        ProgrammeData data = ScorecardTest.Small();

        // As of -9998-01-01: before S, nothing elapsed; the 1-month window is -9998-01 alone.
        Scorecard first = ScorecardCalculator.Compute(data, LocalDate.MinIsoValue);
        Assert.Equal((0, 0, GoalStatus.NotStarted), (first.Clock.DaysElapsed, first.Mentees.Actual, first.Mentees.Status));
        Assert.Equal((new YearMonth(-9998, 1), new YearMonth(-9998, 1)), (first.Monetisation.WindowStart, first.Monetisation.WindowEnd));
        Assert.Equal(MonetisationStatus.NoData, first.Monetisation.Status);

        // As of 9999-12-31: the period is over (e = N = 10), all 4 mentees counted, none earns in 9999-12.
        Scorecard last = ScorecardCalculator.Compute(data, LocalDate.MaxIsoValue);
        Assert.Equal((10, 4, GoalStatus.Achieved), (last.Clock.DaysElapsed, last.Mentees.Actual, last.Mentees.Status));
        Assert.Equal((4L, 0L), (last.Monetisation.Mentees, last.Monetisation.Earners));
        Assert.Equal(new YearMonth(9999, 12), last.Monetisation.WindowStart);

        // The window start on its own: 3 months as of -9998-02-28 would start in -9999-12: clamped to -9998-01.
        Assert.Equal(new YearMonth(-9998, 1), MonetisationCalculator.WindowStart(3, new LocalDate(-9998, 2, 28)));
        Assert.Equal(new YearMonth(-9998, 1), MonetisationCalculator.WindowStart(int.MaxValue, LocalDate.MaxIsoValue));
        Assert.Equal(new YearMonth(9999, 10), MonetisationCalculator.WindowStart(3, LocalDate.MaxIsoValue));
    }

    [Fact]
    public void A_period_spanning_the_whole_calendar_is_scored()
    {
        // S = -9998-01-01, E = 9999-12-31: N = 7,304,119 days. As of 0001-01-01, e = DaysBetween(S, d) + 1, where
        // DaysBetween counts the 9,999 years -9998 to 0: shifted by 10,400 years (the calendar repeats every 400) they
        // are 402 to 10,400, with 2,500 - 100 + 25 = 2,425 leap years, so 9,999 * 365 + 2,425 = 3,652,060 days.
        // One mentee enrolled on S and 1 fen spent on d: per day 1/e rounds to 0 fen; projected 1 * N / e rounds to 2
        // fen (N / e = 7,304,119 / 3,652,061 = 1.99999918...); the runway of B = Max fen at 1 fen per e days is
        // S + (ceil(Max * e / 1) - 1) days: far past 9999-12-31, so null.
        var all = new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue);
        var asOf = new LocalDate(1, 1, 1);
        int e = NodaTime.Period.DaysBetween(all.Start, asOf) + 1;
        Assert.Equal(3_652_061, e);
        BudgetLedger ledger = BudgetLedger.Create(new[] { LedgerEntry.Disbursement(asOf, Money.FromFen(1)) });

        CashProgress cash = BudgetCalculator.Cash(Money.FromFen(Max), ledger, all, asOf, int.MaxValue, 1);

        Assert.Equal(7_304_119, cash.Clock.PeriodDays);
        Assert.Equal(Money.Zero, cash.BurnPerDay);
        Assert.Equal(Money.FromFen(2), cash.ProjectedAtEnd);
        Assert.Null(cash.RunwayEnds);
        GoalProgress goal = GoalCalculator.Mentees(all, int.MaxValue, new[] { all.Start }, asOf);
        Assert.Null(goal.ProjectedCompletion); // S + ceil(T * e / 1) - 1 days is past 9999-12-31
    }

    private static ContentItem Item(string id, InfluencerId author, Engagement engagement) =>
        new(new ContentId(id), author, ContentKind.ShortVideo, Instant.FromUnixTimeSeconds(0), null, "", Array.Empty<Topic>(), engagement);
}
