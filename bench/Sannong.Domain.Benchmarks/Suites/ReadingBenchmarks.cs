using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Sannong.Domain.Benchmarks.Jobs;
using Sannong.Domain.Content;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Benchmarks.Suites;

/// <summary>Reading alone, file by file: the library's reader (read and check every field, build the domain records;
/// for a document also the checks across records) against the raw token walk of the same bytes. Two documents:
/// dataset.json (programme, influencers, enrolments, ledger) and sample.json (the same plus the earnings; see
/// <see cref="BenchFiles"/>).</summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private string _path = "";

    /// <summary>The file read.</summary>
    [Params("dataset.json", "sample.json", "earnings.ndjson", "content.ndjson")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        BenchFiles files = BenchFiles.FromEnvironment(Environment.GetEnvironmentVariable("SANNONG_BENCH_READING_SCALE") ?? "1.0");
        _path = Path.Combine(files.Folder, File);
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader walk")]
    public long RawWalk() => Jobs.RawWalk.Tokens(_path);

    [Benchmark(Description = "JsonDocument.Parse only")]
    public long Documents() => Jobs.RawWalk.Documents(_path);

    [Benchmark(Description = "JsonSerializer (reflection)")]
    public int Reflection() => ReflectionLinq.Read(_path);

    [Benchmark(Description = "library reader")]
    public int Library() => File switch
    {
        "dataset.json" or "sample.json" => LibraryJobs.ReadDataset(_path),
        "earnings.ndjson" => LibraryJobs.ReadNdjson<Earning>(_path),
        _ => LibraryJobs.ReadNdjson<ContentItem>(_path),
    };
}
