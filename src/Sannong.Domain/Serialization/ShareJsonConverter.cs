using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sannong.Domain.Serialization;

/// <summary>Converts a <see cref="Share"/> to and from a JSON number between 0 and 1 (0.5 is half), written in the
/// shortest form that reads back to the same double; as a dictionary key, that number's invariant text.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ShareJsonConverter : JsonConverter<Share>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a number between 0 and 1.</exception>
    public override Share Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out double ratio))
        {
            throw new JsonException($"Expected a Share as a number between 0 and 1, but found {reader.TokenType}.");
        }
        return Check(ratio);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Share value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The property name is not a number between 0 and 1.</exception>
    public override Share ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = ConverterText.ReadString(ref reader, nameof(Share));
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double ratio)
            ? Check(ratio)
            : throw new JsonException($"\"{ConverterText.Clip(text)}\" is not a valid Share: expected a number between 0 and 1.");
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Share value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value.ToString("R", CultureInfo.InvariantCulture));
    }

    private static Share Check(double ratio) =>
        ratio is >= 0.0 and <= 1.0
            ? Share.FromRatio(ratio)
            : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"A Share must be between 0 and 1, but was {ratio}."));
}
