using System;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>Worked examples of the cash budget, computed by hand. Period 2024-01-01..2024-01-10 (N = 10), budget
/// 10,000.00 yuan (1,000,000 fen), mentee target 100, linear pace unless said otherwise.</summary>
public sealed class CashProgressTest
{
    private static readonly DateInterval Small = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10));
    private static readonly Money Budget = Money.FromYuan(10_000m);
    private static readonly InfluencerId KolA = new("kol-a");

    private static LocalDate Jan(int day) => new(2024, 1, day);

    private static Money Yuan(decimal yuan) => Money.FromYuan(yuan);

    // Net spent by the end of: 12-31: 500; 01-01: 1,200; 01-03: 2,800 (1,800 - 200 the same day); 01-05: 2,800;
    // 01-06: 5,800; 01-09: 10,300 (over the budget); 01-10: 10,200 (after a refund of 100).
    private static readonly BudgetLedger Ledger = BudgetLedger.Create(
    [
        LedgerEntry.Disbursement(new LocalDate(2023, 12, 28), Yuan(500m), memo: "preparation"),
        LedgerEntry.Disbursement(Jan(1), Yuan(700m)),
        LedgerEntry.Disbursement(Jan(3), Yuan(1_800m), KolA),
        LedgerEntry.Refund(Jan(3), Yuan(200m), KolA),
        LedgerEntry.Disbursement(Jan(6), Yuan(3_000m)),
        LedgerEntry.Disbursement(Jan(9), Yuan(4_500m)),
        LedgerEntry.Refund(Jan(10), Yuan(100m), KolA),
    ]);

    private static CashProgress At(LocalDate asOf, int mentees, BudgetLedger? ledger = null, Money? budget = null, Pace? pace = null) =>
        BudgetCalculator.Cash(budget ?? Budget, ledger ?? Ledger, Small, asOf, 100, mentees, pace);

    [Fact]
    public void Before_the_start()
    {
        // 12-31: e = 0, s = 500.00 (spent before S), expected 0 -> no ratio, no rates; not started.
        // EV = 10,000 * 2 / 100 = 200.00; CPI = 200 / 500 = 0.4; SPI none (PV = 0); EAC = 500 * 100 / 2 = 25,000.00.
        CashProgress p = At(new LocalDate(2023, 12, 31), mentees: 2);
        Assert.Equal((Yuan(500m), Yuan(9_500m), 0.05, Money.Zero, BudgetStatus.NotStarted), (p.Spent, p.Remaining, p.SpentShare, p.Expected, p.Status));
        Assert.Equal(((double?)null, (Money?)null, (Money?)null, (LocalDate?)null), (p.PaceRatio, p.BurnPerDay, p.ProjectedAtEnd, p.RunwayEnds));
        Assert.Equal((Yuan(200m), (double?)0.4, (double?)null, (Money?)Yuan(25_000m)), (p.EarnedValue, p.Cpi, p.Spi, p.EstimateAtCompletion));
    }

    [Fact]
    public void On_the_first_day_the_ahead_threshold_is_inclusive()
    {
        // 01-01: e = 1, s = 1,200.00, expected = 10,000 * 1/10 = 1,000.00, ratio 1.2 -> on track (ahead only above 1.2).
        // burn 1,200.00; projected 1,200 * 10 = 12,000.00; runway S + (ceil(10,000 * 1 / 1,200) - 1) = S + 8 = 01-09.
        // EV = 10,000 * 12 / 100 = 1,200.00; CPI = 1,200 / 1,200 = 1; SPI = 1,200 / 1,000 = 1.2; EAC = 1,200 * 100 / 12 = 10,000.00.
        CashProgress p = At(Jan(1), mentees: 12);
        Assert.Equal((Yuan(1_200m), Yuan(1_000m), (double?)1.2, BudgetStatus.OnTrack), (p.Spent, p.Expected, p.PaceRatio, p.Status));
        Assert.Equal(((Money?)Yuan(1_200m), (Money?)Yuan(12_000m), (LocalDate?)Jan(9)), (p.BurnPerDay, p.ProjectedAtEnd, p.RunwayEnds));
        Assert.Equal((Yuan(1_200m), (double?)1.0, (double?)1.2, (Money?)Yuan(10_000m)), (p.EarnedValue, p.Cpi, p.Spi, p.EstimateAtCompletion));
    }

    [Fact]
    public void Rates_are_rounded_to_the_fen()
    {
        // 01-03: e = 3, s = 2,800.00, expected 3,000.00, ratio 0.9333 -> on track.
        // burn 2,800 / 3 = 933.333 -> 933.33; projected 28,000 / 3 = 9,333.333 -> 9,333.33;
        // runway S + (ceil(10,000 * 3 / 2,800) - 1) = S + (11 - 1) = 01-11 (after E).
        // EV = 3,000.00; CPI = 3,000 / 2,800 = 1.0714; SPI = 3,000 / 3,000 = 1; EAC = 2,800 * 100 / 30 = 9,333.33.
        CashProgress p = At(Jan(3), mentees: 30);
        Assert.Equal((Yuan(2_800m), Yuan(3_000m), BudgetStatus.OnTrack), (p.Spent, p.Expected, p.Status));
        Assert.Equal(2_800.0 / 3_000, p.PaceRatio);
        Assert.Equal(((Money?)Yuan(933.33m), (Money?)Yuan(9_333.33m), (LocalDate?)Jan(11)), (p.BurnPerDay, p.ProjectedAtEnd, p.RunwayEnds));
        Assert.Equal((Yuan(3_000m), (double?)(3_000.0 / 2_800), (double?)1.0, (Money?)Yuan(9_333.33m)), (p.EarnedValue, p.Cpi, p.Spi, p.EstimateAtCompletion));
    }

    [Fact]
    public void Behind()
    {
        // 01-05: e = 5, s = 2,800.00, expected 5,000.00, ratio 0.56 < 0.80 -> behind. burn 560.00, projected 5,600.00,
        // runway S + (ceil(50,000 / 2,800) - 1) = S + (18 - 1) = 01-18.
        CashProgress p = At(Jan(5), mentees: 30);
        Assert.Equal((Yuan(5_000m), (double?)0.56, BudgetStatus.Behind), (p.Expected, p.PaceRatio, p.Status));
        Assert.Equal(((Money?)Yuan(560m), (Money?)Yuan(5_600m), (LocalDate?)Jan(18)), (p.BurnPerDay, p.ProjectedAtEnd, p.RunwayEnds));
    }

    [Fact]
    public void Overspent_and_the_runway_is_the_day_the_budget_was_reached()
    {
        // 01-09: s = 10,300.00 > B -> overspent; remaining -300.00; share 1.03; expected 9,000.00, ratio 1.1444;
        // the net spend first reached 10,000.00 on 01-09. burn 10,300 / 9 = 1,144.444 -> 1,144.44;
        // projected 103,000 / 9 = 11,444.444 -> 11,444.44.
        CashProgress p = At(Jan(9), mentees: 95);
        Assert.Equal((Yuan(10_300m), Yuan(-300m), 1.03, Yuan(9_000m), BudgetStatus.Overspent), (p.Spent, p.Remaining, p.SpentShare, p.Expected, p.Status));
        Assert.Equal(((Money?)Yuan(1_144.44m), (Money?)Yuan(11_444.44m), (LocalDate?)Jan(9)), (p.BurnPerDay, p.ProjectedAtEnd, p.RunwayEnds));
    }

    [Fact]
    public void On_the_last_day_and_after_the_end()
    {
        // 01-10: s = 10,200.00 (after the refund), still over; expected = B; runway still 01-09 (first reached);
        // burn 1,020.00; projected 10,200.00. a = T = 100: EV = 10,000.00, CPI = 10,000 / 10,200 = 0.98039,
        // SPI = 1, EAC = 10,200 * 100 / 100 = 10,200.00.
        foreach (LocalDate d in new[] { Jan(10), new LocalDate(2024, 3, 1) })
        {
            CashProgress p = At(d, mentees: 100);
            Assert.Equal((Yuan(10_200m), Budget, BudgetStatus.Overspent, (LocalDate?)Jan(9)), (p.Spent, p.Expected, p.Status, p.RunwayEnds));
            Assert.Equal(((Money?)Yuan(1_020m), (Money?)Yuan(10_200m)), (p.BurnPerDay, p.ProjectedAtEnd));
            Assert.Equal((Budget, (double?)(10_000.0 / 10_200), (double?)1.0, (Money?)Yuan(10_200m)), (p.EarnedValue, p.Cpi, p.Spi, p.EstimateAtCompletion));
        }
    }

    [Fact]
    public void Zero_spending_and_zero_mentees()
    {
        // Empty ledger, 01-04: s = 0, expected 4,000.00, ratio 0 -> behind; burn 0.00; projected 0.00; no runway.
        // EV = 0; CPI none (AC = 0); SPI = 0 / 4,000 = 0; EAC none.
        CashProgress p = At(Jan(4), mentees: 0, ledger: BudgetLedger.Empty);
        Assert.Equal((Money.Zero, Budget, (double?)0.0, BudgetStatus.Behind), (p.Spent, p.Remaining, p.PaceRatio, p.Status));
        Assert.Equal(((Money?)Money.Zero, (Money?)Money.Zero, (LocalDate?)null), (p.BurnPerDay, p.ProjectedAtEnd, p.RunwayEnds));
        Assert.Equal((Money.Zero, (double?)null, (double?)0.0, (Money?)null), (p.EarnedValue, p.Cpi, p.Spi, p.EstimateAtCompletion));
    }

    [Theory]
    // Budget 0.05 (5 fen): expected = 5 * e / 10 fen, halves away from zero: e = 1: 0.5 -> 1; e = 3: 1.5 -> 2;
    // e = 5: 2.5 -> 3 (not 2, as banker's rounding would give); e = 9: 4.5 -> 5.
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(5, 3)]
    [InlineData(9, 5)]
    public void Expected_is_rounded_half_away_from_zero(int day, long fen) =>
        Assert.Equal(Money.FromFen(fen), At(Jan(day), 0, BudgetLedger.Empty, Money.FromFen(5)).Expected);

    [Fact]
    public void Nothing_expected_yet()
    {
        // Budget 0.01: on 01-01 the pace expects 0.1 fen -> 0.00, so there is no ratio. Nothing spent: on track;
        // 0.01 spent: not over the budget (s = B), but spending before any was expected: ahead; runway 01-01.
        Assert.Equal(BudgetStatus.OnTrack, At(Jan(1), 0, BudgetLedger.Empty, Money.FromFen(1)).Status);
        CashProgress spent = At(Jan(1), 0, BudgetLedger.Create([LedgerEntry.Disbursement(Jan(1), Money.FromFen(1))]), Money.FromFen(1));
        Assert.Equal(((double?)null, BudgetStatus.Ahead, (LocalDate?)Jan(1)), (spent.PaceRatio, spent.Status, spent.RunwayEnds));
    }

    [Fact]
    public void Burn_and_projection_round_half_away_from_zero()
    {
        // 0.05 spent on 01-01; as of 01-02 (e = 2): burn 5 / 2 = 2.5 fen -> 0.03; projected 5 * 10 / 2 = 25 fen.
        CashProgress p = At(Jan(2), 0, BudgetLedger.Create([LedgerEntry.Disbursement(Jan(1), Money.FromFen(5))]));
        Assert.Equal(((Money?)Money.FromFen(3), (Money?)Money.FromFen(25)), (p.BurnPerDay, p.ProjectedAtEnd));
    }

    [Fact]
    public void Milestone_pace_is_scaled_exactly()
    {
        // Milestone (01-01, 0.29), budget 0.50: 50 * 0.29 = 14.5 fen exactly -> 0.15 (in double, 0.29 * 50 is
        // 14.499999999999998 and would give 0.14). 01-02: 0.29 + 0.71 * 1/9 -> 50 * 3.32 / 9 = 18.44 fen -> 0.18.
        Pace tight = Pace.Milestones(Small, [(Jan(1), 0.29)]);
        Assert.Equal(Money.FromFen(15), At(Jan(1), 0, BudgetLedger.Empty, Yuan(0.50m), tight).Expected);
        Assert.Equal(Money.FromFen(18), At(Jan(2), 0, BudgetLedger.Empty, Yuan(0.50m), tight).Expected);
        // Milestone (01-05, 0.3), budget 10,000: 01-02: 0.3 * 2/5 = 0.12 -> 1,200.00; 01-07: 0.3 + 0.7 * 2/5 = 0.58 -> 5,800.00.
        Pace pace = Pace.Milestones(Small, [(Jan(5), 0.3)]);
        Assert.Equal(Yuan(1_200m), At(Jan(2), 0, pace: pace).Expected);
        Assert.Equal(Yuan(5_800m), At(Jan(7), 0, pace: pace).Expected);
    }

    [Fact]
    public void Seed_plan_example()
    {
        // 2023-11-01..2026-10-31 (N = 1,096), B = 10,000,000.00, as of 2024-10-31 (e = 366), 3,000,000.00 spent:
        // expected = 1,000,000,000 fen * 366 / 1,096 = 333,941,605.84 fen -> 3,339,416.06; ratio 0.8984 -> on track.
        // burn 300,000,000 / 366 = 819,672.13 fen -> 8,196.72; projected 300,000,000 * 1,096 / 366 = 898,360,655.74 fen
        // -> 8,983,606.56; runway S + (ceil(1e9 * 366 / 3e8) - 1) = S + 1,219 = 2027-03-04.
        // With 30,000 of 100,000 mentees: EV = 3,000,000.00, CPI 1, SPI = 3e8 / 333,941,606 = 0.89836, EAC = 10,000,000.00.
        var period = new DateInterval(new LocalDate(2023, 11, 1), new LocalDate(2026, 10, 31));
        BudgetLedger ledger = BudgetLedger.Create([LedgerEntry.Disbursement(new LocalDate(2024, 6, 30), Yuan(3_000_000m))]);
        CashProgress p = BudgetCalculator.Cash(Yuan(10_000_000m), ledger, period, new LocalDate(2024, 10, 31), 100_000, 30_000);
        Assert.Equal((Yuan(3_339_416.06m), BudgetStatus.OnTrack), (p.Expected, p.Status));
        Assert.Equal(300_000_000.0 / 333_941_606, p.PaceRatio);
        Assert.Equal(((Money?)Yuan(8_196.72m), (Money?)Yuan(8_983_606.56m), (LocalDate?)new LocalDate(2027, 3, 4)), (p.BurnPerDay, p.ProjectedAtEnd, p.RunwayEnds));
        Assert.Equal((Yuan(3_000_000m), (double?)1.0, (Money?)Yuan(10_000_000m)), (p.EarnedValue, p.Cpi, p.EstimateAtCompletion));
        Assert.Equal(300_000_000.0 / 333_941_606, p.Spi);
        Assert.Equal("cash 3000000.00/10000000.00 as of 2024-10-31 (expected 3339416.06): OnTrack", p.ToString());
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => At(Jan(1), 0, budget: Money.Zero));
        Assert.Equal("budget", e.ParamName);
        Assert.StartsWith("budget must be positive, but was 0.00.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => At(Jan(1), 0, budget: Yuan(-1m)));
        Assert.Equal("menteeTarget", Assert.Throws<ArgumentOutOfRangeException>(() => BudgetCalculator.Cash(Budget, Ledger, Small, Jan(1), 0, 0)).ParamName);
        Assert.Equal("menteesActual", Assert.Throws<ArgumentOutOfRangeException>(() => BudgetCalculator.Cash(Budget, Ledger, Small, Jan(1), 1, -1)).ParamName);
        Assert.Throws<ArgumentNullException>(() => BudgetCalculator.Cash(Budget, null!, Small, Jan(1), 1, 0));
        Assert.Throws<ArgumentNullException>(() => BudgetCalculator.Cash(Budget, Ledger, null!, Jan(1), 1, 0));
        Assert.Equal("pace", Assert.Throws<ArgumentException>(() => At(Jan(1), 0, pace: Pace.Linear(new DateInterval(Jan(2), Jan(10))))).ParamName);
    }
}
