using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Sannong.Domain.Benchmarks.Jobs;
using Sannong.Domain.Content;
using Sannong.Domain.Exposure;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Benchmarks;

/// <summary>The correctness check run before any timing: every alternative, once, on the same files; each must give
/// the library's numbers (exactly for money and counts, to <see cref="ExposureNumbers.Tolerance"/> for Gini and the
/// top share). Prints a table; returns false on any disagreement.</summary>
internal static class Check
{
    internal static bool Run(BenchFiles files, TextWriter output)
    {
        output.WriteLine($"Correctness check on {BenchFiles.Describe(files)}");
        bool ok = true;

        // First, while nothing else is loaded: the live heap must not grow with the records read.
        output.WriteLine();
        output.WriteLine("NDJSON reading in constant memory (live heap above the start, sampled every 500 records after a full collection):");
        ok &= Memory(output, files.Earnings, LiveHeapGrowth<Earning>(files.Earnings));
        ok &= Memory(output, files.Content, LiveHeapGrowth<ContentItem>(files.Content));

        output.WriteLine();
        output.WriteLine("Job 1, files to scorecard (exact):");
        ScorecardNumbers reference = Timed(output, "library (dataset + streamed earnings NDJSON)", () => LibraryJobs.Scorecard(files), out _);
        LoadedData loaded = LoadedData.Load(files);
        Row(output, "library, ScorecardCalculator over loaded data", reference, () => LibraryJobs.Scorecard(loaded.Data, loaded.AsOf), ref ok);
        Row(output, "compute floor, bare loops over loaded arrays", reference, () => LoadedFloor.Scorecard(loaded.Arrays), ref ok);
        Row(output, "library, ScorecardCalculator over sample.json", reference,
            () => LibraryJobs.Scorecard(SannongJson.ReadDatasetFile(files.Sample).Data, loaded.AsOf), ref ok);
        // The folder is a dataset folder (issue 17): what `sannong scorecard --data DIR` reads, through DatasetFiles.
        ProgrammeData folder = DatasetFiles.Read(files.Folder).Data;
        Row(output, "library, DatasetFiles.Read of the folder (--data DIR)", reference, () => LibraryJobs.Scorecard(folder, loaded.AsOf), ref ok);
        Row(output, "JsonSerializer (reflection) + LINQ", reference, () => ReflectionLinq.Scorecard(files), ref ok);
        Row(output, "DuckDB read_json_auto + SQL", reference, () => DuckDbJobs.Scorecard(files), ref ok);
        LoadedData twice = LoadedData.Load(files, earningCopies: 2);
        ScorecardNumbers doubled = LibraryJobs.Scorecard(twice.Data, twice.AsOf);
        Row(output, "compute floor, earnings repeated twice", doubled, () => LoadedFloor.Scorecard(twice.Arrays), ref ok);

        output.WriteLine();
        output.WriteLine($"Job 2, content NDJSON to inequality of views by creator (counts exact, Gini and top share within {ExposureNumbers.Tolerance:G}):");
        ExposureNumbers exposure = Timed(output, "library (streamed content NDJSON)", () => LibraryJobs.Exposure(files), out _);
        Row(output, "compute floor, bare loop + Array.Sort over loaded items", exposure, () => LoadedFloor.Exposure(loaded.Arrays.Content), ref ok);
        Row(output, "library, content of DatasetFiles.Read of the folder", exposure,
            () => ExposureNumbers.From(InequalityMeasures.Report(ExposureCalculator.ViewsByCreator(folder.Content).Values)), ref ok);
        Row(output, "JsonSerializer (reflection) + LINQ", exposure, () => ReflectionLinq.Exposure(files), ref ok);
        Row(output, "DuckDB read_json_auto + SQL", exposure, () => DuckDbJobs.Exposure(files), ref ok);
        string parquet = files.EnsureContentParquet();
        Row(output, "library, content.parquet through ParquetContent (author and views columns)", exposure, () => LibraryJobs.ExposureParquetProjected(parquet), ref ok);
        Row(output, "library, content.parquet through ParquetRecordFormat", exposure, () => LibraryJobs.ExposureParquet(parquet), ref ok);
        Row(output, "DuckDB read_parquet + SQL on the same content.parquet", exposure, () => DuckDbJobs.ExposureParquet(parquet), ref ok);
        long decoded = ParquetFloor.Decode(parquet);
        bool floorOk = decoded >= 10L * loaded.Arrays.Content.Length;
        ok &= floorOk;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {(floorOk ? "ok  " : "FAIL")} Parquet.Net decode of every column of content.parquet: {decoded:N0} values (at least 10 a row for {loaded.Arrays.Content.Length:N0} rows)"));

        output.WriteLine();
        output.WriteLine("Reading alone: the token walk, JsonDocument.Parse and JsonSerializer must read as many records as the library:");
        (string Path, int Records)[] reads =
        [
            (files.Dataset, LibraryJobs.ReadDataset(files.Dataset)),
            (files.Sample, LibraryJobs.ReadDataset(files.Sample)),
            (files.Earnings, LibraryJobs.ReadNdjson<Earning>(files.Earnings)),
            (files.Content, LibraryJobs.ReadNdjson<ContentItem>(files.Content)),
        ];
        bool whole = reads[1].Records == reads[0].Records + reads[2].Records;
        ok &= whole;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {(whole ? "ok  " : "FAIL")} sample.json holds the records of dataset.json and earnings.ndjson ({reads[1].Records:N0})"));
        foreach ((string path, int records) in reads)
        {
            long tokens = RawWalk.Tokens(path);
            long properties = RawWalk.Documents(path);
            int reflected = ReflectionLinq.Read(path);
            bool same = tokens > 0 && properties > 0 && reflected == records;
            ok &= same;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(same ? "ok  " : "FAIL")} {Path.GetFileName(path),-16} library {records:N0} records, JsonSerializer {reflected:N0}; walk {tokens:N0} tokens; documents {properties:N0} top-level properties"));
        }

