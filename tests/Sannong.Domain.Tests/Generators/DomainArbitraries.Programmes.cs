using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sannong.Domain;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Generators;

// Generators of the Programmes layer. The Money, Impressions and Share generators here are private on purpose:
// the public arbitraries of those types belong to the primitives (DomainArbitraries.Primitives.cs).
public static partial class DomainArbitraries
{
    private static readonly LocalDate ProgrammeEpoch = new(2020, 1, 1);

    private static readonly InfluencerId[] ProgrammeInfluencerPool =
        new[] { "kol-1", "kol-2", "kol-3", "李子柒", "farmer 7" }.Select(s => new InfluencerId(s)).ToArray();

    /// <summary>Dates from 2020-01-01 over about ten years (so leap days and year boundaries occur).</summary>
    internal static Gen<LocalDate> ProgrammeDateGen { get; } = Gen.Choose(0, 3650).Select(d => ProgrammeEpoch.PlusDays(d));

    /// <summary>Months from 2020-01 over about ten years.</summary>
    internal static Gen<YearMonth> ProgrammeMonthGen { get; } = Gen.Choose(0, 119).Select(m => new YearMonth(2020, 1).PlusMonths(m));

    /// <summary>Periods of 1 day to about four years.</summary>
    internal static Gen<DateInterval> ProgrammePeriodGen { get; } =
        from start in ProgrammeDateGen
        from length in Gen.Frequency((3, Gen.Choose(1, 62)), (2, Gen.Choose(1, 1500)), (1, Gen.Elements(365, 366, 1096)))
        select new DateInterval(start, start.PlusDays(length - 1));

    /// <summary>Strictly positive cash amounts: 1 fen up to a billion yuan, edge values included.</summary>
    private static Gen<Money> ProgrammePositiveCashGen { get; } = Gen.Frequency(
        (1, Gen.Elements(1L, 99L, 100L, 1_000_000_000L, 100_000_000_000L)),
        (4, Gen.Choose(1, int.MaxValue).Select(f => (long)f)),
        (1, Gen.Choose(1, 1_000_000).Select(f => f * 100_000L))).Select(Money.FromFen);

    /// <summary>Earning amounts: zero often, small and large amounts.</summary>
    private static Gen<Money> ProgrammeEarningAmountGen { get; } = Gen.Frequency(
        (1, Gen.Constant(Money.Zero)),
        (3, Gen.Choose(1, 500_000).Select(f => Money.FromFen(f))),
        (1, Gen.Choose(1, int.MaxValue).Select(f => Money.FromFen(f * 10L))));

    /// <summary>Strictly positive impression counts.</summary>
    private static Gen<Impressions> ProgrammePositiveTrafficGen { get; } = Gen.Frequency(
        (1, Gen.Elements(1L, 1_000_000_000L, 1_000_000_000_000L)),
        (4, Gen.Choose(1, int.MaxValue).Select(c => (long)c))).Select(c => new Impressions(c));

    /// <summary>Shares in whole percent, 0% and 100% included.</summary>
    private static Gen<Share> ProgrammeShareGen { get; } = Gen.Choose(0, 100).Select(p => Share.FromRatio(p / 100.0));

    /// <summary>Valid programme names, including Chinese and inner spaces.</summary>
    internal static Gen<string> ProgrammeNameGen { get; } = Gen.Frequency(
        (3, Gen.Elements("Sannong Red Influencer Plan (三农红人计划)", "三农耕耘计划", "Village mentors", "P", "Pilot 2024 — 云南")),
        (1, Gen.Choose(1, 200).Select(n => new string('农', n))));

    /// <summary>Influencer identifiers from a pool of five, so that repeats (an influencer enrolled twice) are common.</summary>
    internal static Gen<InfluencerId> ProgrammePooledInfluencerGen { get; } = Gen.Elements(ProgrammeInfluencerPool);

    /// <summary>Valid programme targets.</summary>
    public static Arbitrary<ProgrammeTargets> ProgrammeTargetsValues() =>
        (from mentees in Gen.Frequency((1, Gen.Elements(1, 2_000, 100_000, int.MaxValue)), (3, Gen.Choose(1, 1_000_000)))
         from share in ProgrammeShareGen
         select new ProgrammeTargets(mentees, share)).ToArbitrary();

    /// <summary>Budgets of every shape: none, cash only, traffic only, both.</summary>
    public static Arbitrary<ProgrammeBudgets> ProgrammeBudgetsValues() =>
        (from cash in Gen.OneOf(Gen.Constant((Money?)null), ProgrammePositiveCashGen.Select(m => (Money?)m))
         from traffic in Gen.OneOf(Gen.Constant((Impressions?)null), ProgrammePositiveTrafficGen.Select(t => (Impressions?)t))
         select ProgrammeBudgets.Of(cash, traffic)).ToArbitrary();

