using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Sannong.Domain.Benchmarks.Jobs;

namespace Sannong.Domain.Benchmarks.Suites;

/// <summary>Job 1 end to end, files to scorecard numbers: the library against the alternatives, same files.</summary>
[MemoryDiagnoser]
public class ScorecardEndToEndBenchmarks
{
    private BenchFiles _files = null!;

    /// <summary>The scale of the sample programme (SANNONG_BENCH_SCALES).</summary>
    [ParamsSource(nameof(Scales))]
    public string Scale { get; set; } = "";

    public static IEnumerable<string> Scales() => BenchFiles.Scales();

    [GlobalSetup]
    public void Setup() => _files = BenchFiles.FromEnvironment(Scale);

    [Benchmark(Baseline = true, Description = "library")]
    public object Library() => LibraryJobs.Scorecard(_files);

    [Benchmark(Description = "JsonSerializer + LINQ")]
    public object ReflectionAndLinq() => ReflectionLinq.Scorecard(_files);

    [Benchmark(Description = "DuckDB")]
    public object DuckDb() => DuckDbJobs.Scorecard(_files);

    [Benchmark(Description = "Utf8JsonReader walk (reading floor)")]
    public long RawWalk() => Jobs.RawWalk.Tokens(_files.Dataset) + Jobs.RawWalk.Tokens(_files.Earnings);
}
