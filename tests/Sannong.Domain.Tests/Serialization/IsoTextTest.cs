using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>The fast paths for strict ISO text must agree with NodaTime's patterns wherever they answer, and leave
/// everything else to the patterns.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class IsoTextTest
{
    // Strings of the right lengths over the characters the forms use, so that near misses are frequent.
    private static Arbitrary<string> NearIsoText(int length) =>
        Gen.Elements('0', '1', '2', '3', '9', '-', 'T', ':', 'Z', '5')
            .ArrayOf(length)
            .Select(chars => new string(chars))
            .ToArbitrary();

    private static Arbitrary<string> FormattedDates() =>
        Gen.Choose(0, 9999).SelectMany(year => Gen.Choose(1, 12).SelectMany(month =>
            Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(year, month)).Select(day => LocalDatePattern.Iso.Format(new LocalDate(year, month, day)))))
        .ToArbitrary();

    [Property]
    public Property EveryFormattedDateTakesTheFastPath() =>
        Prop.ForAll(FormattedDates(), text =>
            IsoText.TryParseDate(text, out LocalDate date) && date == LocalDatePattern.Iso.Parse(text).Value);

    [Property]
    public Property FastDateAgreesWithThePattern() =>
        Prop.ForAll(NearIsoText(10), text =>
            !IsoText.TryParseDate(text, out LocalDate date) || LocalDatePattern.Iso.Parse(text) is { Success: true } r && r.Value == date);

    [Property]
    public Property FastMonthAgreesWithThePattern() =>
        Prop.ForAll(NearIsoText(7), text =>
            !IsoText.TryParseMonth(text, out YearMonth month) || YearMonthPattern.Iso.Parse(text) is { Success: true } r && r.Value == month);

    [Property]
    public Property FastInstantAgreesWithThePattern() =>
        Prop.ForAll(NearIsoText(20), text =>
            !IsoText.TryParseInstant(text, out Instant instant) || InstantPattern.ExtendedIso.Parse(text) is { Success: true } r && r.Value == instant);

    [Fact]
    public void StrictFormsParse()
    {
        Assert.True(IsoText.TryParseDate("2024-02-29", out LocalDate leapDay));
        Assert.Equal(new LocalDate(2024, 2, 29), leapDay);
        Assert.True(IsoText.TryParseMonth("2024-01", out YearMonth month));
        Assert.Equal(new YearMonth(2024, 1), month);
        Assert.True(IsoText.TryParseInstant("2024-01-02T08:00:00Z", out Instant instant));
        Assert.Equal(Instant.FromUtc(2024, 1, 2, 8, 0, 0), instant);
    }

    [Fact]
    public void AnythingElseIsLeftToThePattern()
    {
        string[] dates = ["2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "+2024-01-01", "2024/01/01"];
        Assert.All(dates, text => Assert.False(IsoText.TryParseDate(text, out _)));
        string[] months = ["2024-13", "2024-00", "2024-1", "2024-01-01"];
        Assert.All(months, text => Assert.False(IsoText.TryParseMonth(text, out _)));
        // Fractions of a second, offsets, hour 24 and leap seconds go to the pattern, which decides.
        string[] instants = ["2024-01-02T08:00:00.500Z", "2024-01-02T08:00:00+08:00", "2024-01-02T24:00:00Z", "2024-01-02T08:00:60Z"];
        Assert.All(instants, text => Assert.False(IsoText.TryParseInstant(text, out _)));
        Assert.Equal(Instant.FromUtc(2024, 1, 2, 8, 0, 0) + Duration.FromMilliseconds(500), InstantPattern.ExtendedIso.Parse(instants[0]).Value);
    }
}
