using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Sannong.Domain.Benchmarks.Jobs;
using Sannong.Domain.Content;

namespace Sannong.Domain.Benchmarks.Suites;

/// <summary>Job 2 end to end, content NDJSON to the Gini and top-10% share of views by creator.</summary>
[MemoryDiagnoser]
public class ExposureEndToEndBenchmarks
{
    private BenchFiles _files = null!;
    private ContentItem[] _loaded = [];

    /// <summary>The scale of the sample programme (SANNONG_BENCH_SCALES).</summary>
    [ParamsSource(nameof(Scales))]
    public string Scale { get; set; } = "";

    public static IEnumerable<string> Scales() => BenchFiles.Scales();

    [GlobalSetup]
    public void Setup()
    {
        _files = BenchFiles.FromEnvironment(Scale);
        _loaded = [.. LibraryJobs.LoadNdjson<ContentItem>(_files.Content)];
        _files.EnsureContentParquet();
    }

    [Benchmark(Baseline = true, Description = "library")]
    public object Library() => LibraryJobs.Exposure(_files);

    [Benchmark(Description = "JsonSerializer + LINQ")]
    public object ReflectionAndLinq() => ReflectionLinq.Exposure(_files);

    [Benchmark(Description = "DuckDB")]
    public object DuckDb() => DuckDbJobs.Exposure(_files);

    [Benchmark(Description = "library, content.parquet (ParquetRecordFormat)")]
    public object LibraryParquet() => LibraryJobs.ExposureParquet(_files.ContentParquet);

    [Benchmark(Description = "DuckDB, content.parquet (read_parquet)")]
    public object DuckDbParquet() => DuckDbJobs.ExposureParquet(_files.ContentParquet);

    [Benchmark(Description = "Utf8JsonReader walk (reading floor)")]
    public long RawWalk() => Jobs.RawWalk.Tokens(_files.Content);

    [Benchmark(Description = "bare loop + Array.Sort over loaded items (compute floor)")]
    public object ComputeFloor() => LoadedFloor.Exposure(_loaded);
}
