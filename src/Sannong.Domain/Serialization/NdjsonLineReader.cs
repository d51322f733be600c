using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Sannong.Domain.Serialization;

/// <summary>Splits a UTF-8 stream into lines (LF or CRLF) in a buffer that never grows beyond
/// <see cref="SannongJsonLimits.MaxNdjsonLineBytes"/>: a longer line is skipped and reported as too long.</summary>
internal sealed class NdjsonLineReader
{
    private const int MaxLine = SannongJsonLimits.MaxNdjsonLineBytes;
    private readonly Stream _stream;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _skipping;

    internal NdjsonLineReader(Stream stream) => _stream = stream;

    /// <summary>The number of the line last returned, from 1.</summary>
    internal long LineNumber { get; private set; }

    /// <summary>The next line (valid until the next call), or false at the end of the stream.</summary>
    internal bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        Step step;
        while ((step = Take(out line, out tooLong)) == Step.NeedMore)
        {
            Filled(_stream.Read(_buffer, _end, _buffer.Length - _end));
        }
        return step == Step.Line;
    }

    /// <summary>The asynchronous form of <see cref="TryReadLine"/>: null at the end of the stream.</summary>
    internal async ValueTask<(ReadOnlyMemory<byte> Line, bool TooLong)?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            switch (Take(out ReadOnlyMemory<byte> line, out bool tooLong))
            {
                case Step.Line:
                    return (line, tooLong);
                case Step.End:
                    return null;
                default:
                    Filled(await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false));
                    break;
            }
        }
    }

    private enum Step
    {
        Line,
        NeedMore,
        End,
    }

    private void Filled(int read)
    {
        _eof = read == 0;
        _end += read;
    }

    private Step Take(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        line = default;
        tooLong = false;
        int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
        if (newline >= 0 || (_eof && (_start < _end || _skipping)))
        {
            int length = newline >= 0 ? newline : _end - _start;
            tooLong = _skipping || length > MaxLine + 1;
            line = tooLong ? default : TrimCarriageReturn(_buffer.AsMemory(_start, length));
            tooLong |= line.Length > MaxLine;
            line = tooLong ? default : line;
            _start += newline >= 0 ? length + 1 : length;
            _skipping = false;
            LineNumber++;
            return Step.Line;
        }
        if (_eof)
        {
            return Step.End;
        }
        if (_skipping || _end - _start > MaxLine + 1)
        {
            // Too long: forget what is buffered and read on to the next line break.
            _skipping = true;
            _start = 0;
            _end = 0;
            return Step.NeedMore;
        }
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxLine + 2));
        }
        return Step.NeedMore;
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}
