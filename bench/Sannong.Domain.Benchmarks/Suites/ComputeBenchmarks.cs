using System;
using BenchmarkDotNet.Attributes;
using Sannong.Domain.Benchmarks.Jobs;

namespace Sannong.Domain.Benchmarks.Suites;

/// <summary>The scorecard over data already loaded: <c>ScorecardCalculator.Compute</c> against bare loops over arrays
/// of the same records. The earnings are repeated 1 or 4 times (same mentees, same keys) so that MemoryDiagnoser shows
/// whether allocation grows with the number of earnings records.</summary>
[MemoryDiagnoser]
public class ComputeBenchmarks
{
    private LoadedData _data = null!;

    /// <summary>How many times each earning appears.</summary>
    [Params(1, 4)]
    public int EarningCopies { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _data = LoadedData.Load(BenchFiles.FromEnvironment(Environment.GetEnvironmentVariable("SANNONG_BENCH_COMPUTE_SCALE") ?? "1.0"), EarningCopies);

    [Benchmark(Baseline = true, Description = "bare loops over arrays")]
    public object BareLoop() => LoadedFloor.Scorecard(_data.Arrays);

    [Benchmark(Description = "ScorecardCalculator.Compute")]
    public object Library() => Sannong.Domain.Progress.ScorecardCalculator.Compute(_data.Data, _data.AsOf);
}
