using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Sannong.Domain;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Exposure;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;

namespace Sannong.Fuzz;

/// <summary>
/// Runs every calculator of the library on a valid dataset: the exposure breakdowns and inequality reports (which need
/// no date), then, as of each date of <see cref="AsOfDates"/>, the scorecard (census and sample, and its JSON), the
/// mentee goal, the ledger's figures and the earning window. Nothing is caught: valid data is computable as of any
/// ISO date, so an exception is a finding.
/// </summary>
internal static class Calculators
{
    private static readonly ScorecardOptions Sample = new(earningsAreSample: true);

    /// <summary>False when the environment variable SANNONG_FUZZ_DATES is <c>document</c>: the calendar's extreme dates
    /// are then left out, so that a known crash there (every valid document would crash as of them) does not keep
    /// valid documents out of AFL's queue. CI and the default run every date.</summary>
    private static readonly bool ExtremeDates =
        !string.Equals(Environment.GetEnvironmentVariable("SANNONG_FUZZ_DATES"), "document", StringComparison.Ordinal);

    internal static void RunAll(SannongDataset dataset)
    {
        ProgrammeData data = dataset.Data;
        _ = dataset.ToString();
        Exposure(data);
        LedgerTotals(data.Programme, data.Ledger);
        Classify(data);
        foreach (LocalDate asOf in AsOfDates(dataset))
        {
            AsOf(data, asOf);
        }
    }

    /// <summary>The document's asOf first (the date a user scores at), then the period's ends and the days beside
    /// them, then (unless SANNONG_FUZZ_DATES=document) the ends of the ISO calendar's range that NodaTime supports.</summary>
    internal static IEnumerable<LocalDate> AsOfDates(SannongDataset dataset)
    {
        DateInterval period = dataset.Data.Programme.Period;
        var dates = new List<LocalDate>();
        if (dataset.AsOf is { } asOf)
        {
            dates.Add(asOf);
        }
        dates.Add(period.Start);
        dates.Add(period.End);
        if (period.Start > LocalDate.MinIsoValue)
        {
            dates.Add(period.Start.PlusDays(-1));
        }
        if (period.End < LocalDate.MaxIsoValue)
        {
            dates.Add(period.End.PlusDays(1));
        }
        if (ExtremeDates)
        {
            dates.Add(LocalDate.MinIsoValue);
            dates.Add(LocalDate.MaxIsoValue);
        }
        return dates.Distinct();
    }

    private static void Exposure(ProgrammeData data)
    {
        ImmutableSortedDictionary<InfluencerId, long> views = ExposureCalculator.ViewsByCreator(data);
        Touch(ExposureCalculator.ByCreator(data));
        Touch(ExposureCalculator.ByIssue(data));
        Touch(ExposureCalculator.ByTier(data));
        _ = ExposureCalculator.ViewsByGroup(data, i => i.PrimaryIssue);
        _ = ExposureCalculator.ViewsByGroup(data, i => i.Tier);
        _ = ExposureCalculator.ViewsByGroup(data, i => i.HomeRegion.Province.Code);
        foreach (GiniForm form in new[] { GiniForm.Population, GiniForm.SampleCorrected })
        {
            foreach (double epsilon in new[] { 0.0, 0.5, 1.0, 2.0 })
            {
                Touch(InequalityMeasures.Report(views.Values, epsilon, form));
            }
        }
    }

    private static void Touch(InequalityReport report)
    {
        _ = report.Band;
        _ = report.Lorenz.Length;
        _ = (report.Gini, report.Theil, report.Atkinson, report.Entropy, report.Coverage, report.Hhi);
        _ = (report.TopOnePercentShare, report.TopTenPercentShare, report.BottomHalfShare, report.Total, report.Count);
    }

    private static void Touch(TheilDecomposition decomposition) =>
        _ = (decomposition.Groups, decomposition.Total, decomposition.Between, decomposition.Within, decomposition.BetweenShare);

