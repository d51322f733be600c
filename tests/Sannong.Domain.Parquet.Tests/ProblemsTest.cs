using System;
using System.Data.Common;
using System.IO;
using System.Linq;
using DuckDB.NET.Data;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Xunit;

namespace Sannong.Domain.Parquet.Tests;

/// <summary>A file with a wrong schema is a problem naming the file and the column; a bad value is a problem at its
/// 1-based row and column; neither is an exception. What the Parquet types cannot hold exactly is refused on write.</summary>
public sealed class ProblemsTest : IDisposable
{
    private readonly string _folder = TempFolder.New();
    private readonly DuckDBConnection _db = new("Data Source=:memory:");

    public ProblemsTest()
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

    private static string[] Problems<T>(string path)
        where T : class => [.. DuckDbWrittenTest.Read<T>(path).Problems.Select(p => p.ToString())];

    [Fact]
    public void A_wrong_schema_names_each_column_and_no_record_is_read()
    {
        string path = Copy("earnings.parquet", "SELECT 'kol-1' AS influencer, CAST(1.5 AS DOUBLE) AS amount, 'other' AS source, 1 AS note");
        CollectingSink<Earning> read = DuckDbWrittenTest.Read<Earning>(path);
        Assert.Empty(read.Records);
        Assert.Equal(
            [
                "month: MissingField: the file has no column month, which is required (a UTF-8 string yyyy-MM).",
                "amount: WrongType: column amount must be DECIMAL (money in yuan, at most 2 decimal places; written as DECIMAL(18,2)), but is Double.",
                "note: UnknownField: the file has a column note, which is not one of influencer, month, amount, source.",
            ],
            read.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_timestamp_not_adjusted_to_UTC_is_refused_rather_than_guessed()
    {
        string path = Copy("content.parquet", """
            SELECT 'c-1' AS id, 'kol-1' AS author, 'image' AS kind, TIMESTAMP '2024-01-01 08:00:00' AS published,
                   CAST(1 AS BIGINT) AS views, CAST(0 AS BIGINT) AS likes, CAST(0 AS BIGINT) AS comments, CAST(0 AS BIGINT) AS shares
            """);
        Assert.Equal(
            ["published: WrongType: column published must be TIMESTAMP adjusted to UTC, in milliseconds or microseconds (DuckDB TIMESTAMPTZ), but is TIMESTAMP(Micros, not adjusted to UTC)."],
            Problems<ContentItem>(path));
    }

    [Fact]
    public void Bad_values_are_problems_at_their_row_and_column_and_the_good_rows_are_read()
    {
        string path = Copy("earnings.parquet", """
            SELECT influencer, month, CAST(amount AS DECIMAL(18,3)) AS amount, source
            FROM (VALUES (1, 'kol-1', '2024-01', '1.00', 'other'),
                         (2, 'kol-1', '2024-01', '-0.01', 'other'),
                         (3, 'kol-1', '2024-01', '1.00', 'tips'),
                         (4, '', '2024-01', '1.00', 'other'),
                         (5, 'kol-1', NULL, '1.00', 'other'),
                         (6, 'kol-1', '2024-13', '1.005', 'other'),
                         (7, 'kol-2', '2024-02', '2.50', 'advertising'))
                 t(n, influencer, month, amount, source)
            ORDER BY n
            """);
        CollectingSink<Earning> read = DuckDbWrittenTest.Read<Earning>(path);
        Assert.Equal([1L, 7L], read.Records.Select(r => r.Row));
        Assert.Equal(Money.FromFen(250), read.Records[1].Record.Amount);
        Assert.Equal(
            [
                "[line 2] amount: Negative: amount must not be negative, but was -0.010.",
                "[line 3] source: InvalidValue: 'tips' is not one of advertising, live-gifts, e-commerce, brand-deals or other.",
                "[line 4] influencer: InvalidValue: '' is not a valid identifier: ",
                "[line 5] month: MissingField: month is required, but is null.",
                "[line 6] month: InvalidValue: '2024-13' is not a month yyyy-MM.",
                "[line 6] amount: TooManyDecimals: amount must be a whole number of fen (at most 2 decimal places), but was 1.005.",
            ],
            read.Problems.Select(p => p.ToString().Contains("identifier: ", StringComparison.Ordinal) ? p.ToString()[..(p.ToString().IndexOf("identifier: ", StringComparison.Ordinal) + 12)] : p.ToString()));
    }

    [Fact]
    public void A_ledger_row_with_the_wrong_amount_for_its_kind_is_a_problem_at_that_column()
    {
        string path = Copy("ledger.parquet", """
            SELECT DATE '2024-01-31' AS date, 'traffic-grant' AS kind, CAST(5 AS DECIMAL(18,2)) AS cash, CAST(NULL AS BIGINT) AS impressions
            """);
        Assert.Equal(
            [
                "[line 1] impressions: MissingField: impressions is required on a traffic-grant entry, but is null.",
                "[line 1] cash: InvalidValue: cash must be null on a traffic-grant entry.",
            ],
            Problems<LedgerEntry>(path));
    }

    [Fact]
    public void Problems_in_a_dataset_folder_name_the_parquet_file_and_cross_file_checks_name_the_column()
    {
        SannongDataset sample = SampleProgramme.Generate(SampleProgramme.DefaultSeed, 0.001);
        string folder = Path.Combine(_folder, "data");
        var format = new ParquetRecordFormat();
        DatasetFiles.WriteFolder(sample, folder, format);
        File.Delete(Path.Combine(folder, "earnings.parquet"));
        Copy(Path.Combine("data", "earnings.parquet"), """
            SELECT 'nobody' AS influencer, '2024-01' AS month, CAST(-1 AS DECIMAL(18,2)) AS amount, 'other' AS source
            UNION ALL SELECT 'nobody', '2024-02', CAST(1 AS DECIMAL(18,2)), 'other'
            """);
        ValidationResult<SannongDataset> result = DatasetFiles.Validate(folder, ValidationOptions.Default, [format]);
        Assert.Equal(["[earnings.parquet, line 1] amount: Negative: amount must not be negative, but was -1.00."], result.Problems.Select(p => p.ToString()));

        Copy(Path.Combine("data", "earnings.parquet"), "SELECT 'nobody' AS influencer, '2024-02' AS month, CAST(1 AS DECIMAL(18,2)) AS amount, 'other' AS source");
        result = DatasetFiles.Validate(folder, ValidationOptions.Default, [format]);
        Assert.Equal(["[earnings.parquet, line 1] influencer: UnknownInfluencer: influencer 'nobody' is not among the influencers."], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_file_that_is_not_parquet_is_one_problem()
    {
        string path = Path.Combine(_folder, "earnings.parquet");
        File.WriteAllText(path, "influencer,month\nkol-1,2024-01\n");
        string[] problems = Problems<Earning>(path);
        Assert.Single(problems);
        Assert.StartsWith("(row): InvalidValue: the file is not a Parquet file Parquet.Net can read: ", problems[0], StringComparison.Ordinal);
    }

    /// <summary>A stream that cannot seek (a pipe).</summary>
    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => inner.CanWrite;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }

    [Fact]
    public void Streams_that_cannot_seek_are_read_and_written_through_a_temporary_file()
    {
        SannongDataset sample = SampleProgramme.Generate(SampleProgramme.DefaultSeed, 0.001);
        using var written = new MemoryStream();
        ParquetRecordFormat.Instance.Write(sample.Data.Content, new ForwardOnly(written));
        Assert.Equal(RoundTripTest.Write(sample.Data.Content), written.ToArray());
        // Read from a forward-only stream: copied to a temporary file, then the same records as the seekable bytes.
        using var pipe = new ForwardOnly(new MemoryStream(written.ToArray()));
        CollectingSink<ContentItem> read = CollectingSink<ContentItem>.Read(pipe);
        Assert.Empty(read.Problems);
        Assert.Equal(sample.Data.Content, read.Records.Select(r => r.Record));
    }

    [Fact]
    public void Values_the_columns_cannot_hold_exactly_are_refused_on_write_naming_the_record_and_field()
    {
        // 10^16 yuan is 10^18 fen: one digit more than DECIMAL(18,2) holds.
        Earning big = new(new InfluencerId("kol-1"), new YearMonth(2024, 1), Money.FromFen(1_000_000_000_000_000_000), EarningSource.Other);
        Earning small = new(new InfluencerId("kol-1"), new YearMonth(2024, 1), Money.FromFen(1), EarningSource.Other);
        ArgumentException money = Assert.Throws<ArgumentException>(() => RoundTripTest.Write([small, big]));
        Assert.StartsWith("records[1].amount is 10000000000000000.00 yuan, more than DECIMAL(18,2) holds", money.Message, StringComparison.Ordinal);

        // 1 tick is 100 ns: finer than TIMESTAMP(MICROS).
        ContentItem fine = new(new ContentId("c-1"), new InfluencerId("kol-1"), ContentKind.Image, Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromTicks(1),
            null, "", [], Engagement.Zero);
        ArgumentException instant = Assert.Throws<ArgumentException>(() => RoundTripTest.Write([fine]));
        Assert.StartsWith("records[0].published is 2024-01-01T00:00:00.0000001Z, which has a fraction of a second finer than a microsecond", instant.Message, StringComparison.Ordinal);

        Enrolment ancient = new(new InfluencerId("kol-1"), new LocalDate(0, 12, 31));
        Assert.StartsWith("records[0].date is 0000-12-31, outside the years 1 to 9999", Assert.Throws<ArgumentException>(() => RoundTripTest.Write([ancient])).Message, StringComparison.Ordinal);
    }
}
