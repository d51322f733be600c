using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>
/// The one way to read a dataset from the file system, whether it is one document or a dataset folder, and to write
/// either: the entry point of the command line's <c>--data</c>.
/// </summary>
/// <remarks>
/// <para>A <b>dataset document</b> is one <c>sannong-dataset/1</c> JSON file holding the programme and every record
/// (see <see cref="SannongJson"/>). A <b>dataset folder</b> holds <c>dataset.json</c> (<see cref="DocumentFileName"/>:
/// the format, the as-of date, the programme, and optionally arrays of records) and, for any kind of record, a file of
/// NDJSON named for it: <c>influencers.ndjson</c>, <c>enrolments.ndjson</c>, <c>ledger.ndjson</c>,
/// <c>earnings.ndjson</c>, <c>content.ndjson</c> (<see cref="RecordFileName"/>). A kind of record lives in one place: a
/// file and an array of dataset.json for the same kind, or two files, is a
/// <see cref="DataProblemKind.DuplicateSource"/> problem; a kind given nowhere has no records. Other files of the
/// folder are ignored; a file named for a kind of record whose extension no known format has (<c>content.csv</c>
/// without the CSV format) is a problem. Other formats (CSV, Parquet) are given as <see cref="RecordFileFormat"/>s.</para>
/// <para>A folder is validated as one document is: every problem is reported (up to
/// <see cref="ValidationOptions.MaxProblems"/>, every one counted), each with its <see cref="DataProblem.File"/> (the
/// file's name in the folder) and its JSON path, and for a record of an NDJSON file its <see cref="DataProblem.Line"/>;
/// references are checked across the files (an earning in earnings.ndjson of an influencer that no file names is a
/// problem at that earning's line). The NDJSON files are streamed, a line at a time; dataset.json is read through a
/// bounded buffer. Nothing is checked as a whole until every file reads cleanly, as in a document.</para>
/// <para>The folder <see cref="WriteFolder"/> writes holds dataset.json without arrays and all five record files, so
/// that a document turned into a folder and back is the same bytes (and the other way round).</para>
/// </remarks>
/// <threadsafety>This type is a static class and is thread-safe; it holds no state. Reading a folder while another
/// process writes it gives whatever the files hold at the time each is read.</threadsafety>
public static class DatasetFiles
{
    /// <summary>The name of a dataset folder's document: <c>dataset.json</c>.</summary>
    public const string DocumentFileName = DatasetFolder.DocumentName;

    /// <summary>The extension of a dataset folder's record files: <c>.ndjson</c>.</summary>
    public const string RecordFileExtension = DatasetFolder.RecordExtension;

    /// <summary>The name of the file of a kind of record in a dataset folder.</summary>
    /// <param name="kind">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</param>
    /// <returns><c>influencers.ndjson</c>, <c>enrolments.ndjson</c>, <c>ledger.ndjson</c>, <c>earnings.ndjson</c> or
    /// <c>content.ndjson</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a kind of record kept in a list
    /// (None, Programme, or not defined).</exception>
    public static string RecordFileName(DataRecordKind kind) => DatasetFolder.RecordName(kind) + RecordFileExtension;

    /// <summary>Reads and checks a dataset document or folder, keeping at most 1,000 problems.</summary>
    /// <param name="path">A dataset document's file, or a dataset folder.</param>
    /// <returns>The dataset, or the problems found, each with its file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">A file could not be read, or <paramref name="path"/> does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    public static ValidationResult<SannongDataset> Validate(string path) => Validate(path, ValidationOptions.Default);

    /// <summary>Reads and checks a dataset document or folder (see the remarks of <see cref="DatasetFiles"/>).</summary>
    /// <param name="path">A dataset document's file (a FIFO or a device is read streaming, within the size limit), or a
    /// dataset folder.</param>
    /// <param name="options">How many problems to keep.</param>
    /// <returns>The dataset, or the problems found, each with its <see cref="DataProblem.File"/>: the document's file
    /// name, or the name of the folder's file it is in.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">A file could not be read, or <paramref name="path"/> does not exist
    /// (<see cref="FileNotFoundException"/>, <see cref="DirectoryNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    public static ValidationResult<SannongDataset> Validate(string path, ValidationOptions options) => Validate(path, options, []);