    private static void LedgerTotals(Programme programme, BudgetLedger ledger)
    {
        _ = (ledger.TotalSpent, ledger.TotalGranted, ledger.FirstDate, ledger.LastDate);
        foreach ((YearMonth month, Money spent) in ledger.MonthlySpending())
        {
            Target.Check(ledger.SpentIn(month) == spent, $"SpentIn({month}) differs from MonthlySpending");
        }
        foreach ((YearMonth month, long impressions) in ledger.MonthlyTraffic())
        {
            Target.Check(ledger.GrantedIn(month) == impressions, $"GrantedIn({month}) differs from MonthlyTraffic");
        }
        foreach (InfluencerId beneficiary in ledger.Beneficiaries)
        {
            _ = (ledger.SpentBy(beneficiary), ledger.GrantedTo(beneficiary));
        }
        _ = (ledger.SpentBy(null), ledger.GrantedTo(null));
        // Documented: the amount must be positive. A valid programme's budgets are; only then are they asked.
        if (programme.Budgets.Cash is { IsPositive: true } cash)
        {
            _ = ledger.DateSpendReached(cash);
        }
        if (programme.Budgets.Traffic is { IsZero: false } traffic)
        {
            _ = ledger.DateGrantedReached(traffic);
        }
    }

    private static void Classify(ProgrammeData data)
    {
        foreach (ContentItem item in data.Content)
        {
            _ = TopicClassifier.Standard.Classify(item.Caption);
        }
        foreach (Influencer influencer in data.Influencers)
        {
            _ = TopicClassifier.Standard.Classify(influencer.Handle);
        }
    }

    private static void AsOf(ProgrammeData data, LocalDate asOf)
    {
        Programme programme = data.Programme;
        Scorecard census = ScorecardCalculator.Compute(data, asOf);
        _ = ScorecardJson.ToJson(census);
        Scorecard sample = ScorecardCalculator.Compute(data, asOf, Sample);
        _ = ScorecardJson.ToJson(sample, indented: false);

        GoalProgress goal = GoalCalculator.Mentees(programme.Period, programme.Targets.Mentees, data.FirstEnrolments.Values, asOf);
        Target.Check(goal.Actual == census.Mentees.Actual, $"as of {asOf}: GoalCalculator counts {goal.Actual} mentees, the scorecard {census.Mentees.Actual}");

        BudgetLedger ledger = data.Ledger;
        _ = (ledger.DisbursedAsOf(asOf), ledger.RefundedAsOf(asOf), ledger.SpentAsOf(asOf));
        _ = (ledger.GrossGrantedAsOf(asOf), ledger.ReversedAsOf(asOf), ledger.GrantedAsOf(asOf));
        foreach (InfluencerId beneficiary in ledger.Beneficiaries)
        {
            _ = (ledger.SpentBy(beneficiary, asOf), ledger.GrantedTo(beneficiary, asOf));
        }
        EarningWindow(data, programme.EarningRule, asOf);
    }

    /// <summary>The earning rule's window and each influencer's total in it. <see cref="EarningRule.TotalInWindow"/>
    /// documents an OverflowException when the total leaves the range of Money: the harness adds the amounts itself,
    /// in the same order, and demands that exception exactly when a partial sum leaves the range.</summary>
    private static void EarningWindow(ProgrammeData data, EarningRule rule, LocalDate asOf)
    {
        (YearMonth first, YearMonth last) = rule.Window(asOf);
        foreach (IGrouping<InfluencerId, Earning> earnings in data.Earnings.GroupBy(e => e.Influencer))
        {
            bool overflows = false;
            Int128 sum = 0;
            foreach (Earning earning in earnings.Where(e => e.Month >= first && e.Month <= last))
            {
                sum += earning.Amount.Fen;
                overflows |= sum > long.MaxValue || sum < long.MinValue;
            }
            Money total;
            try
            {
                total = rule.TotalInWindow(earnings, asOf);
            }
            catch (OverflowException) when (overflows)
            {
                continue;
            }
            Target.Check(!overflows, $"as of {asOf}: TotalInWindow of {earnings.Key} should overflow, but returned {total}");
            Target.Check(total.Fen == sum, $"as of {asOf}: TotalInWindow of {earnings.Key} is {total}, the sum is {sum} fen");
        }
    }
}
