using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Sannong.Cli.Progress;

/// <summary>A read-only view of a stream that counts the bytes read through it, for a progress line: every read goes
/// straight to the inner stream, so what the reader sees is unchanged. <see cref="BytesRead"/> may be read from another
/// thread.</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    private long _bytesRead;

    /// <summary>The bytes read so far.</summary>
    internal long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>The inner stream's length, or null when it has none (a pipe, standard input).</summary>
    internal long? TotalBytes => inner.CanSeek ? inner.Length : null;

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

    public override int ReadByte()
    {
        int b = inner.ReadByte();
        Counted(b < 0 ? 0 : 1);
        return b;
    }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Counted(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Counted(int read)
    {
        Interlocked.Add(ref _bytesRead, read);
        return read;
    }
}
