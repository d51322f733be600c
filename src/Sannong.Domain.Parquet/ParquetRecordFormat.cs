using System.IO;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Parquet;

/// <summary>
/// Parquet record files (<c>.parquet</c>) for a dataset folder, on Parquet.Net (fully managed): each kind of record as
/// typed columns that DuckDB, Spark or Hive read as they are, and read back from files those tools write.
/// </summary>
/// <remarks>
/// <para>The columns are named for the fields of the dataset document (docs/parquet.md gives the schema of each kind):
/// money is <c>DECIMAL(18,2)</c>, dates are <c>DATE</c>, instants are <c>TIMESTAMP</c> in microseconds adjusted to
/// UTC, months are <c>yyyy-MM</c> strings, counts are <c>INT64</c>, enumerations are their wire names
/// (<see cref="SannongNames"/>), topics are a <c>list&lt;string&gt;</c> of topic codes, and optional fields are
/// nullable columns. Files are written in row groups of <see cref="RowGroupSize"/> rows and read one row group at a
/// time.</para>
/// <para>Reading checks the file's schema first: a missing column (other than an optional field's), a column of the
/// wrong type or an unknown column is a problem naming the file and the column, and no record of that file is read.
/// Then every value is checked: a bad value (a negative amount, an unknown name, an invalid identifier, a null in a
/// required field) is a problem at its 1-based row within the file and its column. A stream that cannot seek is first
/// copied to a temporary file (deleted when read), since a Parquet file is read from its end.</para>
/// <para>Writing is exact or an exception: a value the Parquet types cannot hold exactly (an amount of 10^16 yuan or
/// more, an instant with a fraction finer than a microsecond, a date or instant outside the years 1 to 9999) throws
/// <see cref="ArgumentException"/> naming the record and the field, before anything of the row group is written.</para>
/// </remarks>
/// <threadsafety>This type is immutable: one instance may read and write any number of files at once, from any number
/// of threads.</threadsafety>
public sealed class ParquetRecordFormat : RecordFileFormat
{
    /// <summary>The number of rows in each row group written (65,536); the last one holds the rest.</summary>
    public const int RowGroupSize = 65_536;

    /// <summary>Creates the Parquet format, for files ending with <c>.parquet</c>.</summary>
    public ParquetRecordFormat()
        : base(".parquet")
    {
    }

    /// <summary>A shared instance of the format.</summary>
    public static ParquetRecordFormat Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="records"/> is null.</exception>
    public override void Read<T>(Stream stream, RecordFileReader<T> records)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);
        ReadAny(stream, Tables.For<T>(), new ReaderSink<T>(records));
    }

    /// <summary>Reads a stream, copying it first to a temporary file (deleted when closed) when it cannot seek.</summary>
    internal static void ReadAny<T>(Stream stream, RecordTable<T> table, IRowSink<T> sink)
        where T : class
    {
        if (stream.CanSeek)
        {
            ParquetFileReader.Read(stream, table, sink);
            return;
        }
        string temporary = Path.GetTempFileName();
        using var copy = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose);
        stream.CopyTo(copy);
        copy.Position = 0;
        ParquetFileReader.Read(copy, table, sink);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">A record holds a value that its Parquet column cannot hold exactly (see the
    /// remarks); the message names the record's 0-based index and the field.</exception>
    public override void Write<T>(IEnumerable<T> records, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(stream);
        ParquetFileWriter.Write(records, stream, Tables.For<T>());
    }

    /// <summary>Names a field by its column: the field's name in the dataset document, which is the column's name
    /// (<c>influencer</c>, <c>amount</c>), or <c>(row)</c> for the record as a whole.</summary>
    /// <param name="kind">The kind of record.</param>
    /// <param name="field">The field's name in the dataset document, or null for the record as a whole.</param>
    /// <returns>The column's name, or <c>(row)</c>.</returns>
    public override string PathOf(DataRecordKind kind, string? field) => field ?? RowPath;

    /// <summary>The path of a problem of a row as a whole.</summary>
    internal const string RowPath = "(row)";

    /// <summary>Hands records and problems to the dataset folder's reader.</summary>
    private sealed class ReaderSink<T>(RecordFileReader<T> reader) : IRowSink<T>
        where T : class
    {
        public System.Threading.CancellationToken CancellationToken => reader.CancellationToken;

        public bool IsFull => reader.IsFull;

        public bool Add(T record, long row) => reader.Add(record, row);

        public void Report(DataProblem problem) => reader.Report(problem);

        public void CountProblem() => reader.CountProblem();
    }
}

/// <summary>Where a Parquet file's reader puts what it reads.</summary>
internal interface IRowSink<in T>
    where T : class
{
    System.Threading.CancellationToken CancellationToken { get; }

    bool IsFull { get; }

    bool Add(T record, long row);

    void Report(DataProblem problem);

    void CountProblem();
}

/// <summary>The table of each record type.</summary>
internal static class Tables
{
    internal static RecordTable<T> For<T>()
        where T : class =>
        (typeof(T) == typeof(Influencer) ? (object)InfluencerTable.Instance
            : typeof(T) == typeof(Enrolment) ? EnrolmentTable.Instance
            : typeof(T) == typeof(LedgerEntry) ? LedgerTable.Instance
            : typeof(T) == typeof(Earning) ? EarningTable.Instance
            : typeof(T) == typeof(ContentItem) ? ContentTable.Instance
            : null) as RecordTable<T>
        ?? throw new NotSupportedException($"{typeof(T).Name} is not a record type of a dataset folder; the Parquet format reads and writes Influencer, Enrolment, LedgerEntry, Earning and ContentItem.");
}
