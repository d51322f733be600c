using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sannong.Domain.Serialization;

/// <summary>Converts a <see cref="InfluencerId"/> to and from a JSON string holding its text, also as a dictionary key.</summary>
/// <remarks>Reading fails with a <see cref="JsonException"/> when the token is not a string or the text is not a
/// valid identifier (empty, longer than 64 characters, control characters, leading or trailing white space).</remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class InfluencerIdJsonConverter : JsonConverter<InfluencerId>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string holding a valid identifier.</exception>
    public override InfluencerId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, InfluencerId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The property name is not a valid identifier.</exception>
    public override InfluencerId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, InfluencerId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }

    private static InfluencerId Parse(ref Utf8JsonReader reader)
    {
        string text = ConverterText.ReadString(ref reader, nameof(InfluencerId));
        string? problem = IdentifierRules.Problem(text);
        return problem is null ? new InfluencerId(text) : throw new JsonException($"\"{ConverterText.Clip(text)}\" is not a valid InfluencerId: it {problem}.");
    }
}
