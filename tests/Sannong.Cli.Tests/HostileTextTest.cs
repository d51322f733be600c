using System;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>Issue 14 part 4 at the command line: no input reaches the terminal raw, and ids or handles that print alike
/// or print nothing are problems.</summary>
public sealed class HostileTextTest
{
    [Theory]
    [InlineData("\\u200b", "U+200B")] // zero width space
    [InlineData("\\ufeff", "U+FEFF")] // byte order mark
    [InlineData("\\u202e", "U+202E")] // right-to-left override
    public void Ids_that_differ_from_another_only_by_an_invisible_character_are_a_problem(string invisible, string named)
    {
        // b and b+invisible printed alike and were accepted as two creators.
        using var files = new TestFiles();
        string path = files.Write("twins.json", TestFiles.Document(idOfB: "a" + invisible));
        (int exit, string output, string error) = CliRun.Of("validate", path);
        Assert.Equal(1, exit);
        Assert.Equal("", error);
        Assert.Contains(named, output, StringComparison.Ordinal);
        Terminal.AssertSafe(output);
    }

    [Theory]
    [InlineData("\\u200b")]
    [InlineData("\\u200d")]
    [InlineData("\\u3164")]
    public void A_handle_with_nothing_visible_is_a_problem(string handle)
    {
        using var files = new TestFiles();
        string path = files.Write("blank.json", TestFiles.Document(handleOfB: handle));
        (int exit, string output, _) = CliRun.Of("validate", path);
        Assert.Equal(1, exit);
        Assert.Contains("$.influencers[1].handle", output, StringComparison.Ordinal);
        Terminal.AssertSafe(output);
    }

    [Fact]
    public void Esc_and_bel_in_a_field_name_and_in_a_value_never_reach_the_terminal()
    {
        // ESC ] 0 ; title BEL retitles the terminal; ESC [ 2 J clears it; as JSON escapes in a valid document.
        using var files = new TestFiles();
        string json = TestFiles.Document(handleOfB: "\\u001b[2J\\u0007", extraMember: "\"\\u001b]0;pwned\\u0007\": \"\\u001b[2J\",");
        string path = files.Write("esc.json", json);
        foreach (string[] args in new[] { new[] { "validate", path }, new[] { "scorecard", "--data", path }, new[] { "exposure", "--data", path } })
        {
            (int exit, string output, string error) = CliRun.Of(args);
            Assert.Equal(1, exit);
            Terminal.AssertSafe(output);
            Terminal.AssertSafe(error);
            Assert.Contains("\\u001b", output + error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Raw_control_bytes_in_a_document_or_an_ndjson_line_never_reach_the_terminal()
    {
        using var files = new TestFiles();
        string document = files.Write("raw.json", "{ \"format\": \"sannong-dataset/1\", \"\u001b]0;x\u0007\": 1 }");
        string ndjson = files.Write("earnings.ndjson",
            "{\"\u001b[2J\":1}\n{\"influencer\":\"\\u001b]0;x\\u0007\",\"month\":\"2024-01\",\"amount\":\"1.00\",\"source\":\"other\"}\n");
        (int exit, string output, string error) = CliRun.Of("validate", document, ndjson);
        Assert.Equal(1, exit);
        Terminal.AssertSafe(output);
        Terminal.AssertSafe(error);
        Assert.Contains("earnings.ndjson: 2 problem(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_with_control_characters_is_echoed_escaped()
    {
        (int exit, string output, string error) = CliRun.Of("validate", "/no/such/\u001b]0;x\u0007.json");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal("sannong: /no/such/\\u001b]0;x\\u0007.json: no such directory.", error.TrimEnd());
    }

    [Fact]
    public void Classify_echoes_captions_escaped_but_keeps_emoji_joiners()
    {
        (int exit, string output, _) = CliRun.Of("classify", "👨\u200D🌾 种玉米\u001b[2J\u202E");
        Assert.Equal(0, exit);
        Terminal.AssertSafe(output);
        Assert.Contains("👨\u200D🌾 种玉米\\u001b[2J\\u202e", output, StringComparison.Ordinal);
    }
}
