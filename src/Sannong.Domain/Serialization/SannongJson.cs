using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Sannong.Domain.Serialization;

/// <summary>
/// The entry points of JSON interchange: read and write the <c>sannong-dataset/1</c> document (from a stream, a file,
/// a string or UTF-8 bytes, synchronously or asynchronously) and NDJSON streams of records.
/// </summary>
/// <remarks>
/// <para>Two styles of reading: <c>Validate*</c> methods return a <see cref="ValidationResult{T}"/> listing every
/// problem found (each with its JSON path), and <c>Read*</c>/<see cref="ParseDataset"/> return the dataset or throw a
/// <see cref="DataValidationException"/> carrying the same problems. A document with problems yields no partial data.</para>
/// <para>Input is bounded by <see cref="SannongJsonLimits"/>. The reader and writer are hand-written on
/// System.Text.Json's <c>Utf8JsonReader</c>, <c>JsonDocument</c> and <c>Utf8JsonWriter</c>: no reflection, so they
/// are trim- and AOT-safe. The format is described in docs/dataset-format.md.</para>
/// </remarks>
/// <threadsafety>This type is a static class and is thread-safe; it holds no state.</threadsafety>
public static partial class SannongJson
{
    /// <summary>Reads and checks a dataset document held as UTF-8 bytes (a leading byte order mark is allowed).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The dataset, or every problem found.</returns>
    public static ValidationResult<SannongDataset> ValidateDataset(ReadOnlyMemory<byte> utf8Json) =>
        utf8Json.Length > SannongJsonLimits.MaxDocumentBytes
            ? ValidationResult<SannongDataset>.Failure([StreamBytes.TooLarge()])
            : DatasetJson.Read(utf8Json);

    /// <summary>Reads and checks a dataset document from a stream of UTF-8, read to its end (the stream is not closed).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The dataset, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ValidationResult<SannongDataset> ValidateDataset(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ReadOnlyMemory<byte>? bytes = StreamBytes.ReadAll(utf8Json);
        return bytes is { } b ? DatasetJson.Read(b) : ValidationResult<SannongDataset>.Failure([StreamBytes.TooLarge()]);
    }

    /// <summary>Reads and checks a dataset document from a stream of UTF-8, asynchronously.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ValidationResult<SannongDataset>> ValidateDatasetAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ReadOnlyMemory<byte>? bytes = await StreamBytes.ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        return bytes is { } b ? DatasetJson.Read(b) : ValidationResult<SannongDataset>.Failure([StreamBytes.TooLarge()]);
    }

    /// <summary>Reads and checks a dataset document held in a string.</summary>
    /// <param name="json">The document's text.</param>
    /// <returns>The dataset, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<SannongDataset> ValidateDatasetJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > SannongJsonLimits.MaxDocumentBytes || Encoding.UTF8.GetByteCount(json) > SannongJsonLimits.MaxDocumentBytes)
        {
            return ValidationResult<SannongDataset>.Failure([StreamBytes.TooLarge()]);
        }
        return DatasetJson.Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads and checks a dataset document from a UTF-8 file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The dataset, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file could not be read (see also <see cref="File.OpenRead"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ValidationResult<SannongDataset> ValidateDatasetFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream file = File.OpenRead(path);
        return file.Length > SannongJsonLimits.MaxDocumentBytes
            ? ValidationResult<SannongDataset>.Failure([StreamBytes.TooLarge()])
            : ValidateDataset(file);
    }

    /// <summary>Reads and checks a dataset document from a UTF-8 file, asynchronously.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ValidationResult<SannongDataset>> ValidateDatasetFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream file = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            return file.Length > SannongJsonLimits.MaxDocumentBytes
                ? ValidationResult<SannongDataset>.Failure([StreamBytes.TooLarge()])
                : await ValidateDatasetAsync(file, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a dataset document held as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists them all.</exception>
    public static SannongDataset ReadDataset(ReadOnlyMemory<byte> utf8Json) => ValidateDataset(utf8Json).GetValueOrThrow();

    /// <summary>Reads a dataset document from a stream of UTF-8, read to its end (the stream is not closed).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists them all.</exception>
    public static SannongDataset ReadDataset(Stream utf8Json) => ValidateDataset(utf8Json).GetValueOrThrow();

    /// <summary>Reads a dataset document from a stream of UTF-8, asynchronously.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists them all.</exception>
    public static async Task<SannongDataset> ReadDatasetAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        (await ValidateDatasetAsync(utf8Json, cancellationToken).ConfigureAwait(false)).GetValueOrThrow();

    /// <summary>Reads a dataset document held in a string.</summary>
    /// <param name="json">The document's text.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists them all.</exception>
    public static SannongDataset ParseDataset(string json) => ValidateDatasetJson(json).GetValueOrThrow();

    /// <summary>Reads a dataset document from a UTF-8 file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists them all.</exception>
    public static SannongDataset ReadDatasetFile(string path) => ValidateDatasetFile(path).GetValueOrThrow();

    /// <summary>Reads a dataset document from a UTF-8 file, asynchronously.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists them all.</exception>
    public static async Task<SannongDataset> ReadDatasetFileAsync(string path, CancellationToken cancellationToken = default) =>
        (await ValidateDatasetFileAsync(path, cancellationToken).ConfigureAwait(false)).GetValueOrThrow();
}
