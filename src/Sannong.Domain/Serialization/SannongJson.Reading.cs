using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

// The throwing twins of the Validate* methods.
public static partial class SannongJson
{
    /// <summary>Reads a dataset document held as UTF-8 bytes, keeping at most 1,000 problems.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static SannongDataset ReadDataset(ReadOnlyMemory<byte> utf8Json) => ValidateDataset(utf8Json).GetValueOrThrow();

    /// <summary>Reads a dataset document held as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">How many problems to keep (in the exception).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static SannongDataset ReadDataset(ReadOnlyMemory<byte> utf8Json, ValidationOptions options) => ValidateDataset(utf8Json, options).GetValueOrThrow();

    /// <summary>Reads a dataset document from a stream of UTF-8, read to its end (the stream is not closed; one that cannot seek is read within the size limit), keeping at most 1,000 problems.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static SannongDataset ReadDataset(Stream utf8Json) => ValidateDataset(utf8Json).GetValueOrThrow();

    /// <summary>Reads a dataset document from a stream of UTF-8, read to its end (the stream is not closed; one that cannot seek is read within the size limit).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">How many problems to keep (in the exception).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static SannongDataset ReadDataset(Stream utf8Json, ValidationOptions options) => ValidateDataset(utf8Json, options).GetValueOrThrow();

    /// <inheritdoc cref="ReadDatasetAsync(Stream, CancellationToken)"/>
    public static Task<SannongDataset> ReadDatasetAsync(Stream utf8Json) => ReadDatasetAsync(utf8Json, CancellationToken.None);

    /// <summary>Reads a dataset document from a stream of UTF-8, asynchronously, keeping at most 1,000 problems.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static async Task<SannongDataset> ReadDatasetAsync(Stream utf8Json, CancellationToken cancellationToken) =>
        (await ValidateDatasetAsync(utf8Json, cancellationToken).ConfigureAwait(false)).GetValueOrThrow();

    /// <summary>Reads a dataset document from a stream of UTF-8, asynchronously.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="options">How many problems to keep (in the exception).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static async Task<SannongDataset> ReadDatasetAsync(Stream utf8Json, ValidationOptions options, CancellationToken cancellationToken = default) =>
        (await ValidateDatasetAsync(utf8Json, options, cancellationToken).ConfigureAwait(false)).GetValueOrThrow();

    /// <summary>Reads a dataset document held in a string, keeping at most 1,000 problems.</summary>
    /// <param name="json">The document's text.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static SannongDataset ParseDataset(string json) => ValidateDatasetJson(json).GetValueOrThrow();

    /// <summary>Reads a dataset document held in a string.</summary>
    /// <param name="json">The document's text.</param>
    /// <param name="options">How many problems to keep (in the exception).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static SannongDataset ParseDataset(string json, ValidationOptions options) => ValidateDatasetJson(json, options).GetValueOrThrow();

    /// <summary>Reads a dataset document from a UTF-8 file (a FIFO or a device is read streaming), keeping at most 1,000 problems.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static SannongDataset ReadDatasetFile(string path) => ValidateDatasetFile(path).GetValueOrThrow();

    /// <summary>Reads a dataset document from a UTF-8 file (a FIFO or a device is read streaming).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How many problems to keep (in the exception).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static SannongDataset ReadDatasetFile(string path, ValidationOptions options) => ValidateDatasetFile(path, options).GetValueOrThrow();

    /// <inheritdoc cref="ReadDatasetFileAsync(string, CancellationToken)"/>
    public static Task<SannongDataset> ReadDatasetFileAsync(string path) => ReadDatasetFileAsync(path, CancellationToken.None);

    /// <summary>Reads a dataset document from a UTF-8 file, asynchronously (a FIFO or a device is read streaming), keeping at most 1,000 problems.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static async Task<SannongDataset> ReadDatasetFileAsync(string path, CancellationToken cancellationToken) =>
        (await ValidateDatasetFileAsync(path, cancellationToken).ConfigureAwait(false)).GetValueOrThrow();

    /// <summary>Reads a dataset document from a UTF-8 file, asynchronously (a FIFO or a device is read streaming).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How many problems to keep (in the exception).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    /// <exception cref="DataValidationException">The document has problems; <see cref="DataValidationException.Problems"/> lists those kept and <see cref="DataValidationException.ProblemCount"/> counts them all.</exception>
    public static async Task<SannongDataset> ReadDatasetFileAsync(string path, ValidationOptions options, CancellationToken cancellationToken = default) =>
        (await ValidateDatasetFileAsync(path, options, cancellationToken).ConfigureAwait(false)).GetValueOrThrow();
}
