using System.Collections.Concurrent;
using System.Text;

namespace Sannong.Domain.Serialization;

/// <summary>The UTF-8 bytes of the field names the readers ask for, computed once per name. Looking a property up by
/// its UTF-8 name spares <c>JsonElement.TryGetProperty(string)</c> transcoding the name on every call.</summary>
internal static class Utf8Names
{
    // Keyed by reference: the names are string literals of the record codecs, so the same few dozen instances come back
    // every time. Bounded, so that a caller passing computed names cannot grow it without limit.
    private const int MaxNames = 512;
    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(ReferenceEqualityComparer.Instance);

    internal static byte[] Of(string name)
    {
        if (Cache.TryGetValue(name, out byte[]? utf8))
        {
            return utf8;
        }
        utf8 = Encoding.UTF8.GetBytes(name);
        if (Cache.Count < MaxNames)
        {
            Cache.TryAdd(name, utf8);
        }
        return utf8;
    }
}
