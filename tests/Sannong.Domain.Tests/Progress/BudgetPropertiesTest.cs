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
                : p.RunwayEnds == s.Period.Start.PlusDays((int)System.Math.Ceiling((decimal)s.Cash.Fen * e / spent) - 1);
            bool rates = e == 0
                ? p.BurnPerDay is null && p.ProjectedAtEnd is null
                : p.BurnPerDay!.Value.Fen == decimal.Round((decimal)spent / e, System.MidpointRounding.AwayFromZero)
                  && p.ProjectedAtEnd!.Value.Fen == decimal.Round((decimal)spent * p.Clock.PeriodDays / e, System.MidpointRounding.AwayFromZero);
            bool ratio = p.Expected.IsZero ? p.PaceRatio is null : p.PaceRatio == (double)spent / p.Expected.Fen;
            return p.Spent == s.Ledger.SpentAsOf(d) && runway && rates && ratio;
        }));
}
