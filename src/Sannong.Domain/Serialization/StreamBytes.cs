using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Sannong.Domain.Serialization;

/// <summary>Reads a stream into memory up to <see cref="SannongJsonLimits.MaxDocumentBytes"/>, never more.</summary>
internal static class StreamBytes
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>The bytes of the stream, or null when it holds more than the limit.</summary>
    internal static ReadOnlyMemory<byte>? ReadAll(Stream stream)
    {
        if (KnownTooLarge(stream))
        {
            return null;
        }
        using MemoryStream buffer = Buffer(stream);
        byte[] chunk = new byte[ChunkSize];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > SannongJsonLimits.MaxDocumentBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The asynchronous form of <see cref="ReadAll"/>.</summary>
    internal static async Task<ReadOnlyMemory<byte>?> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (KnownTooLarge(stream))
        {
            return null;
        }
        using MemoryStream buffer = Buffer(stream);
        byte[] chunk = new byte[ChunkSize];
        int read;
        while ((read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > SannongJsonLimits.MaxDocumentBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>True when a seekable stream says up front that it holds more than the limit.</summary>
    // When the stream knows its length (a file), the buffer is allocated once at that size (plus one byte, so that the
    // final empty read does not grow it): growing by doubling allocated and copied about four times a large document.
    private static MemoryStream Buffer(Stream stream) =>
        stream.CanSeek ? new MemoryStream((int)Math.Max(stream.Length - stream.Position + 1, 1)) : new MemoryStream();

    private static bool KnownTooLarge(Stream stream) =>
        stream.CanSeek && stream.Length - stream.Position > SannongJsonLimits.MaxDocumentBytes;

    internal static DataProblem TooLarge() => new("$", DataProblemKind.LimitExceeded,
        $"the document is larger than the in-memory limit of {SannongJsonLimits.MaxDocumentBytes} bytes (256 MiB); put large collections in NDJSON files, which are read line by line.");
}
