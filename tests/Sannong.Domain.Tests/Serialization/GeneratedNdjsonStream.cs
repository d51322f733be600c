using System;
using System.IO;
using System.Text;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>A read-only stream that produces <c>count</c> NDJSON earning lines on the fly, so that a test can read
/// a million records without the input ever being in memory. Line i (from 1) is an earning of i fen.</summary>
internal sealed class GeneratedNdjsonStream : Stream
{
    private readonly long _count;
    private long _next = 1;
    private byte[] _pending = [];
    private int _offset;

    internal GeneratedNdjsonStream(long count) => _count = count;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int written = 0;
        while (written < count)
        {
            if (_offset == _pending.Length)
            {
                if (_next > _count)
                {
                    break;
                }
                long fen = _next;
                _pending = Encoding.UTF8.GetBytes(
                    $"{{\"influencer\":\"村播-{_next % 1000}\",\"month\":\"2024-{(_next % 12) + 1:D2}\",\"amount\":\"{fen / 100}.{fen % 100:D2}\",\"source\":\"live-gifts\"}}\n");
                _offset = 0;
                _next++;
            }
            int n = Math.Min(count - written, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset + written, n);
            _offset += n;
            written += n;
        }
        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
