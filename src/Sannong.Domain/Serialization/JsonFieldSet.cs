using System.Text.Json;

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

    /// <summary>Marks <paramref name="name"/> as known and looks it up in <paramref name="obj"/>.</summary>
    /// <returns>True when the object has the property (even with a null value).</returns>
    internal bool Lookup(JsonElement obj, string name, out JsonElement value)
    {
        bool isNew = !_known.Contains(name);
        if (isNew)
        {
            _known.Add(name);
        }
        // By the name's UTF-8 bytes: TryGetProperty(string) would transcode the name on every call.
        bool present = obj.TryGetProperty(Utf8Names.Of(name), out value);
        if (present && isNew)
        {
            _present++;
        }
        return present;
    }

    /// <summary>True when <paramref name="obj"/> has exactly as many properties as distinct known names were found in
    /// it: then every property is one of those names, once.</summary>
    internal bool AllKnownOnce(JsonElement obj)
    {
        int properties = 0;
        foreach (JsonProperty unused in obj.EnumerateObject())
        {
            properties++;
        }
        return properties == _present;
    }

    /// <summary>The index in <see cref="Known"/> of the property's name, matched without materialising it; -1 for
    /// an unknown name.</summary>
    internal int IndexOf(JsonProperty property)
    {
        for (int i = 0; i < _known.Count; i++)
        {
            if (property.NameEquals(Utf8Names.Of(_known[i])))
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
