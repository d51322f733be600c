using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Csv.Tests;

/// <summary>Reads one CSV file through a format as a dataset folder would, without the folder: the core makes a
/// <see cref="RecordFileReader{T}"/> only for itself, so its internal constructor is called by reflection (the
/// contract tested is the public one: what the format hands the reader).</summary>
internal static class CsvHarness
{
    internal sealed record Result<T>(IReadOnlyList<T> Records, IReadOnlyList<long> Rows, IReadOnlyList<DataProblem> Problems, long ProblemCount)
    {
        public IEnumerable<string> Lines => Problems.Select(p => p.ToString());
    }

    private static readonly Assembly Core = typeof(DataProblem).Assembly;

    internal static Result<T> Read<T>(RecordFileFormat format, string csv, string fileName = "file.csv", int maxProblems = 1000)
        where T : class => Read<T>(format, Encoding.UTF8.GetBytes(csv), fileName, maxProblems);

    internal static Result<T> Read<T>(RecordFileFormat format, byte[] bytes, string fileName = "file.csv", int maxProblems = 1000)
        where T : class
    {
        Type problemList = Core.GetType("Sannong.Domain.ProblemList", throwOnError: true)!;
        ConstructorInfo make = problemList.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, null,
            [typeof(ValidationOptions), typeof(long?), typeof(Func<DataLocation, string>)], null)!;
        object problems = make.Invoke([new ValidationOptions(maxProblems), null, null]);
        var reader = (RecordFileReader<T>)Activator.CreateInstance(typeof(RecordFileReader<T>), BindingFlags.Instance | BindingFlags.NonPublic, null,
            [fileName, problems, SannongJsonLimits.MaxRecordsPerFile, CancellationToken.None], null)!;
        using var stream = new MemoryStream(bytes, writable: false);
        format.Read(stream, reader);
        var items = (List<T>)typeof(RecordFileReader<T>).GetProperty("Items", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(reader)!;
        object lines = typeof(RecordFileReader<T>).GetProperty("Lines", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(reader)!;
        MethodInfo lineOf = lines.GetType().GetMethod("LineOf", BindingFlags.Instance | BindingFlags.NonPublic)!;
        var rows = Enumerable.Range(0, items.Count).Select(i => (long)lineOf.Invoke(lines, [i])!).ToList();
        var kept = (IReadOnlyList<DataProblem>)problemList.GetProperty("Kept", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(problems)!;
        long count = (long)problemList.GetProperty("Count", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(problems)!;
        return new Result<T>(items, rows, kept.ToList(), count);
    }

    internal static byte[] Write<T>(RecordFileFormat format, IEnumerable<T> records)
        where T : class
    {
        using var stream = new MemoryStream();
        format.Write(records, stream);
        return stream.ToArray();
    }

    internal static string NewFolder() => Path.Combine(Path.GetTempPath(), $"sannong-csv-{Guid.NewGuid():N}");
}
