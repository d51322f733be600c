using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

// Writing the dataset document. (The scorecard of the Progress layer will get its own Write*/To* methods in a file
// of its own, SannongJson.Scorecard.cs, once that layer exists.)
public static partial class SannongJson
{
    /// <summary>Writes a dataset document as UTF-8 bytes: indented with two spaces, fields in the documented order,
    /// money with two decimals, optional fields that are null left out, Chinese text unescaped, a final line feed.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The document; the same dataset always gives the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static byte[] ToUtf8Bytes(SannongDataset dataset) => DocumentBytes(dataset, records: true);

    /// <summary>The document's bytes, with its record arrays or (a dataset folder's dataset.json) without them.</summary>
    internal static byte[] DocumentBytes(SannongDataset dataset, bool records)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonWrite.Options(indented: true)))
        {
            DatasetJson.Write(writer, dataset, records);
        }
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a dataset document to a string (see <see cref="ToUtf8Bytes"/> for the form).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string ToJson(SannongDataset dataset) => Encoding.UTF8.GetString(ToUtf8Bytes(dataset));

    /// <summary>Writes a dataset document to a stream as UTF-8 (see <see cref="ToUtf8Bytes"/>); the stream is not closed.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static void WriteDataset(SannongDataset dataset, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        utf8Json.Write(ToUtf8Bytes(dataset));
    }

    /// <summary>Writes a dataset document to a stream as UTF-8, asynchronously; the stream is not closed.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static async Task WriteDatasetAsync(SannongDataset dataset, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        byte[] bytes = ToUtf8Bytes(dataset);
        await utf8Json.WriteAsync(bytes.AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a dataset document to a file as UTF-8, replacing the file if it exists.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteDatasetFile(SannongDataset dataset, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllBytes(path, ToUtf8Bytes(dataset));
    }

    /// <summary>Writes a dataset document to a file as UTF-8, asynchronously, replacing the file if it exists.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static Task WriteDatasetFileAsync(SannongDataset dataset, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.WriteAllBytesAsync(path, ToUtf8Bytes(dataset), cancellationToken);
    }
}
