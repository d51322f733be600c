using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Sannong.Domain.Serialization;

/// <summary>One JSON value found by the reader's single pass: its kind and where its bytes lie in the buffer being read.
/// Nothing is parsed or copied until a getter asks: a string's text, a number's digits and an object's or array's
/// members are read from the buffer on demand.</summary>
internal readonly struct JsonValue
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlyMemory<byte> _buffer;

    // A string: the bytes between its quotes; a number, true, false or null: its bytes; an object or an array: from its
    // opening to its closing bracket.
    private readonly int _start;
    private readonly int _length;

    internal JsonValue(ReadOnlyMemory<byte> buffer, JsonValueKind kind, int start, int length, bool isEscaped)
    {
        _buffer = buffer;
        Kind = kind;
        _start = start;
        _length = length;
        IsEscaped = isEscaped;
    }

    /// <summary>The kind of value (<see cref="JsonValueKind.Undefined"/> for a value that is absent).</summary>
    internal JsonValueKind Kind { get; }

    /// <summary>True when a string holds an escape (\n, \u00e9...): its bytes are then not its text.</summary>
    internal bool IsEscaped { get; }

    /// <summary>The buffer the value lies in.</summary>
    internal ReadOnlyMemory<byte> Buffer => _buffer;

    /// <summary>Where the value's bytes start in <see cref="Buffer"/>.</summary>
    internal int Start => _start;

    /// <summary>The value's bytes (see the fields), within the buffer.</summary>
    internal ReadOnlySpan<byte> Bytes => _buffer.Span.Slice(_start, _length);

    /// <summary>The value's bytes as memory, for reading an object's or an array's members.</summary>
    internal ReadOnlyMemory<byte> Memory => _buffer.Slice(_start, _length);

    /// <summary>A string's text.</summary>
    /// <exception cref="InvalidOperationException">The value is not a string, or its bytes or escapes are not valid
    /// UTF-8 or UTF-16 text.</exception>
    internal string GetString()
    {
        if (Kind != JsonValueKind.String)
        {
            throw new InvalidOperationException("The value is not a string.");
        }
        if (!IsEscaped)
        {
            try
            {
                return StrictUtf8.GetString(Bytes);
            }
            catch (DecoderFallbackException e)
            {
                throw new InvalidOperationException("The string is not valid UTF-8.", e);
            }
        }
        // With its quotes, the string is a JSON document of its own, which the reader unescapes.
        var reader = new Utf8JsonReader(_buffer.Span.Slice(_start - 1, _length + 2));
        reader.Read();
        return reader.GetString()!;
    }

    /// <summary>True when a string's text equals <paramref name="utf8"/>, compared without building a string.</summary>
    internal bool TextEquals(ReadOnlySpan<byte> utf8)
    {
        if (Kind != JsonValueKind.String)
        {
            return false;
        }
        if (!IsEscaped)
        {
            return Bytes.SequenceEqual(utf8);
        }
        var reader = new Utf8JsonReader(_buffer.Span.Slice(_start - 1, _length + 2));
        reader.Read();
        return reader.ValueTextEquals(utf8);
    }

    /// <summary>A number's text as written (for messages).</summary>
    internal string RawText() => Encoding.UTF8.GetString(Bytes);

    /// <summary>A number written as a plain integer (no fraction, no exponent) that fits a <see cref="long"/>, as
    /// JsonElement.TryGetInt64 reads it.</summary>
    internal bool TryGetInt64(out long value)
    {
        ReadOnlySpan<byte> bytes = Bytes;
        if (Kind == JsonValueKind.Number && Utf8Parser.TryParse(bytes, out value, out int consumed) && consumed == bytes.Length)
        {
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>A number as the nearest <see cref="double"/> (correctly rounded, as JsonElement.GetDouble reads it).</summary>
    internal double GetDouble() => double.Parse(Bytes, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The elements of an array, each read from the buffer as the enumeration reaches it.</summary>
    internal ArrayEnumerator EnumerateArray() => new(this);

    /// <summary>The element of a value's first token, read by <paramref name="reader"/> over <paramref name="buffer"/>
    /// (whose first byte is at <paramref name="offset"/> of the buffer the value refers to): an object or an array is
    /// skipped to its end, so that the reader then stands on its last token.</summary>
    /// <exception cref="JsonException">The JSON is not valid (or nests too deeply).</exception>
    internal static JsonValue Take(ref Utf8JsonReader reader, ReadOnlyMemory<byte> buffer, int offset)
    {
        int tokenStart = offset + (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.String or JsonTokenType.PropertyName:
                return new JsonValue(buffer, JsonValueKind.String, tokenStart + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                JsonValueKind kind = reader.TokenType == JsonTokenType.StartObject ? JsonValueKind.Object : JsonValueKind.Array;
                reader.Skip();
                return new JsonValue(buffer, kind, tokenStart, offset + (int)reader.BytesConsumed - tokenStart, false);
            default:
                JsonValueKind scalar = reader.TokenType switch
                {
                    JsonTokenType.Number => JsonValueKind.Number,
                    JsonTokenType.True => JsonValueKind.True,
                    JsonTokenType.False => JsonValueKind.False,
                    _ => JsonValueKind.Null,
                };
                return new JsonValue(buffer, scalar, tokenStart, reader.ValueSpan.Length, false);
        }
    }

    /// <summary>Walks an array's elements: a reader over the array's own bytes, one element at a time.</summary>
    internal ref struct ArrayEnumerator
    {
        private readonly JsonValue _array;
        private Utf8JsonReader _reader;
        private JsonValue _current;

        internal ArrayEnumerator(JsonValue array)
        {
            _array = array;
            _reader = new Utf8JsonReader(array.Memory.Span, new JsonReaderOptions { MaxDepth = SannongJsonLimits.MaxDepth });
            _reader.Read(); // the opening bracket
            _current = default;
        }

        public readonly JsonValue Current => _current;

        public readonly ArrayEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (!_reader.Read() || _reader.TokenType == JsonTokenType.EndArray)
            {
                return false;
            }
            _current = Take(ref _reader, _array._buffer, _array._start);
            return true;
        }
    }
}
