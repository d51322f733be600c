using System.IO;

namespace Sannong.Domain.Serialization;

/// <summary>
/// A form of record file that a dataset folder may hold: NDJSON (<see cref="Ndjson"/>, always known) and, from the
/// satellite packages, CSV (Sannong.Domain.Csv) and Parquet (Sannong.Domain.Parquet). A format reads the records of
/// one kind from a file, handing each record and each problem to a <see cref="RecordFileReader{T}"/>, and writes
/// them.
/// </summary>
/// <remarks>
/// <para>A dataset folder's file is read with the format whose <see cref="Extension"/> its name ends with
/// (<c>content.csv</c> with the CSV format); give the formats to
/// <see cref="DatasetFiles.Validate(string, ValidationOptions, IEnumerable{RecordFileFormat})"/>. The record types
/// are <see cref="Creators.Influencer"/>, <see cref="Programmes.Enrolment"/>, <see cref="Programmes.LedgerEntry"/>,
/// <see cref="Programmes.Earning"/> and <see cref="Content.ContentItem"/>; their fields are those of the dataset
/// document (docs/dataset-format.md), which a format lays out in its own way.</para>
/// <para>To write a format: derive from this class, pass the extension to the constructor, and implement
/// <see cref="Read{T}"/> (which reports every problem of the file's content to the reader and never throws for bad
/// content) and <see cref="Write{T}"/>. Override <see cref="PathOf"/> when a field is shown otherwise than as a JSON
/// path (a CSV column by its header, say).</para>
/// </remarks>
/// <threadsafety>Implementations must be immutable and thread-safe: a dataset folder's files are read at the same time,
/// each on its own thread, possibly with the same format.</threadsafety>
public abstract class RecordFileFormat
{
    /// <summary>Creates a format for files whose names end with <paramref name="extension"/>.</summary>
    /// <param name="extension">The extension with its dot, such as <c>.csv</c>: a dot and 1 to 16 ASCII letters or
    /// digits; kept in lower case, and matched without regard to case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="extension"/> is not a dot and 1 to 16 ASCII letters or
    /// digits.</exception>
    protected RecordFileFormat(string extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        if (extension.Length is < 2 or > 17 || extension[0] != '.' || !extension.AsSpan(1).ToString().All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException(
                $"extension must be a dot and 1 to 16 ASCII letters or digits, such as .csv, but was '{Utility.TextEscaping.ForMessage(extension.Length <= 20 ? extension : extension[..20] + "...")}'.",
                nameof(extension));
        }
        Extension = extension.ToLowerInvariant();
    }

    /// <summary>NDJSON, one record a line in the form of the dataset document (<c>.ndjson</c>): the format every dataset
    /// folder knows, and the one <see cref="DatasetFiles.WriteFolder"/> writes unless told otherwise.</summary>
    public static RecordFileFormat Ndjson { get; } = new NdjsonFormat();

    /// <summary>The extension of this format's files, with its dot, in lower case (<c>.ndjson</c>, <c>.csv</c>).</summary>
    public string Extension { get; }

    /// <summary>Reads every record of one kind from a file's content, handing each valid record, with its 1-based line
    /// or row, to <paramref name="records"/> (<see cref="RecordFileReader{T}.Add"/>), and each problem
    /// (<see cref="RecordFileReader{T}.Report(DataProblem)"/>); a record with a problem is not added. Stops when
    /// <see cref="RecordFileReader{T}.Add"/> returns false.</summary>
    /// <typeparam name="T">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</typeparam>
    /// <param name="stream">The file's content, read forward (it may not seek); not closed.</param>
    /// <param name="records">Where the records and problems go.</param>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a record type this format reads.</exception>
    /// <exception cref="IOException">The stream could not be read. Bad content is never an exception: it is
    /// reported.</exception>
    /// <exception cref="OperationCanceledException"><see cref="RecordFileReader{T}.CancellationToken"/> was
    /// cancelled.</exception>
    public abstract void Read<T>(Stream stream, RecordFileReader<T> records)
        where T : class;

    /// <summary>Writes records of one kind, in the order given; the stream is not closed. What is written reads back
    /// as the same records.</summary>
    /// <typeparam name="T">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</typeparam>
    /// <param name="records">The records, enumerated once.</param>
    /// <param name="stream">The stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="stream"/> is null, or a
    /// record is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a record type this format writes.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public abstract void Write<T>(IEnumerable<T> records, Stream stream)
        where T : class;

    /// <summary>How a problem found across records (an unknown influencer, a repeated id, the ledger's rules) names
    /// the place of a record of this format: <c>$</c> for the record as a whole and <c>$.</c> followed by the field's
    /// name in the dataset document (<c>$.influencer</c>) unless a format overrides it.</summary>
    /// <param name="kind">The kind of record.</param>
    /// <param name="field">The field's name in the dataset document (<c>influencer</c>, <c>amount</c>), or null for
    /// the record as a whole.</param>
    /// <returns>The path of the problem.</returns>
    public virtual string PathOf(DataRecordKind kind, string? field) => field is null ? "$" : "$." + field;

    /// <summary>The format's extension.</summary>
    /// <returns>For example <c>.csv</c>.</returns>
    public override string ToString() => Extension;

    /// <summary>NDJSON: the dataset document's record form, one a line.</summary>
    private sealed class NdjsonFormat() : RecordFileFormat(DatasetFolder.RecordExtension)
    {
        public override void Read<T>(Stream stream, RecordFileReader<T> records)
        {
            ArgumentNullException.ThrowIfNull(stream);
            ArgumentNullException.ThrowIfNull(records);
            RecordCodec<T> codec = RecordCodecs.For<T>();
            var lineProblems = new ProblemList(new ValidationOptions(records.Room), 1);
            foreach ((T? value, long line) in SannongJson.ReadNdjsonValues(stream, codec, lineProblems))
            {
                if ((line & 0xFFF) == 0)
                {
                    records.CancellationToken.ThrowIfCancellationRequested();
                }
                if (value is null)
                {
                    records.Report(lineProblems.Kept, lineProblems.Count);
                }
                else if (!records.Add(value, line))
                {
                    return;
                }
            }
        }

        public override void Write<T>(IEnumerable<T> records, Stream stream) => SannongJson.WriteNdjson(records, stream);
    }
}
