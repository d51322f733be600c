using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Sannong.Domain.Tests.Generators;

// Locations of problems (DataLocation): every record kind, with and without an index and a field.
public static partial class DomainArbitraries
{
    /// <summary>Valid locations: the whole, the programme (with or without a field), and for each list the list, a
    /// record or a field of a record.</summary>
    public static Arbitrary<DataLocation> DataLocations() =>
        Gen.OneOf(
            Gen.Constant(DataLocation.Whole),
            Gen.Elements<string?>(null, "Period", "Targets.Mentees").Select(f => new DataLocation(DataRecordKind.Programme, null, f)),
            from record in Gen.Elements(DataRecordKind.Influencer, DataRecordKind.Enrolment, DataRecordKind.LedgerEntry, DataRecordKind.Earning, DataRecordKind.ContentItem)
            from index in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(0, 1_000_000).Select(i => (int?)i))
            from field in Gen.Elements<string?>(null, "Id", "Influencer", "Engagement.Views")
            select new DataLocation(record, index, field))
        .ToArbitrary();
}
