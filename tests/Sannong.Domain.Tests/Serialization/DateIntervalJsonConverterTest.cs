using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>A <see cref="DateInterval"/> is written as its two ends, not as its dates, and read back with every
/// problem named.</summary>
public sealed class DateIntervalJsonConverterTest
{
    private static readonly DateInterval ThreeYears = new(new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31));

    [Fact]
    public void Writes_the_two_ends() =>
        Assert.Equal("""{"start":"2024-01-01","end":"2026-12-31"}""", ConverterHarness.Write(ThreeYears));

    [Fact]
    public void The_library_options_write_a_period_as_its_ends_not_its_1096_dates()
    {
        // 2024-01-01 to 2026-12-31 is 366 + 365 + 365 = 1,096 days; without the converter each would be written.
        Assert.Equal(1096, ThreeYears.Length);
        Assert.Equal("""{"start":"2024-01-01","end":"2026-12-31"}""", JsonSerializer.Serialize(ThreeYears, SannongJsonOptions.CreateDefault()));
        Assert.Contains(SannongJsonOptions.Converters, c => c is DateIntervalJsonConverter);
    }

    [Fact]
    public void Reads_the_ends_in_either_order_and_a_single_day() =>
        Assert.Equal(
            [ThreeYears, new DateInterval(new LocalDate(2024, 2, 29), new LocalDate(2024, 2, 29))],
            new[]
            {
                ConverterHarness.Read<DateInterval>("""{"end":"2026-12-31","start":"2024-01-01"}"""),
                JsonSerializer.Deserialize<DateInterval>("""{ "start": "2024-02-29", "end": "2024-02-29" }""", SannongJsonOptions.CreateDefault())!,
            });

    [Property]
    public Property Round_trips_any_period_of_the_calendar() =>
        Prop.ForAll(DomainArbitraries.ExtremePeriodGen.ToArbitrary(), period => ConverterHarness.RoundTrip(period).Equals(period));

    [Theory]
    [InlineData("\"2024-01-01\"", "Expected a DateInterval as an object {\"start\": \"yyyy-MM-dd\", \"end\": \"yyyy-MM-dd\"}, but found String.")]
    [InlineData("""{"start":"2024-01-01"}""", "A DateInterval needs both start and end, but end is missing.")]
    [InlineData("""{"end":"2024-01-01"}""", "A DateInterval needs both start and end, but start is missing.")]
    [InlineData("""{"start":"2024-01-01","end":"2024-01-02","days":2}""", "A DateInterval has only the properties start and end, but found \"days\".")]
    [InlineData("""{"Start":"2024-01-01","end":"2024-01-02"}""", "A DateInterval has only the properties start and end, but found \"Start\".")]
    [InlineData("""{"start":"2024-01-01","start":"2024-01-02","end":"2024-01-03"}""", "A DateInterval has its start more than once.")]
    [InlineData("""{"start":"2024-02-30","end":"2024-03-01"}""", "\"2024-02-30\" is not a valid LocalDate: expected written yyyy-MM-dd (2024-01-31).")]
    [InlineData("""{"start":"2024-01-01","end":20240102}""", "Expected LocalDate as a JSON string, but found Number.")]
    [InlineData("""{"start":"2024-01-02","end":"2024-01-01"}""", "A DateInterval's end must be on or after its start, but end 2024-01-01 is before start 2024-01-02.")]
    public void Refuses_with_the_reason(string json, string message) =>
        Assert.Equal(message, Assert.Throws<JsonException>(() => ConverterHarness.Read<DateInterval>(json)).Message);
}
