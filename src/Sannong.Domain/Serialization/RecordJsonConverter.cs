using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sannong.Domain.Serialization;

/// <summary>Converts an entity (an influencer, a content item, a ledger entry...) in the form the dataset document
/// gives it, for use in the caller's own documents. A record with problems fails with a <see cref="JsonException"/>
/// listing all of them, with paths relative to the record.</summary>
internal sealed class RecordJsonConverter<T> : JsonConverter<T>
    where T : class
{
    private readonly RecordCodec<T> _codec;

    internal RecordJsonConverter(RecordCodec<T> codec) => _codec = codec;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var sink = new ProblemList(ValidationOptions.Default);
        T? value;
        try
        {
            value = _codec.Read(document.RootElement, "$", sink);
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException($"Not a valid {typeof(T).Name}: it holds text that is not valid UTF-8.", e);
        }
        if (value is not null)
        {
            return value;
        }
        string more = sink.Count > sink.Kept.Count ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ... and {sink.Count - sink.Kept.Count} more.") : string.Empty;
        throw new JsonException(
            $"Not a valid {typeof(T).Name}: {string.Join(" ", sink.Kept.Select(p => $"{p.Path}: {p.Message}"))}{more}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _codec.Write(writer, value);
}
