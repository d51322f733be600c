namespace Sannong.Domain.Serialization;

/// <summary>The fields a reader has asked for in one JSON object, and how many of them the object holds: enough to
/// tell, by counting, that the object has no unknown and no repeated field (the usual case), and otherwise to find
/// which properties are unknown or repeated.</summary>
internal sealed class JsonFieldSet
{
    // The names asked for, in order (a handful per object: a list is faster than a set here).
    private readonly List<string> _known = new(8);

    // How many of the known names are present in the object (counted once each, null values included).
    private int _present;

    /// <summary>The names asked for, in the order first asked.</summary>
    internal IReadOnlyList<string> Known => _known;

    /// <summary>Marks <paramref name="name"/> as known and looks it up in <paramref name="properties"/> (the last
    /// property of that name wins).</summary>
    /// <returns>True when the object has the property (even with a null value).</returns>
    internal bool Lookup(JsonProperties properties, string name, out JsonSlice value)
    {
        bool isNew = !_known.Contains(name);
        if (isNew)
        {
            _known.Add(name);
        }
        // By the name's UTF-8 bytes: no string is built for a property's name.
        int index = properties.FindLast(Utf8Names.Of(name));
        value = index >= 0 ? properties.ValueAt(index) : default;
        if (index >= 0 && isNew)
        {
            _present++;
        }
        return index >= 0;
    }

    /// <summary>True when the object has exactly as many properties as distinct known names were found in it: then
    /// every property is one of those names, once.</summary>
    internal bool AllKnownOnce(JsonProperties properties) => properties.Count == _present;

    /// <summary>The index in <see cref="Known"/> of the name of property <paramref name="index"/>, matched without
    /// materialising it; -1 for an unknown name.</summary>
    internal int IndexOf(JsonProperties properties, int index)
    {
        for (int i = 0; i < _known.Count; i++)
        {
            if (properties.NameEquals(index, Utf8Names.Of(_known[i])))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Forgets every name, for the next object.</summary>
    internal void Clear()
    {
        _known.Clear();
        _present = 0;
    }
}
