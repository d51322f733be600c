using System.Text.Json;
using System.Text.Json.Serialization;
using Sannong.Domain.Creators;

namespace Sannong.Domain.Serialization;

/// <summary>Converts a <see cref="Region"/> to and from a JSON string in the form of <see cref="Region.ToString"/>:
/// the six-digit division code ("430524"), followed by "/" and the urban-rural code when it has one
/// ("430524/220"); also as a dictionary key.</summary>
/// <remarks>The dataset document writes the two parts as separate fields (region and settlement); this converter is
/// for the caller's own documents.</remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class RegionJsonConverter : JsonConverter<Region>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string holding a valid region.</exception>
    public override Region Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default(Region)</c>, which is not a region.</exception>
    public override void Write(Utf8JsonWriter writer, Region value, JsonSerializerOptions options) =>
        ConverterText.WriteString(writer, Text(value));

    /// <inheritdoc/>
    /// <exception cref="JsonException">The property name is not a valid region.</exception>
    public override Region ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default(Region)</c>, which is not a region.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Region value, JsonSerializerOptions options) =>
        ConverterText.WritePropertyName(writer, Text(value));

    private static string Text(Region value) =>
        value == default ? throw new ArgumentException("value must be a valid Region, but was default(Region).", nameof(value)) : value.ToString();

    private static Region Parse(ref Utf8JsonReader reader)
    {
        string text = ConverterText.ReadString(ref reader, nameof(Region));
        try
        {
            return Region.Parse(text);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }
}
