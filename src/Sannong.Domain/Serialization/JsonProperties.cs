using System.Text.Json;

namespace Sannong.Domain.Serialization;

/// <summary>The properties of one JSON object, found in a single forward pass of a <see cref="Utf8JsonReader"/>: each
/// name and value as a place in the buffer (<see cref="JsonValue"/>), in document order, nothing parsed. Reused from
/// object to object (a reader of the pool keeps one).</summary>
internal sealed class JsonProperties
{
    private (JsonValue Name, JsonValue Value)[] _items = new (JsonValue, JsonValue)[16];

    /// <summary>How many properties the object holds (repeated names counted each time).</summary>
    internal int Count { get; private set; }

    /// <summary>Reads the object whose opening brace <paramref name="reader"/> stands on, to its closing brace, keeping
    /// every property. <paramref name="offset"/> is where the reader's first byte lies in <paramref name="buffer"/>.</summary>
    /// <exception cref="JsonException">The JSON is not valid (or nests too deeply).</exception>
    internal void Collect(ref Utf8JsonReader reader, ReadOnlyMemory<byte> buffer, int offset)
    {
        Count = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            JsonValue name = JsonValue.Take(ref reader, buffer, offset);
            reader.Read();
            Add(name, JsonValue.Take(ref reader, buffer, offset));
        }
    }

    /// <summary>Forgets every property, then reads the object <paramref name="value"/> (which must be one).</summary>
    internal void Collect(JsonValue value)
    {
        var reader = new Utf8JsonReader(value.Bytes, new JsonReaderOptions { MaxDepth = SannongJsonLimits.MaxDepth });
        reader.Read();
        Collect(ref reader, value.Buffer, value.Start);
    }

    /// <summary>Keeps one more property (for a reader that walks an object itself).</summary>
    internal void Add(JsonValue name, JsonValue value)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }
        _items[Count++] = (name, value);
    }

    /// <summary>Forgets every property.</summary>
    internal void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }

    /// <summary>The index of the last property called <paramref name="utf8Name"/> (the last wins, as in
    /// System.Text.Json), or -1.</summary>
    internal int FindLast(ReadOnlySpan<byte> utf8Name)
    {
        for (int i = Count - 1; i >= 0; i--)
        {
            if (_items[i].Name.TextEquals(utf8Name))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True when the name of property <paramref name="index"/> is <paramref name="utf8Name"/>.</summary>
    internal bool NameEquals(int index, ReadOnlySpan<byte> utf8Name) => _items[index].Name.TextEquals(utf8Name);

    /// <summary>The name of property <paramref name="index"/> as text (for messages).</summary>
    internal string NameAt(int index) => _items[index].Name.GetString();

    /// <summary>The value of property <paramref name="index"/>.</summary>
    internal JsonValue ValueAt(int index) => _items[index].Value;
}
