using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Sannong.Domain.Tests.Progress;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>docs/schema/sannong-scorecard-1.schema.json accepts every scorecard the library writes: generated data at
/// dates before, in and after the period, the worked example and the sample programme.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ScorecardSchemaTest
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(RepositoryFiles.Text("docs", "schema", "sannong-scorecard-1.schema.json"));

    private static bool Conforms(Scorecard card)
    {
        using JsonDocument document = JsonDocument.Parse(ScorecardJson.ToJson(card));
        return Schema.Evaluate(document.RootElement).IsValid;
    }

    [Property(MaxTest = 40)]
    public Property Every_written_scorecard_conforms(ProgrammeData data) =>
        Prop.ForAll(Gen.Choose(-30, data.Programme.Days + 30).Select(d => data.Programme.Start.PlusDays(d)).ToArbitrary(),
            asOf => Conforms(ScorecardCalculator.Compute(data, asOf)));

    [Fact]
    public void The_worked_example_and_the_sample_conform()
    {
        Assert.True(Conforms(ScorecardCalculator.Compute(ScorecardTest.Small(), new LocalDate(2024, 1, 5))));
        Assert.True(Conforms(ScorecardCalculator.Compute(SampleProgramme.Generate(SampleProgramme.DefaultSeed, 0.01).Data, SampleProgramme.AsOf)));
    }

    [Fact]
    public void The_schema_is_not_vacuous()
    {
        // The old form (no format member) and a status outside the names are refused.
        string json = ScorecardJson.ToJson(ScorecardCalculator.Compute(ScorecardTest.Small(), new LocalDate(2024, 1, 5)), indented: false);
        using JsonDocument withoutFormat = JsonDocument.Parse(json.Replace("\"format\":\"sannong-scorecard/1\",", "", System.StringComparison.Ordinal));
        Assert.False(Schema.Evaluate(withoutFormat.RootElement).IsValid);
        using JsonDocument badStatus = JsonDocument.Parse(json.Replace("\"on-track\"", "\"OnTrack\"", System.StringComparison.Ordinal));
        Assert.False(Schema.Evaluate(badStatus.RootElement).IsValid);
    }
}
