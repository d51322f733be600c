using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Sannong.Domain.Benchmarks;

/// <summary>
/// The benchmark program. Modes:
/// <c>--generate DIR --scale 0.1,0.3,1.0</c> writes the files of each scale under DIR;
/// <c>--memory FILE</c> reads one dataset document and prints its peak memory against its records' (see MemoryPeak);
/// <c>--ratios [--scale 1.0] [--rounds 5] [--only TEXT]</c> measures the targets' ratios interleaved (see Ratios);
/// <c>--check [--scale 0.01] [--data DIR]</c> runs every alternative once on the same files and compares (exit 1 on any
/// disagreement; without --data the files are generated in a temporary folder and removed);
/// <c>--platform-month [--items N --creators M --partitions P --compare]</c> streams a synthetic platform month through
/// views by creator and the inequality report (see <see cref="PlatformMonthRun"/>);
/// anything else goes to BenchmarkDotNet (e.g. <c>--filter * --job short</c>), reading the files under
/// SANNONG_BENCH_DATA at the scales of SANNONG_BENCH_SCALES.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Contains("--generate"))
        {
            string root = Value(args, "--generate") ?? throw new ArgumentException("--generate needs a folder.");
            foreach (string scale in (Value(args, "--scale") ?? "1.0").Split(','))
            {
                BenchFiles.Generate(root, scale, Console.Out);
            }
            return 0;
        }
        if (args.Contains("--platform-month"))
        {
            return PlatformMonthRun.Run(args, Console.Out);
        }
        if (args.Contains("--check"))
        {
            string scale = Value(args, "--scale") ?? "0.01";
            string? data = Value(args, "--data");
            string root = data ?? Path.Combine(Path.GetTempPath(), "sannong-bench-check-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            try
            {
                BenchFiles files = data is not null && BenchFiles.ForScale(root, scale).Exist
                    ? BenchFiles.ForScale(root, scale)
                    : BenchFiles.Generate(root, scale, Console.Out);
                return Check.Run(files, Console.Out) ? 0 : 1;
            }
            finally
            {
                if (data is null && Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }
            }
        }
        if (args.Contains("--memory"))
        {
            return MemoryPeak.Run(Value(args, "--memory") ?? throw new ArgumentException("--memory needs a dataset document."), Console.Out);
        }
        if (args.Contains("--ratios"))
        {
            int rounds = int.Parse(Value(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
            return Ratios.Run(BenchFiles.FromEnvironment(Value(args, "--scale") ?? "1.0"), rounds, Value(args, "--only"), Console.Out);
        }
        IConfig config = DefaultConfig.Instance
            .AddColumn(StatisticColumn.Median)
            .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(20));
        Summary[] summaries = [.. BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config)];
        Headlines.Write(summaries, Console.Out);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static string? Value(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
