using System;
using System.Collections.Generic;
using System.Data.Common;
using System.IO;
using System.Linq;
using DuckDB.NET.Data;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;
using Xunit;

namespace Sannong.Domain.Parquet.Tests;

/// <summary>Interop both ways: DuckDB reads what the library writes (the same sums, the documented types), and the
/// library reads what DuckDB writes with COPY ... TO ... (FORMAT parquet) (the same records).</summary>
public sealed class DuckDbInteropTest : IDisposable
{
    private readonly string _folder = TempFolder.New();
    private readonly DuckDBConnection _db = new("Data Source=:memory:");

    public DuckDbInteropTest()
    {
        Directory.CreateDirectory(_folder);
        _db.Open();
    }

    public void Dispose()
    {
        _db.Dispose();
        TempFolder.Delete(_folder);
    }

    private string PathOf(string name) => Path.Combine(_folder, name).Replace("'", "''", StringComparison.Ordinal);

    private void WriteFile<T>(string name, IEnumerable<T> records)
        where T : class
    {
        using FileStream file = File.Create(Path.Combine(_folder, name));
        ParquetRecordFormat.Instance.Write(records, file);
    }

    private List<T> ReadFile<T>(string name)
        where T : class
    {
        using FileStream file = File.OpenRead(Path.Combine(_folder, name));
        CollectingSink<T> read = CollectingSink<T>.Read(file);
        Assert.Empty(read.Problems);
        return [.. read.Records.Select(r => r.Record)];
    }

