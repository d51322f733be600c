using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sannong.Domain.Serialization;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Generators;

// Generators of the Serialization layer: whole datasets with and without an extraction date.
public static partial class DomainArbitraries
{
    /// <summary>The generator behind <see cref="SannongDatasets"/>.</summary>
    public static Gen<SannongDataset> SannongDatasetGen =>
        from data in ProgrammeDataGen
        from dated in Gen.Elements(true, false)
        from days in Gen.Choose(0, 4000)
        select new SannongDataset(data, dated ? new LocalDate(2020, 1, 1).PlusDays(days) : null);

    /// <summary>Valid datasets (see <see cref="ProgrammeDataValues"/>), half of them with an <c>asOf</c> date.</summary>
    public static Arbitrary<SannongDataset> SannongDatasets() => SannongDatasetGen.ToArbitrary();
}
