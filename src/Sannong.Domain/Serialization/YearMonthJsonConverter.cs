using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Sannong.Domain.Serialization;

/// <summary>Converts a NodaTime <see cref="YearMonth"/> to and from a JSON string written yyyy-MM (2024-01), with NodaTime's own
/// <see cref="YearMonthPattern.Iso"/>; also as a dictionary key.</summary>
/// <remarks>Built on NodaTime's text patterns rather than NodaTime.Serialization.SystemTextJson, so that it is trim-
/// and AOT-safe.</remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string written yyyy-MM.</exception>
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(YearMonthPattern.Iso.Format(value));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The property name is not written yyyy-MM.</exception>
    public override YearMonth ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(YearMonthPattern.Iso.Format(value));
    }

    private static YearMonth Parse(ref Utf8JsonReader reader) =>
        ConverterText.Parse(ConverterText.ReadString(ref reader, nameof(YearMonth)), YearMonthPattern.Iso, nameof(YearMonth), "written yyyy-MM (2024-01)");
}
