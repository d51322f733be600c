using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NodaTime;
using Sannong.Domain.Serialization;
using Xunit;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>The documented limits hold exactly at their boundaries, and optional fields may be null or absent.</summary>
public sealed class LimitsTest
{
    private static JsonObject BaseDocument() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json")))!.AsObject();

    private static string[] ProblemsOf(string json) =>
        SannongJson.ValidateDatasetJson(json).Problems.Select(p => $"{p.Path} {p.Kind}").ToArray();

    private static string WithMemoNestedIn(int arrays)
    {
        JsonObject document = BaseDocument();
        document["ledger"]![0]!["memo"] = JsonNode.Parse(new string('[', arrays) + new string(']', arrays));
        return document.ToJsonString();
    }

    [Fact]
    public void Sixty_four_levels_of_nesting_are_read_and_sixty_five_are_refused()
    {
        // The document object, the ledger array and the entry object are three levels: 61 arrays make 64 in all.
        Assert.Equal(new[] { "$.ledger[0].memo WrongType" }, ProblemsOf(WithMemoNestedIn(61)));
        Assert.Equal(new[] { "$ LimitExceeded" }, ProblemsOf(WithMemoNestedIn(62)));
    }

    [Fact]
    public void A_string_of_exactly_the_maximum_length_passes_the_limit_and_meets_the_domain_rule()
    {
        JsonObject document = BaseDocument();
        document["content"]![0]!["caption"] = new string('玉', SannongJsonLimits.MaxStringLength);
        // 10,000 characters pass the JSON limit; the caption's own rule (at most 2,000) then reports it.
        Assert.Equal(new[] { "$.content[0].caption InvalidValue" }, ProblemsOf(document.ToJsonString()));
        document["content"]![0]!["caption"] = new string('x', SannongJsonLimits.MaxStringLength + 1);
        Assert.Equal(new[] { "$.content[0].caption LimitExceeded" }, ProblemsOf(document.ToJsonString()));
        // Written as \u escapes (six bytes a character), one character too many is caught by the scan before parsing.
        document["content"]![0]!["caption"] = new string('玉', SannongJsonLimits.MaxStringLength + 1);
        Assert.Equal(new[] { "$ LimitExceeded" }, ProblemsOf(document.ToJsonString()));
    }

    [Fact]
    public void A_property_name_far_beyond_the_limit_is_refused_before_parsing() =>
        Assert.Equal(new[] { "$ LimitExceeded" }, ProblemsOf("{\"" + new string('k', 70_000) + "\": 1}"));

    [Fact]
    public async Task A_stream_that_holds_more_than_the_document_limit_is_refused_without_reading_it()
    {
        var huge = new ClaimedLengthStream(SannongJsonLimits.MaxDocumentBytes + 1L);
        DataProblem problem = Assert.Single(SannongJson.ValidateDataset(huge).Problems);
        Assert.Equal(("$", DataProblemKind.LimitExceeded), (problem.Path, problem.Kind));
        Assert.Equal(DataProblemKind.LimitExceeded, Assert.Single((await SannongJson.ValidateDatasetAsync(huge)).Problems).Kind);
        Assert.Equal(0, huge.BytesRead);
    }

    [Fact]
    public void Optional_fields_that_are_null_read_like_absent_ones()
    {
        JsonObject withNulls = BaseDocument();
        withNulls["asOf"] = null;
        withNulls["programme"]!["eligibility"] = null;
        withNulls["programme"]!["earningRule"] = null;
        withNulls["enrolments"]![1]!["mentor"] = null;
        withNulls["influencers"]![0]!["settlement"] = null;
        withNulls["ledger"]![1]!["memo"] = null;
        withNulls["content"]![0]!["lengthSeconds"] = null;
        withNulls["earnings"] = null;
        JsonObject without = BaseDocument();
        without.Remove("asOf");
        without["programme"]!.AsObject().Remove("eligibility");
        without["programme"]!.AsObject().Remove("earningRule");
        without["influencers"]![0]!.AsObject().Remove("settlement");
        without["content"]![0]!.AsObject().Remove("lengthSeconds");
        without.Remove("earnings");

        SannongDataset a = SannongJson.ParseDataset(withNulls.ToJsonString());
        SannongDataset b = SannongJson.ParseDataset(without.ToJsonString());

        Assert.Equal(a, b);
        Assert.Null(a.AsOf);
        Assert.Null(a.Data.Programme.Eligibility);
        Assert.Null(a.Data.Influencers[0].HomeRegion.UrbanRural);
        Assert.Null(a.Data.Content[0].Length);
        Assert.Empty(a.Data.Earnings);
        Assert.Equal(new LocalDate(2023, 11, 15), a.Data.Enrolments[0].Enrolled);
        Assert.Equal(a, SannongJson.ParseDataset(SannongJson.ToJson(a)));
    }

    [Fact]
    public void A_document_with_a_byte_order_mark_and_CRLF_line_breaks_is_read()
    {
        string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json")).Replace("\n", "\r\n");
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)];
        Assert.True(SannongJson.ValidateDataset(bytes).IsValid);
    }

    /// <summary>A seekable stream that claims a length and counts what is read from it.</summary>
    private sealed class ClaimedLengthStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, length - Position);
            Array.Fill(buffer, (byte)' ', offset, n);
            Position += n;
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
