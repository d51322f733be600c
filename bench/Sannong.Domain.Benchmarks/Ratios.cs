using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Sannong.Domain.Benchmarks.Jobs;
using Sannong.Domain.Content;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Benchmarks;

/// <summary>
/// The ratios the targets name, measured interleaved: <c>--ratios [--rounds 5] [--only TEXT]</c>. BenchmarkDotNet runs
/// one case after another (tens of seconds each), so on cores shared with other work a change of load between two
/// cases shows as a change of their ratio. Here the alternatives of a group run in turn, once per round (the order
/// rotated each round, a full collection before each run), after two warm-up rounds; a ratio is the median over the
/// rounds of the ratio within a round, so a slow change of load touches both sides of it alike. Also shown: the ratio of
/// the fastest rounds (the least disturbed run of each case).
/// </summary>
internal static class Ratios
{
    // Rounds run before the measured ones: the code tiers up (its hot methods and loops reach optimised code) and the
    // files are in the page cache.
    private const int WarmUpRounds = 2;

    private sealed record Case(string Name, Func<object> Run);

    private sealed record Group(string Name, string? File, Case[] Cases);

    internal static int Run(BenchFiles files, int rounds, string? only, TextWriter output)
    {
        Group[] groups =
        [
            Reading(files.Dataset, LibraryJobs.ReadDataset),
            Reading(files.Sample, LibraryJobs.ReadDataset),
            Reading(files.Earnings, LibraryJobs.ReadNdjson<Earning>),
            Reading(files.Content, LibraryJobs.ReadNdjson<ContentItem>),
            new("files to scorecard", null,
            [
                new("library", () => LibraryJobs.Scorecard(files)),
                new("JsonSerializer + LINQ", () => ReflectionLinq.Scorecard(files)),
                new("DuckDB", () => DuckDbJobs.Scorecard(files)),
                new("Utf8JsonReader walk (reading floor)", () => RawWalk.Tokens(files.Dataset) + RawWalk.Tokens(files.Earnings)),
            ]),
            new("content to inequality", null,
            [
                new("library", () => LibraryJobs.Exposure(files)),
                new("JsonSerializer + LINQ", () => ReflectionLinq.Exposure(files)),
                new("DuckDB", () => DuckDbJobs.Exposure(files)),
                new("Utf8JsonReader walk (reading floor)", () => RawWalk.Tokens(files.Content)),
            ]),
            new("content.parquet to inequality", files.EnsureContentParquet(),
            [
                new("library (ParquetContent, author and views)", () => LibraryJobs.ExposureParquetProjected(files.ContentParquet)),
                new("DuckDB (read_parquet)", () => DuckDbJobs.ExposureParquet(files.ContentParquet)),
                new("library (ParquetRecordFormat, whole records)", () => LibraryJobs.ExposureParquet(files.ContentParquet)),
                new("Parquet.Net decode of every column (reading floor)", () => ParquetFloor.Decode(files.ContentParquet)),
            ]),
        ];
        var table = new StringBuilder();
        table.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Interleaved ratios, {rounds} rounds after {WarmUpRounds} warm-up rounds, on {BenchFiles.Describe(files)}; load before: {Load()}"));
        table.AppendLine();
        table.AppendLine("| Group | Case | Median | Min | Median ratio to the first case | First case / this (speed) | Speed, fastest rounds | MB/s |");
        table.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        output.Write(table.ToString());
        foreach (Group group in groups.Where(g => only is null || g.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            double[][] times = Measure(group, rounds);
            var rows = new StringBuilder();
            for (int c = 0; c < group.Cases.Length; c++)
            {
                double[] mine = times[c];
                double ratio = Median([.. Enumerable.Range(0, rounds).Select(r => mine[r] / times[0][r])]);
                string mbs = group.File is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{BenchFiles.SizeMb(group.File) / (Median(mine) / 1000):F0}");
                rows.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {group.Name} | {group.Cases[c].Name} | {Median(mine):F0} ms | {mine.Min():F0} ms | {ratio:F2} | {1 / ratio:F2} | {times[0].Min() / mine.Min():F2} | {mbs} |"));
            }
            output.Write(rows.ToString());
            table.Append(rows);
        }
        string after = $"Load after: {Load()}";
        output.WriteLine(after);
        table.AppendLine().AppendLine(after);
        string folder = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
        Directory.CreateDirectory(folder);
        File.AppendAllText(Path.Combine(folder, "ratios.md"), $"\n## Run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC\n\n{table}");
        return 0;
    }

    // Reading one file: the raw walk first (the ratios are to it), then the library's reader and JsonSerializer.
    private static Group Reading(string path, Func<string, int> library) => new(
        "read " + Path.GetFileName(path), path,
        [
            new("Utf8JsonReader walk", () => RawWalk.Tokens(path)),
            new("library reader", () => library(path)),
            new("JsonSerializer (reflection)", () => ReflectionLinq.Read(path)),
        ]);

    // times[case][round] in milliseconds.
    private static double[][] Measure(Group group, int rounds)
    {
        int n = group.Cases.Length;
        for (int warm = 0; warm < WarmUpRounds; warm++)
        {
            foreach (Case c in group.Cases)
            {
                GC.KeepAlive(c.Run());
            }
        }
        double[][] times = [.. Enumerable.Range(0, n).Select(_ => new double[rounds])];
        for (int round = 0; round < rounds; round++)
        {
            for (int k = 0; k < n; k++)
            {
                int c = (k + round) % n;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                long start = Stopwatch.GetTimestamp();
                GC.KeepAlive(group.Cases[c].Run());
                times[c][round] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }
        return times;
    }

    private static double Median(double[] values)
    {
        double[] sorted = [.. values.Order()];
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
