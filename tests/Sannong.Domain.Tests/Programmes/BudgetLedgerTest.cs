using System;
using System.Linq;
using NodaTime;
using Sannong.Domain.Programmes;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>Worked examples of the ledger, with the expected numbers computed by hand in the comments.</summary>
public sealed class BudgetLedgerTest
{
    private static readonly InfluencerId A = new("kol-a");
    private static readonly InfluencerId B = new("kol-b");

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static Money Yuan(decimal yuan) => Money.FromYuan(yuan);

    // 2023-12-01 disbursement 1,500.00 to A; 2023-12-15 disbursement 2,000.00 to B; 2024-01-03 refund 500.00 from A.
    private static BudgetLedger Example() => BudgetLedger.Create(new[]
    {
        LedgerEntry.Disbursement(D(2023, 12, 1), Yuan(1500m), A, "seed grant"),
        LedgerEntry.Disbursement(D(2023, 12, 15), Yuan(2000m), B),
        LedgerEntry.Refund(D(2024, 1, 3), Yuan(500m), A, "video removed"),
    });

    [Fact]
    public void Totals_as_of_a_date()
    {
        BudgetLedger ledger = Example();
        Assert.Equal(Money.Zero, ledger.SpentAsOf(D(2023, 11, 30)));      // before the first entry
        Assert.Equal(Yuan(1500m), ledger.SpentAsOf(D(2023, 12, 14)));      // A's 1,500.00 only
        Assert.Equal(Yuan(3500m), ledger.SpentAsOf(D(2023, 12, 15)));      // 1,500.00 + 2,000.00
        Assert.Equal(Yuan(3500m), ledger.SpentAsOf(D(2024, 1, 2)));
        Assert.Equal(Yuan(3000m), ledger.SpentAsOf(D(2024, 1, 3)));        // 3,500.00 - 500.00
        Assert.Equal(Yuan(3500m), ledger.DisbursedAsOf(D(2024, 1, 3)));
        Assert.Equal(Yuan(500m), ledger.RefundedAsOf(D(2024, 1, 3)));
        Assert.Equal(Money.Zero, ledger.RefundedAsOf(D(2024, 1, 2)));
        Assert.Equal(Yuan(3000m), ledger.TotalSpent);
        Assert.Equal(Impressions.Zero, ledger.TotalGranted);
        Assert.Equal(Impressions.Zero, ledger.GrantedAsOf(D(2024, 1, 3)));
    }

    [Fact]
    public void Totals_per_beneficiary()
    {
        BudgetLedger ledger = Example();
        Assert.Equal(Yuan(1000m), ledger.SpentBy(A));                      // 1,500.00 - 500.00
        Assert.Equal(Yuan(1500m), ledger.SpentBy(A, D(2024, 1, 2)));       // before the refund
        Assert.Equal(Yuan(2000m), ledger.SpentBy(B));
        Assert.Equal(Money.Zero, ledger.SpentBy(B, D(2023, 12, 14)));      // B's disbursement is on the 15th
        Assert.Equal(Money.Zero, ledger.SpentBy(null));                    // no entry without a beneficiary
        Assert.Equal(Money.Zero, ledger.SpentBy(new InfluencerId("unknown"), D(2024, 1, 3)));
        Assert.Equal(new[] { A, B }, ledger.Beneficiaries);
    }

    [Fact]
    public void Totals_per_month()
    {
        BudgetLedger ledger = Example();
        // December: 1,500.00 + 2,000.00 = 3,500.00; January: the refund, -500.00.
        Assert.Equal(
            new[] { (new YearMonth(2023, 12), Yuan(3500m)), (new YearMonth(2024, 1), Yuan(-500m)) },
            ledger.MonthlySpending());
        Assert.Equal(Yuan(-500m), ledger.SpentIn(new YearMonth(2024, 1)));
        Assert.Equal(Money.Zero, ledger.SpentIn(new YearMonth(2023, 11)));
        Assert.Equal(Money.Zero, ledger.SpentIn(new YearMonth(2024, 2)));
        Assert.Equal(
            new[] { (new YearMonth(2023, 12), 0L), (new YearMonth(2024, 1), 0L) },
            ledger.MonthlyTraffic());
    }

