using System;
using System.Diagnostics;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Xunit;
using Xunit.Abstractions;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Tests that measure the process's live memory: they run alone, after the parallel tests, so that no
/// other test's allocations are counted.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;

/// <summary>NDJSON is read in constant memory.</summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class NdjsonMemoryTest(ITestOutputHelper output)
{
    [Fact]
    public void A_million_records_are_read_in_constant_memory()
    {
        const int Count = 1_000_000;
        var clock = Stopwatch.StartNew();
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peakGrowth = 0;
        long valid = 0;
        long fen = 0;
        long lastLine = 0;
        foreach (NdjsonRecord<Earning> record in SannongJson.ReadNdjson<Earning>(new GeneratedNdjsonStream(Count)))
        {
            valid += record.IsValid ? 1 : 0;
            fen += record.Value?.Amount.Fen ?? 0;
            lastLine = record.Line;
            if (record.Line % 200_000 == 0)
            {
                peakGrowth = Math.Max(peakGrowth, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }
        output.WriteLine($"{Count} records in {clock.ElapsedMilliseconds} ms; live memory grew by at most {peakGrowth} bytes; " +
            $"{GC.GetTotalAllocatedBytes()} bytes allocated in this process so far");

        Assert.Equal(Count, valid);
        Assert.Equal(Count, lastLine);
        // Line i earns i fen: 1 + 2 + ... + 1,000,000 = 1,000,000 * 1,000,001 / 2 = 500,000,500,000 fen.
        Assert.Equal(500_000_500_000L, fen);
        // The line buffer (at most 1 MiB) and one record at a time: live memory stays under 8 MiB whatever the count.
        Assert.True(peakGrowth < 8 * 1024 * 1024, $"live memory grew by {peakGrowth} bytes");
    }
}
