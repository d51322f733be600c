using System;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Csv.Tests;

/// <summary>What the CSV format writes reads back as the same records, row for row, and a folder written in CSV reads
/// back as the same dataset and writes again as the same bytes.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 100)]
public sealed class CsvRoundTripTest
{
    private static readonly CsvRecordFormat Format = new();

    private static bool RoundTrips<T>(T[] records)
        where T : class
    {
        byte[] bytes = CsvHarness.Write(Format, records);
        CsvHarness.Result<T> read = CsvHarness.Read<T>(Format, bytes);
        Assert.Empty(read.Problems);
        Assert.Equal(records, read.Records);
        // Row numbers: the header is row 1, so record i (from 0) is on row i + 2.
        Assert.Equal(Enumerable.Range(2, records.Length).Select(i => (long)i), read.Rows);
        Assert.Equal(bytes, CsvHarness.Write(Format, read.Records));
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

    [Property(MaxTest = 25)]
    public Property A_dataset_folder_round_trips_exactly() =>
        Prop.ForAll(Arb.From(Gen.OneOf(DomainArbitraries.SannongDatasetGen, DomainArbitraries.ExtremeSannongDatasetGen)), dataset =>
        {
            string folder = CsvHarness.NewFolder();
            string again = CsvHarness.NewFolder();
            try
            {
                DatasetFiles.WriteFolder(dataset, folder, Format);
                ValidationResult<SannongDataset> read = DatasetFiles.Validate(folder, ValidationOptions.Default, [Format]);
                Assert.Empty(read.Problems);
                Assert.Equal(dataset, read.Value);
                DatasetFiles.WriteFolder(read.Value!, again, Format);
                foreach (string file in Directory.GetFiles(folder))
                {
                    Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(again, Path.GetFileName(file))));
                }
                Assert.Equal(Directory.GetFiles(folder).Length, Directory.GetFiles(again).Length);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
                if (Directory.Exists(again))
                {
                    Directory.Delete(again, recursive: true);
                }
            }
        });

    [Fact]
    public void The_sample_programme_round_trips_through_csv_and_back_to_ndjson()
    {
        SannongDataset sample = Samples.SampleProgramme.Generate(Samples.SampleProgramme.DefaultSeed, 0.002);
        string folder = CsvHarness.NewFolder();
        try
        {
            DatasetFiles.WriteFolder(sample, folder, Format);
            Assert.Equal(["content.csv", "dataset.json", "earnings.csv", "enrolments.csv", "influencers.csv", "ledger.csv"],
                Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(sample, DatasetFiles.Read(folder, ValidationOptions.Default, [Format]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
