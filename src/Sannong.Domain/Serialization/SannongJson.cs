using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>
/// The entry points of JSON interchange: read and write the <c>sannong-dataset/1</c> document (from a stream, a file,
/// a string or UTF-8 bytes, synchronously or asynchronously) and NDJSON streams of records.
/// </summary>
/// <remarks>
/// <para>Two styles of reading: <c>Validate*</c> methods return a <see cref="ValidationResult{T}"/> listing the problems
/// found (each with its JSON path), and <c>Read*</c>/<see cref="ParseDataset(string)"/> return the dataset or throw a
/// <see cref="DataValidationException"/> carrying the same problems. A document with problems yields no partial data.
/// The problems kept are capped by <see cref="ValidationOptions.MaxProblems"/> (1,000 unless a
/// <see cref="ValidationOptions"/> says otherwise); every problem is counted in
/// <see cref="ValidationResult{T}.ProblemCount"/>.</para>
/// <para>Input is bounded by <see cref="SannongJsonLimits"/>. A file, or any stream that can seek, is read
/// synchronously through a buffer of 1 MiB that holds the record being read (it grows only for a single larger value),
/// so that the memory a read takes is that of its records; a stream or file that cannot seek (a pipe, a FIFO, standard
/// input), and every asynchronous read, is read to its end within the same size limit first, and reading stops as soon
/// as the limit is passed.
/// Money and whole numbers are read exactly from their digits, or reported. The reader and writer are hand-written on
/// System.Text.Json's <c>Utf8JsonReader</c> (one forward pass, each record built as its object ends) and
/// <c>Utf8JsonWriter</c>: no reflection, so they are trim- and AOT-safe. The format and its limits are described in docs/dataset-format.md.</para>
/// </remarks>
/// <threadsafety>This type is a static class and is thread-safe; it holds no state.</threadsafety>
public static partial class SannongJson
{
    /// <summary>The value of a dataset document's <c>format</c> field: <c>sannong-dataset/1</c>.</summary>
    public const string DatasetFormatName = "sannong-dataset/1";

    /// <summary>Reads and checks a dataset document held as UTF-8 bytes (a leading byte order mark is allowed),
    /// keeping at most 1,000 problems.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The dataset, or the problems found.</returns>
    public static ValidationResult<SannongDataset> ValidateDataset(ReadOnlyMemory<byte> utf8Json) =>
        ValidateDataset(utf8Json, ValidationOptions.Default);

