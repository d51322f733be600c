using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sannong.Domain.Serialization;

/// <summary>Converts an identifier (<see cref="InfluencerId"/>, <see cref="ContentId"/>, <see cref="MentorId"/>,
/// <see cref="ProgrammeId"/>) to and from a JSON string holding its text, also as a dictionary key.</summary>
/// <typeparam name="TId">The identifier type.</typeparam>
/// <remarks>Reading fails with a <see cref="JsonException"/> when the token is not a string or the text is not a
/// valid identifier (empty, longer than 64 characters, control characters, leading or trailing white space); the
/// message names the type and the rule, as in <c>"" is not a valid ContentId: it must not be empty.</c></remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class IdentifierJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, IIdentifier<TId>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string holding a valid identifier.</exception>
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) =>
        ConverterText.WriteString(writer, value.Value);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The property name is not a valid identifier.</exception>
    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) =>
        ConverterText.WritePropertyName(writer, value.Value);

    private static TId Parse(ref Utf8JsonReader reader)
    {
        string typeName = Identifier<TId>.TypeName;
        string text = ConverterText.ReadString(ref reader, typeName);
        string? problem = IdentifierRules.Problem(text);
        return problem is null ? TId.Create(text) : throw new JsonException($"\"{ConverterText.Clip(text)}\" is not a valid {typeName}: it {problem}.");
    }
}
