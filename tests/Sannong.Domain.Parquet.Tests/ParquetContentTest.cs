using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Data.Common;
using System.IO;
using System.Linq;
using DuckDB.NET.Data;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Exposure;
using Sannong.Domain.Samples;
using Sannong.Domain.Programmes;
using Xunit;

namespace Sannong.Domain.Parquet.Tests;

/// <summary>The projected read of a content file (author and views only) gives the views by creator and the inequality
/// report of the same content read whole, across row groups, and locates every bad author or views value at its row
/// and column.</summary>
[Properties(Arbitrary = new[] { typeof(ParquetArbitraries) }, MaxTest = 40)]
public sealed class ParquetContentTest : IDisposable
{
    private readonly string _folder = TempFolder.New();
    private readonly DuckDBConnection _db = new("Data Source=:memory:");

    public ParquetContentTest()
    {
        Directory.CreateDirectory(_folder);
        _db.Open();
    }

    public void Dispose()
    {
        _db.Dispose();
        TempFolder.Delete(_folder);
    }

    private string Copy(string select)
    {
        string path = Path.Combine(_folder, "content.parquet");
        using DbCommand command = _db.CreateCommand();
        command.CommandText = $"COPY ({select}) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        return path;
    }

    private static ImmutableSortedDictionary<InfluencerId, long> Views(byte[] file) =>
        ParquetContent.ViewsByAuthor(new MemoryStream(file, writable: false));

    private static InequalityReport Report(byte[] file) =>
        ParquetContent.InequalityOfViewsByAuthor(new MemoryStream(file, writable: false));

    /// <summary>The projected read against the whole read: views by creator equal, and every measure of the report
    /// equal to the last bit.</summary>
    private static void SameAsWhole(byte[] file)
    {
        ContentItem[] whole = [.. ParquetRecordFormat.ReadRecords<ContentItem>(new MemoryStream(file, writable: false))];
        ImmutableSortedDictionary<InfluencerId, long> expected;
        try
        {
            expected = ExposureCalculator.ViewsByCreator(whole);
        }
        catch (OverflowException)
        {
            // An author past long.MaxValue views: both reads refuse it.
            Assert.Throws<OverflowException>(() => Views(file));
            Assert.Throws<OverflowException>(() => Report(file));
            return;
        }
        Assert.Equal(expected, Views(file));
        InequalityReport want = InequalityMeasures.Report(expected.Values);
        InequalityReport got = Report(file);
        Assert.Equal(want.Count, got.Count);
        Assert.Equal(want.Total, got.Total);
        Assert.Equal(want.Gini, got.Gini);
        Assert.Equal(want.TopOnePercentShare, got.TopOnePercentShare);
        Assert.Equal(want.TopTenPercentShare, got.TopTenPercentShare);
        Assert.Equal(want.BottomHalfShare, got.BottomHalfShare);
        Assert.Equal(want.Hhi, got.Hhi);
        Assert.Equal(want.Theil, got.Theil);
        Assert.Equal(want.Atkinson, got.Atkinson);
        Assert.Equal(want.Entropy, got.Entropy);
        Assert.Equal(want.Coverage, got.Coverage);
        Assert.Equal(want.Lorenz.ToArray(), got.Lorenz.ToArray());
    }

    [Property]
    public bool Views_by_author_equal_those_of_the_content_read_whole(ContentItem[] records)
    {
        SameAsWhole(RoundTripTest.Write(records));
        return true;
    }

    [Fact]
    public void Views_by_author_of_the_sample_equal_those_of_the_content_read_whole()
    {
        SannongDataset sample = SampleProgramme.Generate(18, 0.01);
        Assert.True(sample.Data.Content.Length > 100);
        SameAsWhole(RoundTripTest.Write(sample.Data.Content));
    }

    [Fact]
    public void Views_are_summed_by_author_and_the_report_is_over_authors()
    {
        // kol-1: 10 + 5 = 15; kol-2: 0; kol-3: 7. Total 22 over 3 authors.
        string path = Copy("SELECT * FROM (VALUES ('kol-1', 10), ('kol-2', 0), ('kol-3', 7), ('kol-1', 5)) t(author, views)");
        byte[] file = File.ReadAllBytes(path);
        Assert.Equal(new Dictionary<InfluencerId, long> { [new("kol-1")] = 15, [new("kol-2")] = 0, [new("kol-3")] = 7 }, Views(file));
        InequalityReport report = Report(file);
        Assert.Equal(3, report.Count);
        Assert.Equal(22.0, report.Total);
        // Sorted 0, 7, 15: Gini = Σ(2i − n − 1)·x_i / (n·Σx) = (−2·0 + 0·7 + 2·15) / (3·22) = 30/66.
        Assert.Equal(30.0 / 66.0, report.Gini!.Value, 12);
    }

