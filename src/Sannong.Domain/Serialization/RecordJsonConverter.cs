using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sannong.Domain.Serialization;

/// <summary>Converts an entity (an influencer, a content item, a ledger entry...) in the form the dataset document
/// gives it, for use in the caller's own documents. A record with problems fails with a <see cref="JsonException"/>
/// listing all of them, with paths relative to the record.</summary>
internal sealed class RecordJsonConverter<T> : JsonConverter<T>
    where T : class
{
    private readonly Func<ReadOnlyMemory<byte>, ProblemList, T?> _read;
    private readonly Action<Utf8JsonWriter, T> _write;

    internal RecordJsonConverter(RecordCodec<T> codec)
        : this((utf8, sink) => JsonPass.Read(utf8, sink, $"the {typeof(T).Name}", codec.ReadRoot), codec.Write)
    {
    }

    /// <summary>A converter of values read from their own UTF-8 bytes (a whole dataset document, say).</summary>
    internal RecordJsonConverter(Func<ReadOnlyMemory<byte>, ProblemList, T?> read, Action<Utf8JsonWriter, T> write)
    {
        _read = read;
        _write = write;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var sink = new ProblemList(ValidationOptions.Default);
        T? value = _read(RawValue(ref reader), sink);
        if (value is not null)
        {
            return value;
        }
        string more = sink.Count > sink.Kept.Count ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ... and {sink.Count - sink.Kept.Count} more.") : string.Empty;
        throw new JsonException(
            $"Not a valid {typeof(T).Name}: {string.Join(" ", sink.Kept.Select(p => $"{p.Path}: {p.Message}"))}{more}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _write(writer, value);

    // The value's own bytes (the serializer hands a converter the whole value): as written on .NET 9 and later; before,
    // as JsonElement gives its raw text, which cannot hold text that is not valid UTF-8.
    private static byte[] RawValue(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
#if NET9_0_OR_GREATER
        return System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(document.RootElement).ToArray();
#else
        try
        {
            return System.Text.Encoding.UTF8.GetBytes(document.RootElement.GetRawText());
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException($"Not a valid {typeof(T).Name}: it holds text that is not valid UTF-8.", e);
        }
#endif
    }
}
