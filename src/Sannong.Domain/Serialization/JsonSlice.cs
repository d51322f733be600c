using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Sannong.Domain.Serialization;

/// <summary>One JSON value found by the reader's single pass: its kind and where its bytes lie in the buffer being read.
/// Nothing is parsed or copied until a getter asks: a string's text, a number's digits and an object's or array's
/// members are read from the buffer on demand.</summary>
internal readonly struct JsonSlice
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _array;

    // A string: the bytes between its quotes; a number, true, false or null: its bytes; an object or an array: from its
    // opening to its closing bracket.
    private readonly int _start;
    private readonly int _length;

    internal JsonSlice(byte[] array, JsonValueKind kind, int start, int length, bool isEscaped)
    {
        _array = array;
        Kind = kind;
        _start = start;
        _length = length;
        IsEscaped = isEscaped;
    }

    /// <summary>The kind of value (<see cref="JsonValueKind.Undefined"/> for a value that is absent).</summary>
    internal JsonValueKind Kind { get; }

    /// <summary>True when a string holds an escape (\n, \u00e9...): its bytes are then not its text.</summary>
    internal bool IsEscaped { get; }

    /// <summary>Where the value's bytes lie, for a reader of its members.</summary>
    internal JsonSource Source => new(_array, _start);

    /// <summary>The value's bytes (see the fields), within the buffer.</summary>
    internal ReadOnlySpan<byte> Bytes => new(_array, _start, _length);

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
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_array, _start - 1, _length + 2));
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
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_array, _start - 1, _length + 2));
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

    /// <summary>The same value in an array of its own, so that it outlives the buffer it was found in (a streamed
    /// document's buffer is reused as the read goes on).</summary>
    internal JsonSlice Detach()
    {
        // A string keeps its quotes, which an escaped string's reading needs.
        int quote = Kind == JsonValueKind.String ? 1 : 0;
        byte[] copy = new ReadOnlySpan<byte>(_array, _start - quote, _length + (2 * quote)).ToArray();
        return new JsonSlice(copy, Kind, quote, _length, IsEscaped);
    }

    /// <summary>An empty array, standing for an array whose elements were read as the pass met them.</summary>
    internal static JsonSlice ReadArray { get; } = new("[]"u8.ToArray(), JsonValueKind.Array, 0, 2, false);

    /// <summary>The elements of an array, each read from the buffer as the enumeration reaches it.</summary>
    internal ArrayEnumerator EnumerateArray() => new(this);

    /// <summary>The value whose first token <paramref name="reader"/> stands on, the reader reading the bytes of
    /// <paramref name="source"/>: an object or an array is skipped to its end, so that the reader then stands on its
    /// last token.</summary>
    /// <exception cref="JsonException">The JSON is not valid (or nests too deeply).</exception>
    internal static JsonSlice Take(ref Utf8JsonReader reader, JsonSource source)
    {
        int tokenStart = source.Offset + (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.String or JsonTokenType.PropertyName:
                return new JsonSlice(source.Array, JsonValueKind.String, tokenStart + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                JsonValueKind kind = reader.TokenType == JsonTokenType.StartObject ? JsonValueKind.Object : JsonValueKind.Array;
                // TrySkip, as the reader may read a streamed buffer (not a final block), which may end inside the value.
                if (!reader.TrySkip())
                {
                    throw new DocumentBuffer.Incomplete();
                }
                return new JsonSlice(source.Array, kind, tokenStart, source.Offset + (int)reader.BytesConsumed - tokenStart, false);
            default:
                JsonValueKind scalar = reader.TokenType switch
                {
                    JsonTokenType.Number => JsonValueKind.Number,
                    JsonTokenType.True => JsonValueKind.True,
                    JsonTokenType.False => JsonValueKind.False,
                    _ => JsonValueKind.Null,
                };
                return new JsonSlice(source.Array, scalar, tokenStart, reader.ValueSpan.Length, false);
        }
    }

    /// <summary>Walks an array's elements: a reader over the array's own bytes, one element at a time.</summary>
    internal ref struct ArrayEnumerator
    {
        private readonly JsonSlice _array;
        private Utf8JsonReader _reader;
        private JsonSlice _current;

        internal ArrayEnumerator(JsonSlice array)
        {
            _array = array;
            _reader = new Utf8JsonReader(array.Bytes, new JsonReaderOptions { MaxDepth = SannongJsonLimits.MaxDepth });
            _reader.Read(); // the opening bracket
            _current = default;
        }

        public readonly JsonSlice Current => _current;

        public readonly ArrayEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (!_reader.Read() || _reader.TokenType == JsonTokenType.EndArray)
            {
                return false;
            }
            _current = Take(ref _reader, _array.Source);
            return true;
        }
    }
}

/// <summary>The bytes a <see cref="Utf8JsonReader"/> reads: an array and where in it the reader's first byte lies, so
/// that a value's place in the array follows from the reader's token positions.</summary>
internal readonly struct JsonSource
{
    internal JsonSource(byte[] array, int offset)
    {
        Array = array;
        Offset = offset;
    }

    /// <summary>The array.</summary>
    internal byte[] Array { get; }

    /// <summary>Where the reader's first byte lies in <see cref="Array"/>.</summary>
    internal int Offset { get; }
}
