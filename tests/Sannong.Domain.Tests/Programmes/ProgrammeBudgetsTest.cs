using System;
using FsCheck.Xunit;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>ProgrammeBudgets: optional cash and traffic, each strictly positive when present.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ProgrammeBudgetsTest
{
    [Property]
    public bool Equality_contract(ProgrammeBudgets a, ProgrammeBudgets b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, ProgrammeBudgets.Of(a.Cash, a.Traffic), (x, y) => x == y, (x, y) => x != y)
        && a == ProgrammeBudgets.Of(a.Cash, a.Traffic);

    [Property]
    public bool With_copies_change_one_budget(ProgrammeBudgets a, ProgrammeBudgets b) =>
        a.WithCash(b.Cash) == ProgrammeBudgets.Of(b.Cash, a.Traffic)
        && a.WithTraffic(b.Traffic) == ProgrammeBudgets.Of(a.Cash, b.Traffic)
        && a.HasCash == a.Cash.HasValue && a.HasTraffic == a.Traffic.HasValue;

    [Property]
    public bool WithCash_revalidates(ProgrammeBudgets a, int fen)
    {
        Money notPositive = Money.FromFen(-Math.Abs((long)fen)); // zero or negative
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => a.WithCash(notPositive));
        return e.ParamName == "cash" && e.Message.StartsWith($"cash must be positive, but was {notPositive} yuan.", StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_traffic_is_rejected_naming_traffic()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeBudgets.TrafficOnly(Impressions.Zero));
        Assert.Equal("traffic", e.ParamName);
        Assert.StartsWith("traffic must be positive, but was 0 impressions.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeBudgets.None.WithTraffic(Impressions.Zero));
    }

    [Fact]
    public void Negative_cash_is_rejected_naming_cash()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeBudgets.CashOnly(Money.FromFen(-1)));
        Assert.Equal("cash", e.ParamName);
        Assert.StartsWith("cash must be positive, but was -0.01 yuan.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Neither_budget_is_allowed_and_is_None()
    {
        Assert.Same(ProgrammeBudgets.None, ProgrammeBudgets.Of(null, null));
        Assert.False(ProgrammeBudgets.None.HasCash);
        Assert.False(ProgrammeBudgets.None.HasTraffic);
        Assert.Equal(ProgrammeBudgets.None, ProgrammeBudgets.CashOnly(Money.FromFen(5)).WithCash(null));
    }

    [Fact]
    public void Factories_set_the_named_budget()
    {
        var cash = ProgrammeBudgets.CashOnly(Money.FromYuan(10_000_000.00m));
        Assert.Equal(1_000_000_000L, cash.Cash!.Value.Fen);
        Assert.Null(cash.Traffic);
        var traffic = ProgrammeBudgets.TrafficOnly(new Impressions(1_000_000_000));
        Assert.Null(traffic.Cash);
        Assert.Equal(1_000_000_000L, traffic.Traffic!.Value.Count);
    }

    [Fact]
    public void ToString_lists_the_budgets_present()
    {
        Assert.Equal("no budget", ProgrammeBudgets.None.ToString());
        Assert.Equal("cash 500.00 yuan", ProgrammeBudgets.CashOnly(Money.FromYuan(500m)).ToString());
        Assert.Equal("traffic 1000 impressions", ProgrammeBudgets.TrafficOnly(new Impressions(1000)).ToString());
        Assert.Equal("cash 10000000.00 yuan, traffic 1000000000 impressions",
            ProgrammeBudgets.Of(Money.FromYuan(10_000_000m), new Impressions(1_000_000_000)).ToString());
    }
}
