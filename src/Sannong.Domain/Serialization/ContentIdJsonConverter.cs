using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sannong.Domain.Serialization;

/// <summary>Converts a <see cref="ContentId"/> to and from a JSON string holding its text, also as a dictionary key.</summary>
/// <remarks>Reading fails with a <see cref="JsonException"/> when the token is not a string or the text is not a
/// valid identifier (empty, longer than 64 characters, control characters, leading or trailing white space).</remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class ContentIdJsonConverter : JsonConverter<ContentId>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string holding a valid identifier.</exception>
    public override ContentId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ContentId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The property name is not a valid identifier.</exception>
    public override ContentId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ContentId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }

    private static ContentId Parse(ref Utf8JsonReader reader)
    {
        string text = ConverterText.ReadString(ref reader, nameof(ContentId));
        string? problem = IdentifierRules.Problem(text);
        return problem is null ? new ContentId(text) : throw new JsonException($"\"{ConverterText.Clip(text)}\" is not a valid ContentId: it {problem}.");
    }
}
