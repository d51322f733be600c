using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sannong.Domain.Creators;
using Sannong.Domain.Progress;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Tests.Generators;

/// <summary>A probability strictly between 0 and 1, for the normal quantile (wrapped so that it does not replace
/// FsCheck's own doubles).</summary>
public sealed record Probability(double Value);

/// <summary>The inputs of a Wilson score interval: k successes in n trials at confidence c.</summary>
public sealed record WilsonInput(long Successes, long Trials, double Confidence);

/// <summary>The inputs of <see cref="MonetisationCalculator.Compute"/>.</summary>
public sealed record MonetisationInput(
    Share Target, int WindowMonths, long Mentees, long Earners, LocalDate AsOf, double Confidence, bool IsSample);

/// <summary>One mentee as the breakdowns see it: its keys and whether it earns.</summary>
public sealed record BreakdownEntry(RuralIssue Issue, ProvincialDivision Province, FollowerTier Tier, bool IsEarner);

// Generators of the monetisation side of the Progress layer: probabilities, Wilson inputs and intervals,
// monetisation inputs and results, breakdown entries and breakdowns.
public static partial class DomainArbitraries
{
    /// <summary>Probabilities in (0, 1): uniform, log-uniform down to 1E-300 in either tail, and the seams of the
    /// quantile's three approximations (0.075, 0.925 and e^-25) with their neighbours.</summary>
    public static Gen<double> ProbabilityGen { get; } = Gen.Frequency(
        (4, Gen.Choose(1, int.MaxValue - 1).Select(i => (double)i / int.MaxValue)),
        (3, from exponent in Gen.Choose(-300, -1)
            from mantissa in Gen.Choose(100, 999)
            from upper in Gen.Elements(false, false, true)
            let p = mantissa / 100.0 * Math.Pow(10, exponent)
            where p > 0 && p < 1
            select upper && p > 1e-15 ? 1.0 - p : p),
        (2, from seam in Gen.Elements(0.075, 0.925, Math.Exp(-25), 0.5, 0.025, 0.975)
            from steps in Gen.Choose(-3, 3)
            select Step(seam, steps)));

    /// <summary>Confidence levels: the usual ones (80%, 90%, 95%, 99%, 99.9%), the extremes, and arbitrary levels.</summary>
    public static Gen<double> ConfidenceGen { get; } = Gen.Frequency(
        (3, Gen.Elements(0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.999999, 1e-6)),
        (1, Gen.Choose(1, 9999).Select(i => i / 10_000.0)));

    /// <summary>Numbers of trials: small, medium, large (a full programme and beyond) and extreme.</summary>
    public static Gen<long> TrialCountGen { get; } = Gen.Frequency(
        (4, Gen.Choose(1, 60).Select(n => (long)n)),
        (3, Gen.Choose(1, 1_000_000).Select(n => (long)n)),
        (2, from high in Gen.Choose(1, 1_000_000) from low in Gen.Choose(0, 999_999) select (high * 1_000_000L) + low),
        (1, Gen.Elements(long.MaxValue / 4, 1L << 53, (1L << 53) + 1, 4_000_000_000_000_000L)));

    /// <summary>A count between 0 and <paramref name="whole"/>: often an edge (0, 1, whole - 1, whole), else spread evenly.</summary>
    public static Gen<long> PartOf(long whole) => Gen.Frequency(
            (1, Gen.Elements(0L, Math.Min(1L, whole), Math.Max(0L, whole - 1), whole)),
            (3, Gen.Choose(0, 1_000_000).Select(i => (long)Math.Round(whole * (i / 1_000_000.0)))))
        .Select(k => Math.Clamp(k, 0L, whole));

    /// <summary>Inputs of a Wilson interval: k in [0, n], n at least 1, c in (0, 1).</summary>
    public static Arbitrary<WilsonInput> WilsonInputs() =>
        (from n in TrialCountGen
         from k in PartOf(n)
         from c in ConfidenceGen
         select new WilsonInput(k, n, c)).ToArbitrary();

    /// <summary>Probabilities in (0, 1), see <see cref="ProbabilityGen"/>.</summary>
    public static Arbitrary<Probability> Probabilities() => ProbabilityGen.Select(p => new Probability(p)).ToArbitrary();

    /// <summary>Computed Wilson intervals.</summary>
    public static Arbitrary<WilsonInterval> WilsonIntervals() =>
        WilsonInputs().Generator.Select(i => WilsonInterval.Compute(i.Successes, i.Trials, i.Confidence)).ToArbitrary();