    [Fact]
    public void Months_without_entries_are_listed_with_zero()
    {
        // 10.00 on 2023-11-30 and 20.00 on 2024-02-01: four months, December and January empty.
        BudgetLedger ledger = BudgetLedger.Create(new[]
        {
            LedgerEntry.Disbursement(D(2024, 2, 1), Yuan(20m)),
            LedgerEntry.Disbursement(D(2023, 11, 30), Yuan(10m)),
        });
        Assert.Equal(
            new[]
            {
                (new YearMonth(2023, 11), Yuan(10m)), (new YearMonth(2023, 12), Money.Zero),
                (new YearMonth(2024, 1), Money.Zero), (new YearMonth(2024, 2), Yuan(20m)),
            },
            ledger.MonthlySpending());
    }

    [Fact]
    public void Date_a_spend_was_reached()
    {
        BudgetLedger ledger = Example();
        // End-of-day net: 12-01 1,500.00; 12-15 3,500.00; 01-03 3,000.00.
        Assert.Equal(D(2023, 12, 1), ledger.DateSpendReached(Yuan(0.01m)));
        Assert.Equal(D(2023, 12, 1), ledger.DateSpendReached(Yuan(1500m)));
        Assert.Equal(D(2023, 12, 15), ledger.DateSpendReached(Yuan(1500.01m)));
        Assert.Equal(D(2023, 12, 15), ledger.DateSpendReached(Yuan(3000m)));   // reached before the refund took it back
        Assert.Equal(D(2023, 12, 15), ledger.DateSpendReached(Yuan(3500m)));
        Assert.Null(ledger.DateSpendReached(Yuan(3500.01m)));
        Assert.Null(ledger.DateGrantedReached(new Impressions(1)));
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => ledger.DateSpendReached(Money.Zero)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => ledger.DateGrantedReached(Impressions.Zero)).ParamName);
    }

    [Fact]
    public void Traffic_grants_and_reversals()
    {
        BudgetLedger ledger = BudgetLedger.Create(new[]
        {
            LedgerEntry.TrafficGrant(D(2023, 11, 20), new Impressions(1_000_000), memo: "三农耕耘计划 pool"),
            LedgerEntry.TrafficGrant(D(2023, 12, 2), new Impressions(500_000), A),
            LedgerEntry.TrafficReversal(D(2024, 1, 10), new Impressions(200_000), A),
            LedgerEntry.TrafficReversal(D(2024, 1, 10), new Impressions(300_000)),
        });
        Assert.Equal(new Impressions(1_000_000), ledger.GrantedAsOf(D(2023, 12, 1)));
        Assert.Equal(new Impressions(1_500_000), ledger.GrantedAsOf(D(2024, 1, 9)));       // 1,000,000 + 500,000
        Assert.Equal(new Impressions(1_000_000), ledger.GrantedAsOf(D(2024, 1, 10)));      // 1,500,000 - 200,000 - 300,000
        Assert.Equal(new Impressions(1_500_000), ledger.GrossGrantedAsOf(D(2024, 1, 10)));
        Assert.Equal(new Impressions(500_000), ledger.ReversedAsOf(D(2024, 1, 10)));
        Assert.Equal(new Impressions(300_000), ledger.GrantedTo(A));                       // 500,000 - 200,000
        Assert.Equal(new Impressions(700_000), ledger.GrantedTo(null));                    // 1,000,000 - 300,000
        Assert.Equal(new Impressions(500_000), ledger.GrantedTo(A, D(2024, 1, 9)));
        Assert.Equal(-500_000, ledger.GrantedIn(new YearMonth(2024, 1)));
        Assert.Equal(
            new[] { (new YearMonth(2023, 11), 1_000_000L), (new YearMonth(2023, 12), 500_000L), (new YearMonth(2024, 1), -500_000L) },
            ledger.MonthlyTraffic());
        Assert.Equal(D(2023, 12, 2), ledger.DateGrantedReached(new Impressions(1_000_001)));
        Assert.Null(ledger.DateGrantedReached(new Impressions(1_500_001)));
        Assert.Equal(Money.Zero, ledger.TotalSpent);
    }

    [Fact]
    public void A_refund_larger_than_what_the_beneficiary_was_disbursed_is_rejected_with_a_clear_message()
    {
        // A was disbursed 1,500.00; a refund of 1,500.01 leaves A at -0.01, even though the ledger overall
        // (3,500.00 - 1,500.01) stays positive.
        LedgerEntry[] entries =
        [
            LedgerEntry.Disbursement(D(2023, 12, 1), Yuan(1500m), A),
            LedgerEntry.Disbursement(D(2023, 12, 15), Yuan(2000m), B),
            LedgerEntry.Refund(D(2024, 1, 3), Yuan(1500.01m), A),
        ];
        const string message = "Refunds from kol-a on 2024-01-03 exceed what was disbursed to kol-a: by the end of that day 1500.00 yuan was disbursed and 1500.01 refunded (net -0.01).";
        var error = Assert.Throws<DataValidationException>(() => BudgetLedger.Create(entries));
        Assert.Equal(new[] { new DataProblem("LedgerEntry[2]", DataProblemKind.RefundExceedsDisbursed, message) }, error.Problems);
        Assert.Equal("The data has 1 problem:" + Environment.NewLine + "  LedgerEntry[2]: RefundExceedsDisbursed: " + message, error.Message);
        Assert.Equal(error.Problems.AsEnumerable(), BudgetLedger.Validate(entries).AsEnumerable());
    }

    [Fact]
    public void A_same_day_refund_recorded_before_its_disbursement_is_accepted()
    {
        // End of 2024-01-03 for A: 200.00 disbursed, 200.00 refunded, net 0.00: within the rule.
        LedgerEntry refund = LedgerEntry.Refund(D(2024, 1, 3), Yuan(200m), A);
        LedgerEntry disbursement = LedgerEntry.Disbursement(D(2024, 1, 3), Yuan(200m), A);
        BudgetLedger ledger = BudgetLedger.Create(new[] { refund, disbursement });
        Assert.Equal(new[] { refund, disbursement }, ledger.Entries);   // recording order kept within the day
        Assert.Equal(Money.Zero, ledger.SpentAsOf(D(2024, 1, 3)));
        Assert.Equal(Yuan(200m), ledger.DisbursedAsOf(D(2024, 1, 3)));
        Assert.Equal(Money.Zero, ledger.SpentBy(A));
        Assert.Null(ledger.DateSpendReached(Yuan(0.01m)));              // net spend never rose above zero
    }

    [Fact]
    public void Every_bad_refund_is_reported_at_its_input_index()
    {
        // [0] refund 100.00 from A on 2024-01-03: A was never disbursed anything, net -100.00.
        // [2] refund 300.01 from B on 2023-12-20: B was disbursed 300.00, net -0.01.
        // Reported by input index ([0] then [2]), although [2] comes first by date.
        LedgerEntry[] entries =
        [
            LedgerEntry.Refund(D(2024, 1, 3), Yuan(100m), A),
            LedgerEntry.Disbursement(D(2023, 12, 1), Yuan(300m), B),
            LedgerEntry.Refund(D(2023, 12, 20), Yuan(300.01m), B),
        ];
        Assert.Equal(
            new[]
            {
                new DataProblem("LedgerEntry[0]", DataProblemKind.RefundExceedsDisbursed,
                    "Refunds from kol-a on 2024-01-03 exceed what was disbursed to kol-a: by the end of that day 0.00 yuan was disbursed and 100.00 refunded (net -100.00)."),
                new DataProblem("LedgerEntry[2]", DataProblemKind.RefundExceedsDisbursed,
                    "Refunds from kol-b on 2023-12-20 exceed what was disbursed to kol-b: by the end of that day 300.00 yuan was disbursed and 300.01 refunded (net -0.01)."),
            },
            BudgetLedger.Validate(entries));
        Assert.Equal(2, Assert.Throws<DataValidationException>(() => BudgetLedger.Create(entries)).Problems.Length);
    }

    [Fact]
    public void Reversals_and_unassigned_refunds_are_reported_in_their_own_words()
    {
        // [1] reversal 11 from A on 2023-12-02: A was granted 10 on 2023-12-01, net -1.
        // [2] refund 0.01 without a beneficiary on 2023-12-03: the unassigned group had nothing, net -0.01.
        LedgerEntry[] entries =
        [
            LedgerEntry.TrafficGrant(D(2023, 12, 1), new Impressions(10), A),
            LedgerEntry.TrafficReversal(D(2023, 12, 2), new Impressions(11), A),
            LedgerEntry.Refund(D(2023, 12, 3), Yuan(0.01m)),
        ];
        Assert.Equal(
            new[]
            {
                new DataProblem("$.programmes[0].ledger[1]", DataProblemKind.ReversalExceedsGranted,
                    "Traffic reversals from kol-a on 2023-12-02 exceed what was granted to kol-a: by the end of that day 10 impressions were granted and 11 reversed (net -1)."),
                new DataProblem("$.programmes[0].ledger[2]", DataProblemKind.RefundExceedsDisbursed,
                    "Refunds without a beneficiary on 2023-12-03 exceed what was disbursed without a beneficiary: by the end of that day 0.00 yuan was disbursed and 0.01 refunded (net -0.01)."),
            },
            BudgetLedger.Validate(entries, "$.programmes[0].ledger"));
    }

    [Fact]
    public void A_total_past_the_64_bit_range_is_a_problem_not_an_overflow()
    {
        // In date order: 0.01 on 2023-12-01 ([1]), then long.MaxValue fen on 2023-12-02 ([0]): the sum passes
        // long.MaxValue at [0].
        LedgerEntry[] entries =
        [
            LedgerEntry.Disbursement(D(2023, 12, 2), Money.FromFen(long.MaxValue)),
            LedgerEntry.Disbursement(D(2023, 12, 1), Money.FromFen(1)),
        ];
        Assert.Equal(
            new[]
            {
                new DataProblem("LedgerEntry[0]", DataProblemKind.LimitExceeded,
                    "The ledger's total of disbursements passes 92233720368547758.07 yuan (the most it can hold) at this entry, in date order."),
            },
            BudgetLedger.Validate(entries));
        Assert.Equal(Money.FromFen(long.MaxValue), BudgetLedger.Create(entries.Take(1)).TotalSpent);
    }

    [Fact]
    public void Recording_returns_a_new_ledger_and_keeps_the_old_one()
    {
        BudgetLedger ledger = Example();
        LedgerEntry grant = LedgerEntry.TrafficGrant(D(2023, 12, 15), new Impressions(1_000), B);
        BudgetLedger more = ledger.Record(grant);
        Assert.Equal(3, ledger.Count);
        Assert.Equal(4, more.Count);
        Assert.Equal(grant, more.Entries[2]);   // after the 2023-12-15 disbursement already recorded
        Assert.Equal(more, ledger.RecordRange(new[] { grant }));
        Assert.Same(ledger, ledger.RecordRange(Array.Empty<LedgerEntry>()));

        // A refund of 1,000.01 from A on 2024-02-01 would leave A at 1,000.00 - 1,000.01: rejected, at index 3
        // (the three recorded entries come first).
        var error = Assert.Throws<DataValidationException>(() => ledger.Record(LedgerEntry.Refund(D(2024, 2, 1), Yuan(1000.01m), A)));
        Assert.Equal("LedgerEntry[3]", Assert.Single(error.Problems).Path);
        Assert.Equal(3, ledger.Count);
    }

    [Fact]
    public void The_empty_ledger()
    {
        BudgetLedger empty = BudgetLedger.Empty;
        Assert.Equal(0, empty.Count);
        Assert.Null(empty.FirstDate);
        Assert.Null(empty.LastDate);
        Assert.Empty(empty.Beneficiaries);
        Assert.Empty(empty.MonthlySpending());
        Assert.Empty(empty.MonthlyTraffic());
        Assert.Equal(Money.Zero, empty.SpentAsOf(D(2024, 1, 1)));
        Assert.Equal(Money.Zero, empty.SpentIn(new YearMonth(2024, 1)));
        Assert.Null(empty.DateSpendReached(Money.FromFen(1)));
        Assert.Equal(empty, BudgetLedger.Create(Array.Empty<LedgerEntry>()));
        Assert.Empty(BudgetLedger.Validate(Array.Empty<LedgerEntry>()));
        Assert.Equal("BudgetLedger: no entries", empty.ToString());
    }

    [Fact]
    public void ToString_summarises()
    {
        Assert.Equal("BudgetLedger: 3 entries from 2023-12-01 to 2024-01-03, spent 3000.00, granted 0 impressions", Example().ToString());
        Assert.Equal(Example().FirstDate, D(2023, 12, 1));
        Assert.Equal(Example().LastDate, D(2024, 1, 3));
    }

    [Fact]
    public void Equal_ledgers_hold_the_same_entries_in_the_same_order()
    {
        LedgerEntry one = LedgerEntry.Disbursement(D(2024, 1, 3), Yuan(1m), A);
        LedgerEntry two = LedgerEntry.Disbursement(D(2024, 1, 3), Yuan(2m), B);
        BudgetLedger ab = BudgetLedger.Create(new[] { one, two });
        BudgetLedger ba = BudgetLedger.Create(new[] { two, one });
        Assert.True(ab == BudgetLedger.Create(new[] { one, two }));
        Assert.True(ab != ba);                  // same day, other recording order
        Assert.Equal(ab.TotalSpent, ba.TotalSpent);
        Assert.False(ab == null);
        Assert.False(ab.Equals((object?)null));
    }

    [Fact]
    public void Bad_arguments_are_rejected_naming_them()
    {
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => BudgetLedger.Create(null!)).ParamName);
        var withNull = Assert.Throws<ArgumentException>(() => BudgetLedger.Create(new LedgerEntry[] { LedgerEntry.Disbursement(D(2024, 1, 1), Yuan(1m)), null! }));
        Assert.StartsWith("entries must not contain null, but entries[1] was null.", withNull.Message, StringComparison.Ordinal);
        Assert.Equal("pathPrefix", Assert.Throws<ArgumentException>(() => BudgetLedger.Validate(Array.Empty<LedgerEntry>(), "")).ParamName);
        Assert.Equal("entry", Assert.Throws<ArgumentNullException>(() => BudgetLedger.Empty.Record(null!)).ParamName);
        BudgetLedger ledger = Example();
        Assert.Equal("asOf", Assert.Throws<ArgumentException>(() => ledger.SpentAsOf(new LocalDate(2024, 1, 1, CalendarSystem.Julian))).ParamName);
        Assert.Equal("asOf", Assert.Throws<ArgumentException>(() => ledger.SpentBy(A, new LocalDate(2024, 1, 1, CalendarSystem.Julian))).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentException>(() => ledger.SpentIn(new YearMonth(2024, 1, CalendarSystem.Julian))).ParamName);
    }

    [Fact]
    public void The_input_is_enumerated_once()
    {
        int enumerations = 0;
        System.Collections.Generic.IEnumerable<LedgerEntry> Entries()
        {
            enumerations++;
            yield return LedgerEntry.Disbursement(D(2024, 1, 1), Yuan(1m), A);
            yield return LedgerEntry.Refund(D(2024, 1, 1), Yuan(1m), A);
        }
        BudgetLedger.Create(Entries());
        BudgetLedger.Validate(Entries());
        Assert.Equal(2, enumerations);
        Assert.Equal(2, Example().Entries.Count(e => e.Beneficiary == A));
    }
}
