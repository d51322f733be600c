using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Sannong.Domain.Benchmarks;

/// <summary>After a run: one markdown table of every case with its median, its ratio of medians to the baseline of
/// its group (same suite, same parameters), the bytes it allocated and, for reading, its throughput in MB/s.</summary>
internal static class Headlines
{
    internal static void Write(IEnumerable<Summary> summaries, TextWriter output)
    {
        var text = new StringBuilder();
        text.AppendLine("| Suite | Case | Parameters | Median | Ratio (medians) | Allocated | MB/s |");
        text.AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: |");
        foreach (Summary summary in summaries)
        {
            var rows = summary.Reports
                .Where(r => r.ResultStatistics is not null)
                .Select(r => (Report: r, Case: r.BenchmarkCase, Median: r.ResultStatistics!.Median, Params: r.BenchmarkCase.Parameters.DisplayInfo))
                .ToList();
            foreach (var row in rows)
            {
                var baseline = rows.FirstOrDefault(b => b.Case.Descriptor.Baseline && b.Params == row.Params && b.Case.Descriptor.Type == row.Case.Descriptor.Type);
                string ratio = baseline.Report is null ? "" : (row.Median / baseline.Median).ToString("F2", CultureInfo.InvariantCulture);
                long? allocated = row.Report.GcStats.GetBytesAllocatedPerOperation(row.Case);
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {row.Case.Descriptor.Type.Name.Replace("Benchmarks", "", StringComparison.Ordinal)} | {row.Case.Descriptor.WorkloadMethodDisplayInfo.Trim('\'')} | {row.Params} | {Time(row.Median)} | {ratio} | {Bytes(allocated)} | {Throughput(row.Case, row.Median)} |"));
            }
        }
        output.WriteLine();
        output.WriteLine("Headlines (medians; ratio = median / median of the group's baseline):");
        output.Write(text.ToString());
        string folder = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
        Directory.CreateDirectory(folder);
        File.AppendAllText(Path.Combine(folder, "headlines.md"), $"\n## Run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC\n\n{text}");
    }

    private static string Time(double nanoseconds) => nanoseconds switch
    {
        >= 1e9 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e9:F2} s"),
        >= 1e6 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e6:F1} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e3:F1} µs"),
    };

    private static string Bytes(long? bytes) => bytes switch
    {
        null => "?",
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:F1} MB"),
        >= 1_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:F1} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
    };

    // Throughput of the reading suite: the file's size over the median.
    private static string Throughput(BenchmarkCase benchmark, double nanoseconds)
    {
        if (benchmark.Descriptor.Type != typeof(Suites.ReadingBenchmarks) || benchmark.Parameters["File"] is not string file)
        {
            return "";
        }
        string? root = Environment.GetEnvironmentVariable(BenchFiles.DataVariable);
        string scale = Environment.GetEnvironmentVariable("SANNONG_BENCH_READING_SCALE") ?? "1.0";
        string path = root is null ? "" : Path.Combine(BenchFiles.ForScale(root, scale).Folder, file);
        return File.Exists(path) ? string.Create(CultureInfo.InvariantCulture, $"{BenchFiles.SizeMb(path) / (nanoseconds / 1e9):F0}") : "";
    }
}