    [Fact]
    public void Views_are_counted_across_row_groups()
    {
        // 131,075 items of 1 view each by kol-(i mod 100): three row groups (65,536 + 65,536 + 3). 131,075 = 100·1,310 + 75,
        // so kol-0 to kol-74 have 1,311 views and kol-75 to kol-99 have 1,310.
        ContentItem[] records = [.. Enumerable.Range(0, 131_075).Select(i => new ContentItem(new ContentId("c-" + i), new InfluencerId("kol-" + (i % 100)),
            ContentKind.ShortVideo, Instant.FromUnixTimeSeconds(1_700_000_000), null, "", [], new Engagement(1, 0, 0, 0)))];
        byte[] file = RoundTripTest.Write(records);
        ImmutableSortedDictionary<InfluencerId, long> views = Views(file);
        Assert.Equal(100, views.Count);
        Assert.All(Enumerable.Range(0, 100), k => Assert.Equal(k < 75 ? 1_311 : 1_310, views[new InfluencerId("kol-" + k)]));
        Assert.Equal(131_075.0, Report(file).Total);
    }

    [Fact]
    public void Views_past_long_max_value_in_all_are_measured_and_past_it_for_one_author_refused()
    {
        // kol-1 long.MaxValue and kol-2 1: each fits, the total 2^63 does not (no tally can hold it); the report is taken
        // from the sums: 2 members, total 2^63 as a double.
        string path = Copy("SELECT * FROM (VALUES ('kol-1', 9223372036854775807), ('kol-2', 1)) t(author, views)");
        InequalityReport report = Report(File.ReadAllBytes(path));
        Assert.Equal(2, report.Count);
        Assert.Equal(9_223_372_036_854_775_808.0, report.Total);
        path = Copy("SELECT * FROM (VALUES ('kol-1', 9223372036854775807), ('kol-1', 1)) t(author, views)");
        Assert.Throws<OverflowException>(() => Views(File.ReadAllBytes(path)));
    }

    [Fact]
    public void Only_the_author_and_views_columns_are_read()
    {
        // A caption of the wrong type would stop the whole read; the projected read neither decodes nor checks it.
        string path = Copy("SELECT * FROM (VALUES ('kol-1', 4, 1.5), ('kol-2', 6, 2.5)) t(author, views, caption)");
        Assert.Equal(new Dictionary<InfluencerId, long> { [new("kol-1")] = 4, [new("kol-2")] = 6 }, Views(File.ReadAllBytes(path)));
    }

    [Fact]
    public void Bad_authors_and_views_are_problems_at_their_row_and_column()
    {
        string path = Copy("SELECT * FROM (VALUES ('kol-1', 5), (NULL, 3), ('', 2), ('kol-2', -1), ('kol-3', NULL)) t(author, views)");
        using FileStream file = File.OpenRead(path);
        DataValidationException e = Assert.Throws<DataValidationException>(() => ParquetContent.ViewsByAuthor(file));
        Assert.Equal(4, e.ProblemCount);
        Assert.Equal(
            [
                "[line 2] author: MissingField: author is required, but is null.",
                "[line 3] author: InvalidValue: '' is not a valid identifier: " + Message(() => new InfluencerId("")),
                "[line 4] views: Negative: views must not be negative, but was -1.",
                "[line 5] views: MissingField: views is required, but is null.",
            ],
            e.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_null_author_in_the_first_rows_is_a_problem_at_each_row()
    {
        string path = Copy("SELECT * FROM (VALUES (NULL::VARCHAR, 1), (NULL::VARCHAR, 2), ('kol-1', 3)) t(author, views)");
        DataValidationException e = Assert.Throws<DataValidationException>(() => ParquetContent.ViewsByAuthor(File.OpenRead(path)));
        Assert.Equal(
            ["[line 1] author: MissingField: author is required, but is null.", "[line 2] author: MissingField: author is required, but is null."],
            e.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Missing_and_mistyped_columns_are_problems_naming_the_column()
    {
        string path = Copy("SELECT 'kol-1' AS author, 'many' AS views");
        DataValidationException e = Assert.Throws<DataValidationException>(() => ParquetContent.InequalityOfViewsByAuthor(File.OpenRead(path)));
        Assert.Equal(["views: WrongType: column views must be INT64 or INT32, but is a string."], e.Problems.Select(p => p.ToString()));
        path = Copy("SELECT 5 AS views");
        e = Assert.Throws<DataValidationException>(() => ParquetContent.ViewsByAuthor(File.OpenRead(path)));
        Assert.Equal(["author: MissingField: the file has no column author, which is required (a UTF-8 string)."], e.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_first_1000_problems_are_kept_and_all_are_counted()
    {
        // 2,500 rows with negative views: 2,500 problems, 1,000 kept (the first at row 1, the last kept at row 1,000).
        string path = Copy("SELECT 'kol-1' AS author, -1 - i AS views FROM range(2500) r(i)");
        DataValidationException e = Assert.Throws<DataValidationException>(() => ParquetContent.ViewsByAuthor(File.OpenRead(path)));
        Assert.Equal(2_500, e.ProblemCount);
        Assert.Equal(1_000, e.Problems.Length);
        Assert.Equal(1_000, e.Problems[^1].Line);
    }

    private static string Message(Action make) => Assert.ThrowsAny<ArgumentException>(make).Message;
}