    /// <summary>Eligibility rules, from a small set (so equal values are common) and at random.</summary>
    public static Arbitrary<Eligibility> EligibilityValues() =>
        Gen.Frequency(
            (2, Gen.Elements(0L, 1L, 10_000L, 1_000_000L)),
            (1, Gen.Choose(0, int.MaxValue).Select(n => (long)n)),
            (1, Gen.Constant(long.MaxValue)))
        .Select(n => new Eligibility(n)).ToArbitrary();

    /// <summary>Earning rules: the default often, any window 1..120 and minimum 1 fen up to 10,000 yuan.</summary>
    public static Arbitrary<EarningRule> EarningRules() =>
        Gen.Frequency(
            (1, Gen.Constant(EarningRule.Default)),
            (3, from window in Gen.Frequency((3, Gen.Choose(1, 12)), (1, Gen.Choose(1, 120)))
                from fen in Gen.Frequency((1, Gen.Constant(1L)), (3, Gen.Choose(1, 1_000_000).Select(f => (long)f)))
                select new EarningRule(window, Money.FromFen(fen))))
        .ToArbitrary();

    /// <summary>Valid programmes with every optional part present or absent.</summary>
    public static Arbitrary<Programme> Programmes() =>
        (from id in IdentifierText.Select(s => new ProgrammeId(s))
         from name in ProgrammeNameGen
         from period in ProgrammePeriodGen
         from targets in ProgrammeTargetsValues().Generator
         from budgets in ProgrammeBudgetsValues().Generator
         from eligibility in Gen.OneOf(Gen.Constant((Eligibility?)null), EligibilityValues().Generator.Select(e => (Eligibility?)e))
         from rule in Gen.OneOf(Gen.Constant((EarningRule?)null), EarningRules().Generator.Select(r => (EarningRule?)r))
         select new Programme(id, name, period, targets, budgets, eligibility, rule)).ToArbitrary();

    /// <summary>Platform snapshots, the reference one included.</summary>
    public static Arbitrary<PlatformSnapshot> PlatformSnapshotValues() =>
        Gen.Frequency(
            (1, Gen.Constant(ReferencePlans.Platform)),
            (3, from users in Gen.Choose(0, int.MaxValue)
                from items in Gen.Choose(0, int.MaxValue)
                from fans in Gen.Choose(0, int.MaxValue)
                select new PlatformSnapshot(users, items * 10L, fans)))
        .ToArbitrary();

    /// <summary>Enrolments of a pooled influencer, with and without a mentor and a leaving day.</summary>
    public static Arbitrary<Enrolment> Enrolments() => ProgrammeEnrolmentGen.ToArbitrary();

    /// <summary>The enrolment generator, for lists (influencers come from a pool of five, so repeats are common).</summary>
    internal static Gen<Enrolment> ProgrammeEnrolmentGen { get; } =
        from influencer in ProgrammePooledInfluencerGen
        from enrolled in ProgrammeDateGen
        from mentor in Gen.Elements<MentorId?>(null, new MentorId("m-1"), new MentorId("导师 2"))
        from stay in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(0, 800).Select(d => (int?)d))
        select new Enrolment(influencer, enrolled, mentor, stay is { } days ? enrolled.PlusDays(days) : null);

    /// <summary>The defined earning sources.</summary>
    public static Arbitrary<EarningSource> EarningSourceValues() => Gen.Elements(Enum.GetValues<EarningSource>()).ToArbitrary();

    /// <summary>The defined monthly allocation modes.</summary>
    public static Arbitrary<MonthlyAllocation> MonthlyAllocationValues() => Gen.Elements(Enum.GetValues<MonthlyAllocation>()).ToArbitrary();

    /// <summary>Earnings of a pooled influencer, zero amounts included.</summary>
    public static Arbitrary<Earning> Earnings() => ProgrammeEarningGen(ProgrammePooledInfluencerGen).ToArbitrary();

    /// <summary>Earnings of the influencers <paramref name="influencer"/> yields.</summary>
    internal static Gen<Earning> ProgrammeEarningGen(Gen<InfluencerId> influencer) =>
        from who in influencer
        from month in ProgrammeMonthGen
        from amount in ProgrammeEarningAmountGen
        from source in Gen.Elements(Enum.GetValues<EarningSource>())
        select new Earning(who, month, amount, source);
}
