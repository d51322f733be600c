using System;
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
}
