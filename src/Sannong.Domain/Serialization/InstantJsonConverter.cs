using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Sannong.Domain.Serialization;

/// <summary>Converts a NodaTime <see cref="Instant"/> to and from a JSON string in UTC written ISO-8601 with a Z (2024-01-02T08:00:00Z, with up to nine decimals of a second), with NodaTime's own
/// <see cref="InstantPattern.ExtendedIso"/>; also as a dictionary key.</summary>
/// <remarks>Built on NodaTime's text patterns rather than NodaTime.Serialization.SystemTextJson, so that it is trim-
/// and AOT-safe.</remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string in UTC written ISO-8601 with a Z.</exception>
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The property name is not in UTC written ISO-8601 with a Z.</exception>
    public override Instant ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(InstantPattern.ExtendedIso.Format(value));
    }

    private static Instant Parse(ref Utf8JsonReader reader) =>
        ConverterText.Parse(ConverterText.ReadString(ref reader, nameof(Instant)), InstantPattern.ExtendedIso, nameof(Instant), "in UTC written ISO-8601 with a Z (2024-01-02T08:00:00Z, with up to nine decimals of a second)");
}
