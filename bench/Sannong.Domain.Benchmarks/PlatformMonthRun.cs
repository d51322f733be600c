using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Sannong.Domain.Exposure;
using Sannong.Domain.Samples;

namespace Sannong.Domain.Benchmarks;

/// <summary>
/// <c>--platform-month [--items N] [--creators M] [--partitions P] [--seed S] [--compare]</c>: streams a synthetic
/// platform month (by default the size Kuaishou reported, 378,000,000 items from 42,000,000 creators) through views
/// by creator on P threads (default: one per core), merges the partial tallies and computes the inequality report,
/// printing the time of each step, the throughput and the peak memory (VmHWM, the peak resident set, from
/// /proc/self/status). With <c>--compare</c> the same process then also tallies the month in one pass on one thread
/// and computes the report the sequence way (InequalityMeasures.Report of the views), checks that both agree exactly,
/// and prints the ratios; it exits 1 on any disagreement.
/// </summary>
internal static class PlatformMonthRun
{
    internal static int Run(string[] args, TextWriter output)
    {
        long items = Number(args, "--items", PlatformMonthOptions.ReportedItems);
        int creators = checked((int)Number(args, "--creators", PlatformMonthOptions.ReportedCreators));
        int partitions = checked((int)Number(args, "--partitions", Environment.ProcessorCount));
        int seed = checked((int)Number(args, "--seed", 1));
        bool compare = args.Contains("--compare");
        var month = new PlatformMonth(new PlatformMonthOptions(items, creators, seed));
        output.WriteLine($"Platform month: {month.Options}, {partitions} partitions on {Environment.ProcessorCount} cores, {RuntimeLine()}");
        output.WriteLine($"load before: {Load()}");

        // Warm-up on a small month, so that the timed run uses optimised code from its first item (tiered JIT).
        var warmUp = new PlatformMonth(new PlatformMonthOptions(4L * PlatformMonth.BlockItems, 10_000, seed));
        for (int i = 0; i < 3; i++)
        {
            _ = TallyInParallel(warmUp, partitions).Report();
            _ = InequalityMeasures.Report(warmUp.Tally().Views.ToArray().Select(x => x));
        }

        var total = Stopwatch.StartNew();
        var step = Stopwatch.StartNew();
        Cpu start = Cpu.Now();
        CreatorViewTally tally = TallyInParallel(month, partitions);
        double tallySeconds = step.Elapsed.TotalSeconds;
        Cpu afterTally = Cpu.Now();
        InequalityReport report = tally.Report();
        double reportSeconds = step.Elapsed.TotalSeconds - tallySeconds;
        double totalSeconds = total.Elapsed.TotalSeconds;
        Cpu afterReport = Cpu.Now();
        long peak = PeakResidentBytes();
        output.WriteLine(Invariant($"views by creator: {tallySeconds,7:F2} s ({items / tallySeconds / 1e6:F1} million items/s, {partitions} threads, merge included); CPU {afterTally - start}"));
        output.WriteLine(Invariant($"inequality report:{reportSeconds,7:F2} s (counting sort of {creators:N0} counts, then every measure); CPU {afterReport - afterTally}"));
        output.WriteLine(Invariant($"total:            {totalSeconds,7:F2} s ({items / totalSeconds / 1e6:F1} million items/s end to end)"));
        output.WriteLine(Invariant($"peak memory:      {peak / 1e9,7:F2} GB resident (VmHWM); {GC.GetTotalAllocatedBytes(precise: true) / 1e9:F2} GB allocated in all; GC collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        output.WriteLine($"load after:  {Load()}");
        output.WriteLine(Invariant($"month: {tally.Items:N0} items, {tally.TotalViews:N0} views; Gini {report.Gini:F4}, top 1% {report.TopOnePercentShare:P1}, top 10% {report.TopTenPercentShare:P1}, bottom half {report.BottomHalfShare:P2}, HHI {report.Hhi:F3}, Theil {report.Theil:F3}, coverage {report.Coverage:P2}"));
        if (!compare)
        {
            return 0;
        }

        output.WriteLine();
        output.WriteLine("Side by side in this process (the same month):");
        step.Restart();
        InequalityReport sequence = InequalityMeasures.Report(tally.Views.ToArray().Select(x => x));
        double sequenceSeconds = step.Elapsed.TotalSeconds;
        bool sameReport = Same(report, sequence);
        output.WriteLine(Invariant($"report the sequence way (copy, Array.Sort of doubles): {sequenceSeconds,7:F2} s, {sequenceSeconds / reportSeconds:F2}x the counting report's time; same report to the last bit: {sameReport}"));
        long[] merged = tally.Views.ToArray();
        tally = null!;
        GC.Collect();
        step.Restart();
        Cpu beforeSingle = Cpu.Now();
        CreatorViewTally single = month.Tally();
        double singleSeconds = step.Elapsed.TotalSeconds;
        Cpu afterSingle = Cpu.Now();
        bool sameTally = single.Views.SequenceEqual(merged) && single.Items == items;
        output.WriteLine(Invariant($"views by creator in one pass on one thread: {singleSeconds,7:F2} s, {singleSeconds / tallySeconds:F2}x the {partitions}-partition time; CPU {afterSingle - beforeSingle}; same tally: {sameTally}"));
        output.WriteLine($"load after:  {Load()}");
        return sameReport && sameTally ? 0 : 1;
    }

    /// <summary>Partition k of P on thread k, each into its own tally, then merged into the first.</summary>
    private static CreatorViewTally TallyInParallel(PlatformMonth month, int partitions)
    {
        var tallies = new CreatorViewTally[partitions];
        Thread[] threads = Enumerable.Range(0, partitions)
            .Select(k => new Thread(() => tallies[k] = month.Tally(k, partitions)) { IsBackground = true })
            .ToArray();
        foreach (Thread thread in threads)
        {
            thread.Start();
        }
        foreach (Thread thread in threads)
        {
            thread.Join();
        }
        for (int k = 1; k < partitions; k++)
        {
            tallies[0].Merge(tallies[k]);
            tallies[k] = null!;
        }
        return tallies[0];
    }

    /// <summary>The process's processor time so far, user and kernel (the kernel's share is mostly page faults on
    /// fresh memory), and its minor page faults.</summary>
    private readonly record struct Cpu(double User, double Kernel, long Faults)
    {
        internal static Cpu Now()
        {
            using var process = Process.GetCurrentProcess();
            // Field 10 of /proc/self/stat (after the command in parentheses) is minflt.
            string stat = File.ReadAllText("/proc/self/stat");
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return new Cpu(process.UserProcessorTime.TotalSeconds, process.PrivilegedProcessorTime.TotalSeconds,
                long.Parse(fields[7], CultureInfo.InvariantCulture));
        }

        public static string operator -(Cpu after, Cpu before) => string.Create(CultureInfo.InvariantCulture,
            $"{after.User - before.User:F1} s user + {after.Kernel - before.Kernel:F1} s kernel, {after.Faults - before.Faults:N0} page faults");
    }

    private static bool Same(InequalityReport a, InequalityReport b) =>
        a.Count == b.Count && a.Total.Equals(b.Total) && a.Gini.Equals(b.Gini) && a.Lorenz.SequenceEqual(b.Lorenz)
        && a.TopOnePercentShare.Equals(b.TopOnePercentShare) && a.TopTenPercentShare.Equals(b.TopTenPercentShare)
        && a.BottomHalfShare.Equals(b.BottomHalfShare) && a.Hhi.Equals(b.Hhi) && a.Theil.Equals(b.Theil)
        && a.Atkinson.Equals(b.Atkinson) && a.Entropy.Equals(b.Entropy) && a.Coverage.Equals(b.Coverage);

    private static long PeakResidentBytes()
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }
        return -1;
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + " (1, 5, 15 min)" : "unknown";

    private static string RuntimeLine() =>
        $".NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static long Number(string[] args, string name, long fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? long.Parse(args[i + 1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : fallback;
    }
}
