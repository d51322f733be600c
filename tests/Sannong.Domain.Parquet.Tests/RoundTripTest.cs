using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Xunit;

namespace Sannong.Domain.Parquet.Tests;

/// <summary>What the format writes reads back as the same records, in order, each at its 1-based row; a folder written
/// as Parquet reads back as the same dataset, and writing what was read gives the same bytes.</summary>
[Properties(Arbitrary = new[] { typeof(ParquetArbitraries) }, MaxTest = 40)]
public sealed class RoundTripTest
{
    internal static byte[] Write<T>(IEnumerable<T> records)
        where T : class
    {
        using var stream = new MemoryStream();
        ParquetRecordFormat.Instance.Write(records, stream);
        return stream.ToArray();
    }

    internal static CollectingSink<T> Read<T>(byte[] file)
        where T : class
    {
        using var stream = new MemoryStream(file, writable: false);
        return CollectingSink<T>.Read(stream);
    }

    private static bool RoundTrips<T>(T[] records)
        where T : class
    {
        byte[] file = Write(records);
        CollectingSink<T> read = Read<T>(file);
        Assert.Empty(read.Problems);
        Assert.Equal(records, read.Records.Select(r => r.Record));
        Assert.Equal(Enumerable.Range(1, records.Length).Select(i => (long)i), read.Records.Select(r => r.Row));
        // Parquet.Net writes the same bytes for the same records (no clock, no random in its output).
        Assert.Equal(file, Write(read.Records.Select(r => r.Record)));
        return true;
    }

    [Property]
    public bool Influencers_round_trip(Influencer[] records) => RoundTrips(records);

    [Property]
    public bool Enrolments_round_trip(Enrolment[] records) => RoundTrips(records);

    [Property]
    public bool Ledger_entries_round_trip(LedgerEntry[] records) => RoundTrips(records);

    [Property]
    public bool Earnings_round_trip(Earning[] records) => RoundTrips(records);

    [Property]
    public bool Content_items_round_trip(ContentItem[] records) => RoundTrips(records);

    [Fact]
    public async System.Threading.Tasks.Task Row_groups_hold_65536_rows_and_rows_are_numbered_across_them()
    {
        // 65,536 + 65,536 + 3 = 131,075 earnings: three row groups; the last record is at row 131,075.
        Earning[] records = [.. Enumerable.Range(0, 131_075).Select(i => new Earning(new InfluencerId("kol-" + (i % 100)),
            new NodaTime.YearMonth(2024, 1 + (i % 12)), Money.FromFen(i), EarningSource.Advertising))];
        byte[] file = Write(records);
        using (var stream = new MemoryStream(file))
        {
            await using global::Parquet.ParquetReader reader = await global::Parquet.ParquetReader.CreateAsync(stream);
            Assert.Equal(3, reader.RowGroupCount);
            Assert.Equal(ParquetRecordFormat.RowGroupSize, reader.RowGroups[0].RowCount);
            Assert.Equal(3, reader.RowGroups[2].RowCount);
        }
        CollectingSink<Earning> read = Read<Earning>(file);
        Assert.Equal(records, read.Records.Select(r => r.Record));
        Assert.Equal(131_075, read.Records[^1].Row);
    }

    [Property(MaxTest = 8)]
    public Property A_dataset_folder_round_trips_through_parquet() =>
        Prop.ForAll(Gen.Choose(1, 10_000).ToArbitrary(), seed =>
        {
            SannongDataset sample = SampleProgramme.Generate(seed, 0.0005);
            var format = new ParquetRecordFormat();
            string folder = TempFolder.New();
            string again = TempFolder.New();
            try
            {
                DatasetFiles.WriteFolder(sample, folder, format);
                Assert.Equal(["content.parquet", "dataset.json", "earnings.parquet", "enrolments.parquet", "influencers.parquet", "ledger.parquet"],
                    Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
                SannongDataset read = DatasetFiles.Read(folder, ValidationOptions.Default, [format]);
                Assert.Equal(sample, read);
                DatasetFiles.WriteFolder(read, again, format);
                foreach (string file in Directory.GetFiles(folder))
                {
                    Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(again, Path.GetFileName(file))));
                }
            }
            finally
            {
                TempFolder.Delete(folder);
                TempFolder.Delete(again);
            }
        });
}

/// <summary>Temporary folders of the tests.</summary>
internal static class TempFolder
{
    internal static string New() => Path.Combine(Path.GetTempPath(), $"sannong-parquet-{Guid.NewGuid():N}");

    internal static void Delete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
