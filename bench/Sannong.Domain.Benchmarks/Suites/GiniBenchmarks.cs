using System;
using BenchmarkDotNet.Attributes;
using Sannong.Domain.Exposure;

namespace Sannong.Domain.Benchmarks.Suites;

/// <summary>The Gini coefficient of 10 million amounts against sorting them: <c>InequalityMeasures.Gini</c> (which
/// copies, checks, sorts and sums) against copying the same values into a buffer and <c>Array.Sort</c>.</summary>
[MemoryDiagnoser]
public class GiniBenchmarks
{
    private long[] _amounts = [];
    private long[] _buffer = [];

    [Params(10_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _amounts = GiniData.Amounts(Count);
        _buffer = new long[Count];
    }

    [Benchmark(Baseline = true, Description = "copy + Array.Sort")]
    public long Sort()
    {
        Array.Copy(_amounts, _buffer, _amounts.Length);
        Array.Sort(_buffer);
        return _buffer[^1];
    }

    [Benchmark(Description = "InequalityMeasures.Gini")]
    public double? Gini() => InequalityMeasures.Gini(_amounts);
}
