using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>
/// Lets the caller put the domain's types in their own JSON documents with <see cref="JsonSerializer"/>: the
/// converters of the value types (money, impressions, shares, identifiers, regions, NodaTime dates, months,
/// instants and date intervals), of the records (influencers, enrolments, ledger entries, earnings, content items), of a programme and
/// of a whole <see cref="SannongDataset"/>, each in the same form as in the dataset document.
/// </summary>
/// <remarks>
/// <para>None of the converters uses reflection. In a trimmed or native AOT application, pair the options with your
/// own source-generated <see cref="JsonSerializerContext"/> (for example
/// <c>new MyContext(SannongJsonOptions.CreateDefault())</c>); the converters take precedence over its generated
/// metadata for the domain's types. The identifiers, <see cref="Money"/>, <see cref="Impressions"/>,
/// <see cref="Share"/>, <see cref="Region"/> and the NodaTime types also work as dictionary keys (a <see cref="DateInterval"/>, written as an object
/// <c>{"start": ..., "end": ...}</c>, does not).</para>
/// </remarks>
/// <threadsafety>This type is a static class and is thread-safe; <see cref="CreateDefault"/> returns a new options
/// object each time.</threadsafety>
public static class SannongJsonOptions
{
    /// <summary>One instance of every converter the library provides, in a fixed order.</summary>
    public static ImmutableArray<JsonConverter> Converters { get; } = ImmutableArray.Create<JsonConverter>(
        new MoneyJsonConverter(),
        new ImpressionsJsonConverter(),
        new ShareJsonConverter(),
        new IdentifierJsonConverter<InfluencerId>(),
        new IdentifierJsonConverter<ContentId>(),
        new IdentifierJsonConverter<MentorId>(),
        new IdentifierJsonConverter<ProgrammeId>(),
        new RegionJsonConverter(),
        new NodaPatternJsonConverter<LocalDate>(LocalDatePattern.Iso, "written yyyy-MM-dd (2024-01-31)"),
        new NodaPatternJsonConverter<YearMonth>(YearMonthPattern.Iso, "written yyyy-MM (2024-01)"),
        new DateIntervalJsonConverter(),
        new NodaPatternJsonConverter<Instant>(IsoText.Instants, "written ISO-8601 with Z or an offset within ±18:00 (2024-01-02T08:00:00Z, 2024-01-02T16:00:00+08:00, with up to nine decimals of a second)"),
        new RecordJsonConverter<Influencer>(RecordCodecs.Influencer),
        new RecordJsonConverter<Enrolment>(RecordCodecs.Enrolment),
        new RecordJsonConverter<LedgerEntry>(RecordCodecs.LedgerEntry),
        new RecordJsonConverter<Earning>(RecordCodecs.Earning),
        new RecordJsonConverter<ContentItem>(RecordCodecs.ContentItem),
        new RecordJsonConverter<Programme>(RecordCodecs.Programme),
        new RecordJsonConverter<SannongDataset>(DatasetJson.Read, DatasetJson.Write));

    /// <summary>Adds every converter of <see cref="Converters"/> to <paramref name="options"/>.</summary>
    /// <param name="options">Options not yet used (System.Text.Json freezes options on first use).</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> has already been used and is read-only.</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (JsonConverter converter in Converters)
        {
            options.Converters.Add(converter);
        }
        return options;
    }

    /// <summary>Creates new options with every converter, camelCase property names and Chinese text left unescaped
    /// (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>: fine for files and APIs, not for embedding in
    /// HTML).</summary>
    /// <returns>New, still mutable options; set their <see cref="JsonSerializerOptions.TypeInfoResolver"/> (or pass
    /// them to a source-generated context) to serialize your own types.</returns>
    public static JsonSerializerOptions CreateDefault() => Configure(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
