using System;
using System.IO;

namespace Sannong.Fuzz;

/// <summary>A stream that can seek, as a file can, but hands over only a few bytes a read: the library reads a
/// seekable stream through its bounded buffer, and these short reads make every value straddle a refill.</summary>
internal sealed class TricklingFile : Stream
{
    private readonly byte[] _bytes;
    private readonly int _most;
    private int _position;

    internal TricklingFile(byte[] bytes, int most)
    {
        _bytes = bytes;
        _most = most;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _bytes.Length;

    public override long Position
    {
        get => _position;
        set => _position = (int)Math.Clamp(value, 0, _bytes.Length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = Math.Min(Math.Min(buffer.Length, _bytes.Length - _position), _most);
        _bytes.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _bytes.Length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
