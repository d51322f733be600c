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
}
