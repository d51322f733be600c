using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sannong.Domain.Serialization;

/// <summary>Converts <see cref="Impressions"/> to and from a JSON whole number (the count); as a dictionary key, the
/// count's invariant text.</summary>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class ImpressionsJsonConverter : JsonConverter<Impressions>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not exactly a whole number (read from its digits: 1.2e4 is
    /// 12000, 1.5 is an error), is out of range, or is negative.</exception>
    public override Impressions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ConverterText.ExpectNumber(ref reader, "Impressions as a whole number");
        long count = reader.TryGetInt64(out long plain) ? plain : ConverterText.ParseWhole(ref reader, nameof(Impressions));
        return count >= 0 ? new Impressions(count) : throw new JsonException($"Impressions must not be negative, but was {count}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Impressions value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Count);
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The property name is not a non-negative whole number.</exception>
    public override Impressions ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = ConverterText.ReadString(ref reader, nameof(Impressions));
        return Impressions.TryParse(text, out Impressions value)
            ? value
            : throw new JsonException($"\"{ConverterText.Clip(text)}\" is not a valid Impressions count.");
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Impressions value, JsonSerializerOptions options) =>
        ConverterText.WritePropertyName(writer, ConverterText.Invariant(value.Count));
}
