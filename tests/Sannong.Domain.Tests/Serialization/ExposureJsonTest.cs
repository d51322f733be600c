using System;
using System.Linq;
using System.Text.Json;
using FsCheck.Xunit;
using Json.Schema;
using Sannong.Domain.Exposure;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>The sannong-exposure/1 JSON: a dashboard reads back exactly what was written, and the reader refuses
/// documents that are not the contract, naming the member.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 100)]
public sealed class ExposureJsonTest
{
    [Property]
    public void Reading_what_was_written_gives_back_every_figure_bit_for_bit(InequalityReport byCreator, TheilDecomposition byIssue, TheilDecomposition byTier)
    {
        var summary = new ExposureSummary(byCreator, byIssue, byTier);
        string json = ExposureJson.ToJson(summary);
        ExposureSummary back = ExposureJson.Parse(json);
        AssertSame(summary, back);
        // And writing the read summary gives the same bytes.
        Assert.Equal(json, ExposureJson.ToJson(back));
    }

    [Property]
    public void Every_written_document_conforms_to_the_documented_schema(InequalityReport byCreator, TheilDecomposition byIssue, TheilDecomposition byTier)
    {
        string json = ExposureJson.ToJson(new ExposureSummary(byCreator, byIssue, byTier));
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = Schema.Evaluate(document.RootElement);
        Assert.True(results.IsValid, json);
    }

    private static readonly JsonSchema Schema = JsonSchema.FromText(RepositoryFiles.Text("docs", "schema", "sannong-exposure-1.schema.json"));

    [Fact]
    public void The_sample_programme_round_trips_and_names_its_format()
    {
        var summary = ExposureSummary.Of(SampleProgramme.Generate(SampleProgramme.DefaultSeed, 0.05).Data);
        string json = ExposureJson.ToJson(summary, indented: false);
        Assert.StartsWith("{\"format\":\"sannong-exposure/1\",\"byCreator\":{\"count\":", json, StringComparison.Ordinal);
        AssertSame(summary, ExposureJson.Parse(json));
    }

    [Fact]
    public void Undefined_measures_are_null_and_read_back_as_null()
    {
        // No amount: every ratio measure is undefined (0/0), the band too, and the Lorenz curve is empty.
        InequalityReport empty = InequalityMeasures.Report(Array.Empty<long>());
        TheilDecomposition none = InequalityMeasures.DecomposeTheil(Array.Empty<long>(), x => (double)x, x => 0);
        string json = ExposureJson.ToJson(new ExposureSummary(empty, none, none), indented: false);
        Assert.Contains("\"gini\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"band\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"lorenz\":[]", json, StringComparison.Ordinal);
        ExposureSummary back = ExposureJson.Parse(json);
        Assert.Null(back.ByCreator.Gini);
        Assert.Null(back.ByCreator.Band);
        Assert.Empty(back.ByCreator.Lorenz);
    }

    [Theory]
    [InlineData("{\"format\":\"sannong-exposure/2\"}", "$.format must be \"sannong-exposure/1\", but was \"sannong-exposure/2\".")]
    [InlineData("{\"format\":\"sannong-exposure/1\"}", "$.byCreator is missing.")]
    [InlineData("[]", "$ must be an object.")]
    public void A_document_that_is_not_the_contract_is_refused_naming_the_member(string json, string message)
    {
        JsonException e = Assert.Throws<JsonException>(() => ExposureJson.Parse(json));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_band_that_disagrees_with_its_hhi_is_refused()
    {
        // Amounts 1 and 1: HHI = 50² + 50² = 5,000 (squared percentage shares), highly concentrated (above 1,800).
        var summary = new ExposureSummary(InequalityMeasures.Report(new long[] { 1, 1 }),
            InequalityMeasures.DecomposeTheil(new long[] { 1 }, x => (double)x, x => 0), InequalityMeasures.DecomposeTheil(new long[] { 1 }, x => (double)x, x => 0));
        string json = ExposureJson.ToJson(summary).Replace("\"highly-concentrated\"", "\"unconcentrated\"", StringComparison.Ordinal);
        JsonException e = Assert.Throws<JsonException>(() => ExposureJson.Parse(json));
        Assert.Equal("$.byCreator.band must be \"highly-concentrated\" for its hhi, but was \"unconcentrated\".", e.Message);
    }

    internal static void AssertSame(ExposureSummary expected, ExposureSummary actual)
    {
        InequalityReport e = expected.ByCreator, a = actual.ByCreator;
        Assert.Equal(
            (e.Count, e.Total, e.GiniForm, e.Gini, e.TopOnePercentShare, e.TopTenPercentShare, e.BottomHalfShare, e.Hhi, e.Band, e.Theil, e.AtkinsonEpsilon, e.Atkinson, e.Entropy, e.Coverage),
            (a.Count, a.Total, a.GiniForm, a.Gini, a.TopOnePercentShare, a.TopTenPercentShare, a.BottomHalfShare, a.Hhi, a.Band, a.Theil, a.AtkinsonEpsilon, a.Atkinson, a.Entropy, a.Coverage));
        Assert.True(e.Lorenz.SequenceEqual(a.Lorenz), "the Lorenz curves differ");
        foreach ((TheilDecomposition x, TheilDecomposition y) in new[] { (expected.ByIssue, actual.ByIssue), (expected.ByTier, actual.ByTier) })
        {
            Assert.Equal((x.Groups, x.Total, x.Between, x.Within, x.BetweenShare), (y.Groups, y.Total, y.Between, y.Within, y.BetweenShare));
        }
    }
}
