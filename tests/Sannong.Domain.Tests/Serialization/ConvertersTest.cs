using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;
using static Sannong.Domain.Tests.Serialization.ConverterHarness;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Every converter of <see cref="SannongJsonOptions"/> round-trips its type exactly, as a value and as a
/// dictionary key, and rejects bad input with a <see cref="JsonException"/>.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ConvertersTest
{
    [Property]
    public bool Money_is_written_as_its_invariant_string_and_read_back_to_the_fen(Money money) =>
        Write(money) == $"\"{money}\"" && RoundTrip(money) == money && KeyRoundTrip(money).Key == money;

    [Theory]
    // 1234.5 yuan = 123450 fen; 12e2 = 1200 yuan = 120000 fen; "-0.05" = -5 fen.
    [InlineData("1234.5", 123_450)]
    [InlineData("12e2", 120_000)]
    [InlineData("\"-0.05\"", -5)]
    [InlineData("\"7\"", 700)]
    public void Money_is_read_from_a_string_or_a_number_with_at_most_two_decimals(string json, long fen) =>
        Assert.Equal(Money.FromFen(fen), Read<Money>(json));

    [Theory]
    [InlineData("1.234")]
    [InlineData("\"1.234\"")]
    [InlineData("\"1,00\"")]
    [InlineData("true")]
    [InlineData("\"99999999999999999999\"")]
    public void Money_with_more_than_two_decimals_or_malformed_is_rejected(string json) =>
        Assert.Throws<JsonException>(() => Read<Money>(json));

    [Property]
    public bool Impressions_round_trip(Impressions impressions) =>
        Write(impressions) == impressions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
        && RoundTrip(impressions) == impressions && KeyRoundTrip(impressions).Key == impressions;

    [Fact]
    public void Negative_impressions_are_rejected() => Assert.Throws<JsonException>(() => Read<Impressions>("-1"));

    [Property]
    public bool Shares_round_trip_to_the_same_double(Share share) =>
        RoundTrip(share) == share && KeyRoundTrip(share).Key == share;

    [Fact]
    public void A_share_above_one_is_rejected() => Assert.Throws<JsonException>(() => Read<Share>("1.01"));

    [Property]
    public bool Identifiers_round_trip_as_values_and_keys(InfluencerId influencer, ContentId content, MentorId mentor, ProgrammeId programme) =>
        RoundTrip(influencer) == influencer && KeyRoundTrip(influencer).Key == influencer
        && RoundTrip(content) == content && KeyRoundTrip(content).Key == content
        && RoundTrip(mentor) == mentor && KeyRoundTrip(mentor).Key == mentor
        && RoundTrip(programme) == programme && KeyRoundTrip(programme).Key == programme;

    [Fact]
    public void An_identifier_with_outer_white_space_is_rejected() => Assert.Throws<JsonException>(() => Read<InfluencerId>("\" kol\""));

    [Property]
    public bool Regions_round_trip_with_and_without_settlement(Region region) =>
        RoundTrip(region) == region && KeyRoundTrip(region).Key == region && Write(region) == $"\"{region}\"";

    [Fact]
    public void A_region_is_written_as_its_code_and_settlement() =>
        Assert.Equal("\"430524/220\"", Write(new Region("430524", UrbanRuralCode.Village)));

    [Property]
    public bool Dates_months_and_instants_round_trip(int days, int months, long ticks)
    {
        LocalDate date = new LocalDate(2000, 1, 1).PlusDays(days % 2_000_000 / 1000);
        YearMonth month = new YearMonth(2000, 1).PlusMonths(months % 50_000 / 100);
        Instant instant = Instant.FromUnixTimeTicks(ticks % 100_000_000_000_000_000L);
        return RoundTrip(date) == date && KeyRoundTrip(date).Key == date
            && RoundTrip(month) == month && KeyRoundTrip(month).Key == month
            && RoundTrip(instant) == instant && KeyRoundTrip(instant).Key == instant;
    }

    [Fact]
    public void NodaTime_values_use_the_ISO_forms() =>
        Assert.Equal(
            new[] { "\"2024-02-29\"", "\"2024-02\"", "\"2024-01-02T08:00:00Z\"", "\"2024-01-02T08:00:00.5Z\"" },
            new[]
            {
                Write(new LocalDate(2024, 2, 29)),
                Write(new YearMonth(2024, 2)),
                Write(Instant.FromUtc(2024, 1, 2, 8, 0)),
                Write(Instant.FromUtc(2024, 1, 2, 8, 0).PlusTicks(5_000_000)),
            });

    [Theory]
    [InlineData("\"2024-02-30\"")]
    [InlineData("\"2024/02/01\"")]
    [InlineData("20240201")]
    public void A_bad_date_is_rejected(string json) => Assert.Throws<JsonException>(() => Read<LocalDate>(json));

    [Property(MaxTest = 50)]
    public bool Records_round_trip_with_Chinese_text_and_emoji(Influencer influencer, ContentItem item, LedgerEntry entry, Earning earning, Enrolment enrolment) =>
        RoundTrip(influencer) == influencer && RoundTrip(item) == item && RoundTrip(entry) == entry
        && RoundTrip(earning) == earning && RoundTrip(enrolment) == enrolment;

    [Property(MaxTest = 30)]
    public bool Programmes_and_whole_datasets_round_trip_through_their_converters(Programme programme, SannongDataset dataset) =>
        RoundTrip(programme) == programme && RoundTrip(dataset) == dataset;

    [Fact]
    public void A_record_with_problems_fails_with_all_of_them()
    {
        var e = Assert.Throws<JsonException>(() =>
            Read<Earning>("""{ "influencer": "kol-1", "month": "2024-13", "amount": "1.234", "source": "other" }"""));
        Assert.Contains("$.month", e.Message, System.StringComparison.Ordinal);
        Assert.Contains("$.amount", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Converters_work_through_a_source_generated_context_including_dictionary_keys_and_nullables()
    {
        var holder = new ConverterHolder(
            Money.FromFen(123_456), null, new Impressions(42), Share.FromRatio(0.25), new InfluencerId("李子柒"), new Region("430524"),
            new LocalDate(2024, 1, 31), new YearMonth(2024, 1), Instant.FromUtc(2024, 1, 2, 8, 0),
            new Dictionary<InfluencerId, Money> { [new InfluencerId("kol-1")] = Money.FromFen(5), [new InfluencerId("村播-4")] = Money.FromFen(-1) });
        var context = new ConverterTestContext(SannongJsonOptions.CreateDefault());

        string json = JsonSerializer.Serialize(holder, context.ConverterHolder);
        ConverterHolder back = JsonSerializer.Deserialize(json, context.ConverterHolder)!;

        Assert.Equal(
            """{"amount":"1234.56","optional":null,"traffic":42,"part":0.25,"who":"李子柒","home":"430524","day":"2024-01-31","month":"2024-01","at":"2024-01-02T08:00:00Z","byInfluencer":{"kol-1":"0.05","村播-4":"-0.01"}}""",
            json);
        Assert.Equal(holder with { ByInfluencer = back.ByInfluencer }, back);
        Assert.Equal(holder.ByInfluencer, back.ByInfluencer);
        Assert.Equal(Money.FromFen(7), JsonSerializer.Deserialize("""{"amount":"1.00","optional":"0.07","traffic":0,"part":0,"who":"a","home":"110000","day":"2024-01-01","month":"2024-01","at":"2024-01-01T00:00:00Z","byInfluencer":{}}""", context.ConverterHolder)!.Optional);
    }
}

/// <summary>A document of the caller's own that holds domain values.</summary>
internal sealed record ConverterHolder(
    Money Amount, Money? Optional, Impressions Traffic, Share Part, InfluencerId Who, Region Home,
    LocalDate Day, YearMonth Month, Instant At, Dictionary<InfluencerId, Money> ByInfluencer);

/// <summary>A source-generated context as a trimmed or AOT application would declare it.</summary>
[JsonSerializable(typeof(ConverterHolder))]
internal sealed partial class ConverterTestContext : JsonSerializerContext;
