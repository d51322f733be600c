using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sannong.Domain.Progress;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Generators;

// Generators of the Progress layer: programme periods, clocks, paces, options, first-enrolment dates and tallies,
// and the results of the calculators. Periods start within a few years of the seed plan and last 1 to 1,500 days;
// enrolment dates fall within and around the period (a month either side), often on shared days.
public static partial class DomainArbitraries
{
    private static readonly LocalDate ProgressEpoch = new(2023, 11, 1);

    /// <summary>Programme periods of 1 to 1,500 days, biased to short ones (where the edges are dense) and with the
    /// seed plan's 1,096 days.</summary>
    public static Gen<DateInterval> ProgressPeriodGen { get; } =
        from offset in Gen.Choose(-400, 400)
        from length in Gen.Frequency(
            (4, Gen.Choose(1, 20)),
            (3, Gen.Choose(1, 1_500)),
            (1, Gen.Elements(1, 2, 28, 365, 366, 1_096, 1_500)))
        let start = ProgressEpoch.PlusDays(offset)
        select new DateInterval(start, start.PlusDays(length - 1));

    /// <summary>Linear and milestone paces over generated periods: up to six milestones on distinct days with
    /// non-decreasing shares (repeats and 0 and 1 included), sometimes one at the end.</summary>
    public static Gen<Pace> PaceGen { get; } =
        from period in ProgressPeriodGen
        from kind in Gen.Choose(0, 3)
        from pace in kind == 0 ? Gen.Constant(Pace.Linear(period)) : MilestonePaceGen(period)
        select pace;

    /// <summary>Valid options: thresholds from 0.05 to 2 in the required order, confidences in (0, 1).</summary>
    public static Gen<ProgressOptions> ProgressOptionsGen { get; } =
        from goal1 in Gen.Choose(5, 200)
        from goal2 in Gen.Choose(5, 200)
        from budget1 in Gen.Choose(5, 200)
        from budget2 in Gen.Choose(5, 200)
        from confidence in Gen.Choose(1, 999)
        select new ProgressOptions(
            Math.Max(goal1, goal2) / 100.0, Math.Min(goal1, goal2) / 100.0,
            Math.Min(budget1, budget2) / 100.0, Math.Max(budget1, budget2) / 100.0,
            confidence / 1000.0);

    /// <summary>Programme periods (1 to 1,500 days).</summary>
    public static Arbitrary<DateInterval> ProgrammePeriods() => ProgressPeriodGen.ToArbitrary();

    /// <summary>Paces, linear and with milestones.</summary>
    public static Arbitrary<Pace> Paces() => PaceGen.ToArbitrary();

    /// <summary>Valid progress options.</summary>
    public static Arbitrary<ProgressOptions> ProgressOptionsValues() => ProgressOptionsGen.ToArbitrary();

    /// <summary>Clocks of generated periods, as of a date within or around the period.</summary>
    public static Arbitrary<ProgrammeClock> ProgrammeClocks() =>
        (from period in ProgressPeriodGen
         from asOf in AsOfAround(period)
         select new ProgrammeClock(period, asOf)).ToArbitrary();

    /// <summary>Goal statuses.</summary>
    public static Arbitrary<GoalStatus> GoalStatuses() => Gen.Elements(Enum.GetValues<GoalStatus>()).ToArbitrary();

    /// <summary>Budget statuses.</summary>
    public static Arbitrary<BudgetStatus> BudgetStatuses() => Gen.Elements(Enum.GetValues<BudgetStatus>()).ToArbitrary();

    /// <summary>A date from a month before the period to a month after it, with the edges (S − 1, S, E − 1, E, E + 1) often.</summary>
    public static Gen<LocalDate> AsOfAround(DateInterval period) => Gen.Frequency(
        (2, Gen.Elements(period.Start.PlusDays(-1), period.Start, period.End.PlusDays(-1), period.End, period.End.PlusDays(1))),
        (3, Gen.Choose(-30, period.Length + 30).Select(days => period.Start.PlusDays(days))));

