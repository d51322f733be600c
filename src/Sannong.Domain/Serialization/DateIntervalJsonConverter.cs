using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace Sannong.Domain.Serialization;

/// <summary>Converts a NodaTime <see cref="DateInterval"/> (a programme's period, both ends inclusive) to and from
/// <c>{"start":"2024-01-01","end":"2026-12-31"}</c>, the dates written yyyy-MM-dd.</summary>
/// <remarks>
/// <para>A <see cref="DateInterval"/> is an <see cref="IEnumerable{T}"/> of its dates, so without this converter
/// <see cref="JsonSerializer"/> writes a three-year period as an array of 1,096 dates. Writing always gives the two
/// ends; reading needs exactly the properties <c>start</c> and <c>end</c> (case-sensitive, each once, in either
/// order) and no other. Like the library's other converters it uses no reflection, so it is trim- and AOT-safe.</para>
/// <para>Reading fails with a <see cref="JsonException"/> whose message says why: a token that is not an object, a
/// missing, repeated or unknown property, a date not written yyyy-MM-dd (<c>"2024-02-30" is not a valid LocalDate:
/// expected written yyyy-MM-dd (2024-01-31).</c>), or an end before the start.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class DateIntervalJsonConverter : JsonConverter<DateInterval>
{
    private const string TypeName = nameof(DateInterval);
    private const string DateForm = "written yyyy-MM-dd (2024-01-31)";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not an object with exactly a valid <c>start</c> and <c>end</c>
    /// date, the end on or after the start.</exception>
    public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a {TypeName} as an object {{\"start\": \"yyyy-MM-dd\", \"end\": \"yyyy-MM-dd\"}}, but found {reader.TokenType}.");
        }
        LocalDate? start = null, end = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            bool isStart = reader.ValueTextEquals("start"u8);
            bool isEnd = !isStart && reader.ValueTextEquals("end"u8);
            if (!isStart && !isEnd)
            {
                throw new JsonException($"A {TypeName} has only the properties start and end, but found \"{ConverterText.Clip(ConverterText.ReadString(ref reader, "a property name"))}\".");
            }
            if ((isStart ? start : end) is not null)
            {
                throw new JsonException($"A {TypeName} has its {(isStart ? "start" : "end")} more than once.");
            }
            reader.Read();
            LocalDate date = ConverterText.Parse(ConverterText.ReadString(ref reader, nameof(LocalDate)), LocalDatePattern.Iso, nameof(LocalDate), DateForm);
            if (isStart)
            {
                start = date;
            }
            else
            {
                end = date;
            }
        }
        if (start is not { } s || end is not { } e)
        {
            throw new JsonException($"A {TypeName} needs both start and end, but {(start is null ? "start" : "end")} is missing.");
        }
        if (e < s)
        {
            throw new JsonException($"A {TypeName}'s end must be on or after its start, but end {LocalDatePattern.Iso.Format(e)} is before start {LocalDatePattern.Iso.Format(s)}.");
        }
        return new DateInterval(s, e);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("start"u8, LocalDatePattern.Iso.Format(value.Start));
        writer.WriteString("end"u8, LocalDatePattern.Iso.Format(value.End));
        writer.WriteEndObject();
    }
}
