using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>The ledger's invariants, checked against a naive reference (<see cref="LedgerReference"/>).</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class BudgetLedgerPropertiesTest
{
    // Every day the generators can produce, plus one on each side.
    private static readonly LocalDate[] Window =
        Enumerable.Range(-1, 230).Select(d => new LocalDate(2023, 11, 1).PlusDays(d)).ToArray();

    private static Arbitrary<(LedgerEntry[] Entries, int Seed)> RawWithSeed =>
        (from entries in DomainArbitraries.RawLedgerEntryArrays
         from seed in Gen.Choose(0, int.MaxValue - 1)
         select (entries, seed)).ToArbitrary();

    private static IEnumerable<InfluencerId?> Groups(BudgetLedger ledger) =>
        ledger.Beneficiaries.Select(b => (InfluencerId?)b).Append(null);

    [Property]
    public bool Totals_equal_the_sums_of_the_entries(BudgetLedger ledger)
    {
        LocalDate last = ledger.LastDate ?? new LocalDate(2023, 11, 1);
        return ledger.TotalSpent.Fen == ledger.Entries.Sum(e => e.SignedCash.Fen)
            && ledger.TotalGranted.Count == ledger.Entries.Sum(e => e.SignedImpressions)
            && ledger.DisbursedAsOf(last).Fen == ledger.Entries.Where(e => e.Kind == LedgerEntryKind.Disbursement).Sum(e => e.Cash.Fen)
            && ledger.RefundedAsOf(last).Fen == ledger.Entries.Where(e => e.Kind == LedgerEntryKind.Refund).Sum(e => e.Cash.Fen)
            && ledger.GrossGrantedAsOf(last).Count == ledger.Entries.Where(e => e.Kind == LedgerEntryKind.TrafficGrant).Sum(e => e.Impressions.Count)
            && ledger.ReversedAsOf(last).Count == ledger.Entries.Where(e => e.Kind == LedgerEntryKind.TrafficReversal).Sum(e => e.Impressions.Count)
            && ledger.SpentAsOf(last) == ledger.TotalSpent
            && ledger.GrantedAsOf(last) == ledger.TotalGranted;
    }

    [Property]
    public Property Recording_order_changes_neither_validity_nor_totals() =>
        Prop.ForAll(RawWithSeed, input =>
        {
            LedgerEntry[] shuffled = LedgerReference.Shuffled(input.Entries, input.Seed);
            bool valid = BudgetLedger.Validate(input.Entries).IsEmpty;
            if (valid != BudgetLedger.Validate(shuffled).IsEmpty)
            {
                return false;
            }
            if (!valid)
            {
                return true;
            }
            BudgetLedger first = BudgetLedger.Create(input.Entries);
            BudgetLedger second = BudgetLedger.Create(shuffled);
            return LedgerReference.Canonical(first.Entries).SequenceEqual(LedgerReference.Canonical(second.Entries))
                && first.Beneficiaries.SequenceEqual(second.Beneficiaries)
                && first.MonthlySpending().SequenceEqual(second.MonthlySpending())
                && first.MonthlyTraffic().SequenceEqual(second.MonthlyTraffic())
                && Window.All(d => first.SpentAsOf(d) == second.SpentAsOf(d)
                    && first.GrantedAsOf(d) == second.GrantedAsOf(d)
                    && first.DisbursedAsOf(d) == second.DisbursedAsOf(d)
                    && Groups(first).All(b => first.SpentBy(b, d) == second.SpentBy(b, d) && first.GrantedTo(b, d) == second.GrantedTo(b, d)));
        });

    [Property]
    public Property Entries_are_in_date_order_keeping_recording_order_within_a_day() =>
        Prop.ForAll(DomainArbitraries.ValidLedgerEntryArrays.ToArbitrary(), entries =>
            BudgetLedger.Create(entries).Entries.SequenceEqual(entries.OrderBy(e => e.Date)));   // OrderBy is stable

    [Property]
    public bool Totals_are_monotone_in_the_date_when_nothing_is_taken_back(BudgetLedger ledger)
    {
        BudgetLedger givingOnly = BudgetLedger.Create(ledger.Entries.Where(e => e.Kind is LedgerEntryKind.Disbursement or LedgerEntryKind.TrafficGrant));
        return Window.Zip(Window.Skip(1)).All(pair =>
            givingOnly.SpentAsOf(pair.First) <= givingOnly.SpentAsOf(pair.Second)
            && givingOnly.GrantedAsOf(pair.First) <= givingOnly.GrantedAsOf(pair.Second)
            && Groups(givingOnly).All(b => givingOnly.SpentBy(b, pair.First) <= givingOnly.SpentBy(b, pair.Second)));
    }

    [Property]
    public bool Beneficiary_totals_and_the_unassigned_group_sum_to_the_overall_total(BudgetLedger ledger) =>
        Window.All(d =>
            Groups(ledger).Sum(b => ledger.SpentBy(b, d).Fen) == ledger.SpentAsOf(d).Fen
            && Groups(ledger).Sum(b => ledger.GrantedTo(b, d).Count) == ledger.GrantedAsOf(d).Count)
        && Groups(ledger).Sum(b => ledger.SpentBy(b).Fen) == ledger.TotalSpent.Fen
        && Groups(ledger).Sum(b => ledger.GrantedTo(b).Count) == ledger.TotalGranted.Count;

    [Property]
    public bool A_refund_never_makes_a_beneficiary_spend_negative(BudgetLedger ledger) =>
        Window.All(d => Groups(ledger).All(b =>
            ledger.SpentBy(b, d) >= Money.Zero
            && ledger.SpentBy(b, d).Fen == LedgerReference.NetCash(ledger.Entries, d, e => Nullable.Equals(e.Beneficiary, b))
            && ledger.GrantedTo(b, d).Count == LedgerReference.NetTraffic(ledger.Entries, d, e => Nullable.Equals(e.Beneficiary, b))));

    [Property]
    public Property Validate_reports_exactly_the_breaches_of_the_end_of_day_rule() =>
        Prop.ForAll(DomainArbitraries.RawLedgerEntryArrays.ToArbitrary(), entries =>
        {
            var problems = BudgetLedger.Validate(entries);
            var reported = problems
                .Select(p => (int.Parse(p.Path["LedgerEntry[".Length..^1], CultureInfo.InvariantCulture), p.Kind))
                .ToList();
            bool createAgrees;
            try
            {
                BudgetLedger.Create(entries);
                createAgrees = problems.IsEmpty;
            }
            catch (DataValidationException error)
            {
                createAgrees = error.Problems.SequenceEqual(problems);
            }
            return reported.SequenceEqual(LedgerReference.ExpectedProblems(entries))
                && problems.IsEmpty == !LedgerReference.SomeEndOfDayNetIsNegative(entries)
                && problems.Zip(reported).All(x => x.First.Message.Contains(IsoText(entries[x.Second.Item1].Date), StringComparison.Ordinal))
                && createAgrees;
        });

    [Property]
    public bool Totals_as_of_a_date_equal_the_naive_filter_and_sum(BudgetLedger ledger) =>
        Window.All(d =>
            ledger.SpentAsOf(d).Fen == LedgerReference.NetCash(ledger.Entries, d)
            && ledger.GrantedAsOf(d).Count == LedgerReference.NetTraffic(ledger.Entries, d)
            && ledger.DisbursedAsOf(d).Fen == LedgerReference.NetCash(ledger.Entries, d, e => e.Kind == LedgerEntryKind.Disbursement)
            && ledger.RefundedAsOf(d).Fen == -LedgerReference.NetCash(ledger.Entries, d, e => e.Kind == LedgerEntryKind.Refund)
            && ledger.GrossGrantedAsOf(d).Count == LedgerReference.NetTraffic(ledger.Entries, d, e => e.Kind == LedgerEntryKind.TrafficGrant)
            && ledger.ReversedAsOf(d).Count == -LedgerReference.NetTraffic(ledger.Entries, d, e => e.Kind == LedgerEntryKind.TrafficReversal));

    [Property]
    public bool Monthly_totals_cover_every_month_and_sum_to_the_total(BudgetLedger ledger)
    {
        var spending = ledger.MonthlySpending();
        var traffic = ledger.MonthlyTraffic();
        if (ledger.Count == 0)
        {
            return spending.IsEmpty && traffic.IsEmpty;
        }
        YearMonth first = ledger.FirstDate!.Value.ToYearMonth();
        return spending.Select(m => m.Month).SequenceEqual(Enumerable.Range(0, spending.Length).Select(first.PlusMonths))
            && spending[^1].Month == ledger.LastDate!.Value.ToYearMonth()
            && traffic.Select(m => m.Month).SequenceEqual(spending.Select(m => m.Month))
            && spending.Sum(m => m.Spent.Fen) == ledger.TotalSpent.Fen
            && traffic.Sum(m => m.Impressions) == ledger.TotalGranted.Count
            && spending.All(m => m.Spent == ledger.SpentIn(m.Month)
                && m.Spent.Fen == ledger.Entries.Where(e => e.Date.ToYearMonth() == m.Month).Sum(e => e.SignedCash.Fen))
            && traffic.All(m => m.Impressions == ledger.GrantedIn(m.Month)
                && m.Impressions == ledger.Entries.Where(e => e.Date.ToYearMonth() == m.Month).Sum(e => e.SignedImpressions));
    }

    [Property]
    public bool DateSpendReached_agrees_with_a_naive_scan(BudgetLedger ledger, PositiveInt extra)
    {
        var targets = ledger.Entries.Select(e => LedgerReference.NetCash(ledger.Entries, e.Date))
            .SelectMany(fen => new[] { fen, fen + 1, fen - 1 })
            .Append(extra.Get)
            .Where(fen => fen > 0)
            .Distinct();
        var trafficTargets = ledger.Entries.Select(e => LedgerReference.NetTraffic(ledger.Entries, e.Date))
            .SelectMany(count => new[] { count, count + 1 })
            .Append(extra.Get)
            .Where(count => count > 0)
            .Distinct();
        return targets.All(fen => ledger.DateSpendReached(Money.FromFen(fen)) == LedgerReference.FirstDateSpendReaches(ledger.Entries, fen))
            && trafficTargets.All(count => ledger.DateGrantedReached(new Impressions(count))
                == ledger.Entries.Select(e => e.Date).Distinct().OrderBy(d => d).Cast<LocalDate?>()
                    .FirstOrDefault(d => LedgerReference.NetTraffic(ledger.Entries, d!.Value) >= count));
    }

    [Property]
    public Property Recording_in_parts_gives_the_ledger_created_at_once() =>
        Prop.ForAll(DomainArbitraries.ValidLedgerEntryArrays.ToArbitrary(), entries =>
        {
            LedgerEntry[] byDate = entries.OrderBy(e => e.Date).ToArray();
            LocalDate? middle = byDate.Length == 0 ? null : byDate[byDate.Length / 2].Date;
            LedgerEntry[] before = byDate.Where(e => e.Date < middle).ToArray();
            LedgerEntry[] after = byDate.Where(e => e.Date >= middle).ToArray();
            BudgetLedger once = BudgetLedger.Create(entries);
            BudgetLedger inParts = BudgetLedger.Create(before).RecordRange(after);
            // A day at a time: each day's entries together, so that each day is complete when it is checked.
            BudgetLedger dayByDay = byDate.GroupBy(e => e.Date).Aggregate(BudgetLedger.Empty, (ledger, day) => ledger.RecordRange(day));
            return once == BudgetLedger.Empty.RecordRange(entries) && once == inParts && once == dayByDay;
        });

    [Property]
    public bool Equality_contract_holds(BudgetLedger a, BudgetLedger b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && a == BudgetLedger.Create(a.Entries)
        && a.GetHashCode() == BudgetLedger.Create(a.Entries).GetHashCode();

    private static string IsoText(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