    /// <summary>First-enrolment dates (one per influencer) within and around a period, in any order: up to 300 of
    /// them, on days drawn from a small pool so that days are shared, a few before S and after E.</summary>
    public static Gen<LocalDate[]> FirstEnrolmentDatesAround(DateInterval period) =>
        from poolSize in Gen.Choose(1, 12)
        from pool in Gen.ArrayOf(Gen.Frequency(
            (1, Gen.Choose(-30, -1)),
            (6, Gen.Choose(0, period.Length - 1)),
            (1, Gen.Choose(period.Length, period.Length + 30))), poolSize)
        from count in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 300)))
        from days in Gen.ArrayOf(Gen.Elements(pool), count)
        select days.Select(day => period.Start.PlusDays(day)).ToArray();

    /// <summary>Tallies of first enrolments around a generated period.</summary>
    public static Arbitrary<MenteeTally> MenteeTallies() =>
        ProgressPeriodGen.SelectMany(FirstEnrolmentDatesAround).Select(MenteeTally.FromFirstEnrolments).ToArbitrary();

    /// <summary>Mentee goal results: a generated pace, target (1 to 400), enrolments and as-of date.</summary>
    public static Arbitrary<GoalProgress> GoalProgresses() =>
        (from pace in PaceGen
         from target in Gen.Choose(1, 400)
         from dates in FirstEnrolmentDatesAround(pace.Period)
         from asOf in AsOfAround(pace.Period)
         from options in ProgressOptionsGen
         select GoalCalculator.Mentees(pace.Period, target, dates, asOf, pace, options)).ToArbitrary();

    /// <summary>A period overlapping the ledger generator's window (2023-11-01 to about 2024-06) of 1 to 300 days.</summary>
    public static Gen<DateInterval> LedgerPeriodGen { get; } =
        from offset in Gen.Choose(-60, 150)
        from length in Gen.Frequency((2, Gen.Choose(1, 15)), (3, Gen.Choose(1, 300)))
        let start = ProgressEpoch.PlusDays(offset)
        select new DateInterval(start, start.PlusDays(length - 1));

    /// <summary>Budgets from one fen to a million yuan, biased to amounts near what the generated ledgers spend.</summary>
    public static Gen<Money> CashBudgetGen { get; } = Gen.Frequency(
        (1, Gen.Elements(1L, 2L, 5L, 99L)),
        (4, Gen.Choose(1, 5_000_000).Select(fen => (long)fen)),
        (1, Gen.Choose(1, 1_000_000).Select(yuan => yuan * 100L)))
        .Select(Money.FromFen);

    /// <summary>Traffic budgets from one impression to ten million.</summary>
    public static Gen<Impressions> TrafficBudgetGen { get; } = Gen.Frequency(
        (1, Gen.Elements(1L, 2L, 7L)),
        (4, Gen.Choose(1, 10_000_000).Select(count => (long)count)))
        .Select(count => new Impressions(count));

    /// <summary>Cash results over generated ledgers, periods, budgets, paces and mentee counts.</summary>
    public static Arbitrary<CashProgress> CashProgresses() =>
        (from ledger in ValidLedgerEntryArrays.Select(BudgetLedger.Create)
         from period in LedgerPeriodGen
         from pace in Gen.OneOf(Gen.Constant(Pace.Linear(period)), MilestonePaceGen(period))
         from budget in CashBudgetGen
         from target in Gen.Choose(1, 400)
         from actual in Gen.Choose(0, 500)
         from asOf in AsOfAround(period)
         select BudgetCalculator.Cash(budget, ledger, period, asOf, target, actual, pace)).ToArbitrary();

    /// <summary>Traffic results over generated ledgers, periods, budgets and paces.</summary>
    public static Arbitrary<TrafficProgress> TrafficProgresses() =>
        (from ledger in ValidLedgerEntryArrays.Select(BudgetLedger.Create)
         from period in LedgerPeriodGen
         from pace in Gen.OneOf(Gen.Constant(Pace.Linear(period)), MilestonePaceGen(period))
         from budget in TrafficBudgetGen
         from asOf in AsOfAround(period)
         select BudgetCalculator.Traffic(budget, ledger, period, asOf, pace)).ToArbitrary();

    /// <summary>Milestone paces over a given period (up to six milestones, shares in steps of 1/1000 or arbitrary).</summary>
    public static Gen<Pace> MilestonePaceGen(DateInterval period) =>
        from count in Gen.Choose(0, Math.Min(6, period.Length))
        from days in Gen.ArrayOf(Gen.Choose(0, period.Length - 1), count)
        from shares in Gen.ArrayOf(Gen.Frequency(
            (3, Gen.Choose(0, 1_000).Select(permille => permille / 1000.0)),
            (1, Gen.Elements(0.0, 1.0, 1.0 / 3)),
            (1, Gen.Choose(0, int.MaxValue).Select(n => n / (double)int.MaxValue))), count)
        let distinctDays = days.Distinct().Order().ToArray()
        let sortedShares = shares.Order().Take(distinctDays.Length).ToArray()
        select Pace.Milestones(period, distinctDays.Select((day, i) =>
        {
            LocalDate date = period.Start.PlusDays(day);
            return (date, date == period.End ? 1.0 : sortedShares[i]);
        }));
}