    /// <summary>Inputs of the monetisation calculator: no mentees sometimes, earners at the edges, any window of up to
    /// three years ending in 2000 to 2040, census and sample.</summary>
    public static Arbitrary<MonetisationInput> MonetisationInputs() =>
        (from target in ShareGen
         from window in Gen.Frequency((3, Gen.Elements(1, 3, 12, 36)), (1, Gen.Choose(1, 120)))
         from mentees in Gen.Frequency((1, Gen.Constant(0L)), (6, TrialCountGen))
         from earners in PartOf(mentees)
         from days in Gen.Choose(0, 14_600)
         from confidence in ConfidenceGen
         from sample in Gen.Elements(false, true)
         select new MonetisationInput(target, window, mentees, earners, new LocalDate(2000, 1, 1).PlusDays(days), confidence, sample))
        .ToArbitrary();

    /// <summary>Computed monetisation progress.</summary>
    public static Arbitrary<MonetisationProgress> MonetisationProgresses() =>
        MonetisationInputs().Generator
            .Select(i => MonetisationCalculator.Compute(i.Target, i.WindowMonths, i.Mentees, i.Earners, i.AsOf, i.Confidence, i.IsSample))
            .ToArbitrary();

    /// <summary>The five monetisation statuses.</summary>
    public static Arbitrary<MonetisationStatus> MonetisationStatusValues() => Gen.Elements(Enum.GetValues<MonetisationStatus>()).ToArbitrary();

    /// <summary>One mentee's keys: all three issues, a handful of provinces (so that keys repeat), all six tiers.</summary>
    public static Gen<BreakdownEntry> BreakdownEntryGen { get; } =
        from issue in Gen.Elements(RuralIssue.Agriculture, RuralIssue.Villages, RuralIssue.Farmers)
        from province in Gen.Elements(ProvincialDivisions.All.Where((_, i) => i % 5 == 0).ToArray())
        from tier in Gen.Elements(FollowerTiers.All.ToArray())
        from earner in Gen.Elements(false, false, true)
        select new BreakdownEntry(issue, province, tier, earner);

    /// <summary>Lists of 0 to about 200 mentees' keys.</summary>
    public static Arbitrary<BreakdownEntry[]> BreakdownEntries() =>
        Gen.Frequency((1, Gen.Constant(Array.Empty<BreakdownEntry>())), (9, Gen.ArrayOf(BreakdownEntryGen))).ToArbitrary();

    /// <summary>Breakdowns by rural issue.</summary>
    public static Arbitrary<Breakdown<RuralIssue>> IssueBreakdowns() =>
        BreakdownEntries().Generator.Select(entries =>
        {
            BreakdownBuilder<RuralIssue> builder = BreakdownBuilder.ByIssue();
            foreach (BreakdownEntry e in entries)
            {
                builder.Add(e.Issue, e.IsEarner);
            }
            return builder.Build();
        }).ToArbitrary();

    /// <summary>Rows of breakdowns by rural issue.</summary>
    public static Arbitrary<BreakdownRow<RuralIssue>> IssueBreakdownRows() =>
        IssueBreakdowns().Generator.Where(b => b.Rows.Length > 0)
            .SelectMany(b => Gen.Elements(b.Rows.ToArray())).ToArbitrary();

    /// <summary>The three scorecard breakdowns of a few generated influencers.</summary>
    public static Arbitrary<MenteeBreakdowns> MenteeBreakdownSets() =>
        (from count in Gen.Choose(0, 20)
         from mentees in Gen.ArrayOf(Influencers().Generator, count)
         from earners in Gen.ArrayOf(Gen.Elements(false, true), mentees.Length)
         select BuildMenteeBreakdowns(mentees, earners)).ToArbitrary();

    /// <summary>Builds the scorecard breakdowns of mentees, each an earner when its flag is set.</summary>
    public static MenteeBreakdowns BuildMenteeBreakdowns(Influencer[] mentees, bool[] earners)
    {
        MenteeBreakdownsBuilder builder = new();
        for (int i = 0; i < mentees.Length; i++)
        {
            builder.Add(mentees[i], earners[i]);
        }
        return builder.Build();
    }

    private static double Step(double value, int steps)
    {
        for (; steps > 0; steps--)
        {
            value = Math.BitIncrement(value);
        }
        for (; steps < 0; steps++)
        {
            value = Math.BitDecrement(value);
        }
        return value;
    }
}
