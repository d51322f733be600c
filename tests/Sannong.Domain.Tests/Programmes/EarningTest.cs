using System;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>Earning: validation, With* copies, equality and text.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class EarningTest
{
    private static readonly InfluencerId Kol = new("kol-1");

    [Property]
    public bool Equality_contract(Earning a, Earning b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && a == new Earning(a.Influencer, a.Month, a.Amount, a.Source)
        && a != a.WithAmount(a.Amount + Money.FromFen(1))
        && a != a.WithMonth(a.Month.PlusMonths(1));

    [Property]
    public bool With_copies_change_one_property_and_revalidate(Earning a, Earning b, int fen)
    {
        Money negative = Money.FromFen(-1 - Math.Abs((long)fen));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => a.WithAmount(negative));
        return a.WithInfluencer(b.Influencer) == new Earning(b.Influencer, a.Month, a.Amount, a.Source)
            && a.WithMonth(b.Month) == new Earning(a.Influencer, b.Month, a.Amount, a.Source)
            && a.WithAmount(b.Amount) == new Earning(a.Influencer, a.Month, b.Amount, a.Source)
            && a.WithSource(b.Source) == new Earning(a.Influencer, a.Month, a.Amount, b.Source)
            && e.ParamName == "amount"
            && e.Message.StartsWith($"amount must not be negative, but was {negative} yuan.", StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_amount_is_allowed() =>
        Assert.Equal(Money.Zero, new Earning(Kol, new YearMonth(2024, 3), Money.Zero, EarningSource.Other).Amount);

    [Fact]
    public void A_negative_amount_is_rejected_naming_amount()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Earning(Kol, new YearMonth(2024, 3), Money.FromFen(-1), EarningSource.Other));
        Assert.Equal("amount", e.ParamName);
        Assert.StartsWith("amount must not be negative, but was -0.01 yuan.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_influencer_month_and_source_are_rejected()
    {
        var i = Assert.Throws<ArgumentException>(() => new Earning(default, new YearMonth(2024, 3), Money.Zero, EarningSource.Other));
        Assert.Equal("influencer", i.ParamName);
        Assert.StartsWith("influencer must be a valid InfluencerId, but was default(InfluencerId).", i.Message, StringComparison.Ordinal);
        var m = Assert.Throws<ArgumentException>(() => new Earning(Kol, new YearMonth(2024, 3, CalendarSystem.Julian), Money.Zero, EarningSource.Other));
        Assert.Equal("month", m.ParamName);
        Assert.StartsWith("month must be in the ISO calendar, but was in the Julian calendar.", m.Message, StringComparison.Ordinal);
        var s = Assert.Throws<ArgumentOutOfRangeException>(() => new Earning(Kol, new YearMonth(2024, 3), Money.Zero, default));
        Assert.Equal("source", s.ParamName);
        Assert.StartsWith("source must be a defined EarningSource, but was 0.", s.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Earning(Kol, new YearMonth(2024, 3), Money.Zero, (EarningSource)6));
    }

    [Fact]
    public void ToString_reads_as_one_line() =>
        Assert.Equal("2024-03 kol-1 1234.56 yuan from live-gifts",
            new Earning(Kol, new YearMonth(2024, 3), Money.FromYuan(1234.56m), EarningSource.LiveGifts).ToString());
}
