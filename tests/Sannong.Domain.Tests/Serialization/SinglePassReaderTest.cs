using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Xunit;
using K = Sannong.Domain.DataProblemKind;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>
/// What the single-pass reader must keep of the document reader it replaced: problems in the format's order of fields
/// whatever the order of the document, the last of a repeated field, one problem for bad JSON however much was read
/// before it, and the same result from memory that is not an array.
/// </summary>
public sealed class SinglePassReaderTest
{
    private static readonly string BasePath = Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json");

    /// <summary>valid-base.json with a problem in the format, the programme, an influencer, a ledger entry and a
    /// content item: one problem in each section of the document.</summary>
    private static JsonObject BrokenInEverySection()
    {
        JsonObject root = JsonNode.Parse(File.ReadAllText(BasePath))!.AsObject();
        root["format"] = "sannong-dataset/2";
        root["programme"]!["name"] = "";
        root["influencers"]![0]!["followers"] = -1;
        root["ledger"]![0]!["kind"] = "gift";
        root["content"]![0]!["views"] = "many";
        return root;
    }

    private static (string Path, K Kind)[] Problems(string json) =>
        SannongJson.ValidateDatasetJson(json).Problems.Select(p => (p.Path, p.Kind)).ToArray();

    [Fact]
    public void Problems_come_in_the_formats_order_of_fields_whatever_the_documents_order()
    {
        JsonObject root = BrokenInEverySection();
        string inOrder = root.ToJsonString();
        // The same fields, last first: content before the ledger, the programme after every record.
        var reversed = new JsonObject();
        foreach (var (name, value) in root.Reverse().ToList())
        {
            root.Remove(name);
            reversed[name] = value;
        }
        (string, K)[] expected =
        [
            ("$.format", K.InvalidValue),
            ("$.programme.name", K.InvalidValue),
            ("$.influencers[0].followers", K.Negative),
            ("$.ledger[0].kind", K.InvalidValue),
            ("$.content[0].views", K.WrongType),
        ];
        Assert.Equal(expected, Problems(inOrder));
        Assert.Equal(expected, Problems(reversed.ToJsonString()));
    }

    [Fact]
    public void A_repeated_record_field_counts_once_the_last_one_read_and_is_reported()
    {
        JsonObject root = JsonNode.Parse(File.ReadAllText(BasePath))!.AsObject();
        string json = root.ToJsonString();
        // A first "earnings" array whose only record is bad, then the document's own (good) one: the bad one is
        // replaced, so its problem is not reported; the repetition is.
        json = json.Replace("\"earnings\":", "\"earnings\":[{\"influencer\":\"kol-1\",\"month\":\"2024-13\",\"amount\":\"1.00\",\"source\":\"e-commerce\"}],\"earnings\":", StringComparison.Ordinal);
        Assert.Equal([("$.earnings", K.InvalidValue)], Problems(json));
    }

    [Fact]
    public void Bad_json_after_bad_records_is_the_one_problem_reported()
    {
        string json = BrokenInEverySection().ToJsonString();
        // Cut the closing brace: every record was read (with its problems) before the reader met the end.
        ValidationResult<SannongDataset> result = SannongJson.ValidateDatasetJson(json[..^1]);
        DataProblem only = Assert.Single(result.Problems);
        Assert.Equal(1, result.ProblemCount);
        Assert.Equal(("$", K.InvalidValue), (only.Path, only.Kind));
        Assert.StartsWith("the document is not valid JSON at line 1, column ", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_too_deep_inside_a_record_is_the_one_problem_reported()
    {
        JsonObject root = BrokenInEverySection();
        JsonNode deep = JsonValue.Create(1)!;
        for (int i = 0; i < SannongJsonLimits.MaxDepth; i++)
        {
            deep = new JsonArray(deep);
        }
        root["influencers"]![1]!["extra"] = deep;
        ValidationResult<SannongDataset> result = SannongJson.ValidateDatasetJson(root.ToJsonString());
        DataProblem only = Assert.Single(result.Problems);
        Assert.Equal(K.LimitExceeded, only.Kind);
        Assert.Contains("more than 64 levels deep", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Memory_that_is_not_an_array_reads_as_the_array_does()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(BrokenInEverySection().ToJsonString());
        using var owner = new NativeLikeMemory(bytes);
        ValidationResult<SannongDataset> fromArray = SannongJson.ValidateDataset(bytes);
        ValidationResult<SannongDataset> fromOther = SannongJson.ValidateDataset(owner.Memory);
        Assert.Equal(5, fromArray.ProblemCount);
        Assert.Equal(fromArray.Problems.Select(p => (p.Path, p.Kind, p.Message)), fromOther.Problems.Select(p => (p.Path, p.Kind, p.Message)));

        byte[] good = File.ReadAllBytes(BasePath);
        using var goodOwner = new NativeLikeMemory(good);
        Assert.Equal(SannongJson.ReadDataset(good).Data, SannongJson.ReadDataset(goodOwner.Memory).Data);
    }

    /// <summary>Memory backed by a manager rather than an array (as native or pooled memory is), so that the reader
    /// cannot take an array from it.</summary>
    private sealed class NativeLikeMemory(byte[] bytes) : MemoryManager<byte>
    {
        public override Span<byte> GetSpan() => bytes;

        public override MemoryHandle Pin(int elementIndex = 0) => throw new NotSupportedException();

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }

        protected override bool TryGetArray(out ArraySegment<byte> segment)
        {
            segment = default;
            return false;
        }
    }
}
