using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sannong.Domain.Serialization;

/// <summary>Converts a <see cref="Share"/> to and from a JSON number between 0 and 1 (0.5 is half), written in the
/// shortest form that reads back to the same double; as a dictionary key, that number's invariant text.</summary>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class ShareJsonConverter : JsonConverter<Share>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a number between 0 and 1.</exception>
    public override Share Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ConverterText.ExpectNumber(ref reader, "a Share as a number between 0 and 1");
        // The range is checked exactly on the digits: 1.0000000000000000001 rounds to the double 1 but is above 1.
        ReadOnlySpan<byte> raw = ConverterText.RawNumber(ref reader);
        return JsonNumber.PlaceAgainstZeroAndOne(raw) switch
        {
            0 => Share.FromRatio(0.0),
            1 => Check(reader.GetDouble()),
            2 => Share.FromRatio(1.0),
            _ => throw new JsonException($"A Share must be between 0 and 1, but was {ConverterText.Clip(System.Text.Encoding.UTF8.GetString(raw))}."),
        };
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
        byte[] raw = System.Text.Encoding.UTF8.GetBytes(text);
        bool isNumber = JsonNumber.Parse(raw, 0, out _) != JsonNumber.Outcome.Malformed;
        return !isNumber
            ? throw new JsonException($"\"{ConverterText.Clip(text)}\" is not a valid Share: expected a number between 0 and 1.")
            : JsonNumber.PlaceAgainstZeroAndOne(raw) switch
            {
                0 => Share.FromRatio(0.0),
                1 => Check(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)),
                2 => Share.FromRatio(1.0),
                _ => throw new JsonException($"A Share must be between 0 and 1, but was {ConverterText.Clip(text)}."),
            };
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Share value, JsonSerializerOptions options) =>
        ConverterText.WritePropertyName(writer, value.Value.ToString("R", CultureInfo.InvariantCulture));

    private static Share Check(double ratio) =>
        ratio is >= 0.0 and <= 1.0
            ? Share.FromRatio(ratio)
            : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"A Share must be between 0 and 1, but was {ratio}."));
}
