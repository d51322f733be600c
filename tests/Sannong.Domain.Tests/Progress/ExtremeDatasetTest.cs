using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>
/// Valid is computable (issue 14): every extreme valid dataset is scored as of any date NodaTime supports, and every
/// figure lies in its documented range. The datasets come from <see cref="DomainArbitraries.ExtremeScoringGen"/>.
/// </summary>
public sealed class ExtremeDatasetTest
{
    [Property(MaxTest = 100)]
    public Property Every_extreme_valid_dataset_is_scored_as_of_any_date_with_figures_in_range() =>
        Prop.ForAll(DomainArbitraries.ExtremeScoringGen.ToArbitrary(), scoring =>
        {
            (ProgrammeData data, LocalDate asOf) = scoring;
            Scorecard card = ScorecardCalculator.Compute(data, asOf, new ScorecardOptions(earningsAreSample: asOf.Day % 2 == 0));
            CheckScorecard(card, data);
        });

    [Property(MaxTest = 60)]
    public Property The_parts_of_the_scorecard_complete_on_their_own() =>
        Prop.ForAll(DomainArbitraries.ExtremeScoringGen.ToArbitrary(), scoring =>
        {
            (ProgrammeData data, LocalDate asOf) = scoring;
            Programme programme = data.Programme;
            DateInterval period = programme.Period;
            BudgetLedger ledger = data.Ledger;

            // The ledger's own questions, over the whole span of its entries.
            Assert.Equal(ledger.TotalSpent, Money.Sum(ledger.MonthlySpending().Select(m => m.Spent)));
            Assert.Equal((Int128)ledger.TotalGranted.Count, ledger.MonthlyTraffic().Aggregate((Int128)0, (sum, m) => sum + m.Impressions));
            Assert.True(ledger.SpentAsOf(asOf) >= Money.Zero && ledger.SpentAsOf(asOf) <= ledger.DisbursedAsOf(asOf));
            Assert.Equal(ledger.DisbursedAsOf(asOf) - ledger.RefundedAsOf(asOf), ledger.SpentAsOf(asOf));
            Assert.True(ledger.GrantedAsOf(asOf) <= ledger.GrossGrantedAsOf(asOf));
            foreach (InfluencerId who in ledger.Beneficiaries)
            {
                Assert.True(ledger.SpentBy(who, asOf) >= Money.Zero && ledger.GrantedTo(who, asOf).Count >= 0);
            }
            Assert.Equal(ledger.SpentIn(asOf.ToYearMonth()).Fen, ledger.MonthlySpending().Where(m => m.Month == asOf.ToYearMonth()).Sum(m => m.Spent.Fen));

            // The earning rule per influencer: the window totals fit, since the dataset's total does.
            foreach (IGrouping<InfluencerId, Earning> earnings in data.Earnings.GroupBy(e => e.Influencer))
            {
                Money total = programme.EarningRule.TotalInWindow(earnings, asOf);
                Assert.Equal(programme.EarningRule.IsMet(total), programme.EarningRule.IsEarner(earnings, asOf));
            }

            // The calculators called one by one, with every budget at the whole range.
            int actual = data.FirstEnrolments.Values.Count(d => d <= asOf);
            GoalProgress goal = GoalCalculator.Mentees(period, programme.Targets.Mentees, data.FirstEnrolments.Values, asOf);
            Assert.Equal(actual, goal.Actual);
            CashProgress cash = BudgetCalculator.Cash(Money.FromFen(long.MaxValue), ledger, period, asOf, programme.Targets.Mentees, actual);
            CheckCash(cash);
            CheckTraffic(BudgetCalculator.Traffic(new Impressions(long.MaxValue), ledger, period, asOf));
            MonetisationProgress money = MonetisationCalculator.Compute(programme.Targets.EarningShare, EarningRule.MaxWindowMonths, actual, actual / 2, asOf);
            Assert.True(money.WindowStart <= money.WindowEnd);
            Assert.Equal(CostCalculator.CostPerMentee(cash.Spent, actual) is null, actual == 0);
            if (programme.Budgets.Cash is { } budget)
            {
                Assert.Equal(budget, Money.Sum(BudgetAllocation.Monthly(budget, period).Select(m => m.Value)));
            }
        });

