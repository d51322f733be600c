using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Serialization;

/// <summary>Converts a NodaTime value to and from a JSON string written with one NodaTime text pattern, also as a
/// dictionary key, as NodaTime.Serialization's pattern converters do. <see cref="SannongJsonOptions"/> holds the
/// library's three: <see cref="Instant"/> read ISO-8601 with Z or an offset within ±18:00 as the same instant
/// (2024-01-02T16:00:00+08:00 is 2024-01-02T08:00:00Z; <c>+0800</c>, <c>+08</c> and a time without offset are refused)
/// and written in UTC with Z as <see cref="InstantPattern.ExtendedIso"/> writes it (2024-01-02T08:00:00Z, up to nine
/// decimals of a second), so a round trip turns an offset into Z; <see cref="LocalDate"/> with
/// <see cref="LocalDatePattern.Iso"/> (2024-01-31) and <see cref="YearMonth"/> with <see cref="YearMonthPattern.Iso"/>
/// (2024-01).</summary>
/// <typeparam name="T">The NodaTime type.</typeparam>
/// <remarks>Built on NodaTime's text patterns rather than NodaTime.Serialization.SystemTextJson, so that it is trim-
/// and AOT-safe (no reflection). Reading fails with a <see cref="JsonException"/> when the token is not a string or
/// the pattern does not match, as in <c>"2024-02-30" is not a valid LocalDate: expected written yyyy-MM-dd (2024-01-31).</c></remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class NodaPatternJsonConverter<T> : JsonConverter<T>
{
    private readonly IPattern<T> _pattern;
    private readonly string _expected;
    private readonly string _typeName = typeof(T).Name;

    /// <summary>Creates a converter that reads and writes <typeparamref name="T"/> with <paramref name="pattern"/>.</summary>
    /// <param name="pattern">The NodaTime pattern, such as <see cref="LocalDatePattern.Iso"/>; NodaTime's built-in
    /// patterns are immutable and culture-independent.</param>
    /// <param name="expected">How the text must be written, for error messages after the word "expected", such as
    /// <c>written yyyy-MM-dd (2024-01-31)</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> or <paramref name="expected"/> is null.</exception>
    public NodaPatternJsonConverter(IPattern<T> pattern, string expected)
    {
        _pattern = Preconditions.CheckNotNull(pattern);
        _expected = Preconditions.CheckNotNull(expected);
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string that the pattern reads.</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        ConverterText.WriteString(writer, _pattern.Format(value));

    /// <inheritdoc/>
    /// <exception cref="JsonException">The property name is not text that the pattern reads.</exception>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        ConverterText.WritePropertyName(writer, _pattern.Format(value));

    private T Parse(ref Utf8JsonReader reader) =>
        ConverterText.Parse(ConverterText.ReadString(ref reader, _typeName), _pattern, _typeName, _expected);
}
