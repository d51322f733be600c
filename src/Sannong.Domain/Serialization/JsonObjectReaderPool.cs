namespace Sannong.Domain.Serialization;

/// <summary>One released <see cref="JsonObjectReader"/> per thread, reused by the next record read on that thread: a
/// document holds hundreds of thousands of records, and a reader (with its list of names) per record was a sixth of
/// the bytes allocated by a read.</summary>
internal static class JsonObjectReaderPool
{
    [ThreadStatic]
    private static JsonObjectReader? t_spare;

    /// <summary>The thread's spare reader, taken from the pool (null when there is none).</summary>
    internal static JsonObjectReader? Take()
    {
        JsonObjectReader? reader = t_spare;
        t_spare = null;
        return reader;
    }

    /// <summary>Keeps a reset reader for the next <see cref="Take"/> on this thread.</summary>
    internal static void Return(JsonObjectReader reader) => t_spare = reader;
}
