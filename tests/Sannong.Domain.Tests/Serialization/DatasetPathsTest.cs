using System.Linq;
using NodaTime;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Locations written as JSON paths of the dataset document: the only place the validation's locations meet
/// the document's names.</summary>
public sealed class DatasetPathsTest
{
    [Theory]
    // Written by hand from docs/dataset-format.md: the array, the element, the field's name in the document.
    [InlineData(DataRecordKind.None, null, null, "$")]
    [InlineData(DataRecordKind.Programme, null, null, "$.programme")]
    [InlineData(DataRecordKind.LedgerEntry, null, null, "$.ledger")]
    [InlineData(DataRecordKind.LedgerEntry, 7, null, "$.ledger[7]")]
    [InlineData(DataRecordKind.LedgerEntry, 7, "Beneficiary", "$.ledger[7].influencer")]
    [InlineData(DataRecordKind.Influencer, 1, "Id", "$.influencers[1].id")]
    [InlineData(DataRecordKind.Influencer, 1, "HomeRegion", "$.influencers[1].region")]
    [InlineData(DataRecordKind.Enrolment, 2, "Influencer", "$.enrolments[2].influencer")]
    [InlineData(DataRecordKind.Enrolment, 2, "Enrolled", "$.enrolments[2].date")]
    [InlineData(DataRecordKind.Earning, 0, "Influencer", "$.earnings[0].influencer")]
    [InlineData(DataRecordKind.Earning, 0, "Amount", "$.earnings[0].amount")]
    [InlineData(DataRecordKind.ContentItem, 3, "Id", "$.content[3].id")]
    [InlineData(DataRecordKind.ContentItem, 3, "Author", "$.content[3].author")]
    [InlineData(DataRecordKind.ContentItem, 3, "Engagement.Views", "$.content[3].views")]
    [InlineData(DataRecordKind.ContentItem, 3, null, "$.content[3]")]
    public void A_location_is_written_at_its_place_in_the_document(DataRecordKind record, int? index, string? field, string path) =>
        Assert.Equal(path, DatasetPaths.Of(new DataLocation(record, index, field)));

    [Fact]
    public void Problems_found_directly_and_through_a_reader_share_their_locations_kinds_and_messages_but_for_paths()
    {
        // One duplicate influencer and one enrolment of an unknown influencer, checked directly: the paths are in the
        // domain's terms, the locations structured; a reader writes the same locations as JSON paths (the duplicate's
        // message names the first record in the same words).
        var programme = ReferencePlans.SeedPlan(new LocalDate(2023, 11, 1));
        var a = new Influencer(new InfluencerId("kol-a"), "handle", Region.Parse("430524/220"),
            [SannongTaxonomy.Standard.GetByCode("farmers.cuisine")], 12_000, new LocalDate(2019, 5, 2));
        ValidationResult<ProgrammeData> result = ProgrammeData.Validate(
            programme, [a, a], [new Enrolment(new InfluencerId("ghost"), new LocalDate(2023, 12, 1))], [], [], []);

        Assert.Equal(new[] { "Influencer[1].Id", "Enrolment[0].Influencer" }, result.Problems.Select(p => p.Path));
        Assert.Equal(
            new DataLocation?[] { new DataLocation(DataRecordKind.Influencer, 1, "Id"), new DataLocation(DataRecordKind.Enrolment, 0, "Influencer") },
            result.Problems.Select(p => p.Location));
        Assert.Equal("influencer id 'kol-a' appears more than once (first at Influencer[0]).", result.Problems[0].Message);

        ValidationResult<ProgrammeData> asRead = ProgrammeDataValidator.Validate(
            programme, [a, a], [new Enrolment(new InfluencerId("ghost"), new LocalDate(2023, 12, 1))], [], [], [],
            ValidationOptions.Default, DatasetPaths.Format);
        Assert.Equal(new[] { "$.influencers[1].id", "$.enrolments[0].influencer" }, asRead.Problems.Select(p => p.Path));
        Assert.Equal(result.Problems.Select(p => p.Location), asRead.Problems.Select(p => p.Location));
        Assert.Equal("influencer id 'kol-a' appears more than once (first at $.influencers[0]).", asRead.Problems[0].Message);
        Assert.Equal(result.Problems[1].Message, asRead.Problems[1].Message);
    }

    [Fact]
    public void A_reader_keeps_the_location_of_a_problem_of_the_records_as_a_whole()
    {
        // valid-base.json with its first influencer repeated at the end: one problem, at the new element's id.
        var document = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(
            System.IO.Path.Combine(System.AppContext.BaseDirectory, "Serialization", "valid-base.json")))!;
        var influencers = document["influencers"]!.AsArray();
        int last = influencers.Count;
        influencers.Add(influencers[0]!.DeepClone());

        ValidationResult<SannongDataset> result = SannongJson.ValidateDatasetJson(document.ToJsonString());

        DataProblem problem = Assert.Single(result.Problems);
        Assert.Equal($"$.influencers[{last}].id", problem.Path);
        Assert.Equal(new DataLocation(DataRecordKind.Influencer, last, "Id"), problem.Location);
        Assert.EndsWith("(first at $.influencers[0]).", problem.Message, System.StringComparison.Ordinal);
    }
}
