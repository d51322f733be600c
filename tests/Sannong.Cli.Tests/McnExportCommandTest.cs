using System;
using System.IO;
using System.Text.Json;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>
/// Issue 18's done-when at the command line: an MCN's spreadsheet export (Chinese headers, province names, yyyy/M/d
/// dates, monthly payouts, zero-amount rows: the fixture of tests/Sannong.Domain.Csv.Tests/Fixtures/mcn-export) scores
/// through <c>sannong scorecard --data DIR --columns map.json</c>. The figures are those worked by hand in
/// McnExportFixtureTest (Sannong.Domain.Csv.Tests), which reads the same folder through the library.
/// </summary>
public sealed class McnExportCommandTest
{
    private static string Fixture()
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "Sannong.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }
        Assert.NotNull(folder);
        return Path.Combine(folder!, "tests", "Sannong.Domain.Csv.Tests", "Fixtures", "mcn-export");
    }

    [Fact]
    public void The_export_scores_with_its_column_map_and_says_what_it_skipped()
    {
        string folder = Fixture();
        (int exit, string output, string error) = CliRun.Of("scorecard", "--data", folder, "--columns", Path.Combine(folder, "map.json"), "--format", "json");
        Assert.True(exit == 0, error);
        // The map skips two zero-amount rows (dr003's 0.00 payout in March and 0.00 advertising in May): said, not silent.
        Assert.Equal("Skipped 2 row(s) with a zero amount, as the column map says (earnings.csv 1, ledger.csv 1).", error.TrimEnd());
        using JsonDocument card = JsonDocument.Parse(output);
        JsonElement root = card.RootElement;
        // As worked in McnExportFixtureTest: as of 2024-06-30, 5 mentees of 8; cash 23,600.50 of 60,000.00 spent;
        // 3 earners of 5 mentees over Apr..Jun 2024.
        Assert.Equal("2024-06-30", root.GetProperty("asOf").GetString());
        Assert.Equal(5, root.GetProperty("mentees").GetProperty("actual").GetInt32());
        Assert.Equal(8, root.GetProperty("mentees").GetProperty("target").GetInt32());
        Assert.Equal("23600.50", root.GetProperty("cash").GetProperty("spent").GetString());
        Assert.Equal("60000.00", root.GetProperty("cash").GetProperty("budget").GetString());
        Assert.Equal(3, root.GetProperty("monetisation").GetProperty("earners").GetInt32());
        Assert.Equal(5, root.GetProperty("monetisation").GetProperty("mentees").GetInt32());
    }

    [Fact]
    public void Without_the_map_the_export_is_refused_in_one_line_naming_the_first_header()
    {
        (int exit, _, string error) = CliRun.Of("scorecard", "--data", Fixture());
        Assert.Equal(1, exit);
        Assert.Contains("[influencers.csv, line 1] 达人ID: UnknownField:", error, StringComparison.Ordinal);
    }
}