    /// <summary>Reads and checks a dataset document held as UTF-8 bytes (a leading byte order mark is allowed).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">How many problems to keep.</param>
    /// <returns>The dataset, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ValidationResult<SannongDataset> ValidateDataset(ReadOnlyMemory<byte> utf8Json, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return utf8Json.Length > SannongJsonLimits.MaxDocumentBytes
            ? TooLarge()
            : DatasetJson.Read(utf8Json, options);
    }

    /// <summary>Reads and checks a dataset document from a stream of UTF-8, read to its end (the stream is not closed),
    /// keeping at most 1,000 problems. A stream that cannot seek is read until its end or the size limit.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The dataset, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ValidationResult<SannongDataset> ValidateDataset(Stream utf8Json) => ValidateDataset(utf8Json, ValidationOptions.Default);

    /// <summary>Reads and checks a dataset document from a stream of UTF-8, read to its end (the stream is not closed).
    /// A stream that cannot seek (a pipe, standard input) is read until its end, or until it passes
    /// <see cref="SannongJsonLimits.MaxDocumentBytes"/>, which is a problem.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">How many problems to keep.</param>
    /// <returns>The dataset, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ValidationResult<SannongDataset> ValidateDataset(Stream utf8Json, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        if (utf8Json.CanSeek)
        {
            // A file (or any stream that knows its length) is read through a bounded buffer, never held whole.
            return DatasetJson.ReadStreamed(utf8Json, options);
        }
        ReadOnlyMemory<byte>? bytes = StreamBytes.ReadAll(utf8Json);
        return bytes is { } b ? DatasetJson.Read(b, options) : TooLarge();
    }

    /// <inheritdoc cref="ValidateDatasetAsync(Stream, CancellationToken)"/>
    public static Task<ValidationResult<SannongDataset>> ValidateDatasetAsync(Stream utf8Json) => ValidateDatasetAsync(utf8Json, CancellationToken.None);

    /// <summary>Reads and checks a dataset document from a stream of UTF-8, asynchronously, keeping at most 1,000
    /// problems.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static Task<ValidationResult<SannongDataset>> ValidateDatasetAsync(Stream utf8Json, CancellationToken cancellationToken) =>
        ValidateDatasetAsync(utf8Json, ValidationOptions.Default, cancellationToken);

    /// <summary>Reads and checks a dataset document from a stream of UTF-8, asynchronously (see
    /// <see cref="ValidateDataset(Stream, ValidationOptions)"/>).</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="options">How many problems to keep.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ValidationResult<SannongDataset>> ValidateDatasetAsync(Stream utf8Json, ValidationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        ReadOnlyMemory<byte>? bytes = await StreamBytes.ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        return bytes is { } b ? DatasetJson.Read(b, options) : TooLarge();
    }

    /// <summary>Reads and checks a dataset document held in a string, keeping at most 1,000 problems.</summary>
    /// <param name="json">The document's text.</param>
    /// <returns>The dataset, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<SannongDataset> ValidateDatasetJson(string json) => ValidateDatasetJson(json, ValidationOptions.Default);

    /// <summary>Reads and checks a dataset document held in a string.</summary>
    /// <param name="json">The document's text.</param>
    /// <param name="options">How many problems to keep.</param>
    /// <returns>The dataset, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="options"/> is null.</exception>
    public static ValidationResult<SannongDataset> ValidateDatasetJson(string json, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        if (json.Length > SannongJsonLimits.MaxDocumentBytes || Encoding.UTF8.GetByteCount(json) > SannongJsonLimits.MaxDocumentBytes)
        {
            return TooLarge();
        }
        return DatasetJson.Read(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads and checks a dataset document from a UTF-8 file, keeping at most 1,000 problems. The path may
    /// name a FIFO or a device such as /dev/stdin: what cannot seek is read streaming, within the same size limit.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The dataset, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file could not be read (see also <see cref="File.OpenRead"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ValidationResult<SannongDataset> ValidateDatasetFile(string path) => ValidateDatasetFile(path, ValidationOptions.Default);

    /// <summary>Reads and checks a dataset document from a UTF-8 file. The path may name a FIFO or a device such as
    /// /dev/stdin: what cannot seek is read streaming, within the same size limit.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How many problems to keep.</param>
    /// <returns>The dataset, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The file could not be read (see also <see cref="File.OpenRead"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ValidationResult<SannongDataset> ValidateDatasetFile(string path, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        using FileStream file = File.OpenRead(path);
        return ValidateDataset(file, options);
    }

    /// <inheritdoc cref="ValidateDatasetFileAsync(string, CancellationToken)"/>
    public static Task<ValidationResult<SannongDataset>> ValidateDatasetFileAsync(string path) => ValidateDatasetFileAsync(path, CancellationToken.None);

    /// <summary>Reads and checks a dataset document from a UTF-8 file, asynchronously, keeping at most 1,000
    /// problems.</summary>
    /// <param name="path">The file's path (a FIFO or a device is read streaming).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static Task<ValidationResult<SannongDataset>> ValidateDatasetFileAsync(string path, CancellationToken cancellationToken) =>
        ValidateDatasetFileAsync(path, ValidationOptions.Default, cancellationToken);

    /// <summary>Reads and checks a dataset document from a UTF-8 file, asynchronously.</summary>
    /// <param name="path">The file's path (a FIFO or a device is read streaming).</param>
    /// <param name="options">How many problems to keep.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ValidationResult<SannongDataset>> ValidateDatasetFileAsync(string path, ValidationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        FileStream file = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            return await ValidateDatasetAsync(file, options, cancellationToken).ConfigureAwait(false);
        }
    }

    private static ValidationResult<SannongDataset> TooLarge() => ValidationResult<SannongDataset>.Failure([StreamBytes.TooLarge()]);
}
