using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;
using static Sannong.Domain.Tests.Serialization.ConverterHarness;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>The two generic converters: <see cref="IdentifierJsonConverter{TId}"/> for the four identifiers and
/// <see cref="NodaPatternJsonConverter{T}"/> for the NodaTime values, as registered and built by hand.</summary>
public sealed class GenericConvertersTest
{
    [Fact]
    public void The_options_hold_one_generic_converter_per_identifier_and_per_noda_type()
    {
        Assert.IsType<IdentifierJsonConverter<InfluencerId>>(ConverterOf<InfluencerId>());
        Assert.IsType<IdentifierJsonConverter<ContentId>>(ConverterOf<ContentId>());
        Assert.IsType<IdentifierJsonConverter<MentorId>>(ConverterOf<MentorId>());
        Assert.IsType<IdentifierJsonConverter<ProgrammeId>>(ConverterOf<ProgrammeId>());
        Assert.IsType<NodaPatternJsonConverter<Instant>>(ConverterOf<Instant>());
        Assert.IsType<NodaPatternJsonConverter<LocalDate>>(ConverterOf<LocalDate>());
        Assert.IsType<NodaPatternJsonConverter<YearMonth>>(ConverterOf<YearMonth>());
    }

    [Property]
    public Property Every_identifier_round_trips_as_a_value_and_as_a_key() =>
        Prop.ForAll(DomainArbitraries.IdentifierText.ToArbitrary(), text =>
        {
            Check(new InfluencerId(text));
            Check(new ContentId(text));
            Check(new MentorId(text));
            Check(new ProgrammeId(text));
        });

    private static void Check<T>(T id)
        where T : struct, IIdentifier<T>
    {
        Assert.Equal(id, RoundTrip(id));
        Assert.Equal(id, KeyRoundTrip(id).Key);
        Assert.Equal(JsonSerializer.Serialize(id.Value, Options), Write(id));
    }

    [Fact]
    public void A_bad_identifier_is_refused_with_its_type_and_rule()
    {
        Assert.Equal("\"\" is not a valid MentorId: it must not be empty.", Assert.Throws<JsonException>(() => Read<MentorId>("\"\"")).Message);
        Assert.Equal("\" p\" is not a valid ProgrammeId: it must not start or end with white space.", Assert.Throws<JsonException>(() => Read<ProgrammeId>("\" p\"")).Message);
        Assert.Equal("Expected ContentId as a JSON string, but found Number.", Assert.Throws<JsonException>(() => Read<ContentId>("7")).Message);
    }

    [Fact]
    public void A_hand_built_pattern_converter_reads_and_writes_with_its_pattern()
    {
        var converter = new NodaPatternJsonConverter<LocalTime>(LocalTimePattern.ExtendedIso, "written HH:mm:ss (08:30:00)");
        var time = new LocalTime(8, 30, 15);
        string json = WriteWith(converter, time);
        Assert.Equal("\"08:30:15\"", json);
        Assert.Equal(time, ReadWith(converter, json));
        JsonException e = Assert.Throws<JsonException>(() => ReadWith(converter, "\"8h30\""));
        Assert.Equal("\"8h30\" is not a valid LocalTime: expected written HH:mm:ss (08:30:00).", e.Message);
        Assert.Equal("Expected LocalTime as a JSON string, but found True.", Assert.Throws<JsonException>(() => ReadWith(converter, "true")).Message);
    }

    [Fact]
    public void The_registered_noda_converters_keep_their_messages()
    {
        Assert.Equal("\"2024-02-30\" is not a valid LocalDate: expected written yyyy-MM-dd (2024-01-31).", Assert.Throws<JsonException>(() => Read<LocalDate>("\"2024-02-30\"")).Message);
        Assert.Equal("\"2024-13\" is not a valid YearMonth: expected written yyyy-MM (2024-01).", Assert.Throws<JsonException>(() => Read<YearMonth>("\"2024-13\"")).Message);
        Assert.Equal(
            "\"2024-01-02 08:00\" is not a valid Instant: expected written ISO-8601 with Z or an offset within ±18:00 (2024-01-02T08:00:00Z, 2024-01-02T16:00:00+08:00, with up to nine decimals of a second).",
            Assert.Throws<JsonException>(() => Read<Instant>("\"2024-01-02 08:00\"")).Message);
        Assert.Equal(
            "\"2024-01-02T16:00:00\" is not a valid Instant: expected written ISO-8601 with Z or an offset within ±18:00 (2024-01-02T08:00:00Z, 2024-01-02T16:00:00+08:00, with up to nine decimals of a second).",
            Assert.Throws<JsonException>(() => Read<Instant>("\"2024-01-02T16:00:00\"")).Message);
        Assert.Equal(("{\"2024-01\":1}", new YearMonth(2024, 1)), KeyRoundTrip(new YearMonth(2024, 1)));
    }

    [Fact]
    public void The_instant_converter_reads_an_offset_as_the_same_instant_and_writes_UTC()
    {
        // 16:00 at +08:00 is 08:00 in UTC; 02:30 at -05:30 is 08:00 in UTC.
        Instant eight = Instant.FromUtc(2024, 1, 2, 8, 0, 0);
        Assert.Equal(eight, Read<Instant>("\"2024-01-02T16:00:00+08:00\""));
        Assert.Equal(eight, Read<Instant>("\"2024-01-02T02:30:00-05:30\""));
        Assert.Equal(eight, Read<Instant>("\"2024-01-02T08:00:00Z\""));
        Assert.Equal("\"2024-01-02T08:00:00Z\"", JsonSerializer.Serialize(Read<Instant>("\"2024-01-02T16:00:00+08:00\""), Options));
        var key = JsonSerializer.Deserialize<System.Collections.Generic.Dictionary<Instant, int>>("{\"2024-01-02T16:00:00+08:00\":1}", Options)!;
        Assert.Equal(eight, Assert.Single(key.Keys));
        Assert.Throws<JsonException>(() => Read<Instant>("\"2024-01-02T16:00:00+0800\""));
        Assert.Throws<JsonException>(() => Read<Instant>("\"9999-12-31T23:59:59-01:00\""));
    }

    [Fact]
    public void A_pattern_converter_needs_a_pattern_and_a_description()
    {
        Assert.Equal("pattern", Assert.Throws<ArgumentNullException>(() => new NodaPatternJsonConverter<LocalDate>(null!, "x")).ParamName);
        Assert.Equal("expected", Assert.Throws<ArgumentNullException>(() => new NodaPatternJsonConverter<LocalDate>(LocalDatePattern.Iso, null!)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new IdentifierJsonConverter<ContentId>().Write(null!, new ContentId("v"), Options));
    }

    private static string WriteWith<T>(JsonConverter<T> converter, T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, Options);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static T ReadWith<T>(JsonConverter<T> converter, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return converter.Read(ref reader, typeof(T), Options)!;
    }
}
