using System;
using System.Linq;
using System.Text.Json;
using Sannong.Domain.Exposure;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>`--format json`: stdout holds exactly the JSON document, which validates against its documented schema and
/// reads back through the library's reader.</summary>
public class JsonFormatCommandTest
{
    [Fact]
    public void Exposure_json_is_exactly_the_contract_and_the_library_figures()
    {
        (int exit, string output, string error) = CliRun.Of("exposure", "--scale", "0.05", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Null(JsonContracts.Failures("sannong-exposure-1.schema.json", output));
        // Nothing but the document: it parses whole, and is the library's own writing plus one newline.
        using (JsonDocument.Parse(output)) { }
        ExposureSummary expected = ExposureSummary.Of(SampleProgramme.Generate(SampleProgramme.DefaultSeed, 0.05).Data);
        Assert.Equal(ExposureJson.ToJson(expected) + Environment.NewLine, output);
        Assert.Equal(expected.ByCreator.Gini, ExposureJson.Parse(output).ByCreator.Gini);
    }

    [Fact]
    public void Simulate_feed_json_is_exactly_the_contract_and_the_library_figures()
    {
        (int exit, string output, string error) = CliRun.Of("simulate-feed", "--items", "200", "--impressions", "2000", "--cap", "20", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Null(JsonContracts.Failures("sannong-simulation-1.schema.json", output));
        // --creators defaults to a tenth of the items; the other settings are the command's defaults.
        FeedSimulationResult expected = FeedSimulation.Run(new FeedSimulationOptions(200, 20, 2000, 20, 0.1, 1.0, 100, 1));
        Assert.Equal(SimulationJson.ToJson(expected) + Environment.NewLine, output);
        Assert.Equal(expected.Capped.Report.Gini, SimulationJson.Parse(output).Capped.Report.Gini);
    }

    [Fact]
    public void Scorecard_json_conforms_to_its_contract()
    {
        (int exit, string output, string error) = CliRun.Of("scorecard", "--scale", "0.01", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Null(JsonContracts.Failures("sannong-scorecard-1.schema.json", output));
        using JsonDocument document = JsonDocument.Parse(output);
        Assert.Equal("sannong-scorecard/1", document.RootElement.GetProperty("format").GetString());
        Assert.Equal(SampleProgramme.Generate(SampleProgramme.DefaultSeed, 0.01).Data.Programme.Name, document.RootElement.GetProperty("programmeName").GetString());
    }

    [Fact]
    public void Taxonomy_json_conforms_to_its_contract_and_holds_every_topic()
    {
        (int exit, string output, string error) = CliRun.Of("taxonomy", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Null(JsonContracts.Failures("sannong-taxonomy-1.schema.json", output));
        using JsonDocument document = JsonDocument.Parse(output);
        Assert.Equal("sannong-taxonomy/1", document.RootElement.GetProperty("format").GetString());
        // Every topic of the standard taxonomy once, Chinese written as it is (not \u escapes).
        Assert.Equal(Sannong.Domain.Taxonomy.SannongTaxonomy.Standard.Roots.Sum(Count), document.RootElement.GetProperty("topics").EnumerateArray().Sum(Count));
        Assert.Contains(Sannong.Domain.Taxonomy.SannongTaxonomy.Standard.Roots[0].Labels.Get(Sannong.Domain.Taxonomy.TopicLanguage.ZhHans), output, StringComparison.Ordinal);
    }

    private static int Count(Sannong.Domain.Taxonomy.Topic topic) => 1 + topic.Children.Sum(Count);

    private static int Count(JsonElement topic) => 1 + topic.GetProperty("children").EnumerateArray().Sum(Count);
}
