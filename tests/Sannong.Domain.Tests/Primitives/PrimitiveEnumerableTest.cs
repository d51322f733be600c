using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>Sums of Money and Impressions over sequences: exact, order-independent, overflow-checked.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class PrimitiveEnumerableTest
{
    [Property]
    public void Money_sum_is_exact_or_throws(Money[] amounts)
    {
        Int128 exact = amounts.Aggregate((Int128)0, (t, m) => t + m.Fen);
        if (exact >= long.MinValue && exact <= long.MaxValue)
        {
            Assert.Equal((long)exact, amounts.Sum().Fen);
            Assert.Equal(amounts.Sum(), Money.Sum(amounts.AsEnumerable().Reverse()));
            Assert.Equal(amounts.Sum(), amounts.Select(m => (Item: 1, Amount: m)).Sum(x => x.Amount));
        }
        else
        {
            Assert.Throws<OverflowException>(() => amounts.Sum());
            Assert.Throws<OverflowException>(() => Money.Sum(amounts));
        }
    }

    [Property]
    public Property Money_sum_of_small_amounts_is_the_fold_of_plus() =>
        Prop.ForAll(Gen.ListOf(DomainArbitraries.SmallMoneyGen).ToArbitrary(), amounts =>
            Assert.Equal(amounts.Aggregate(Money.Zero, (t, m) => t + m), amounts.Sum()));

    [Property]
    public void Impressions_sum_is_exact_or_throws(Impressions[] counts)
    {
        Int128 exact = counts.Aggregate((Int128)0, (t, i) => t + i.Count);
        if (exact <= long.MaxValue)
        {
            Assert.Equal((long)exact, counts.Sum().Count);
            Assert.Equal(counts.Sum(), counts.Select(c => new { Views = c }).Sum(x => x.Views));
        }
        else
        {
            Assert.Throws<OverflowException>(() => counts.Sum());
        }
    }

    [Fact]
    public void Examples()
    {
        Money max = Money.FromFen(long.MaxValue);
        Assert.Equal(Money.Zero, Array.Empty<Money>().Sum());
        Assert.Equal(Impressions.Zero, new List<Impressions>().Sum());
        Assert.Equal(Money.FromYuan(0.35m), new[] { Money.FromYuan(0.10m), Money.FromYuan(0.25m) }.Sum());
        // Only the total must be in range: max + 1 fen - 1 fen = max, in any order.
        Assert.Equal(max, new[] { max, Money.FromFen(1), Money.FromFen(-1) }.Sum());
        OverflowException e = Assert.Throws<OverflowException>(() => new[] { max, Money.FromFen(1) }.Sum());
        Assert.Equal("Money overflow: a sum of 9223372036854775808 (in fen) is outside the range of Money.", e.Message);
        Assert.Throws<OverflowException>(() => new[] { new Impressions(long.MaxValue), new Impressions(1) }.Sum());
    }

    [Fact]
    public void Null_arguments_are_named()
    {
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => ((IEnumerable<Money>)null!).Sum()).ParamName);
        Assert.Equal("selector", Assert.Throws<ArgumentNullException>(() => new[] { 1 }.Sum((Func<int, Money>)null!)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => ((IEnumerable<Impressions>)null!).Sum()).ParamName);
        Assert.Equal("amounts", Assert.Throws<ArgumentNullException>(() => Money.Sum(null!)).ParamName);
    }
}