    private object?[] Row(string sql)
    {
        using DbCommand command = _db.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))];
    }

    private List<string> Column(string sql)
    {
        using DbCommand command = _db.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return values;
    }

    private void Execute(string sql)
    {
        using DbCommand command = _db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static readonly InfluencerId Kol1 = new("kol-1");
    private static readonly InfluencerId Kol2 = new("kol-2");

    [Fact]
    public void DuckDB_reads_the_earnings_the_library_wrote_with_the_same_sums_and_types()
    {
        Earning[] earnings =
        [
            new(Kol1, new YearMonth(2024, 2), Money.FromYuan(320.50m), EarningSource.ECommerce),
            new(Kol2, new YearMonth(2024, 2), Money.FromYuan(88.00m), EarningSource.LiveGifts),
            new(Kol1, new YearMonth(2024, 3), Money.FromYuan(0.01m), EarningSource.Advertising),
            new(Kol2, new YearMonth(2024, 12), Money.Zero, EarningSource.Other),
        ];
        WriteFile("earnings.parquet", earnings);
        string file = PathOf("earnings.parquet");
        // 320.50 + 88.00 + 0.01 + 0.00 = 408.51 yuan over 4 rows; kol-1 has 320.50 + 0.01 = 320.51.
        object?[] sums = Row($"SELECT sum(amount), count(*), any_value(typeof(amount)), any_value(typeof(month)) FROM '{file}'");
        Assert.Equal(408.51m, sums[0]);
        Assert.Equal(4L, Convert.ToInt64(sums[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("DECIMAL(18,2)", sums[2]);
        Assert.Equal("VARCHAR", sums[3]);
        Assert.Equal(320.51m, Row($"SELECT sum(amount) FROM '{file}' WHERE influencer = 'kol-1'")[0]);
        Assert.Equal(["2024-02", "2024-03", "2024-12"], Column($"SELECT DISTINCT month FROM '{file}' ORDER BY 1"));
        // The influencer column repeats two ids over four rows: Parquet.Net dictionary-encodes it.
        Assert.Contains("DICTIONARY", Column($"SELECT encodings FROM parquet_metadata('{file}') WHERE path_in_schema = 'influencer'")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void DuckDB_reads_the_content_the_library_wrote_with_the_same_views_dates_and_topics()
    {
        Topic cuisine = SannongTaxonomy.Standard.GetByCode("farmers.cuisine");
        ContentItem[] content =
        [
            new(new ContentId("c-1"), Kol1, ContentKind.ShortVideo, Instant.FromUtc(2024, 1, 2, 8, 0), Duration.FromSeconds(59), "湘西 腊肉", [cuisine], new Engagement(1_000, 10, 2, 1)),
            new(new ContentId("c-2"), Kol1, ContentKind.Image, Instant.FromUtc(2024, 3, 1, 23, 59, 59), null, "", [], new Engagement(250, 0, 0, 0)),
            new(new ContentId("c-3"), Kol2, ContentKind.LiveStream, Instant.FromUtc(2023, 12, 31, 16, 0) + Duration.FromTicks(10), null, "line\nbreak", [], new Engagement(4_000_000_000, 7, 0, 3)),
        ];
        WriteFile("content.parquet", content);
        string file = PathOf("content.parquet");
        // Views 1,000 + 250 + 4,000,000,000 = 4,000,001,250; by author kol-1 1,250 and kol-2 4,000,000,000.
        object?[] totals = Row($"SELECT CAST(sum(views) AS BIGINT), min(published), max(published), any_value(typeof(published)), any_value(typeof(topics)), any_value(typeof(views)) FROM '{file}'");
        Assert.Equal(4_000_001_250L, totals[0]);
        Assert.Equal("TIMESTAMP WITH TIME ZONE", totals[3]);
        Assert.Equal("VARCHAR[]", totals[4]);
        Assert.Equal("BIGINT", totals[5]);
        // 2023-12-31T16:00:00.000001Z is the earliest (1,704,038,400 s after the epoch, and 1 µs), 2024-03-01T23:59:59Z the latest (as UTC epoch microseconds).
        Assert.Equal([1_704_038_400_000_000L + 1, 1_709_337_599_000_000L],
            Row($"SELECT epoch_us(min(published)), epoch_us(max(published)) FROM '{file}'").Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["kol-1 1250", "kol-2 4000000000"], Column($"SELECT author || ' ' || sum(views) FROM '{file}' GROUP BY author ORDER BY author"));
        // c-1 has one topic (farmers.cuisine), c-2 and c-3 none: empty lists, not NULL and not [NULL].
        Assert.Equal(["1 1", "2 0", "3 0"], Column($"SELECT substr(id, 3) || ' ' || len(topics) FROM '{file}' ORDER BY id"));
        Assert.Equal(0L, Row($"SELECT count(*) FROM '{file}' WHERE topics IS NULL OR list_contains(topics, NULL)")[0]);
        Assert.Equal("farmers.cuisine", Row($"SELECT topics[1] FROM '{file}' WHERE id = 'c-1'")[0]);
        Assert.Equal([59L, null], Row($"SELECT max(lengthSeconds), min(lengthSeconds) FILTER (WHERE kind = 'image') FROM '{file}'")
            .Select(v => v is null ? (long?)null : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).Cast<object?>());
    }

    [Fact]
    public void DuckDB_reads_dates_as_DATE_with_the_same_bounds()
    {
        Enrolment[] enrolments =
        [
            new(Kol1, new LocalDate(2024, 1, 15)),
            new(Kol2, new LocalDate(2024, 2, 29), new MentorId("m-1"), new LocalDate(2024, 12, 31)),
        ];
        WriteFile("enrolments.parquet", enrolments);
        string file = PathOf("enrolments.parquet");
        Assert.Equal(["DATE", "2024-01-15", "2024-02-29", "2024-12-31", "1"],
            Row($"SELECT any_value(typeof(date)), CAST(min(date) AS VARCHAR), CAST(max(date) AS VARCHAR), CAST(max(\"left\") AS VARCHAR), count(mentor) FROM '{file}'")
                .Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
    }
}

/// <summary>The library reads what DuckDB writes: rows built in SQL from literal values, cast to the documented types,
/// and a whole sample folder copied through DuckDB.</summary>
public sealed class DuckDbWrittenTest : IDisposable
{
    private readonly string _folder = TempFolder.New();
    private readonly DuckDBConnection _db = new("Data Source=:memory:");

    public DuckDbWrittenTest()
    {
        Directory.CreateDirectory(_folder);
        _db.Open();
    }

    public void Dispose()
    {
        _db.Dispose();
        TempFolder.Delete(_folder);
    }

    private string Copy(string name, string select)
    {
        string path = Path.Combine(_folder, name);
        using DbCommand command = _db.CreateCommand();
        command.CommandText = $"COPY ({select}) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        return path;
    }

    internal static CollectingSink<T> Read<T>(string path)
        where T : class
    {
        using FileStream file = File.OpenRead(path);
        return CollectingSink<T>.Read(file);
    }

    private static List<T> Valid<T>(string path)
        where T : class
    {
        CollectingSink<T> read = Read<T>(path);
        Assert.Empty(read.Problems);
        return [.. read.Records.Select(r => r.Record)];
    }

    [Fact]
    public void Earnings_written_by_DuckDB_read_as_the_same_records()
    {
        string path = Copy("earnings.parquet", """
            SELECT influencer, month, CAST(amount AS DECIMAL(18,2)) AS amount, source
            FROM (VALUES ('kol-1', '2024-02', '320.50', 'e-commerce'), ('kol-2', '2024-02', '88', 'live-gifts'), ('kol-1', '2024-03', '0', 'other'))
                 t(influencer, month, amount, source)
            """);
        Assert.Equal(
            [
                new Earning(new InfluencerId("kol-1"), new YearMonth(2024, 2), Money.FromFen(32_050), EarningSource.ECommerce),
                new Earning(new InfluencerId("kol-2"), new YearMonth(2024, 2), Money.FromFen(8_800), EarningSource.LiveGifts),
                new Earning(new InfluencerId("kol-1"), new YearMonth(2024, 3), Money.Zero, EarningSource.Other),
            ],
            Valid<Earning>(path));
    }

    [Fact]
    public void Content_written_by_DuckDB_reads_with_lists_timestamps_and_nulls()
    {
        // TIMESTAMPTZ literals with an offset: 2024-09-12 08:26:49+08 is 00:26:49 UTC; INTEGER counts are widened.
        string path = Copy("content.parquet", """
            SELECT id, author, kind, CAST(published AS TIMESTAMPTZ) AS published, CAST(lengthSeconds AS BIGINT) AS lengthSeconds,
                   caption, CAST(topics AS VARCHAR[]) AS topics, CAST(views AS BIGINT) AS views, likes, comments, shares
            FROM (VALUES ('c-1', 'kol-1', 'short-video', '2024-09-12 08:26:49+08', 30, '赶山', ['farmers.cuisine'], 100, 5, 1, 0),
                         ('c-2', 'kol-2', 'image', '2024-01-01 00:00:00.000001+00', NULL, NULL, [], 7, 0, 0, 0),
                         ('c-3', 'kol-2', 'article', '2024-01-01 00:00:00+00', NULL, '', NULL, 0, 0, 0, 0))
                 t(id, author, kind, published, lengthSeconds, caption, topics, views, likes, comments, shares)
            """);
        Topic cuisine = SannongTaxonomy.Standard.GetByCode("farmers.cuisine");
        Assert.Equal(
            [
                new ContentItem(new ContentId("c-1"), new InfluencerId("kol-1"), ContentKind.ShortVideo, Instant.FromUtc(2024, 9, 12, 0, 26, 49),
                    Duration.FromSeconds(30), "赶山", [cuisine], new Engagement(100, 5, 1, 0)),
                new ContentItem(new ContentId("c-2"), new InfluencerId("kol-2"), ContentKind.Image, Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromTicks(10),
                    null, "", [], new Engagement(7, 0, 0, 0)),
                new ContentItem(new ContentId("c-3"), new InfluencerId("kol-2"), ContentKind.Article, Instant.FromUtc(2024, 1, 1, 0, 0),
                    null, "", [], Engagement.Zero),
            ],
            Valid<ContentItem>(path));
    }

    [Fact]
    public void Influencers_enrolments_and_ledger_written_by_DuckDB_read_as_the_same_records()
    {
        string influencers = Copy("influencers.parquet", """
            SELECT id, handle, region, settlement, topics, CAST(followers AS BIGINT) AS followers, CAST(joined AS DATE) AS joined
            FROM (VALUES ('kol-1', '湘西赶山', '433101', '220', ['farmers.cuisine', 'villages.life'], 12000, '2019-05-02'),
                         ('kol-2', 'Farmer Li', '430524', NULL, ['villages.life'], 0, '2020-01-15'))
                 t(id, handle, region, settlement, topics, followers, joined)
            """);
        Topic cuisine = SannongTaxonomy.Standard.GetByCode("farmers.cuisine");
        Topic life = SannongTaxonomy.Standard.GetByCode("villages.life");
        Assert.Equal(
            [
                new Influencer(new InfluencerId("kol-1"), "湘西赶山", new Region("433101", UrbanRuralCode.Village), [cuisine, life], 12_000, new LocalDate(2019, 5, 2)),
                new Influencer(new InfluencerId("kol-2"), "Farmer Li", new Region("430524"), [life], 0, new LocalDate(2020, 1, 15)),
            ],
            Valid<Influencer>(influencers));

        // No mentor and left columns at all: they are optional.
        string enrolments = Copy("enrolments.parquet", "SELECT 'kol-1' AS influencer, DATE '2024-01-15' AS date");
        Assert.Equal([new Enrolment(new InfluencerId("kol-1"), new LocalDate(2024, 1, 15))], Valid<Enrolment>(enrolments));

        string ledger = Copy("ledger.parquet", """
            SELECT CAST(date AS DATE) AS date, kind, CAST(cash AS DECIMAL(18,2)) AS cash, CAST(impressions AS BIGINT) AS impressions, influencer, memo
            FROM (VALUES ('2024-01-31', 'disbursement', '1500.00', NULL, 'kol-1', '一月'),
                         ('2024-02-01', 'traffic-grant', NULL, 1000000, NULL, NULL))
                 t(date, kind, cash, impressions, influencer, memo)
            """);
        Assert.Equal(
            [
                LedgerEntry.Disbursement(new LocalDate(2024, 1, 31), Money.FromYuan(1500m), new InfluencerId("kol-1"), "一月"),
                LedgerEntry.TrafficGrant(new LocalDate(2024, 2, 1), new Impressions(1_000_000)),
            ],
            Valid<LedgerEntry>(ledger));
    }

    [Fact]
    public void A_sample_folder_copied_through_DuckDB_reads_as_the_same_dataset()
    {
        SannongDataset sample = SampleProgramme.Generate(SampleProgramme.DefaultSeed, 0.002);
        var format = new ParquetRecordFormat();
        string written = Path.Combine(_folder, "library");
        string copied = Path.Combine(_folder, "duckdb");
        DatasetFiles.WriteFolder(sample, written, format);
        Directory.CreateDirectory(copied);
        File.Copy(Path.Combine(written, "dataset.json"), Path.Combine(copied, "dataset.json"));
        foreach (string kind in new[] { "influencers", "enrolments", "ledger", "earnings", "content" })
        {
            Copy(Path.Combine("duckdb", kind + ".parquet"), $"SELECT * FROM '{Path.Combine(written, kind + ".parquet").Replace("'", "''", StringComparison.Ordinal)}'");
        }
        Assert.Equal(sample, DatasetFiles.Read(copied, ValidationOptions.Default, [format]));
    }
}
