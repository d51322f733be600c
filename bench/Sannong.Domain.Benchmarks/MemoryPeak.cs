using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Sannong.Domain.Benchmarks.Jobs;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Benchmarks;

/// <summary>
/// The memory target: how much memory reading a dataset document takes at its peak, against the managed size of the
/// records it returns. Run in a fresh process (<c>--memory FILE</c>), after a warm-up read of a tiny sample (so that
/// the reader's code is compiled and its static caches exist before the baseline):
/// <list type="bullet">
/// <item><b>records</b>: the live managed heap after the read with the returned dataset alive, less the same once the
/// dataset is dropped (each after a full compacting collection), so that buffers the reader leaves in a pool (the
/// shared <c>ArrayPool</c> keeps what it lent) are not counted as records; those are reported apart;</item>
/// <item><b>peak managed heap</b>: the largest managed heap seen during the read (garbage not yet collected included),
/// less the live heap before it: the heap's size just before each collection (from <c>GC.GetGCMemoryInfo</c>, the
/// sum of the generations' sizes before it), and <c>GC.GetTotalMemory(false)</c>, sampled every millisecond by a
/// second thread;</item>
/// <item><b>peak resident set</b>: the process's VmHWM at the end (reset through /proc/self/clear_refs before the read
/// where the kernel allows it) minus its VmRSS before the read: native memory and compiled code included.</item>
/// </list>
/// The target is met when the peak managed heap is at most twice the records.
/// </summary>
internal static class MemoryPeak
{
    internal static int Run(string path, TextWriter output)
    {
        Warm();
        long before = LiveHeap();
        bool reset = TryResetPeakResidentSet();
        long rssBefore = Status("VmRSS:");
        int collections0 = GC.CollectionCount(0), collections2 = GC.CollectionCount(2);
        TimeSpan paused = GC.GetTotalPauseDuration();
        var sampler = new Sampler();
        var dataset = new StrongBox<SannongDataset?>();
        (TimeSpan elapsed, int records) = Read(path, dataset);
        long peakHeap = sampler.Stop();
        int gen0 = GC.CollectionCount(0) - collections0, gen2 = GC.CollectionCount(2) - collections2;
        paused = GC.GetTotalPauseDuration() - paused;
        long hwm = Status("VmHWM:");
        long withRecords = LiveHeap();
        dataset.Value = null;
        long withoutRecords = LiveHeap();

        long kept = withRecords - withoutRecords;
        long retained = withoutRecords - before;
        long peak = peakHeap - before;
        long resident = hwm - rssBefore;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Memory of reading {Path.GetFileName(path)} ({BenchFiles.SizeMb(path):F1} MB, {records:N0} records) in a fresh process: read in {elapsed.TotalSeconds:F2} s, " +
            $"{gen0:N0} collections ({gen2:N0} of generation 2) pausing it {paused.TotalSeconds:F2} s; load {Load()}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  records: live managed heap with the dataset, less without it        {Mb(kept),10}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  peak managed heap during the read, above the live heap at the start {Mb(peak),10}   {(double)peak / kept:F2} x the records (target at most 2)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  peak resident set (VmHWM{(reset ? "" : ", not reset: includes start-up")}) above VmRSS at the start      {Mb(resident),10}   {(double)resident / kept:F2} x the records"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  kept after the dataset is dropped (pooled buffers, caches)           {Mb(retained),10}"));
        return 0;
    }

    // The read, in a method of its own so that no slot of the caller's frame keeps the dataset alive once dropped.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (TimeSpan Elapsed, int Records) Read(string path, StrongBox<SannongDataset?> into)
    {
        var clock = Stopwatch.StartNew();
        into.Value = SannongJson.ReadDatasetFile(path);
        TimeSpan elapsed = clock.Elapsed;
        return (elapsed, LibraryJobs.Records(into.Value.Data));
    }

    // Reads a tiny sample once, so that the baseline includes the reader's compiled code and static caches.
    private static void Warm()
    {
        string file = Path.Combine(Path.GetTempPath(), "sannong-memory-warm-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".json");
        try
        {
            SannongJson.WriteDatasetFile(SampleProgramme.Generate(seed: 2, scale: 0.001), file);
            GC.KeepAlive(SannongJson.ReadDatasetFile(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    // The live managed heap: a full, blocking, compacting collection (the large object heap too), then the heap's size.
    private static long LiveHeap()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:F1} MB");

    // A line of /proc/self/status ("VmHWM:   123456 kB") in bytes; 0 where there is no such file.
    private static long Status(string field)
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return 0;
        }
        foreach (string line in File.ReadLines(Status))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                string kb = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }
        return 0;
    }

    // Writing 5 to clear_refs resets the peak resident set size to the current one (Linux 4.0 and later).
    private static bool TryResetPeakResidentSet()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Samples the managed heap's size every millisecond on its own thread until stopped.</summary>
    private sealed class Sampler
    {
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _peak;
        private long _lastIndex = GC.GetGCMemoryInfo(GCKind.Any).Index;

        internal Sampler()
        {
            _peak = GC.GetTotalMemory(forceFullCollection: false);
            _thread = new Thread(Loop) { IsBackground = true, Name = "heap sampler" };
            _thread.Start();
        }

        /// <summary>Stops sampling; the largest heap seen.</summary>
        internal long Stop()
        {
            _stop = true;
            _thread.Join();
            Sample();
            return _peak;
        }

        private void Loop()
        {
            while (!_stop)
            {
                Sample();
                Thread.Sleep(1);
            }
        }

        private void Sample()
        {
            long now = GC.GetTotalMemory(forceFullCollection: false);
            GCMemoryInfo info = GC.GetGCMemoryInfo(GCKind.Any);
            if (info.Index != _lastIndex)
            {
                _lastIndex = info.Index;
                long beforeCollection = 0;
                foreach (GCGenerationInfo generation in info.GenerationInfo)
                {
                    beforeCollection += generation.SizeBeforeBytes;
                }
                now = Math.Max(now, beforeCollection);
            }
            _peak = Math.Max(_peak, now);
        }
    }
}