    /// <summary>Reads and checks a dataset document or folder whose record files may also be of other formats than
    /// NDJSON (<c>content.csv</c> with the CSV format of Sannong.Domain.Csv, say): each file is read with the format
    /// its extension names.</summary>
    /// <param name="path">A dataset document's file, or a dataset folder.</param>
    /// <param name="options">How many problems to keep.</param>
    /// <param name="formats">The formats known besides NDJSON (which is always known); their extensions must
    /// differ.</param>
    /// <returns>The dataset, or the problems found, each with its <see cref="DataProblem.File"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, <paramref name="options"/> or
    /// <paramref name="formats"/> is null, or holds null.</exception>
    /// <exception cref="ArgumentException">Two formats have the same extension.</exception>
    /// <exception cref="IOException">A file could not be read, or <paramref name="path"/> does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    public static ValidationResult<SannongDataset> Validate(string path, ValidationOptions options, IEnumerable<RecordFileFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<RecordFileFormat> known = Known(formats);
        if (Directory.Exists(path))
        {
            return DatasetFolder.Read(path, options, formats: known);
        }
        if (RecordFileInsteadOfDocument(path, known, out string name) is { } refused)
        {
            return refused;
        }
        return InFile(SannongJson.ValidateDatasetFile(path, options), name);
    }

    /// <summary>The one problem of a record file (NDJSON, or another known format) given where a dataset is expected
    /// (read as a document, a file of lines would be "not valid JSON": this says what it is instead), or null;
    /// <paramref name="name"/> is the file's name for the problems.</summary>
    private static ValidationResult<SannongDataset>? RecordFileInsteadOfDocument(string path, IReadOnlyList<RecordFileFormat> formats, out string name)
    {
        name = Path.GetFileName(path.TrimEnd('/', Path.DirectorySeparatorChar));
        if (name.Length == 0)
        {
            name = path;
        }
        string extension = Path.GetExtension(name);
        if (!formats.Any(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        _ = File.GetAttributes(path); // A missing file is a FileNotFoundException, as for a document.
        string what = string.Equals(extension, RecordFileExtension, StringComparison.OrdinalIgnoreCase) ? "an NDJSON" : $"a {extension}";
        return ValidationResult<SannongDataset>.Failure([new DataProblem("$", null, DataProblemKind.InvalidValue,
            $"{what} file holds one kind of record, not a dataset: read the dataset folder that holds it beside {DocumentFileName}.", null, name)]);
    }

    /// <summary>NDJSON and the formats given, checked: no null, no extension twice (NDJSON given again is taken once).</summary>
    private static IReadOnlyList<RecordFileFormat> Known(IEnumerable<RecordFileFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var known = new List<RecordFileFormat> { RecordFileFormat.Ndjson };
        foreach (RecordFileFormat format in formats)
        {
            ArgumentNullException.ThrowIfNull(format, nameof(formats));
            if (ReferenceEquals(format, RecordFileFormat.Ndjson))
            {
                continue;
            }
            if (known.Any(k => k.Extension == format.Extension))
            {
                throw new ArgumentException($"formats must have different extensions, but {format.Extension} is given twice.", nameof(formats));
            }
            known.Add(format);
        }
        return known;
    }

    private static ValidationResult<SannongDataset> InFile(ValidationResult<SannongDataset> result, string name) =>
        result.IsValid ? result : ValidationResult<SannongDataset>.Failure(result.Problems.Select(p => p.InFile(name)), result.ProblemCount);

    /// <summary>Reads and checks a dataset document or folder asynchronously (see
    /// <see cref="Validate(string, ValidationOptions)"/>): a document is read with asynchronous I/O; a folder's files
    /// are read on the thread pool, at the same time, the calling thread free meanwhile.</summary>
    /// <param name="path">A dataset document's file, or a dataset folder.</param>
    /// <param name="options">How many problems to keep (null: 1,000).</param>
    /// <param name="formats">The formats known besides NDJSON (null: none).</param>
    /// <param name="cancellationToken">Cancels the reading (a folder's files notice it every 4,096 lines).</param>
    /// <returns>The dataset, or the problems found, each with its file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">A file could not be read, or <paramref name="path"/> does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    /// <exception cref="ArgumentException">Two formats have the same extension.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ValidationResult<SannongDataset>> ValidateAsync(string path, ValidationOptions? options = null,
        IEnumerable<RecordFileFormat>? formats = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ValidationOptions.Default;
        IReadOnlyList<RecordFileFormat> known = Known(formats ?? []);
        if (Directory.Exists(path))
        {
            return await Task.Run(() => DatasetFolder.Read(path, options, cancellationToken, formats: known), cancellationToken).ConfigureAwait(false);
        }
        if (RecordFileInsteadOfDocument(path, known, out string name) is { } refused)
        {
            return refused;
        }
        return InFile(await SannongJson.ValidateDatasetFileAsync(path, options, cancellationToken).ConfigureAwait(false), name);
    }

    /// <summary>Reads a dataset document or folder asynchronously (see <see cref="ValidateAsync"/>).</summary>
    /// <param name="path">A dataset document's file, or a dataset folder.</param>
    /// <param name="options">How many problems to keep in the exception (null: 1,000).</param>
    /// <param name="formats">The formats known besides NDJSON (null: none).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">A file could not be read, or <paramref name="path"/> does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    /// <exception cref="DataValidationException">The data has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static async Task<SannongDataset> ReadAsync(string path, ValidationOptions? options = null,
        IEnumerable<RecordFileFormat>? formats = null, CancellationToken cancellationToken = default) =>
        (await ValidateAsync(path, options, formats, cancellationToken).ConfigureAwait(false)).GetValueOrThrow();

    /// <summary>Reads a dataset document or folder, keeping at most 1,000 problems in the exception.</summary>
    /// <param name="path">A dataset document's file, or a dataset folder.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">A file could not be read, or <paramref name="path"/> does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    /// <exception cref="DataValidationException">The data has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static SannongDataset Read(string path) => Validate(path).GetValueOrThrow();

    /// <summary>Reads a dataset document or folder.</summary>
    /// <param name="path">A dataset document's file, or a dataset folder.</param>
    /// <param name="options">How many problems to keep (in the exception).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">A file could not be read, or <paramref name="path"/> does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    /// <exception cref="DataValidationException">The data has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static SannongDataset Read(string path, ValidationOptions options) => Validate(path, options).GetValueOrThrow();

    /// <summary>Reads a dataset document or folder whose record files may be of other formats than NDJSON (see
    /// <see cref="Validate(string, ValidationOptions, IEnumerable{RecordFileFormat})"/>).</summary>
    /// <param name="path">A dataset document's file, or a dataset folder.</param>
    /// <param name="options">How many problems to keep (in the exception).</param>
    /// <param name="formats">The formats known besides NDJSON; their extensions must differ.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, <paramref name="options"/> or
    /// <paramref name="formats"/> is null, or holds null.</exception>
    /// <exception cref="ArgumentException">Two formats have the same extension.</exception>
    /// <exception cref="IOException">A file could not be read, or <paramref name="path"/> does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    /// <exception cref="DataValidationException">The data has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static SannongDataset Read(string path, ValidationOptions options, IEnumerable<RecordFileFormat> formats) =>
        Validate(path, options, formats).GetValueOrThrow();

    /// <summary>Writes a dataset as a dataset folder: <c>dataset.json</c> with the format, the as-of date and the
    /// programme, and the five record files, each record a line (an empty file for a kind without records). The
    /// folder is created if need be; the six files are replaced; other files are left alone.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="folder">The folder's path.</param>
    /// <param name="format">The format of the record files (null: NDJSON, <see cref="RecordFileFormat.Ndjson"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="folder"/> is null.</exception>
    /// <exception cref="IOException">A file could not be written, or the folder holds a file that would give a kind of
    /// record a second place (<c>content.csv</c>, <c>Content.ndjson</c>): nothing is written then.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be written.</exception>
    public static void WriteFolder(SannongDataset dataset, string folder, RecordFileFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(folder);
        DatasetFolder.Write(dataset, folder, format ?? RecordFileFormat.Ndjson);
    }

    /// <summary>Writes a dataset as one document (see <see cref="SannongJson.ToUtf8Bytes"/> for its form), replacing
    /// the file if it exists.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteDocument(SannongDataset dataset, string path) => SannongJson.WriteDatasetFile(dataset, path);
}
