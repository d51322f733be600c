using System;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>Worked examples of the traffic budget, computed by hand. Period 2024-01-01..2024-01-10 (N = 10), budget
/// 1,000,000 impressions, linear pace.</summary>
public sealed class TrafficProgressTest
{
    private static readonly DateInterval Small = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10));
    private static readonly InfluencerId KolA = new("kol-a");

    private static LocalDate Jan(int day) => new(2024, 1, day);

    // Net granted by the end of: 01-01: 150,000; 01-04: 300,000 (200,000 granted, 50,000 reversed); 01-08: 1,100,000.
    private static readonly BudgetLedger Ledger = BudgetLedger.Create(
    [
        LedgerEntry.TrafficGrant(Jan(1), new Impressions(150_000)),
        LedgerEntry.TrafficGrant(Jan(4), new Impressions(200_000), KolA),
        LedgerEntry.TrafficReversal(Jan(4), new Impressions(50_000), KolA),
        LedgerEntry.TrafficGrant(Jan(8), new Impressions(800_000)),
        LedgerEntry.Disbursement(Jan(2), Money.FromYuan(99m)),   // cash: ignored by the traffic figures
    ]);

    private static TrafficProgress At(LocalDate asOf, long budget = 1_000_000) =>
        BudgetCalculator.Traffic(new Impressions(budget), Ledger, Small, asOf);

    [Fact]
    public void Before_the_start()
    {
        TrafficProgress p = At(new LocalDate(2023, 12, 31));
        Assert.Equal((Impressions.Zero, 1_000_000L, 0.0, Impressions.Zero, BudgetStatus.NotStarted), (p.Granted, p.Remaining, p.GrantedShare, p.Expected, p.Status));
        Assert.Equal(((double?)null, (Impressions?)null, (Impressions?)null, (LocalDate?)null), (p.PaceRatio, p.PerDay, p.ProjectedAtEnd, p.RunwayEnds));
    }

    [Fact]
    public void Ahead_on_the_first_day()
    {
        // 01-01: g = 150,000, expected 100,000, ratio 1.5 > 1.2 -> ahead; per day 150,000; projected 1,500,000;
        // runway S + (ceil(1,000,000 / 150,000) - 1) = S + (7 - 1) = 01-07; remaining 850,000; share 0.15.
        TrafficProgress p = At(Jan(1));
        Assert.Equal((new Impressions(150_000), 850_000L, 0.15, new Impressions(100_000), (double?)1.5, BudgetStatus.Ahead),
            (p.Granted, p.Remaining, p.GrantedShare, p.Expected, p.PaceRatio, p.Status));
        Assert.Equal(((Impressions?)new Impressions(150_000), (Impressions?)new Impressions(1_500_000), (LocalDate?)Jan(7)), (p.PerDay, p.ProjectedAtEnd, p.RunwayEnds));
    }

    [Fact]
    public void Behind_after_a_reversal()
    {
        // 01-04: g = 300,000, expected 400,000, ratio 0.75 -> behind; per day 75,000; projected 750,000;
        // runway S + (ceil(4,000,000 / 300,000) - 1) = S + (14 - 1) = 01-14.
        TrafficProgress p = At(Jan(4));
        Assert.Equal((new Impressions(300_000), new Impressions(400_000), (double?)0.75, BudgetStatus.Behind), (p.Granted, p.Expected, p.PaceRatio, p.Status));
        Assert.Equal(((Impressions?)new Impressions(75_000), (Impressions?)new Impressions(750_000), (LocalDate?)Jan(14)), (p.PerDay, p.ProjectedAtEnd, p.RunwayEnds));
    }

    [Fact]
    public void Over_the_budget_on_the_last_day()
    {
        // 01-10: g = 1,100,000 > 1,000,000 -> overspent; remaining -100,000; share 1.1; expected = B; the budget was
        // reached on 01-08; per day 110,000; projected 1,100,000.
        TrafficProgress p = At(Jan(10));
        Assert.Equal((-100_000L, 1.1, new Impressions(1_000_000), BudgetStatus.Overspent, (LocalDate?)Jan(8)), (p.Remaining, p.GrantedShare, p.Expected, p.Status, p.RunwayEnds));
        Assert.Equal(((Impressions?)new Impressions(110_000), (Impressions?)new Impressions(1_100_000)), (p.PerDay, p.ProjectedAtEnd));
        Assert.Equal("traffic 1100000/1000000 as of 2024-01-10 (expected 1000000): Overspent", p.ToString());
    }

    [Theory]
    // Budget 7: expected = 7 * e / 10, halves away from zero: e = 5: 3.5 -> 4; e = 4: 2.8 -> 3; e = 2: 1.4 -> 1.
    [InlineData(5, 4)]
    [InlineData(4, 3)]
    [InlineData(2, 1)]
    public void Expected_is_rounded_half_away_from_zero(int day, long expected) =>
        Assert.Equal(new Impressions(expected), At(Jan(day), budget: 7).Expected);

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => At(Jan(1), budget: 0));
        Assert.Equal("budget", e.ParamName);
        Assert.Throws<ArgumentNullException>(() => BudgetCalculator.Traffic(new Impressions(1), null!, Small, Jan(1)));
    }
}
