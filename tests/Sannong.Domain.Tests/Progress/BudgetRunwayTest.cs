using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>Worked examples of the cash runway where it falls after 9999-12-31, computed by hand: the counterexample
/// that made <see cref="BudgetPropertiesTest"/>'s Figures_follow_their_definitions fail about once in a hundred runs,
/// and the exact edge.</summary>
public sealed class BudgetRunwayTest
{
    [Fact]
    public void A_small_spending_against_a_large_budget_runs_out_after_9999_12_31_so_the_runway_is_null()
    {
        // Found by sampling the property's scenarios (about 1 in 10,000; shrunk by hand to the one entry that counts
        // as of d). Period S = 2023-10-14 .. E = 2024-02-25: N = 18 + 30 + 31 + 31 + 25 = 135 days. As of
        // d = 2023-12-02: e = 18 (Oct 14..31) + 30 (Nov) + 2 = 50. Budget B = 810,055.00 yuan = 81,005,500 fen; spent
        // s = 5.49 yuan = 549 fen (one disbursement on d).
        // Runway: B * e = 4,050,275,000; / 549 = 7,377,550 remainder 50, so ceil = 7,377,551 and the runway ends
        // S + 7,377,550 days. From S to 9999-12-31 there are only 2,913,252 days (2024-01-01 to 10000-01-01 is
        // 7,976 years of 365 days plus 1,934 leap days = 2,913,174 days, so 2024-01-01 + 2,913,173 = 9999-12-31; and
        // S is 79 days before 2024-01-01): after the last date NodaTime supports, so null, as CashProgress.RunwayEnds
        // says. The property's oracle called S.PlusDays(7,377,550), which throws: the oracle was wrong, not the library.
        var period = new DateInterval(new LocalDate(2023, 10, 14), new LocalDate(2024, 2, 25));
        var asOf = new LocalDate(2023, 12, 2);
        BudgetLedger ledger = BudgetLedger.Create([LedgerEntry.Disbursement(asOf, Money.FromFen(549))]);

        CashProgress p = BudgetCalculator.Cash(Money.FromFen(81_005_500), ledger, period, asOf, 100, 40);

        Assert.Equal(50, p.Clock.DaysElapsed);
        Assert.Equal(135, p.Clock.PeriodDays);
        Assert.Equal(2_913_252, Period.DaysBetween(period.Start, LocalDate.MaxIsoValue));
        Assert.Null(p.RunwayEnds);
        // The other figures of the same case: expected = round(81,005,500 * 50 / 135) = round(30,002,037.04) =
        // 30,002,037 fen; burn = round(549 / 50) = round(10.98) = 11 fen; projected = round(549 * 135 / 50) =
        // round(74,115 / 50) = round(1,482.3) = 1,482 fen; ratio = 549 / 30,002,037 (below any threshold: Behind).
        Assert.Equal(Money.FromFen(30_002_037), p.Expected);
        Assert.Equal(Money.FromFen(11), p.BurnPerDay);
        Assert.Equal(Money.FromFen(1_482), p.ProjectedAtEnd);
        Assert.Equal(549.0 / 30_002_037, p.PaceRatio);
        Assert.Equal(BudgetStatus.Behind, p.Status);
    }

    [Theory]
    // Period 2024-01-01 .. 2024-01-10, as of 2024-01-02 (e = 2), spent 3 fen (1.5 fen a day). 9999-12-31 is
    // S + 2,913,173 days (see above). Runway = S + (ceil(2B / 3) - 1) days:
    // B = 4,369,760: 2B / 3 = 8,739,520 / 3 = 2,913,173.33, ceil 2,913,174, so S + 2,913,173 = 9999-12-31;
    // B = 4,369,761: 2B / 3 = 8,739,522 / 3 = 2,913,174 exactly, so S + 2,913,173 = 9999-12-31 (the last day);
    // B = 4,369,762: 2B / 3 = 8,739,524 / 3 = 2,913,174.67, ceil 2,913,175, so S + 2,913,174: one day too far, null.
    [InlineData(4_369_760L, true)]
    [InlineData(4_369_761L, true)]
    [InlineData(4_369_762L, false)]
    public void The_runway_may_end_on_9999_12_31_and_is_null_one_day_later(long budgetFen, bool onTheLastDate)
    {
        var period = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10));
        var asOf = new LocalDate(2024, 1, 2);
        BudgetLedger ledger = BudgetLedger.Create([LedgerEntry.Disbursement(period.Start, Money.FromFen(3))]);

        CashProgress p = BudgetCalculator.Cash(Money.FromFen(budgetFen), ledger, period, asOf, 100, 40);

        Assert.Equal(2, p.Clock.DaysElapsed);
        Assert.Equal(2_913_173, Period.DaysBetween(period.Start, LocalDate.MaxIsoValue));
        Assert.Equal(onTheLastDate ? LocalDate.MaxIsoValue : (LocalDate?)null, p.RunwayEnds);
    }
}
