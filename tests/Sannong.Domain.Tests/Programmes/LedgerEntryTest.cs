using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class LedgerEntryTest
{
    private static readonly LocalDate Day = new(2023, 12, 1);
    private static readonly InfluencerId Kol = new("kol-1");

    [Fact]
    public void Disbursement_holds_what_it_was_given()
    {
        LedgerEntry entry = LedgerEntry.Disbursement(Day, Money.FromYuan(1500m), Kol, "seed grant");
        Assert.Equal(Day, entry.Date);
        Assert.Equal(LedgerEntryKind.Disbursement, entry.Kind);
        Assert.Equal(Money.FromFen(150_000), entry.Cash);
        Assert.Equal(Impressions.Zero, entry.Impressions);
        Assert.Equal(Kol, entry.Beneficiary);
        Assert.Equal("seed grant", entry.Memo);
        Assert.True(entry.IsCash);
        Assert.False(entry.IsTraffic);
        Assert.Equal(Money.FromFen(150_000), entry.SignedCash);
        Assert.Equal(0, entry.SignedImpressions);
    }

    [Fact]
    public void Refund_and_reversal_are_signed_negative()
    {
        LedgerEntry refund = LedgerEntry.Refund(Day, Money.FromYuan(500m));
        LedgerEntry reversal = LedgerEntry.TrafficReversal(Day, new Impressions(2_000), Kol);
        Assert.Equal(Money.FromFen(-50_000), refund.SignedCash);
        Assert.Null(refund.Beneficiary);
        Assert.Equal("", refund.Memo);
        Assert.Equal(-2_000, reversal.SignedImpressions);
        Assert.Equal(Money.Zero, reversal.SignedCash);
        Assert.True(reversal.IsTraffic);
    }

    [Fact]
    public void ToString_reads_as_a_line_of_the_ledger()
    {
        Assert.Equal("2023-12-01 disbursement 1500.00 to kol-1 (seed grant)",
            LedgerEntry.Disbursement(Day, Money.FromYuan(1500m), Kol, "seed grant").ToString());
        Assert.Equal("2023-12-01 refund 0.01 from kol-1", LedgerEntry.Refund(Day, Money.FromFen(1), Kol).ToString());
        Assert.Equal("2023-12-01 traffic-grant 10000 impressions (三农耕耘计划)",
            LedgerEntry.TrafficGrant(Day, new Impressions(10_000), memo: "三农耕耘计划").ToString());
        Assert.Equal("2023-12-01 traffic-reversal 5 impressions from kol-1",
            LedgerEntry.TrafficReversal(Day, new Impressions(5), Kol).ToString());
    }

    [Fact]
    public void A_zero_or_negative_amount_is_rejected_naming_the_amount()
    {
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => LedgerEntry.Disbursement(Day, Money.Zero));
        Assert.Equal("amount", zero.ParamName);
        Assert.StartsWith("amount must be positive, but was 0.00.", zero.Message, StringComparison.Ordinal);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => LedgerEntry.Refund(Day, Money.FromFen(-1))).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => LedgerEntry.TrafficGrant(Day, Impressions.Zero)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => LedgerEntry.TrafficReversal(Day, Impressions.Zero)).ParamName);
    }

    [Fact]
    public void A_bad_memo_is_rejected()
    {
        Assert.Equal("memo", Assert.Throws<ArgumentNullException>(() => LedgerEntry.Disbursement(Day, Money.FromFen(1), Kol, null!)).ParamName);
        var tooLong = Assert.Throws<ArgumentException>(() => LedgerEntry.Disbursement(Day, Money.FromFen(1), Kol, new string('x', 501)));
        Assert.StartsWith("memo must be at most 500 characters, but had 501.", tooLong.Message, StringComparison.Ordinal);
        var lineBreak = Assert.Throws<ArgumentException>(() => LedgerEntry.Refund(Day, Money.FromFen(1), Kol, "two\nlines"));
        Assert.StartsWith("memo must not contain control characters, but had U+000A at index 3.", lineBreak.Message, StringComparison.Ordinal);
        Assert.Equal(500, LedgerEntry.Disbursement(Day, Money.FromFen(1), Kol, new string('x', 500)).Memo.Length);
        // A right-to-left override (U+202E) would print "refund of 1 yuan" reversed after it in a report.
        var reordered = Assert.Throws<ArgumentException>(() => LedgerEntry.Refund(Day, Money.FromFen(1), Kol, "fee \u202Ednufer"));
        Assert.Equal("memo", reordered.ParamName);
        Assert.Contains("U+202E", reordered.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => LedgerEntry.Refund(Day, Money.FromFen(1), Kol, "\uFFFE"));
        // Zero width characters and Chinese text stay: a memo is free text.
        Assert.Equal("三农\u200B耕耘", LedgerEntry.Refund(Day, Money.FromFen(1), Kol, "三农\u200B耕耘").Memo);
    }

    [Fact]
    public void A_date_outside_the_ISO_calendar_is_rejected()
    {
        LocalDate julian = new(2023, 12, 1, CalendarSystem.Julian);
        var error = Assert.Throws<ArgumentException>(() => LedgerEntry.Disbursement(julian, Money.FromFen(1)));
        Assert.Equal("date", error.ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => LedgerEntry.Refund(Day, Money.FromFen(1)).WithDate(julian)).ParamName);
    }

    [Fact]
    public void A_default_influencer_id_is_not_a_beneficiary()
    {
        Assert.Equal("beneficiary", Assert.Throws<ArgumentException>(() => LedgerEntry.TrafficGrant(Day, new Impressions(1), default(InfluencerId))).ParamName);
        Assert.Equal("beneficiary", Assert.Throws<ArgumentException>(() => LedgerEntry.Refund(Day, Money.FromFen(1)).WithBeneficiary(default(InfluencerId))).ParamName);
    }

    [Property]
    public bool With_methods_change_one_property_and_keep_the_rest(LedgerEntry entry)
    {
        LedgerEntry moved = entry.WithDate(entry.Date.PlusDays(3));
        LedgerEntry renamed = entry.WithBeneficiary(new InfluencerId("other"));
        LedgerEntry unassigned = entry.WithBeneficiary(null);
        LedgerEntry noted = entry.WithMemo("note");
        return moved.Date == entry.Date.PlusDays(3) && moved.WithDate(entry.Date) == entry
            && renamed.Beneficiary == new InfluencerId("other") && renamed.WithBeneficiary(entry.Beneficiary) == entry
            && unassigned.Beneficiary is null && unassigned.Kind == entry.Kind && unassigned.Cash == entry.Cash
            && noted.Memo == "note" && noted.WithMemo(entry.Memo) == entry && noted.Impressions == entry.Impressions;
    }

    [Property]
    public bool The_amount_is_positive_and_of_the_kinds_unit(LedgerEntry entry) =>
        entry.IsCash
            ? entry.Cash > Money.Zero && entry.Impressions == Impressions.Zero && Math.Abs(entry.SignedCash.Fen) == entry.Cash.Fen && entry.SignedImpressions == 0
            : entry.Impressions > Impressions.Zero && entry.Cash == Money.Zero && Math.Abs(entry.SignedImpressions) == entry.Impressions.Count && entry.SignedCash == Money.Zero;

    [Property]
    public bool Equality_contract_holds(LedgerEntry a, LedgerEntry b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, a.WithMemo(a.Memo), (x, y) => x == y, (x, y) => x != y)
        && a == a.WithMemo(a.Memo)
        && a != a.WithMemo(a.Memo + "!");

    [Fact]
    public void Null_compares_equal_only_to_null()
    {
        LedgerEntry entry = LedgerEntry.Disbursement(Day, Money.FromFen(1));
        Assert.False(entry == null);
        Assert.True(entry != null);
        Assert.False(entry.Equals(null));
        Assert.True((LedgerEntry?)null == null);
    }
}
