using System.IO;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Csv;

/// <summary>
/// CSV record files (<c>.csv</c>) in a dataset folder: every record type read and written as RFC 4180 CSV, UTF-8 (a
/// BOM tolerated), with a header row whose columns are the dataset document's fields (docs/csv.md). With a
/// <see cref="CsvColumnMap"/> it reads foreign exports: other headers (达人ID, 粉丝数), <c>yyyy/M/d</c> dates,
/// province names, monthly payouts, thousands separators, zero-amount rows skipped and counted in a
/// <see cref="CsvReadReport"/>.
/// </summary>
/// <remarks>
/// <para>Give it to <see cref="DatasetFiles"/>: <c>DatasetFiles.Read(dir, ValidationOptions.Default, [new CsvRecordFormat()])</c>
/// reads <c>influencers.csv</c> and the rest; <c>DatasetFiles.WriteFolder(dataset, dir, new CsvRecordFormat())</c> writes
/// them. Rows are read one at a time (on Sep): memory stays bounded whatever the file's length.</para>
/// <para>Every problem names the file, the row (1-based, the header is row 1; <see cref="DataProblem.Line"/>) and the
/// column by its header (<see cref="DataProblem.Path"/>; <c>(row)</c> for the row as a whole).</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe, as a <see cref="RecordFileFormat"/> must be; its
/// <see cref="CsvReadReport"/> counts from every thread.</threadsafety>
public sealed class CsvRecordFormat : RecordFileFormat
{
    /// <summary>The path of a problem of a row as a whole (a ragged row, a row the parser could not read).</summary>
    public const string RowPath = "(row)";

    /// <summary>Creates the format of the library's own CSV files: headers are the fields' names
    /// (<see cref="CsvColumnMap.None"/>).</summary>
    public CsvRecordFormat()
        : this(CsvColumnMap.None, null)
    {
    }

    /// <summary>Creates a format that reads files with a column map.</summary>
    /// <param name="map">The column map.</param>
    /// <param name="report">Where rows skipped for a zero amount are counted; required when
    /// <paramref name="map"/> skips them (<see cref="CsvColumnMap.SkipZeroAmounts"/>), so none is skipped unseen.</param>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null, or <paramref name="report"/> is null
    /// while the map skips zero-amount rows.</exception>
    public CsvRecordFormat(CsvColumnMap map, CsvReadReport? report)
        : base(".csv")
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.SkipZeroAmounts)
        {
            ArgumentNullException.ThrowIfNull(report);
        }
        Map = map;
        Report = report;
    }

    /// <summary>The column map files are read with.</summary>
    public CsvColumnMap Map { get; }

    /// <summary>Where rows skipped for a zero amount are counted, if anywhere.</summary>
    public CsvReadReport? Report { get; }

    /// <summary>The columns of a kind of record, in the order they are written (docs/csv.md).</summary>
    /// <param name="kind">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</param>
    /// <returns>The fields' names, such as <c>influencer, month, amount, source</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a kind of record of a file.</exception>
    public static ImmutableArray<string> Columns(DataRecordKind kind) => [.. CsvFields.Of(kind)];

    /// <inheritdoc/>
    public override void Read<T>(Stream stream, RecordFileReader<T> records)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);
        DataRecordKind kind = CsvFields.KindOf<T>();
        CsvRowBuilder<T> build = kind switch
        {
            DataRecordKind.Influencer => (CsvRowBuilder<T>)(object)new CsvRowBuilder<Creators.Influencer>(CsvRecords.Influencer),
            DataRecordKind.Enrolment => (CsvRowBuilder<T>)(object)new CsvRowBuilder<Programmes.Enrolment>(CsvRecords.Enrolment),
            DataRecordKind.LedgerEntry => (CsvRowBuilder<T>)(object)new CsvRowBuilder<Programmes.LedgerEntry>(CsvRecords.LedgerEntry),
            DataRecordKind.Earning => (CsvRowBuilder<T>)(object)new CsvRowBuilder<Programmes.Earning>(CsvRecords.Earning),
            _ => (CsvRowBuilder<T>)(object)new CsvRowBuilder<Content.ContentItem>(CsvRecords.ContentItem),
        };
        CsvReading<T>.Read(stream, new CsvReading<T>.File(kind, Map, Report, records), build);
    }

    /// <summary>Writes records as CSV: UTF-8 without a BOM, the header row (<see cref="Columns"/>) even when there are
    /// no records, CRLF after every row, a cell quoted only when it holds a comma, a quote, CR or LF. Money is written
    /// <c>1500.00</c>, dates <c>yyyy-MM-dd</c>, months <c>yyyy-MM</c>, instants in UTC with <c>Z</c>, topic codes
    /// joined by <c>|</c>, absent optional fields as empty cells.</summary>
    /// <inheritdoc/>
    public override void Write<T>(IEnumerable<T> records, Stream stream)
        where T : class => CsvWriting.Write(records, stream);

    /// <summary>A field as a problem across records names it: the column's header (the map's header for the field,
    /// or the field's name), or <see cref="RowPath"/> for the record as a whole.</summary>
    /// <inheritdoc/>
    public override string PathOf(DataRecordKind kind, string? field) =>
        field is null ? RowPath : CsvFile.Path(Map.HeaderOf(kind, field));
}
