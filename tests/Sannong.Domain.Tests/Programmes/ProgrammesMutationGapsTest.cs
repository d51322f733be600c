using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Taxonomy;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>
/// The behaviours of the Programmes namespace that the Stryker run of 2026-12-07 (commit 27f5964) found untested:
/// each fact fails on at least one surviving mutant (listed in tests/mutation/RESULTS.md, section Programmes).
/// </summary>
public sealed class ProgrammesMutationGapsTest
{
    private static readonly InfluencerId A = new("kol-a");

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static void NullEqualityLaws<T>(T value, Func<T?, T?, bool> eq, Func<T?, T?, bool> ne)
        where T : class
    {
        // The operators accept null on either side: null equals only null, and != is its negation.
        Assert.True(eq(null, null));
        Assert.False(eq(null, value));
        Assert.False(eq(value, null));
        Assert.True(eq(value, value));
        Assert.False(ne(null, null));
        Assert.True(ne(null, value));
        Assert.True(ne(value, null));
    }

    [Fact]
    public void The_equality_operators_of_every_programme_type_accept_null_on_either_side()
    {
        Programme seed = ReferencePlans.SeedPlan(D(2023, 11, 1));
        ProgrammeData data = ProgrammeData.Validate(seed, [], [], [], [], []).Value!;
        NullEqualityLaws(seed, (x, y) => x == y, (x, y) => x != y);
        NullEqualityLaws(seed.Budgets, (x, y) => x == y, (x, y) => x != y);
        NullEqualityLaws(seed.EarningRule, (x, y) => x == y, (x, y) => x != y);
        NullEqualityLaws(data, (x, y) => x == y, (x, y) => x != y);
        NullEqualityLaws(BudgetLedger.Empty, (x, y) => x == y, (x, y) => x != y);
        NullEqualityLaws(new Earning(A, new YearMonth(2024, 1), Money.FromYuan(320.50m), EarningSource.ECommerce), (x, y) => x == y, (x, y) => x != y);
        NullEqualityLaws(new Enrolment(A, D(2023, 11, 15)), (x, y) => x == y, (x, y) => x != y);
        NullEqualityLaws(new PlatformSnapshot(1, 2, 3), (x, y) => x == y, (x, y) => x != y);
    }

    [Fact]
    public void An_enrolment_is_active_and_counts_from_its_enrolment_day_itself()
    {
        // Enrolled 2023-11-15, left 2024-06-30: the first day is inclusive (>=), the day before is not.
        var enrolment = new Enrolment(A, D(2023, 11, 15), left: D(2024, 6, 30));
        Assert.True(enrolment.IsActiveOn(D(2023, 11, 15)));
        Assert.True(enrolment.CountsAsMenteeOn(D(2023, 11, 15)));
        Assert.False(enrolment.IsActiveOn(D(2023, 11, 14)));
        Assert.False(enrolment.CountsAsMenteeOn(D(2023, 11, 14)));
    }

    [Fact]
    public void Counting_mentees_over_a_null_enrolment_names_the_sequence()
    {
        Enrolment[] withNull = [new Enrolment(A, D(2023, 11, 15)), null!];
        Assert.Equal("enrolments", Assert.Throws<ArgumentNullException>(() => Enrolment.CountMentees(withNull, D(2024, 1, 1))).ParamName);
        Assert.Equal("enrolments", Assert.Throws<ArgumentNullException>(() => Enrolment.FirstEnrolments(withNull)).ParamName);
    }

    [Fact]
    public void A_one_month_earning_rule_says_month_in_the_singular()
    {
        Assert.Equal("at least 500.00 yuan over 1 month", new EarningRule(1, Money.FromYuan(500m)).ToString());
        Assert.Equal("at least 500.00 yuan over 2 months", new EarningRule(2, Money.FromYuan(500m)).ToString());
    }

