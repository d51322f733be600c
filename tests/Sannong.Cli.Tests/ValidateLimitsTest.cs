using System;
using System.Linq;
using System.Text;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>Issue 14 part 2 at the command line: `validate --max-problems N` prints at most N problems per file and
/// counts the rest ("... and M more."); NDJSON problems are printed as they are found.</summary>
public sealed class ValidateLimitsTest
{
    /// <summary>The first line of validate given files checked alone, outside a dataset folder.</summary>
    internal const string AloneNote = "Each file is checked alone; validate the folder to check references across files.";

    private static string BadEarnings(int lines)
    {
        var text = new StringBuilder();
        for (int i = 0; i < lines; i++)
        {
            text.Append("{\"influencer\":\"a\",\"month\":\"2024-01\",\"amount\":\"-1.00\",\"source\":\"other\"}\n");
        }
        return text.ToString();
    }

    [Fact]
    public void Ndjson_prints_the_first_n_problems_then_counts_the_rest()
    {
        using var files = new TestFiles();
        string path = files.Write("earnings.ndjson", BadEarnings(5));
        (int exit, string output, _) = CliRun.Of("validate", "--max-problems", "2", path);
        Assert.Equal(1, exit);
        string[] lines = Terminal.Lines(output);
        // An NDJSON file is checked alone, and says so first (issue 17); then a heading, 2 problems, "... and 3 more.",
        // the total: 5 lines.
        Assert.Equal(AloneNote, lines[0]);
        lines = lines[1..];
        Assert.Equal(5, lines.Length);
        Assert.Equal($"{path}:", lines[0]);
        Assert.StartsWith("  [line 1] $.amount: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("  [line 2] $.amount: ", lines[2], StringComparison.Ordinal);
        Assert.Equal("  ... and 3 more.", lines[3]);
        Assert.Equal($"{path}: 5 problem(s)", lines[4]);
    }

    [Fact]
    public void The_default_is_a_thousand_and_totals_are_grouped_invariantly()
    {
        using var files = new TestFiles();
        string path = files.Write("earnings.ndjson", BadEarnings(1_234));
        (int exit, string output, _) = CliRun.InCulture("de-DE", "validate", path);
        Assert.Equal(1, exit);
        string[] lines = Terminal.Lines(output);
        // The note that the file is checked alone + heading + 1,000 problems + "... and 234 more." + total = 1,004 lines.
        Assert.Equal(AloneNote, lines[0]);
        Assert.Equal(1_004, lines.Length);
        Assert.Equal("  ... and 234 more.", lines[^2]);
        Assert.Equal($"{path}: 1,234 problem(s)", lines[^1]);
    }

    [Fact]
    public void A_document_prints_the_first_n_of_its_problems_and_the_total()
    {
        using var files = new TestFiles();
        // Five unknown members of the document: five problems.
        string path = files.Write("bad.json", """{ "format": "sannong-dataset/1", "a": 1, "b": 2, "c": 3, "d": 4, "e": 5 }""");
        (int exit, string output, _) = CliRun.Of("validate", "--max-problems", "1", path);
        Assert.Equal(1, exit);
        string[] lines = Terminal.Lines(output);
        int total = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total >= 5, output);
        Assert.Equal($"{path}: {total} problem(s)", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Equal($"  ... and {total - 1} more.", lines[2]);
    }

    [Fact]
    public void A_valid_file_and_a_bad_one_are_each_reported()
    {
        using var files = new TestFiles();
        string good = files.Write("good.json", TestFiles.Document());
        string bad = files.Write("enrolments.ndjson", "{}\n");
        (int exit, string output, _) = CliRun.Of("validate", good, bad);
        Assert.Equal(1, exit);
        Assert.Contains($"{good}: valid", output, StringComparison.Ordinal);
        Assert.Contains($"{bad}: ", output, StringComparison.Ordinal);
        Assert.True(Terminal.Lines(output).Count(l => l.StartsWith("  ", StringComparison.Ordinal)) >= 1);
    }
}
