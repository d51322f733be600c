using System.Linq;
using System.Text.Json;
using FsCheck.Xunit;
using Json.Schema;
using Sannong.Domain.Exposure;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>The sannong-simulation/1 JSON: a dashboard reads back exactly what was written; every document conforms to
/// the documented schema; an inconsistent document is refused, naming the member.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 60)]
public sealed class SimulationJsonTest
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(RepositoryFiles.Text("docs", "schema", "sannong-simulation-1.schema.json"));

    [Property]
    public void Reading_what_was_written_gives_back_every_figure_bit_for_bit(FeedSimulationResult result)
    {
        string json = SimulationJson.ToJson(result);
        FeedSimulationResult back = SimulationJson.Parse(json);
        FeedSimulationOptions o = result.Options, b = back.Options;
        Assert.Equal((o.Items, o.Creators, o.Impressions, o.ViewCap, o.CutFactor, o.PopularityExponent, o.Audience, o.Seed),
            (b.Items, b.Creators, b.Impressions, b.ViewCap, b.CutFactor, b.PopularityExponent, b.Audience, b.Seed));
        Assert.True(result.Appeals.SequenceEqual(back.Appeals), "appeals differ");
        Assert.True(result.ItemCreators.SequenceEqual(back.ItemCreators), "item creators differ");
        foreach ((FeedPolicyResult x, FeedPolicyResult y) in new[] { (result.Popularity, back.Popularity), (result.Capped, back.Capped) })
        {
            Assert.Equal((x.Policy, x.Served, x.Engagement, x.CreatorsReachingAudience), (y.Policy, y.Served, y.Engagement, y.CreatorsReachingAudience));
            Assert.True(x.ItemViews.SequenceEqual(y.ItemViews), "item views differ");
            Assert.True(x.CreatorViews.SequenceEqual(y.CreatorViews), "creator views differ");
        }
        // The derived reports are rebuilt from the views, so the whole document is written again byte for byte.
        Assert.Equal(json, SimulationJson.ToJson(back));
    }

    [Property]
    public void Every_written_document_conforms_to_the_documented_schema(FeedSimulationResult result)
    {
        using JsonDocument document = JsonDocument.Parse(SimulationJson.ToJson(result));
        Assert.True(Schema.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void An_array_of_the_wrong_length_is_refused_naming_it()
    {
        // Two items, one creator: two appeals are needed; one is given.
        FeedSimulationResult result = FeedSimulation.Run(new FeedSimulationOptions(2, 1, 10, 5, 0.5, 1.0, 3, 7));
        string json = SimulationJson.ToJson(result, indented: false);
        string appeal = JsonSerializer.Serialize(result.Appeals[1]);
        string broken = json.Replace("," + appeal + "],\"itemCreators\"", "],\"itemCreators\"", System.StringComparison.Ordinal);
        Assert.NotEqual(json, broken);
        JsonException e = Assert.Throws<JsonException>(() => SimulationJson.Parse(broken));
        Assert.Equal("$.appeals must have 2 entries, but has 1.", e.Message);
    }

    [Fact]
    public void Another_format_is_refused()
    {
        JsonException e = Assert.Throws<JsonException>(() => SimulationJson.Parse("{\"format\":\"sannong-exposure/1\"}"));
        Assert.Equal("$.format must be \"sannong-simulation/1\", but was \"sannong-exposure/1\".", e.Message);
    }
}
