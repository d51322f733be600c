using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Serialization;

/// <summary>Writing helpers shared by the record writers: one text form per type, so output is deterministic.</summary>
internal static class JsonWrite
{
    /// <summary>Writer options: UTF-8, Chinese text unescaped (the relaxed encoder still escapes characters outside
    /// the Basic Multilingual Plane, such as emoji, as \u surrogate pairs), line feeds only.</summary>
    internal static JsonWriterOptions Options(bool indented)
    {
        var options = new JsonWriterOptions
        {
            Indented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = false,
        };
#if NET9_0_OR_GREATER
        options.NewLine = "\n";
#endif
        return options;
    }

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string Month(YearMonth month) => YearMonthPattern.Iso.Format(month);

    internal static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    internal static void Money(Utf8JsonWriter writer, string name, Money money) => writer.WriteString(name, money.ToString());

    internal static void Topics(Utf8JsonWriter writer, string name, ImmutableArray<Topic> topics)
    {
        writer.WriteStartArray(name);
        foreach (Topic topic in topics)
        {
            writer.WriteStringValue(topic.Code);
        }
        writer.WriteEndArray();
    }
}
