using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Record files of other formats in a dataset folder: read with the format their extension names, located by
/// the format's paths, written with it; a format's contract (extension, positions, the record limit) is enforced.</summary>
public sealed class RecordFileFormatTest
{
    /// <summary>A test format: NDJSON lines under another extension, whose fields are shown as columns.</summary>
    private sealed class LinesFormat(string extension) : RecordFileFormat(extension)
    {
        public override void Read<T>(Stream stream, RecordFileReader<T> records) => Ndjson.Read(stream, records);

        public override void Write<T>(IEnumerable<T> records, Stream stream) => Ndjson.Write(records, stream);

        public override string PathOf(DataRecordKind kind, string? field) => field is null ? "(row)" : "column " + field;
    }

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), $"sannong-format-{Guid.NewGuid():N}");

    [Fact]
    public void A_folder_written_in_a_format_reads_back_with_it_and_not_without_it()
    {
        SannongDataset sample = SampleProgramme.Generate(SampleProgramme.DefaultSeed, 0.001);
        var lines = new LinesFormat(".LINES");
        string folder = NewFolder();
        try
        {
            DatasetFiles.WriteFolder(sample, folder, lines);
            Assert.Equal(["content.lines", "dataset.json", "earnings.lines", "enrolments.lines", "influencers.lines", "ledger.lines"],
                Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(sample, DatasetFiles.Read(folder, ValidationOptions.Default, [lines]));

            // Without the format, each file is a problem naming the forms this folder would take.
            ValidationResult<SannongDataset> unknown = DatasetFiles.Validate(folder);
            Assert.Equal(5, unknown.ProblemCount);
            Assert.Equal("[influencers.lines] $: InvalidValue: a record file of this dataset folder is one of influencers.ndjson; influencers.lines is not one.",
                unknown.Problems[0].ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_problem_across_records_is_located_by_the_format_of_its_file()
    {
        // earnings.lines line 1 names an influencer that influencers.ndjson (the other format) does not hold.
        SannongDataset sample = SampleProgramme.Generate(SampleProgramme.DefaultSeed, 0.001);
        var lines = new LinesFormat(".lines");
        string folder = NewFolder();
        try
        {
            DatasetFiles.WriteFolder(sample, folder);
            string earnings = File.ReadAllText(Path.Combine(folder, "earnings.ndjson"));
            string first = sample.Data.Earnings[0].Influencer.ToString();
            File.Delete(Path.Combine(folder, "earnings.ndjson"));
            File.WriteAllText(Path.Combine(folder, "earnings.lines"), earnings.Replace($"\"{first}\"", "\"nobody\"", StringComparison.Ordinal));
            ValidationResult<SannongDataset> result = DatasetFiles.Validate(folder, ValidationOptions.Default, [lines, RecordFileFormat.Ndjson]);
            int count = sample.Data.Earnings.Count(e => e.Influencer.ToString() == first);
            Assert.Equal(count, result.ProblemCount);
            Assert.Equal("[earnings.lines, line 1] column influencer: UnknownInfluencer: influencer 'nobody' is not among the influencers.",
                result.Problems[0].ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Formats_must_have_a_plain_extension_each_of_its_own()
    {
        Assert.Equal(".csv", new LinesFormat(".CsV").Extension);
        Assert.Equal(".csv", new LinesFormat(".csv").ToString());
        Assert.Equal(".ndjson", RecordFileFormat.Ndjson.Extension);
        foreach (string bad in new[] { "", ".", "csv", ".c.v", ".c v", "." + new string('x', 17), ".\u0441sv" })
        {
            Assert.Equal("extension", Assert.Throws<ArgumentException>(() => new LinesFormat(bad)).ParamName);
        }
        Assert.Throws<ArgumentNullException>(() => new LinesFormat(null!));
        string folder = NewFolder();
        Directory.CreateDirectory(folder);
        try
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => DatasetFiles.Validate(folder, ValidationOptions.Default, [new LinesFormat(".x"), new LinesFormat(".X")]));
            Assert.Equal("formats", e.ParamName);
            Assert.Throws<ArgumentException>(() => DatasetFiles.Validate(folder, ValidationOptions.Default, [new LinesFormat(".ndjson")]));
            Assert.Throws<ArgumentNullException>(() => DatasetFiles.Validate(folder, ValidationOptions.Default, [null!]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_file_read_alone_keeps_its_records_rows_and_problems()
    {
        // Line 1 valid, line 2 blank, line 3 a bad month, line 4 valid: records on lines 1 and 4, one problem on line 3.
        string ndjson = "{\"influencer\":\"kol-1\",\"month\":\"2024-01\",\"amount\":\"1.00\",\"source\":\"other\"}\n\n" +
            "{\"influencer\":\"kol-1\",\"month\":\"2024-13\",\"amount\":\"1.00\",\"source\":\"other\"}\n" +
            "{\"influencer\":\"kol-2\",\"month\":\"2024-02\",\"amount\":\"2.50\",\"source\":\"other\"}\n";
        var reader = RecordFileReader<Earning>.ForFile("earnings.ndjson");
        RecordFileFormat.Ndjson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ndjson)), reader);
        Assert.Equal(["kol-1", "kol-2"], reader.Records.Select(e => e.Influencer.Value));
        Assert.Equal([1L, 4L], new[] { reader.PositionOf(0), reader.PositionOf(1) });
        Assert.Equal(1, reader.ProblemCount);
        DataProblem problem = Assert.Single(reader.Problems);
        Assert.Equal(("earnings.ndjson", 3L, "$.month"), (problem.File!, problem.Line!.Value, problem.Path));
        Assert.Equal("earnings.ndjson", reader.FileName);
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.PositionOf(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.PositionOf(-1));
        Assert.Throws<ArgumentException>(() => RecordFileReader<Earning>.ForFile(""));
        Assert.Throws<ArgumentNullException>(() => RecordFileReader<Earning>.ForFile(null!));
    }

    /// <summary>A format that adds records out of order: the reader refuses the position.</summary>
    private sealed class BackwardsFormat() : RecordFileFormat(".back")
    {
        public override void Read<T>(Stream stream, RecordFileReader<T> records)
        {
            var read = new List<(T Value, long Line)>();
            var inner = new LinesFormat(".x");
            // Read with the NDJSON format into a list first, then add the records from the last line to the first.
            foreach (string line in new StreamReader(stream).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var one = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(line));
                T value = SannongJson.ReadNdjson<T>(one).Single().Value!;
                read.Add((value, read.Count + 1));
            }
            for (int i = read.Count - 1; i >= 0; i--)
            {
                records.Add(read[i].Value, read[i].Line);
            }
        }

        public override void Write<T>(IEnumerable<T> records, Stream stream) => Ndjson.Write(records, stream);
    }

    [Fact]
    public void Positions_must_increase()
    {
        SannongDataset sample = SampleProgramme.Generate(SampleProgramme.DefaultSeed, 0.001);
        string folder = NewFolder();
        try
        {
            DatasetFiles.WriteFolder(sample, folder, new BackwardsFormat());
            ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => DatasetFiles.Validate(folder, ValidationOptions.Default, [new BackwardsFormat()]));
            Assert.Equal("position", e.ParamName);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
