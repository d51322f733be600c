using FsCheck;
using FsCheck.Fluent;
using Sannong.Domain.Samples;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Generators;

/// <summary>A seed and a small scale for <see cref="SampleProgramme.Generate"/> (wrapped so that it does not replace
/// FsCheck's own integers).</summary>
public sealed record SampleRequest(int Seed, double Scale);

// Generators of the Samples layer: requests for small samples, and the samples themselves.
public static partial class DomainArbitraries
{
    /// <summary>Any seed, with a scale small enough to generate in a few milliseconds (10 to 60 mentees targeted).</summary>
    public static Gen<SampleRequest> SampleRequestGen { get; } =
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        from scale in Gen.Elements(0.0001, 0.0002, 0.0003, 0.0006)
        select new SampleRequest(seed, scale);

    /// <summary>Seed-and-scale requests for small samples.</summary>
    public static Arbitrary<SampleRequest> SampleRequests() => SampleRequestGen.ToArbitrary();

    /// <summary>Small generated samples.</summary>
    public static Arbitrary<SannongDataset> SampleDatasets() =>
        SampleRequestGen.Select(r => SampleProgramme.Generate(r.Seed, r.Scale)).ToArbitrary();
}