    [Fact]
    public void A_ledger_of_one_entry_says_entry_in_the_singular()
    {
        // One disbursement of 100.00 yuan on 2024-01-02: spent 100.00, granted 0 impressions.
        BudgetLedger one = BudgetLedger.Create([LedgerEntry.Disbursement(D(2024, 1, 2), Money.FromYuan(100m))]);
        Assert.Equal("BudgetLedger: 1 entry from 2024-01-02 to 2024-01-02, spent 100.00, granted 0 impressions", one.ToString());
    }

    [Fact]
    public void Ledgers_with_different_entries_do_not_all_share_one_hash_code()
    {
        // Twenty ledgers of one disbursement of 1..20 fen: all different, so (bar a 2^-32-per-pair collision of
        // HashCode) their hash codes are not all one value; a hash that ignores the entries gives one value.
        int distinct = Enumerable.Range(1, 20)
            .Select(fen => BudgetLedger.Create([LedgerEntry.Disbursement(D(2024, 1, 2), Money.FromFen(fen))]).GetHashCode())
            .Distinct()
            .Count();
        Assert.True(distinct > 1, $"20 different ledgers gave {distinct} hash code(s).");
    }

    [Fact]
    public void Validating_a_ledger_with_a_null_or_empty_path_prefix_is_an_argument_error()
    {
        LedgerEntry[] entries = [LedgerEntry.Disbursement(D(2024, 1, 2), Money.FromYuan(100m))];
        Assert.Equal("pathPrefix", Assert.Throws<ArgumentNullException>(() => BudgetLedger.Validate(entries, null!)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => BudgetLedger.Validate(entries, ""));
        Assert.Equal("pathPrefix", empty.ParamName);
        Assert.StartsWith("pathPrefix must not be empty.", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_reached_of_a_zero_amount_are_refused_with_the_amount_named()
    {
        BudgetLedger ledger = BudgetLedger.Create([LedgerEntry.Disbursement(D(2024, 1, 2), Money.FromYuan(100m))]);
        var spend = Assert.Throws<ArgumentOutOfRangeException>(() => ledger.DateSpendReached(Money.Zero));
        Assert.Equal("amount", spend.ParamName);
        Assert.StartsWith("amount must be positive, but was 0.00.", spend.Message, StringComparison.Ordinal);
        var granted = Assert.Throws<ArgumentOutOfRangeException>(() => ledger.DateGrantedReached(Impressions.Zero));
        Assert.Equal("amount", granted.ParamName);
        Assert.StartsWith("amount must be positive, but was 0.", granted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_traffic_entry_of_zero_impressions_is_refused_with_the_amount_named()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => LedgerEntry.TrafficGrant(D(2024, 1, 2), Impressions.Zero));
        Assert.Equal("amount", e.ParamName);
        Assert.StartsWith("amount must be positive, but was 0.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Traffic_reversed_without_a_beneficiary_past_what_was_granted_reports_the_negative_net()
    {
        // 10 impressions granted on 2023-12-01, 11 reversed on 2023-12-02, no beneficiary: net 10 - 11 = -1.
        LedgerEntry[] entries =
        [
            LedgerEntry.TrafficGrant(D(2023, 12, 1), new Impressions(10)),
            LedgerEntry.TrafficReversal(D(2023, 12, 2), new Impressions(11)),
        ];
        Assert.Equal(
            new[]
            {
                new DataProblem("LedgerEntry[1]", DataProblemKind.ReversalExceedsGranted,
                    "Traffic reversals without a beneficiary on 2023-12-02 exceed what was granted without a beneficiary: by the end of that day 10 impressions were granted and 11 reversed (net -1)."),
            },
            BudgetLedger.Validate(entries));
    }

    [Theory]
    [InlineData(LedgerEntryKind.Refund, "total of refunds passes 92233720368547758.07 yuan")]
    [InlineData(LedgerEntryKind.TrafficGrant, "total of traffic grants passes 9223372036854775807 impressions")]
    [InlineData(LedgerEntryKind.TrafficReversal, "total of traffic reversals passes 9223372036854775807 impressions")]
    public void A_total_of_any_kind_past_the_64_bit_range_is_reported_in_its_own_words(LedgerEntryKind kind, string what)
    {
        // In date order: 1 unit on 2023-12-01 ([1]), then long.MaxValue units on 2023-12-02 ([0]): the sum passes
        // long.MaxValue at [0]. (Refunds and reversals also exceed what was given; only the limit is asserted here.)
        LedgerEntry Entry(LocalDate date, long units) => kind switch
        {
            LedgerEntryKind.Refund => LedgerEntry.Refund(date, Money.FromFen(units)),
            LedgerEntryKind.TrafficGrant => LedgerEntry.TrafficGrant(date, new Impressions(units)),
            _ => LedgerEntry.TrafficReversal(date, new Impressions(units)),
        };
        LedgerEntry[] entries = [Entry(D(2023, 12, 2), long.MaxValue), Entry(D(2023, 12, 1), 1)];
        Assert.Equal(
            new[]
            {
                new DataProblem("LedgerEntry[0]", DataProblemKind.LimitExceeded,
                    $"The ledger's {what} (the most it can hold) at this entry, in date order."),
            },
            BudgetLedger.Validate(entries).Where(p => p.Kind == DataProblemKind.LimitExceeded));
    }

    [Fact]
    public void A_negative_cash_budget_cannot_be_planned_by_weights()
    {
        var byLong = Assert.Throws<ArgumentOutOfRangeException>(() => BudgetAllocation.ByWeights(Money.FromFen(-1), new[] { KeyValuePair.Create("a", 1L) }));
        Assert.Equal("total", byLong.ParamName);
        Assert.StartsWith("total must not be negative, but was -0.01 yuan.", byLong.Message, StringComparison.Ordinal);
        var byDecimal = Assert.Throws<ArgumentOutOfRangeException>(() => BudgetAllocation.ByWeights(Money.FromFen(-1), new[] { KeyValuePair.Create("a", 1m) }));
        Assert.Equal("total", byDecimal.ParamName);
        Assert.StartsWith("total must not be negative, but was -0.01 yuan.", byDecimal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_weight_key_is_refused_with_its_index()
    {
        var e = Assert.Throws<ArgumentException>(() => BudgetAllocation.ByWeights(Money.FromFen(100), new[] { KeyValuePair.Create("a", 1L), KeyValuePair.Create<string, long>(null!, 1L) }));
        Assert.Equal("weights", e.ParamName);
        Assert.StartsWith("weights must not have a null key, but weights[1] has one.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Interactions_passing_the_range_after_views_did_are_still_reported()
    {
        // Three items by kol-a: views long.MaxValue, 1, 0 and likes 0, long.MaxValue, 1. Views pass long.MaxValue at
        // item 1 (MaxValue + 1); interactions pass it only at item 2 (MaxValue + 1), so the scan must go on past the
        // views' problem to find the interactions' one.
        Programme seed = ReferencePlans.SeedPlan(D(2023, 11, 1));
        var person = new Influencer(A, "handle kol-a", Region.Parse("430524/220"), new[] { SannongTaxonomy.Standard.GetByCode("farmers.cuisine") }, 12_000, D(2019, 5, 2));
        ContentItem Item(string id, long views, long likes) =>
            new(new ContentId(id), A, ContentKind.ShortVideo, Instant.FromUtc(2024, 1, 2, 8, 0), Duration.FromSeconds(42), "#乡村美食", Array.Empty<Topic>(), new Engagement(views, likes, 0, 0));
        ValidationResult<ProgrammeData> result = ProgrammeData.Validate(
            seed, [person], [], [], [], [Item("v-1", long.MaxValue, 0), Item("v-2", 1, long.MaxValue), Item("v-3", 0, 1)]);
        Assert.False(result.IsValid);
        Assert.Equal(
            new[] { "ContentItem[1].Engagement.Views", "ContentItem[2]" },
            result.Problems.Select(p => p.Path));
        Assert.All(result.Problems, p => Assert.Equal(DataProblemKind.LimitExceeded, p.Kind));
        Assert.Contains("total of likes, comments and shares over all content passes 9223372036854775807", result.Problems[1].Message, StringComparison.Ordinal);
    }
}
