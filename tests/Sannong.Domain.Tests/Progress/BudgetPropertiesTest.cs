using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Tests.Generators;

namespace Sannong.Domain.Tests.Progress;

/// <summary>Invariants of cash and traffic progress over generated ledgers, periods, budgets and paces.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class BudgetPropertiesTest
{
    private sealed record Scenario(BudgetLedger Ledger, DateInterval Period, Pace Pace, Money Cash, Impressions Traffic, ProgressOptions Options)
    {
        public LocalDate[] Days => Enumerable.Range(-2, Period.Length + 4).Select(i => Period.Start.PlusDays(i)).ToArray();

        public CashProgress CashAt(LocalDate d) => BudgetCalculator.Cash(Cash, Ledger, Period, d, 100, 40, Pace, Options);

        public TrafficProgress TrafficAt(LocalDate d) => BudgetCalculator.Traffic(Traffic, Ledger, Period, d, Pace, Options);
    }

    private static Arbitrary<Scenario> Scenarios =>
        (from ledger in DomainArbitraries.ValidLedgerEntryArrays.Select(BudgetLedger.Create)
         from period in DomainArbitraries.LedgerPeriodGen
         from pace in Gen.OneOf(Gen.Constant(Pace.Linear(period)), DomainArbitraries.MilestonePaceGen(period))
         from cash in DomainArbitraries.CashBudgetGen
         from traffic in DomainArbitraries.TrafficBudgetGen
         from options in DomainArbitraries.ProgressOptionsGen
         select new Scenario(ledger, period, pace, cash, traffic, options)).ToArbitrary();

    // S + (ceil(B * e / s) - 1) days, or null when that falls after 9999-12-31 (the definition of
    // CashProgress.RunwayEnds). A small spending against a large budget puts the day millions of days away (e.g.
    // B = 81,005,500 fen, e = 50, s = 549 fen: 7,377,550 days after S; see BudgetRunwayTest), past the last date
    // NodaTime supports and even past int.MaxValue days, so the day count is compared in decimal before PlusDays.
    // Decimal is exact enough: B * e < 2^96 exactly, and a quotient below 1E11 keeps 17 decimals, while a non-whole
    // B * e / s lies at least 1 / s > 1E-12 from a whole number.
    private static LocalDate? RunwayDay(LocalDate start, long budget, int elapsed, long spent)
    {
        decimal days = System.Math.Ceiling((decimal)budget * elapsed / spent) - 1;
        return days > Period.DaysBetween(start, LocalDate.MaxIsoValue) ? null : start.PlusDays((int)days);
    }

    [Property]
    public bool Cash_remaining_plus_spent_is_the_budget(CashProgress p) =>
        p.Remaining + p.Spent == p.Budget && p.SpentShare == (double)p.Spent.Fen / p.Budget.Fen;

    [Property]
    public bool Traffic_remaining_plus_granted_is_the_budget(TrafficProgress p) =>
        p.Remaining + p.Granted.Count == p.Budget.Count;

    [Property]
    public Property Overspent_exactly_when_over_the_budget_after_the_start() =>
        Prop.ForAll(Scenarios, s => s.Days.All(d =>
        {
            CashProgress cash = s.CashAt(d);
            TrafficProgress traffic = s.TrafficAt(d);
            bool started = d >= s.Period.Start;
            return (cash.Status == BudgetStatus.Overspent) == (started && cash.Spent > cash.Budget)
                && (traffic.Status == BudgetStatus.Overspent) == (started && traffic.Granted > traffic.Budget)
                && (cash.Status == BudgetStatus.NotStarted) == !started;
        }));

    [Property]
    public Property Expected_is_monotone_zero_before_the_start_and_the_budget_from_the_end() =>
        Prop.ForAll(Scenarios, s =>
        {
            Money[] cash = s.Days.Select(d => s.CashAt(d).Expected).ToArray();
            Impressions[] traffic = s.Days.Select(d => s.TrafficAt(d).Expected).ToArray();
            return cash.Zip(cash.Skip(1)).All(p => p.First <= p.Second)
                && traffic.Zip(traffic.Skip(1)).All(p => p.First <= p.Second)
                && cash[1] == Money.Zero && cash[^3] == s.Cash && cash[^1] == s.Cash
                && traffic[1] == Impressions.Zero && traffic[^3] == s.Traffic;
        });

    [Property]
    public Property Expected_is_the_exactly_rounded_linear_share() =>
        Prop.ForAll(Scenarios, s => s.Days.All(d =>
        {
            var clock = new ProgrammeClock(s.Period, d);
            // round(B * e / N) half away from zero, in decimal (exact here: B * e fits easily).
            decimal exact = decimal.Round((decimal)s.Cash.Fen * clock.DaysElapsed / clock.PeriodDays, System.MidpointRounding.AwayFromZero);
            return BudgetCalculator.Cash(s.Cash, s.Ledger, s.Period, d, 1, 0).Expected.Fen == exact;
        }));

    [Property]
    public Property Figures_follow_their_definitions() =>
        Prop.ForAll(Scenarios, s => s.Days.All(d =>
        {
            CashProgress p = s.CashAt(d);
            int e = p.Clock.DaysElapsed;
            long spent = p.Spent.Fen;
            bool runway = spent == 0 ? p.RunwayEnds is null
                : spent >= s.Cash.Fen ? p.RunwayEnds == s.Ledger.DateSpendReached(s.Cash) && p.RunwayEnds <= d
                : e == 0 ? p.RunwayEnds is null
                : p.RunwayEnds == RunwayDay(s.Period.Start, s.Cash.Fen, e, spent);
            bool rates = e == 0
                ? p.BurnPerDay is null && p.ProjectedAtEnd is null
                : p.BurnPerDay!.Value.Fen == decimal.Round((decimal)spent / e, System.MidpointRounding.AwayFromZero)
                  && p.ProjectedAtEnd!.Value.Fen == decimal.Round((decimal)spent * p.Clock.PeriodDays / e, System.MidpointRounding.AwayFromZero);
            bool ratio = p.Expected.IsZero ? p.PaceRatio is null : p.PaceRatio == (double)spent / p.Expected.Fen;
            return p.Spent == s.Ledger.SpentAsOf(d) && runway && rates && ratio;
        }));
}
