using System;
using System.IO;

namespace Sannong.Fuzz;

/// <summary>A read-only stream over bytes that, like a pipe, cannot seek and does not know its length.</summary>
internal sealed class NonSeekableStream : Stream
{
    private readonly byte[] _bytes;
    private int _position;

    internal NonSeekableStream(byte[] bytes) => _bytes = bytes;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("a pipe has no length");

    public override long Position
    {
        get => throw new NotSupportedException("a pipe has no position");
        set => throw new NotSupportedException("a pipe cannot seek");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Like a pipe, hand over at most 4 KiB a read, so that readers that assume one read fills the buffer fail.
        int n = Math.Min(Math.Min(buffer.Length, _bytes.Length - _position), 4096);
        _bytes.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("a pipe cannot seek");

    public override void SetLength(long value) => throw new NotSupportedException("a pipe cannot seek");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("read-only");
}
