using System;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>Issue 14 part 5: `-` means standard input, for --data and for validate.</summary>
public sealed class StandardInputTest
{
    [Fact]
    public void Scorecard_reads_the_document_from_stdin()
    {
        (int exit, string output, string error) = CliRun.WithInput(TestFiles.Document(), "scorecard", "--data", "-", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using JsonDocument doc = JsonDocument.Parse(output);
        // The hand-made pilot as of its asOf (2024-01-05): 2 mentees of the 4 targeted, on track (see ScorecardCommandTest).
        Assert.Equal("2024-01-05", doc.RootElement.GetProperty("asOf").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("mentees").GetProperty("actual").GetInt32());
    }

    /// <summary>A content item of a, for exposure (which refuses data without content).</summary>
    internal const string OneItem = """
        { "id": "p1", "author": "a", "kind": "short-video", "published": "2024-01-03T08:00:00Z", "lengthSeconds": 30,
          "caption": "", "topics": [], "views": 100, "likes": 1, "comments": 0, "shares": 0 }
        """;

    [Fact]
    public void Exposure_reads_the_document_from_stdin()
    {
        (int exit, string output, _) = CliRun.WithInput(TestFiles.Document(content: OneItem), "exposure", "--data", "-");
        Assert.Equal(0, exit);
        Assert.Contains("Views by creator", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_dash_reads_stdin_and_names_it_stdin()
    {
        (int exit, string output, _) = CliRun.WithInput(TestFiles.Document(), "validate", "-");
        Assert.Equal(0, exit);
        Assert.Equal("stdin: valid", output.TrimEnd());

        // With a byte order mark, as some editors save, and a problem.
        byte[] bad = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TestFiles.Document(idOfB: "b\\u200b"))];
        (exit, output, _) = CliRun.WithBytes(bad, "validate", "-");
        Assert.Equal(1, exit);
        Assert.StartsWith("stdin: ", output, StringComparison.Ordinal);
        Assert.Contains("U+200B", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_stdin_is_a_problem_not_a_crash()
    {
        (int exit, string output, string error) = CliRun.WithInput("", "validate", "-");
        Assert.Equal(1, exit);
        Assert.StartsWith("stdin: 1 problem(s)", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }
}
