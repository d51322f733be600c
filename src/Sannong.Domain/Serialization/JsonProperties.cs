using System.Text.Json;

namespace Sannong.Domain.Serialization;

/// <summary>The properties of one JSON object, found in a single forward pass of a <see cref="Utf8JsonReader"/>: each
/// name and value as a place in the buffer (<see cref="JsonSlice"/>), in document order, nothing parsed. Reused from
/// object to object (a reader of the pool keeps one).</summary>
internal sealed class JsonProperties
{
    private (JsonSlice Name, JsonSlice Value)[] _items = new (JsonSlice, JsonSlice)[16];

    /// <summary>How many properties the object holds (repeated names counted each time).</summary>
    internal int Count { get; private set; }

    /// <summary>Reads the object whose opening brace <paramref name="reader"/> stands on, to its closing brace, keeping
    /// every property; the reader reads <paramref name="source"/>.</summary>
    /// <exception cref="JsonException">The JSON is not valid (or nests too deeply).</exception>
    /// <exception cref="DocumentBuffer.Incomplete">The reader's bytes end before the object does.</exception>
    internal void Collect(ref Utf8JsonReader reader, JsonSource source)
    {
        Count = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            JsonSlice name = JsonSlice.Take(ref reader, source);
            reader.Read();
            Add(name, JsonSlice.Take(ref reader, source));
        }
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            // Only a streamed buffer (not a final block) ends before the object does; a final one throws JsonException.
            throw new DocumentBuffer.Incomplete();
        }
    }

    /// <summary>Forgets every property, then reads the object <paramref name="value"/> (which must be one).</summary>
    internal void Collect(JsonSlice value)
    {
        var reader = new Utf8JsonReader(value.Bytes, new JsonReaderOptions { MaxDepth = SannongJsonLimits.MaxDepth });
        reader.Read();
        Collect(ref reader, value.Source);
    }

    /// <summary>Keeps one more property (for a reader that walks an object itself).</summary>
    internal void Add(JsonSlice name, JsonSlice value)
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
    internal JsonSlice ValueAt(int index) => _items[index].Value;
}
