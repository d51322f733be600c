using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Csv.Tests;

/// <summary>Reads one CSV file through a format as a dataset folder would, without the folder
/// (<see cref="RecordFileReader{T}.ForFile"/>): the contract tested is what the format hands the reader.</summary>
internal static class CsvHarness
{
    internal sealed record Result<T>(IReadOnlyList<T> Records, IReadOnlyList<long> Rows, IReadOnlyList<DataProblem> Problems, long ProblemCount)
    {
        public IEnumerable<string> Lines => Problems.Select(p => p.ToString());
    }

    internal static Result<T> Read<T>(RecordFileFormat format, string csv, string fileName = "file.csv", int maxProblems = 1000)
        where T : class => Read<T>(format, Encoding.UTF8.GetBytes(csv), fileName, maxProblems);

    internal static Result<T> Read<T>(RecordFileFormat format, byte[] bytes, string fileName = "file.csv", int maxProblems = 1000)
        where T : class
    {
        var reader = RecordFileReader<T>.ForFile(fileName, new ValidationOptions(maxProblems));
        using var stream = new MemoryStream(bytes, writable: false);
        format.Read(stream, reader);
        var rows = Enumerable.Range(0, reader.Records.Count).Select(reader.PositionOf).ToList();
        return new Result<T>(reader.Records, rows, reader.Problems, reader.ProblemCount);
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
