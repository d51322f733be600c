using System.IO;
using System.Text.Json;
using System.Text.Unicode;

namespace Sannong.Domain.Serialization;

/// <summary>The bytes of a dataset document as the single pass reads them: either the whole document in memory, or a
/// stream read through a buffer that holds the value being read and grows only when one value is larger than it (so
/// that reading a large file takes the memory of its records, not of the file as well).</summary>
/// <remarks>A streamed read gives up (<see cref="WholeDocumentNeeded"/>) as soon as it meets what only the reader of a
/// whole document words exactly: bad JSON, an escape, text that is not UTF-8, a run of bytes without a quote longer
/// than a token may be. The caller then reads the whole document, so that every problem is reported as it always
/// was.</remarks>
internal sealed class DocumentBuffer
{
    private const int MaxTokenBytes = SannongJsonLimits.MaxStringLength * 6;
    private readonly Stream? _stream;
    private byte[] _array;
    private int _start;
    private int _end;
    private bool _eof;

    // The streamed checks: how far the bytes are known to be UTF-8, and how long the run without a quote is at the end.
    private int _checkedTo;
    private long _run;

    private DocumentBuffer(byte[] array, int start, int end, Stream? stream)
    {
        _array = array;
        _start = start;
        _end = end;
        _eof = stream is null;
        _stream = stream;
        _checkedTo = start;
    }

    /// <summary>The whole document, in memory: nothing is ever read again (so no reader is ever made from the buffer's
    /// end, which is the array's).</summary>
    internal static DocumentBuffer InMemory(JsonSource source) => new(source.Array, source.Offset, source.Array.Length, null);

    /// <summary>A stream, read from its position in chunks of <paramref name="chunk"/> bytes; the first chunk is read
    /// (after a byte order mark, if any).</summary>
    /// <exception cref="WholeDocumentNeeded">The first chunk needs the whole document's reader.</exception>
    internal static DocumentBuffer Streamed(Stream stream, int chunk)
    {
        var buffer = new DocumentBuffer(new byte[chunk], 0, 0, stream);
        buffer.Fill();
        if (buffer._array.AsSpan(0, buffer._end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            buffer._start = 3;
        }
        return buffer;
    }

    /// <summary>Where the reader's bytes lie: valid until the next read that refills.</summary>
    internal JsonSource Source => new(_array, _start);

    /// <summary>A reader of the bytes held, from the state of the one it replaces.</summary>
    internal Utf8JsonReader Reader(JsonReaderState state) =>
        new(_array.AsSpan(_start, _end - _start), _eof, state);

    /// <summary>Reads the next token, refilling as needed; false at the end of the document.</summary>
    /// <exception cref="JsonException">The JSON is not valid (or nests too deeply).</exception>
    /// <exception cref="WholeDocumentNeeded">The stream needs the whole document's reader.</exception>
    internal bool Read(ref Utf8JsonReader reader)
    {
        while (!reader.Read())
        {
            if (!Refill(ref reader))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The type of the next token, read ahead without moving the reader (refilling as needed); None at the
    /// end of the document.</summary>
    internal JsonTokenType PeekNext(ref Utf8JsonReader reader)
    {
        while (true)
        {
            Utf8JsonReader probe = reader;
            if (probe.Read())
            {
                return probe.TokenType;
            }
            if (!Refill(ref reader))
            {
                return JsonTokenType.None;
            }
        }
    }

    /// <summary>Makes sure the whole value after the reader's token is held, so that it may be read, skipped or
    /// collected without a refill.</summary>
    internal void EnsureNextValue(ref Utf8JsonReader reader)
    {
        while (!_eof)
        {
            Utf8JsonReader probe = reader;
            if (probe.Read() && (probe.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || probe.TrySkip()))
            {
                return;
            }
            Refill(ref reader);
        }
    }

    /// <summary>Makes sure the rest of the document is held: a streamed read that has not reached the end gives up
    /// (for a root that is not an object, which a streamed read does not handle).</summary>
    internal void EnsureWhole()
    {
        if (!_eof)
        {
            throw new WholeDocumentNeeded();
        }
    }

    /// <summary>Reads more of the stream after the reader's last whole token (for a value found incomplete,
    /// <see cref="Incomplete"/>), the reader then standing before it; false at the end of the stream.</summary>
    internal bool Refill(ref Utf8JsonReader reader)
    {
        if (_eof)
        {
            return false;
        }
        _start += (int)reader.BytesConsumed;
        int kept = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_array, _start, _array, 0, kept);
            _checkedTo -= _start;
            _start = 0;
            _end = kept;
        }
        if (_end == _array.Length)
        {
            // One value larger than the buffer: the buffer grows (within the document's size limit, checked first).
            Array.Resize(ref _array, _array.Length * 2);
        }
        Fill();
        reader = Reader(reader.CurrentState);
        return true;
    }

    private void Fill()
    {
        int read = _stream!.Read(_array, _end, _array.Length - _end);
        _eof = read == 0;
        _end += read;
        Check(_end - read);
    }

    // What the whole document's reader would check before its pass (JsonPass.TokensWithinLimits), on the bytes just
    // read: when any might fail, the streamed read gives up.
    private void Check(int from)
    {
        ReadOnlySpan<byte> added = _array.AsSpan(from, _end - from);
        if (added.Contains((byte)'\\'))
        {
            throw new WholeDocumentNeeded();
        }
        // UTF-8, up to the last whole character (the rest is checked with the next chunk).
        int cut = _eof ? _end : WholeCharactersEnd(_array.AsSpan(0, _end), _checkedTo);
        if (!Utf8.IsValid(_array.AsSpan(_checkedTo, cut - _checkedTo)))
        {
            throw new WholeDocumentNeeded();
        }
        _checkedTo = cut;
        // No run without a quote longer than a token may be.
        int first = added.IndexOf((byte)'"');
        if (first < 0)
        {
            _run += added.Length;
        }
        else
        {
            if (_run + first > MaxTokenBytes)
            {
                throw new WholeDocumentNeeded();
            }
            int last = added.LastIndexOf((byte)'"');
            for (int start = first + 1; last - start > MaxTokenBytes;)
            {
                int quote = added.Slice(start, MaxTokenBytes + 1).LastIndexOf((byte)'"');
                if (quote < 0)
                {
                    throw new WholeDocumentNeeded();
                }
                start += quote + 1;
            }
            _run = added.Length - 1 - last;
        }
        if (_run > MaxTokenBytes)
        {
            throw new WholeDocumentNeeded();
        }
    }

    /// <summary>The end of the last whole UTF-8 character of <paramref name="bytes"/> after <paramref name="from"/>: a
    /// sequence cut short by the end of the chunk is left for the next.</summary>
    private static int WholeCharactersEnd(ReadOnlySpan<byte> bytes, int from)
    {
        for (int i = bytes.Length - 1; i >= Math.Max(from, bytes.Length - 4); i--)
        {
            byte b = bytes[i];
            if ((b & 0xC0) != 0x80)
            {
                int length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return i + length > bytes.Length ? i : bytes.Length;
            }
        }
        return bytes.Length;
    }

    /// <summary>A value ran past the end of the bytes held: read more (<see cref="Refill"/>) and read it again.</summary>
    internal sealed class Incomplete : Exception
    {
        internal Incomplete()
            : base("The value runs past the bytes held.")
        {
        }
    }

    /// <summary>A streamed read met what only the whole document's reader words exactly.</summary>
    internal sealed class WholeDocumentNeeded : Exception
    {
        internal WholeDocumentNeeded()
            : base("The document must be read whole.")
        {
        }
    }
}
