using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>docs/dataset-format.md and the JSON Schema agree with the reader: every example on the page reads as
/// the page says, and the schema names exactly the fields the reader accepts.</summary>
public sealed class DatasetFormatDocsTest
{
    private static readonly string Page = RepositoryFiles.Text("docs", "dataset-format.md");

    /// <summary>The fenced code blocks of the page: (info string, text).</summary>
    private static List<(string Info, string Text)> Blocks()
    {
        var blocks = new List<(string, string)>();
        string? info = null;
        var text = new StringBuilder();
        foreach (string line in Page.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (info is null)
                {
                    info = line[3..].Trim();
                    text.Clear();
                }
                else
                {
                    blocks.Add((info, text.ToString()));
                    info = null;
                }
            }
            else if (info is not null)
            {
                text.Append(line).Append('\n');
            }
        }
        return blocks;
    }

    [Fact]
    public void Every_json_example_on_the_page_is_a_valid_dataset()
    {
        string[] examples = Blocks().Where(b => b.Info == "json").Select(b => b.Text).ToArray();
        Assert.True(examples.Length >= 2);
        Assert.All(examples, json =>
        {
            ValidationResult<SannongDataset> result = SannongJson.ValidateDatasetJson(json);
            Assert.True(result.IsValid, string.Join("\n", result.Problems));
        });
    }

    [Fact]
    public void The_full_example_reads_as_the_page_describes_it() =>
        Assert.Equal(
            "dataset as of 2025-05-01: kuaishou-sannong-2023: 2 influencers, 2 enrolments, 3 ledger entries, 1 earnings, 1 content items",
            SannongJson.ParseDataset(Blocks().First(b => b.Info == "json").Text).ToString());

    [Fact]
    public void The_invalid_example_yields_exactly_the_problems_shown_after_it()
    {
        List<(string Info, string Text)> blocks = Blocks();
        int index = blocks.FindIndex(b => b.Info == "json invalid");
        Assert.True(index >= 0 && blocks[index + 1].Info == "text");

        ValidationResult<SannongDataset> result = SannongJson.ValidateDatasetJson(blocks[index].Text);

        Assert.Equal(
            blocks[index + 1].Text.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_ndjson_example_reads_as_the_page_says()
    {
        string ndjson = Blocks().Single(b => b.Info == "ndjson earning").Text;
        List<NdjsonRecord<Earning>> records = SannongJson.ReadNdjson<Earning>(new MemoryStream(Encoding.UTF8.GetBytes(ndjson))).ToList();

        Assert.Equal(new[] { true, false, true }, records.Select(r => r.IsValid));
        Assert.Equal(new[] { "2 $.month InvalidValue", "2 $.amount TooManyDecimals" }, records[1].Problems.Select(p => $"{p.Line} {p.Path} {p.Kind}"));
    }

    [Fact]
    public void The_folder_example_reads_as_the_page_says_and_its_unknown_influencer_as_the_page_words_it()
    {
        List<(string Info, string Text)> blocks = Blocks();
        int first = blocks.FindIndex(b => b.Info.StartsWith("ndjson folder ", StringComparison.Ordinal));
        Assert.Equal("json", blocks[first - 1].Info);
        string folder = Path.Combine(Path.GetTempPath(), $"sannong-docs-folder-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "dataset.json"), blocks[first - 1].Text);
            foreach ((string info, string text) in blocks.Skip(first).TakeWhile(b => b.Info.StartsWith("ndjson folder ", StringComparison.Ordinal)))
            {
                File.WriteAllText(Path.Combine(folder, info["ndjson folder ".Length..]), text);
            }
            ProgrammeData data = DatasetFiles.Read(folder).Data;
            Assert.Equal((2, 1, 0, 2, 0), (data.Influencers.Length, data.Enrolments.Length, data.Ledger.Entries.Length, data.Earnings.Length, data.Content.Length));

            string earnings = Path.Combine(folder, "earnings.ndjson");
            string[] lines = File.ReadAllLines(earnings);
            lines[1] = lines[1].Replace("\"kol-2\"", "\"kol-3\"", StringComparison.Ordinal);
            File.WriteAllLines(earnings, lines);
            string expected = "[earnings.ndjson, line 2] $.influencer: UnknownInfluencer: influencer 'kol-3' is not among the influencers.";
            Assert.Contains("`" + expected + "`", Page, StringComparison.Ordinal);
            Assert.Equal(expected, Assert.Single(DatasetFiles.Validate(folder).Problems).ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly JsonObject Schema = JsonNode.Parse(RepositoryFiles.Text("docs", "schema", "sannong-dataset-1.schema.json"))!.AsObject();

    [Fact]
    public void The_schema_is_draft_2020_12_and_closes_every_object()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)Schema["$schema"]);
        IEnumerable<JsonObject> objects = new[] { Schema }.Concat(Schema["$defs"]!.AsObject()
            .Select(d => d.Value!.AsObject()).Where(d => (string?)d["type"] == "object"));
        Assert.All(objects, o => Assert.False((bool)o["additionalProperties"]!));
    }

    /// <summary>Where each object of the document is, and its definition in the schema.</summary>
    public static TheoryData<string, string> ObjectsOfTheDocument() => new()
    {
        { "$", "" },
        { "$.programme", "programme" },
        { "$.programme.period", "period" },
        { "$.programme.targets", "targets" },
        { "$.programme.budgets", "budgets" },
        { "$.programme.eligibility", "eligibility" },
        { "$.programme.earningRule", "earningRule" },
        { "$.influencers[0]", "influencer" },
        { "$.enrolments[0]", "enrolment" },
        { "$.ledger[0]", "ledgerEntry" },
        { "$.earnings[0]", "earning" },
        { "$.content[0]", "contentItem" },
    };

    [Theory]
    [MemberData(nameof(ObjectsOfTheDocument))]
    public void The_schema_names_exactly_the_fields_the_reader_accepts(string path, string definition)
    {
        // Put an unknown field into the object at the path: the reader's problem lists the fields it accepts.
        JsonObject document = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json")))!.AsObject();
        JsonNode target = document;
        foreach (string step in path.Split('.').Skip(1))
        {
            target = step.EndsWith("[0]", StringComparison.Ordinal) ? target[step[..^3]]![0]! : target[step]!;
        }
        target.AsObject()["zzz-unknown"] = 1;

        DataProblem problem = Assert.Single(SannongJson.ValidateDatasetJson(document.ToJsonString()).Problems);
        const string Marker = "the fields are ";
        string list = problem.Message[(problem.Message.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..].TrimEnd('.');
        JsonObject schemaObject = definition.Length == 0 ? Schema : Schema["$defs"]![definition]!.AsObject();

        Assert.Equal(DataProblemKind.UnknownField, problem.Kind);
        Assert.Equal(schemaObject["properties"]!.AsObject().Select(p => p.Key), list.Split(", "));
    }
}