        output.WriteLine();
        output.WriteLine("Gini over amounts, library against the formula over Array.Sort (1,000,000 log-normal amounts):");
        long[] amounts = GiniData.Amounts(1_000_000);
        double gini = InequalityMeasures.Gini(amounts) ?? double.NaN;
        long[] sorted = (long[])amounts.Clone();
        Array.Sort(sorted);
        double expected = ExposureNumbers.FromSorted(sorted).Gini;
        bool giniOk = Math.Abs(gini - expected) <= ExposureNumbers.Tolerance;
        ok &= giniOk;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(giniOk ? "ok  " : "FAIL")} library {gini:F12}, sorted formula {expected:F12}"));


        output.WriteLine();
        output.WriteLine(ok ? "All alternatives agree." : "DISAGREEMENT: see the rows marked FAIL.");
        return ok;
    }

    private static T Timed<T>(TextWriter output, string name, Func<T> run, out TimeSpan elapsed)
    {
        var clock = Stopwatch.StartNew();
        T result = run();
        elapsed = clock.Elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ref  {name,-58} {elapsed.TotalMilliseconds,8:F0} ms  {result}"));
        return result;
    }

    private static void Row<T>(TextWriter output, string name, T reference, Func<T> run, ref bool ok)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        T result;
        try
        {
            result = run();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            output.WriteLine($"  FAIL {name,-58} threw {e.GetType().Name}: {e.Message}");
            ok = false;
            return;
        }
        double ms = clock.Elapsed.TotalMilliseconds;
        bool same = result switch
        {
            ScorecardNumbers s => s.SameAs((ScorecardNumbers)(object)reference),
            ExposureNumbers x => x.SameAs((ExposureNumbers)(object)reference),
            _ => false,
        };
        ok &= same;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(same ? "ok  " : "FAIL")} {name,-58} {ms,8:F0} ms  {result}"));
    }

    /// <summary>The largest growth of the live heap while an NDJSON file is read record by record (nothing kept).</summary>
    internal static (long Records, long MaxGrowthBytes) LiveHeapGrowth<T>(string path)
        where T : class
    {
        long start = GC.GetTotalMemory(forceFullCollection: true);
        long max = 0;
        long records = 0;
        using FileStream file = File.OpenRead(path);
        foreach (NdjsonRecord<T> record in SannongJson.ReadNdjson<T>(file))
        {
            if (++records % 500 == 0)
            {
                max = Math.Max(max, GC.GetTotalMemory(forceFullCollection: true) - start);
            }
            GC.KeepAlive(record);
        }
        return (records, max);
    }

    private static bool Memory(TextWriter output, string path, (long Records, long MaxGrowthBytes) m)
    {
        // Constant memory: growth bounded by buffers, far below what the records would take if kept.
        const long Bound = 8L * 1024 * 1024;
        bool ok = m.MaxGrowthBytes < Bound;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {(ok ? "ok  " : "FAIL")} {Path.GetFileName(path),-16} {m.Records:N0} records, live heap growth at most {m.MaxGrowthBytes / 1024.0:N0} KiB (bound 8 MiB)"));
        return ok;
    }
}