    internal static void CheckScorecard(Scorecard card, ProgrammeData data)
    {
        ProgrammeClock clock = card.Clock;
        Assert.InRange(clock.DaysElapsed, 0, clock.PeriodDays);
        Assert.InRange(clock.ElapsedShare, 0.0, 1.0);

        GoalProgress m = card.Mentees;
        Assert.InRange(m.Actual, 0, data.FirstEnrolments.Count);
        Assert.InRange(m.Expected, 0.0, m.Target);
        Assert.True(m.Progress >= 0.0 && double.IsFinite(m.Progress));
        AssertNonNegativeFinite(m.PaceRatio);
        AssertNonNegativeFinite(m.RequiredPerDay);
        AssertNonNegativeFinite(m.ProjectedAtEnd);

        if (card.Cash is { } cash)
        {
            CheckCash(cash);
            Assert.Equal(data.Programme.Budgets.Cash, cash.Budget);
            Assert.Equal(card.CostPerMentee is null, m.Actual == 0);
            Assert.True(card.CostPerMentee is not { } cost || (cost >= Money.Zero && cost <= cash.Spent));
            Assert.Equal(card.RemainingCashPerRemainingMentee is null, m.Actual >= m.Target);
        }
        else
        {
            Assert.Null(card.CostPerMentee);
            Assert.Null(card.RemainingCashPerRemainingMentee);
        }
        if (card.Traffic is { } traffic)
        {
            CheckTraffic(traffic);
        }

        MonetisationProgress money = card.Monetisation;
        Assert.Equal(m.Actual, money.Mentees);
        Assert.InRange(money.Earners, 0, money.Mentees);
        Assert.Equal(money.Mentees == 0, money.Share is null);
        if (money.Share is { } share)
        {
            Assert.InRange(share.Value, 0.0, 1.0);
            Assert.True(money.Low!.Value <= share && share <= money.High!.Value);
        }
        Assert.True(money.WindowStart <= money.WindowEnd);
        Assert.Equal(card.AsOf.ToYearMonth(), money.WindowEnd);

        foreach ((long mentees, long earners) in new[]
        {
            (card.Breakdown.ByIssue.Mentees, card.Breakdown.ByIssue.Earners),
            (card.Breakdown.ByProvince.Mentees, card.Breakdown.ByProvince.Earners),
            (card.Breakdown.ByTier.Mentees, card.Breakdown.ByTier.Earners),
        })
        {
            Assert.Equal((money.Mentees, money.Earners), (mentees, earners));
        }
    }

    internal static void CheckCash(CashProgress cash)
    {
        Assert.True(cash.Spent >= Money.Zero);
        Assert.Equal(cash.Budget, cash.Remaining + cash.Spent);
        Assert.True(cash.Expected >= Money.Zero && cash.Expected <= cash.Budget);
        Assert.True(cash.SpentShare >= 0.0 && double.IsFinite(cash.SpentShare));
        AssertNonNegativeFinite(cash.PaceRatio);
        Assert.True(cash.BurnPerDay is not { } burn || (burn >= Money.Zero && burn <= cash.Spent));
        // s·N/e ≥ s since N ≥ e: the projection, when it fits, is at least the spending.
        Assert.True(cash.ProjectedAtEnd is not { } end || end >= cash.Spent);
        Assert.True(cash.EarnedValue is not { } ev || ev >= Money.Zero);
        Assert.True(cash.EstimateAtCompletion is not { } eac || eac >= Money.Zero);
        AssertNonNegativeFinite(cash.Cpi);
        AssertNonNegativeFinite(cash.Spi);
        Assert.True(cash.RunwayEnds is null || cash.Spent > Money.Zero);
        Assert.True(Enum.IsDefined(cash.Status));
    }

    internal static void CheckTraffic(TrafficProgress traffic)
    {
        Assert.True(traffic.Granted.Count >= 0);
        Assert.Equal(traffic.Budget.Count, traffic.Remaining + traffic.Granted.Count);
        Assert.True(traffic.Expected <= traffic.Budget);
        Assert.True(traffic.GrantedShare >= 0.0 && double.IsFinite(traffic.GrantedShare));
        AssertNonNegativeFinite(traffic.PaceRatio);
        Assert.True(traffic.PerDay is not { } perDay || perDay <= traffic.Granted);
        Assert.True(traffic.ProjectedAtEnd is not { } end || end >= traffic.Granted);
        Assert.True(Enum.IsDefined(traffic.Status));
    }

    private static void AssertNonNegativeFinite(double? value) =>
        Assert.True(value is not { } v || (v >= 0.0 && double.IsFinite(v)), $"expected null or a finite value >= 0, but was {value}");
}
