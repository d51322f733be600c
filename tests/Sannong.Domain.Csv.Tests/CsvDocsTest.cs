using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Xunit;

namespace Sannong.Domain.Csv.Tests;

/// <summary>docs/csv.md holds to the code: each example file reads without a problem and writes back as the same text,
/// the documented map is the fixture's, and the page lists the columns the format writes.</summary>
public sealed partial class CsvDocsTest
{
    private static string Page()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "docs", "csv.md");
            if (File.Exists(Path.Combine(dir.FullName, "Sannong.sln")))
            {
                return File.ReadAllText(path).ReplaceLineEndings("\n");
            }
        }
        throw new InvalidOperationException("No directory above the tests holds Sannong.sln.");
    }

    [GeneratedRegex("```csv\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsvBlocks();

    [GeneratedRegex("```json\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlocks();

    private static void RoundTrips<T>(string block)
        where T : class
    {
        string csv = block.Replace("\n", "\r\n", StringComparison.Ordinal);
        var format = new CsvRecordFormat();
        CsvHarness.Result<T> read = CsvHarness.Read<T>(format, csv);
        Assert.Empty(read.Problems);
        Assert.NotEmpty(read.Records);
        Assert.Equal(csv, System.Text.Encoding.UTF8.GetString(CsvHarness.Write(format, read.Records)));
    }

    [Fact]
    public void Each_example_file_reads_cleanly_and_is_what_the_format_writes()
    {
        string[] blocks = CsvBlocks().Matches(Page()).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(5, blocks.Length);
        Assert.Equal(string.Join(",", CsvRecordFormat.Columns(DataRecordKind.Influencer)), blocks[0].Split('\n')[0]);
        RoundTrips<Influencer>(blocks[0]);
        RoundTrips<Enrolment>(blocks[1]);
        RoundTrips<LedgerEntry>(blocks[2]);
        RoundTrips<Earning>(blocks[3]);
        RoundTrips<ContentItem>(blocks[4]);
        Assert.Equal(string.Join(",", CsvRecordFormat.Columns(DataRecordKind.ContentItem)), blocks[4].Split('\n')[0]);
    }

    [Fact]
    public void The_documented_map_is_the_fixture_map()
    {
        string documented = JsonBlocks().Matches(Page()).Single().Groups[1].Value;
        string fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "mcn-export", "map.json")).ReplaceLineEndings("\n");
        Assert.Equal(fixture, documented);
        Assert.True(CsvColumnMap.FromJson(documented).SkipZeroAmounts);
    }
}
