using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Sannong.Domain.Exposure;

namespace Sannong.Domain.Tests.Generators;

// Generators of the Exposure layer: amounts (views per creator) of 1 to 60 members, with many zeros, ties and a few
// huge values; reports, Lorenz points, decompositions and small feed simulations built from them.
public static partial class DomainArbitraries
{
    /// <summary>Non-negative amounts, 1 to 60 of them, with zeros and ties frequent and some heavy tails, and at least
    /// one positive amount.</summary>
    public static Gen<long[]> ExposureAmountsGen { get; } =
        (from n in Gen.Choose(1, 60)
         from values in Gen.ArrayOf(Gen.Frequency(
             (3, Gen.Constant(0L)),
             (5, Gen.Choose(0, 20).Select(i => (long)i)),
             (3, Gen.Choose(0, 1_000_000).Select(i => (long)i)),
             (1, Gen.Elements(7L, 1_000_000_000L, 3_000_000_000_000L))), n)
         select values).Where(v => v.Any(x => x > 0));

    /// <summary>Amounts with a group label (0 to 4) each, for the Theil decomposition.</summary>
    public static Gen<(long Amount, int Group)[]> ExposureGroupedAmountsGen { get; } =
        from amounts in ExposureAmountsGen
        from groups in Gen.ArrayOf(Gen.Choose(0, 4), amounts.Length)
        select amounts.Zip(groups, (a, g) => (a, g)).ToArray();

    /// <summary>Reports of generated amounts, both Gini forms, ε from 0 to 3.</summary>
    public static Arbitrary<InequalityReport> ExposureReports() =>
        (from amounts in ExposureAmountsGen
         from form in Gen.Elements(GiniForm.Population, GiniForm.SampleCorrected)
         from epsilon in Gen.Elements(0.0, 0.5, 1.0, 2.0, 3.0)
         select InequalityMeasures.Report(amounts, epsilon, form)).ToArbitrary();

    /// <summary>Points of the Lorenz curves of generated amounts.</summary>
    public static Arbitrary<LorenzPoint> ExposureLorenzPoints() =>
        (from amounts in ExposureAmountsGen
         let curve = InequalityMeasures.Lorenz(amounts.Select(x => (double)x))
         from point in Gen.Elements(curve.ToArray())
         select point).ToArbitrary();

    /// <summary>Theil decompositions of generated grouped amounts.</summary>
    public static Arbitrary<TheilDecomposition> ExposureTheilDecompositions() =>
        ExposureGroupedAmountsGen.Select(m => InequalityMeasures.DecomposeTheil(m, x => (double)x.Amount, x => x.Group)).ToArbitrary();

    /// <summary>Small valid simulation settings: up to 300 items, up to 3,000 impressions, caps from 1 to beyond the
    /// impressions, every cut factor kind (0, between, 1), exponents 0 to 2.</summary>
    public static Gen<FeedSimulationOptions> FeedSimulationOptionsGen { get; } =
        from items in Gen.Choose(1, 300)
        from creators in Gen.Choose(1, items)
        from impressions in Gen.Choose(0, 3_000)
        from cap in Gen.Choose(1, 4_000)
        from cut in Gen.Elements(0.0, 0.1, 0.5, 1.0)
        from alpha in Gen.Elements(0.0, 0.5, 1.0, 1.5, 2.0)
        from audience in Gen.Choose(1, 100)
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        select new FeedSimulationOptions(items, creators, impressions, cap, cut, alpha, audience, seed);

    /// <summary>Valid simulation settings.</summary>
    public static Arbitrary<FeedSimulationOptions> FeedSimulationOptionsArb() => FeedSimulationOptionsGen.ToArbitrary();

    /// <summary>Results of small simulations.</summary>
    public static Arbitrary<FeedSimulationResult> FeedSimulationResults() => FeedSimulationOptionsGen.Select(FeedSimulation.Run).ToArbitrary();

    /// <summary>Either policy's result of small simulations.</summary>
    public static Arbitrary<FeedPolicyResult> FeedPolicyResults() =>
        (from result in FeedSimulationOptionsGen.Select(FeedSimulation.Run)
         from capped in Gen.Elements(false, true)
         select capped ? result.Capped : result.Popularity).ToArbitrary();
}
