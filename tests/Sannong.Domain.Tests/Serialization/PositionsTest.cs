using System;
using System.IO;
using System.Linq;
using System.Text;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Positions in messages are 1-based lines and columns, as an editor shows them; columns count UTF-16 code
/// units (a CJK character is one, an emoji outside the BMP two), never bytes.</summary>
public sealed class PositionsTest
{
    private static string Message(string json) => Assert.Single(SannongJson.ValidateDatasetJson(json).Problems).Message;

    [Fact]
    public void A_syntax_error_gives_the_editor_line_and_column_without_System_Text_Json_s_suffix()
    {
        // Line 2 is `  "format": }`: two spaces, "format" in columns 3-10, ':' 11, a space 12, '}' 13.
        Assert.Equal(
            "the document is not valid JSON at line 2, column 13: '}' is an invalid start of a value.",
            Message("{\n  \"format\": }"));
    }

    [Theory]
    // '{' 1, '"' 2, 名 3 (three bytes of UTF-8, one character), '"' 4, ':' 5, ' ' 6, '}' 7.
    [InlineData("{\"名\": }", 1, 7)]
    // '{' 1, '"' 2, 🌽 3-4 (a surrogate pair), '"' 5, ':' 6, ' ' 7, '}' 8.
    [InlineData("{\"🌽\": }", 1, 8)]
    // Line 3 after "{\r\n" and "\"a\":1,\r\n": '\t' 1, '"' 2, b 3, '"' 4, ':' 5, '}' 6.
    [InlineData("{\r\n\"a\":1,\r\n\t\"b\":}", 3, 6)]
    public void Columns_count_characters_not_bytes(string json, int line, int column) =>
        Assert.Contains($"at line {line}, column {column}:", Message(json), StringComparison.Ordinal);

    [Fact]
    public void No_message_carries_the_zero_based_position_of_System_Text_Json()
    {
        string[] broken = ["{", "{\"a\":", "[1,]", "{\"a\" 1}", "{\n\n   x", "\"unterminated", "{}}"];
        foreach (string json in broken)
        {
            string message = Message(json);
            Assert.DoesNotContain("LineNumber", message, StringComparison.Ordinal);
            Assert.DoesNotContain("BytePositionInLine", message, StringComparison.Ordinal);
            Assert.Matches(@"at line [1-9]\d*, column [1-9]\d*: ", message);
        }
    }

    [Fact]
    public void Nesting_too_deep_is_located_by_line_and_column()
    {
        // Line 2 is "a": then 70 arrays; the root object is depth 0, the k-th '[' depth k, so the 64th '[' (column
        // 4 + 64 = 68) is the first too deep.
        string json = "{\n\"a\":" + new string('[', 70) + new string(']', 70) + "}";
        Assert.Contains("(at line 2, column 68)", Message(json), StringComparison.Ordinal);
    }

    [Fact]
    public void An_NDJSON_syntax_error_names_the_NDJSON_line_and_the_column_in_it()
    {
        const string Good = "{\"influencer\":\"kol-1\",\"month\":\"2024-01\",\"amount\":\"1.00\",\"source\":\"e-commerce\"}";
        byte[] ndjson = Encoding.UTF8.GetBytes(Good + "\n" + Good + "\n{\"influencer\": }\n");
        NdjsonRecord<Earning>[] records = SannongJson.ReadNdjson<Earning>(new MemoryStream(ndjson)).ToArray();
        DataProblem problem = Assert.Single(records[2].Problems);
        Assert.Equal(3, problem.Line);
        // '{' 1, "influencer" 2-13, ':' 14, ' ' 15, '}' 16.
        Assert.Equal("the line is not valid JSON at line 3, column 16: '}' is an invalid start of a value.", problem.Message);
    }
}
