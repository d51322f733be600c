using System.IO;
using System.Threading;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Parquet;

/// <summary>Reads a Parquet file of one record type outside a dataset folder, keeping every record with its row and
/// every problem (for tests and tools of this package).</summary>
internal sealed class CollectingSink<T> : IRowSink<T>
    where T : class
{
    public CancellationToken CancellationToken => CancellationToken.None;

    public bool IsFull => false;

    internal List<(T Record, long Row)> Records { get; } = [];

    internal List<DataProblem> Problems { get; } = [];

    public bool Add(T record, long row)
    {
        Records.Add((record, row));
        return true;
    }

    public void Report(DataProblem problem) => Problems.Add(problem);

    public void CountProblem() => Problems.Add(new DataProblem(ParquetRecordFormat.RowPath, DataProblemKind.InvalidValue, "(counted)"));

    /// <summary>Reads a whole stream, as the format does.</summary>
    internal static CollectingSink<T> Read(Stream stream)
    {
        var sink = new CollectingSink<T>();
        ParquetRecordFormat.ReadAny(stream, Tables.For<T>(), sink);
        return sink;
    }
}
