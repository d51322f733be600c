using System;
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
        // Hour 24, leap seconds, years outside 0000-9999 and ten decimals go to the pattern, which decides.
        string[] instants = ["2024-01-02T24:00:00Z", "2024-01-02T08:00:60Z", "-0001-01-02T08:00:00Z", "2024-01-02T08:00:00.1234567890Z"];
        Assert.All(instants, text => Assert.False(IsoText.TryParseInstant(text, out _)));
        Assert.Equal(Instant.FromUtc(2024, 1, 3, 0, 0, 0), IsoText.Instants.Parse(instants[0]).Value);
        Assert.False(IsoText.Instants.Parse(instants[1]).Success);
        Assert.Equal(Instant.FromUtc(-1, 1, 2, 8, 0, 0), IsoText.Instants.Parse(instants[2]).Value);
        Assert.False(IsoText.Instants.Parse(instants[3]).Success);
    }

    [Fact]
    public void FractionsAndOffsetsTakeTheFastPath()
    {
        // Fractions of a second and offsets were once left to the pattern; the fast path now reads them, exactly.
        Assert.True(IsoText.TryParseInstant("2024-01-02T08:00:00.500Z", out Instant half));
        Assert.Equal(Instant.FromUtc(2024, 1, 2, 8, 0, 0) + Duration.FromMilliseconds(500), half);
        Assert.True(IsoText.TryParseInstant("2024-01-02T08:00:00.000000001Z", out Instant nano));
        Assert.Equal(Instant.FromUtc(2024, 1, 2, 8, 0, 0) + Duration.FromNanoseconds(1), nano);
        // 08:00 at +08:00 is midnight in UTC.
        Assert.True(IsoText.TryParseInstant("2024-01-02T08:00:00+08:00", out Instant beijing));
        Assert.Equal(Instant.FromUtc(2024, 1, 2, 0, 0, 0), beijing);
        // 08:00:00.25 at -05:30 is 13:30:00.25 in UTC.
        Assert.True(IsoText.TryParseInstant("2024-01-02T08:00:00.25-05:30", out Instant india));
        Assert.Equal(Instant.FromUtc(2024, 1, 2, 13, 30, 0) + Duration.FromMilliseconds(250), india);
    }

    // Text near the offset form (length 25, 2024-01-02T08:00:00+08:00), with signs and colons where offsets are.
    private static Arbitrary<string> NearOffsetText() =>
        (from chars in Gen.Elements('0', '1', '2', '8', '9', '-', 'T', ':', '+', '5').ArrayOf(25)
         from shape in Gen.Elements(true, false)
         select shape ? "2024-01-02T08:00:00" + new string(chars, 19, 6) : new string(chars))
        .ToArbitrary();

    [Property]
    public Property FastOffsetInstantAgreesWithNodaTime() =>
        // NodaTime's own OffsetDateTimePattern.ExtendedIso (which also reads +08 and +0800) is the independent judge:
        // whatever the fast path reads, it reads as the same instant.
        Prop.ForAll(NearOffsetText(), text =>
            !IsoText.TryParseInstant(text, out Instant instant)
            || OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } r && r.Value.ToInstant() == instant);

    private static string WriteAtOffset(Instant instant, Offset offset)
    {
        // The local time at the offset, then the offset as +HH:mm (or Z half the time for zero), by hand.
        string local = LocalDateTimePattern.ExtendedIso.Format(instant.WithOffset(offset).LocalDateTime);
        int minutes = Math.Abs(offset.Seconds) / 60;
        string sign = offset.Seconds < 0 ? "-" : "+";
        return local + (offset == Offset.Zero && instant.ToUnixTimeTicks() % 2 == 0 ? "Z" : $"{sign}{minutes / 60:D2}:{minutes % 60:D2}");
    }

    [Property]
    public Property AnInstantWrittenAtAnyOffsetReadsBackAsTheSameInstant() =>
        Prop.ForAll(DomainArbitraries.InstantAtOffsetGen.ToArbitrary(), pair =>
        {
            string text = WriteAtOffset(pair.Instant, pair.Offset);
            ParseResult<Instant> read = IsoText.Instants.Parse(text);
            return (read.Success && read.Value == pair.Instant).Label($"{text} read as {(read.Success ? read.Value : read.Exception.Message)}");
        });

    [Theory]
    // Worked by hand: subtract the offset from the local time.
    [InlineData("2024-09-12T08:26:49+08:00", "2024-09-12T00:26:49Z")] // 08:26:49 - 8 h
    [InlineData("2024-12-31T23:30:00-01:00", "2025-01-01T00:30:00Z")] // 23:30 + 1 h crosses into the new year
    [InlineData("2024-01-01T07:59:59+08:00", "2023-12-31T23:59:59Z")] // 07:59:59 - 8 h goes back a year
    [InlineData("2024-03-01T05:00:00+05:30", "2024-02-29T23:30:00Z")] // back into a leap day
    [InlineData("2024-06-15T12:00:00+00:00", "2024-06-15T12:00:00Z")]
    [InlineData("2024-06-15T12:00:00-00:00", "2024-06-15T12:00:00Z")] // RFC 3339's unknown local offset: still UTC
    [InlineData("2024-06-15T00:00:00+18:00", "2024-06-14T06:00:00Z")] // the largest offset
    [InlineData("2024-06-15T00:00:00-18:00", "2024-06-15T18:00:00Z")]
    [InlineData("2024-01-02T24:00:00+08:00", "2024-01-02T16:00:00Z")] // hour 24 (the next midnight) via the pattern
    [InlineData("9999-12-31T23:59:59+01:00", "9999-12-31T22:59:59Z")]
    [InlineData("9999-12-31T23:59:59.999999999Z", "9999-12-31T23:59:59.999999999Z")]
    public void OffsetsAreSubtracted(string text, string utc)
    {
        Instant expected = InstantPattern.ExtendedIso.Parse(utc).Value;
        Assert.Equal(expected, IsoText.Instants.Parse(text).Value);
        Assert.Equal(utc, IsoText.Instants.Format(expected));
    }

    [Theory]
    [InlineData("2024-01-02T08:00:00", "it has no offset: add Z if it is in UTC, or the offset of its local time, such as +08:00 for Beijing time")]
    [InlineData("2024-01-02T08:00:00.5", "it has no offset: add Z if it is in UTC, or the offset of its local time, such as +08:00 for Beijing time")]
    [InlineData("2024-01-02T08:00:00+0800", "its offset must be written with a colon, as +HH:mm (+08:00)")]
    [InlineData("2024-01-02T08:00:00+08", "its offset must be written with a colon, as +HH:mm (+08:00)")]
    [InlineData("2024-01-02T08:00:00-0530", "its offset must be written with a colon, as +HH:mm (+08:00)")]
    [InlineData("2024-01-02T08:00:00+18:01", "its offset must lie within -18:00 to +18:00")]
    [InlineData("2024-01-02T08:00:00-19:00", "its offset must lie within -18:00 to +18:00")]
    [InlineData("2024-01-02T08:00:00+08:60", "the minutes of its offset must be 00 to 59")]
    [InlineData("9999-12-31T23:59:59-00:01", "its offset moves it outside the range of instants (-9998-01-01 to 9999-12-31 in UTC)")]
    [InlineData("-9998-01-01T00:00:00+00:01", "its offset moves it outside the range of instants (-9998-01-01 to 9999-12-31 in UTC)")]
    public void WhatIsWrongWithAnInstantIsSaid(string text, string hint)
    {
        Assert.False(IsoText.TryParseInstant(text, out _));
        ParseResult<Instant> read = IsoText.Instants.Parse(text);
        Assert.False(read.Success);
        Assert.Equal(hint, IsoText.InstantHint(text));
        Assert.Contains(hint, read.Exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-01-02T08:00:00z")]
    [InlineData("2024-01-02t08:00:00Z")]
    [InlineData("2024-01-02T08:00:00+08:00:00")]
    [InlineData("2024-01-02T08:00:00 +08:00")]
    [InlineData("2024-01-02T08:00:00.+08:00")]
    [InlineData("2024-01-02T08:00+08:00")]
    [InlineData("2024-01-02 08:00:00Z")]
    [InlineData("")]
    public void OtherFormsAreRefusedWithoutAHint(string text)
    {
        Assert.False(IsoText.TryParseInstant(text, out _));
        Assert.False(IsoText.Instants.Parse(text).Success);
        Assert.Null(IsoText.InstantHint(text));
    }
}
