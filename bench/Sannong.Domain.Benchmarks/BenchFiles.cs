using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Benchmarks;

/// <summary>
/// The files every job reads, for one scale of the sample programme (seed 1), in one folder that is a dataset folder
/// (docs/dataset-format.md; read whole by <c>DatasetFiles.Read</c> and by <c>sannong scorecard --data DIR</c> and
/// <c>sannong exposure --data DIR</c>): <c>dataset.json</c> (the sannong-dataset/1 document with the programme, its
/// influencers, enrolments and ledger as arrays), <c>earnings.ndjson</c> and <c>content.ndjson</c> (one record a
/// line). Beside them <c>sample.json</c>, one document with every record but the content (the folder's reader ignores
/// it: a file of no kind of record): the "full-scale document" of issue 16's command-line and memory targets. The
/// bench keeps the influencers, enrolments and ledger inside dataset.json, where <c>sannong sample --out DIR</c> puts
/// every kind in its own file, so that the reading benchmarks keep measuring the same documents.
/// </summary>
internal sealed class BenchFiles
{
    /// <summary>The environment variable naming the folder that holds one sub-folder per scale.</summary>
    internal const string DataVariable = "SANNONG_BENCH_DATA";

    /// <summary>The environment variable listing the scales the scaled suites run at (comma-separated).</summary>
    internal const string ScalesVariable = "SANNONG_BENCH_SCALES";

    internal BenchFiles(string folder)
    {
        Folder = folder;
    }

    internal string Folder { get; }

    internal string Dataset => Path.Combine(Folder, "dataset.json");

    internal string Earnings => Path.Combine(Folder, "earnings.ndjson");

    internal string Content => Path.Combine(Folder, "content.ndjson");

    internal string Sample => Path.Combine(Folder, "sample.json");

    /// <summary>The content as Parquet (issue 18), written by the library's Parquet format from content.ndjson. It lives
    /// in a sub-folder: beside content.ndjson it would give the folder's content a second place.</summary>
    internal string ContentParquet => Path.Combine(Folder, "parquet", "content.parquet");

    /// <summary>Writes <see cref="ContentParquet"/> from content.ndjson when it is missing (data generated before issue
    /// 18); returns its path.</summary>
    internal string EnsureContentParquet()
    {
        if (!File.Exists(ContentParquet))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ContentParquet)!);
            string partial = ContentParquet + ".partial";
            using (FileStream file = File.Create(partial))
            {
                Parquet.ParquetRecordFormat.Instance.Write(Jobs.LibraryJobs.LoadNdjson<Content.ContentItem>(Content), file);
            }
            File.Move(partial, ContentParquet, overwrite: true);
        }
        return ContentParquet;
    }

    internal bool Exist => File.Exists(Dataset) && File.Exists(Earnings) && File.Exists(Content) && File.Exists(Sample);

    /// <summary>The folder of one scale under the data root: 0.1 is "scale-0.1".</summary>
    internal static BenchFiles ForScale(string root, string scale) => new(Path.Combine(root, "scale-" + scale));

    /// <summary>The files of a scale under the data root of <see cref="DataVariable"/>; throws when they are missing.</summary>
    internal static BenchFiles FromEnvironment(string scale)
    {
        string root = Environment.GetEnvironmentVariable(DataVariable)
            ?? throw new InvalidOperationException($"{DataVariable} is not set: run bench/run.sh, or set it to the folder the generator wrote.");
        BenchFiles files = ForScale(root, scale);
        return files.Exist
            ? files
            : throw new InvalidOperationException($"{files.Folder} lacks the data files: generate them with --generate {root} --scale {scale}.");
    }

    /// <summary>The scales of <see cref="ScalesVariable"/>, or 1.0 alone.</summary>
    internal static string[] Scales() =>
        (Environment.GetEnvironmentVariable(ScalesVariable) ?? "1.0")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Generates the sample programme at a scale and writes its files: the three of the dataset folder, and
    /// sample.json.</summary>
    internal static BenchFiles Generate(string root, string scale, TextWriter log)
    {
        BenchFiles files = ForScale(root, scale);
        Directory.CreateDirectory(files.Folder);
        SannongDataset sample = SampleProgramme.Generate(seed: 1, scale: double.Parse(scale, CultureInfo.InvariantCulture));
        ProgrammeData all = sample.Data;
        ProgrammeData document = ProgrammeData.Create(all.Programme, all.Influencers, all.Enrolments, all.Ledger.Entries, [], []);
        File.WriteAllBytes(files.Dataset, WithoutEmptyEarningsAndContent(SannongJson.ToUtf8Bytes(new SannongDataset(document, sample.AsOf))));
        using (FileStream earnings = File.Create(files.Earnings))
        {
            SannongJson.WriteNdjson(all.Earnings, earnings);
        }
        using (FileStream content = File.Create(files.Content))
        {
            SannongJson.WriteNdjson(all.Content, content);
        }
        ProgrammeData withEarnings = ProgrammeData.Create(all.Programme, all.Influencers, all.Enrolments, all.Ledger.Entries, all.Earnings, []);
        SannongJson.WriteDatasetFile(new SannongDataset(withEarnings, sample.AsOf), files.Sample);
        files.EnsureContentParquet();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scale {scale}: {all.Influencers.Length:N0} influencers, {all.Enrolments.Length:N0} enrolments, {all.Ledger.Count:N0} ledger entries in {files.Dataset} ({Mb(files.Dataset)}); " +
            $"{all.Earnings.Length:N0} earnings ({Mb(files.Earnings)}); {all.Content.Length:N0} content items ({Mb(files.Content)}); with the earnings in {files.Sample} ({Mb(files.Sample)})"));
        return files;
    }

    /// <summary>The document without its empty earnings and content arrays, which would give those kinds a second place
    /// beside earnings.ndjson and content.ndjson (a dataset folder's DuplicateSource problem). The writer ends a
    /// document whose last two arrays are empty with exactly <see cref="EmptyTail"/>; anything else is an error here,
    /// never a silent change. (A JSON string cannot hold this raw text: its quotes would be escaped.)</summary>
    private static byte[] WithoutEmptyEarningsAndContent(byte[] document)
    {
        byte[] tail = System.Text.Encoding.UTF8.GetBytes(EmptyTail);
        if (!document.AsSpan().EndsWith(tail))
        {
            throw new InvalidOperationException("the dataset document does not end with empty earnings and content arrays as expected: update BenchFiles.");
        }
        return [.. document.AsSpan(0, document.Length - tail.Length), .. "\n}\n"u8];
    }

    private const string EmptyTail = ",\n  \"earnings\": [],\n  \"content\": []\n}\n";

    internal static double SizeMb(string path) => new FileInfo(path).Length / 1_000_000.0;

    private static string Mb(string path) => string.Create(CultureInfo.InvariantCulture, $"{SizeMb(path):F1} MB");

    internal static string Describe(BenchFiles files) =>
        string.Join(", ", new[] { files.Dataset, files.Earnings, files.Content, files.Sample }.Select(p => $"{Path.GetFileName(p)} {Mb(p)}"));
}
