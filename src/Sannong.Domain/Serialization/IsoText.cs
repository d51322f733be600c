using System.Text;
using NodaTime.Text;

namespace Sannong.Domain.Serialization;

/// <summary>
/// Fast paths for the common, strict forms of ISO dates, months and instants ("2024-01-31", "2024-01",
/// "2024-01-02T08:00:00Z", "2024-01-02T16:00:00+08:00"), with the same result as NodaTime's ISO patterns. Anything
/// else (other lengths, out-of-range fields, hour 24, years outside 0000-9999) returns false and is left to the
/// pattern, which gives the same value or the problem. Reading a dataset parses a date for almost every record; the
/// patterns' general machinery was a large part of that time.
/// </summary>
/// <remarks>An instant is read with <c>Z</c> or an offset written <c>+HH:mm</c> or <c>-HH:mm</c> (RFC 3339: the
/// colon is required, so <c>+0800</c> and <c>+08</c> are refused), within NodaTime's range of offsets (-18:00 to
/// +18:00), and is the same instant as that local time at that offset: 2024-09-12T08:26:49+08:00 is
/// 2024-09-12T00:26:49Z. <c>-00:00</c> is read as <c>Z</c>. An instant that its offset moves outside NodaTime's range
/// of instants is refused. Instants are always written in UTC with <c>Z</c> (<see cref="Instants"/>).</remarks>
internal static class IsoText
{
    internal static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day)
            || !IsDay(year, month, day))
        {
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
    }

    internal static bool TryParseMonth(ReadOnlySpan<char> text, out YearMonth month)
    {
        month = default;
        if (text.Length != 7 || text[4] != '-' || !TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int m) || m < 1 || m > 12)
        {
            return false;
        }
        month = new YearMonth(year, m);
        return true;
    }

    /// <summary>The most characters of an instant the fast path reads: 2024-01-02T08:00:00.123456789+08:00.</summary>
    internal const int MaxInstantLength = 35;

    /// <summary>Reads the instant of <c>yyyy-MM-ddTHH:mm:ss</c>, up to nine decimals of a second, then <c>Z</c> or
    /// <c>+HH:mm</c> or <c>-HH:mm</c> within ±18:00; false for anything else, and for an instant outside NodaTime's
    /// range.</summary>
    internal static bool TryParseInstant(ReadOnlySpan<char> text, out Instant instant)
    {
        instant = default;
        if (text.Length < 20 || text.Length > MaxInstantLength
            || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || !TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day)
            || !TryDigits(text, 11, 2, out int hour) || !TryDigits(text, 14, 2, out int minute) || !TryDigits(text, 17, 2, out int second)
            || !IsDay(year, month, day) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        if (text.Length == 20 && text[19] == 'Z')
        {
            // The form the writer writes, by far the most common: no fraction, no offset.
            instant = Instant.FromUtc(year, month, day, hour, minute, second);
            return true;
        }
        int end = 19;
        long nanoseconds = 0;
        if (text[end] == '.')
        {
            int digits = 0;
            while (end + 1 + digits < text.Length && char.IsAsciiDigit(text[end + 1 + digits]))
            {
                digits++;
            }
            if (digits is 0 or > 9 || !TryDigits(text, end + 1, digits, out int fraction))
            {
                return false;
            }
            nanoseconds = fraction * Pow10[9 - digits];
            end += 1 + digits;
        }
        if (!TryOffset(text[end..], out int offsetSeconds))
        {
            return false;
        }
        instant = Instant.FromUtc(year, month, day, hour, minute, second);
        if (nanoseconds != 0)
        {
            instant = instant.PlusNanoseconds(nanoseconds);
        }
        return offsetSeconds == 0 || TryShift(instant, offsetSeconds, out instant);
    }

    /// <summary>The instant of a local time (given as if it were UTC) at an offset, when NodaTime can hold it: the
    /// last day of 9999 at a negative offset, or the first of -9998 at a positive one, may fall outside.</summary>
    private static bool TryShift(Instant local, int offsetSeconds, out Instant instant)
    {
        Duration offset = Duration.FromSeconds(offsetSeconds);
        if ((offsetSeconds < 0 && Instant.MaxValue - local < -offset) || (offsetSeconds > 0 && local - Instant.MinValue < offset))
        {
            instant = default;
            return false;
        }
        instant = local - offset;
        return true;
    }

    /// <summary>Reads <c>Z</c> (0), or <c>+HH:mm</c> or <c>-HH:mm</c> within ±18:00, as seconds east of UTC.</summary>
    private static bool TryOffset(ReadOnlySpan<char> text, out int seconds)
    {
        seconds = 0;
        if (text is ['Z'])
        {
            return true;
        }
        if (text.Length != 6 || text[0] is not ('+' or '-') || text[3] != ':'
            || !TryDigits(text, 1, 2, out int hours) || !TryDigits(text, 4, 2, out int minutes) || minutes > 59)
        {
            return false;
        }
        int total = (hours * 60) + minutes;
        if (total > 18 * 60)
        {
            return false;
        }
        seconds = (text[0] == '-' ? -total : total) * 60;
        return true;
    }

    /// <summary>Why <paramref name="text"/> is not an instant, in words that say how to write it, to follow "but was
    /// '...'": such as <c>it has no offset: add Z if it is in UTC, or the offset of its local time, such as
    /// +08:00 for Beijing time</c>; null when there is nothing more to say than the expected form.</summary>
    internal static string? InstantHint(string text)
    {
        if (LocalDateTimePattern.ExtendedIso.Parse(text).Success)
        {
            return "it has no offset: add Z if it is in UTC, or the offset of its local time, such as +08:00 for Beijing time";
        }
        int sign = text.LastIndexOfAny(['+', '-']);
        ReadOnlySpan<char> offset = sign > 10 ? text.AsSpan(sign) : [];
        if (offset.Length == 6 && offset[3] == ':' && TryDigits(offset, 1, 2, out int hours) && TryDigits(offset, 4, 2, out int minutes)
            && LocalDateTimePattern.ExtendedIso.Parse(text[..sign]).Success)
        {
            return minutes > 59
                ? "the minutes of its offset must be 00 to 59"
                : hours > 18 || (hours == 18 && minutes > 0)
                    ? "its offset must lie within -18:00 to +18:00"
                    : "its offset moves it outside the range of instants (-9998-01-01 to 9999-12-31 in UTC)";
        }
        if (offset.Length is 3 or 5 && TryDigits(offset, 1, offset.Length - 1, out _) && LocalDateTimePattern.ExtendedIso.Parse(text[..sign]).Success)
        {
            return "its offset must be written with a colon, as +HH:mm (+08:00)";
        }
        return null;
    }

    private static readonly int[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    private static bool IsDay(int year, int month, int day) =>
        month >= 1 && month <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    /// <summary>The pattern of instants in datasets and <see cref="SannongJsonOptions"/>: reads what
    /// <see cref="TryParseInstant"/> reads and, through NodaTime, the rest of the extended ISO form with Z or an offset
    /// (hour 24, years before 0000); writes in UTC with Z, as <see cref="InstantPattern.ExtendedIso"/> does.</summary>
    internal static IPattern<Instant> Instants { get; } = new InstantWithOffsetPattern();

    private sealed class InstantWithOffsetPattern : IPattern<Instant>
    {
        private static readonly OffsetDateTimePattern WithOffset =
            OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>");

        public ParseResult<Instant> Parse(string text)
        {
            if (text is null)
            {
                return ParseResult<Instant>.ForException(() => new ArgumentNullException(nameof(text)));
            }
            if (TryParseInstant(text, out Instant fast))
            {
                return ParseResult<Instant>.ForValue(fast);
            }
            ParseResult<OffsetDateTime> result = WithOffset.Parse(text);
            if (result.Success && TryShift(result.Value.LocalDateTime.InUtc().ToInstant(), result.Value.Offset.Seconds, out Instant instant))
            {
                return ParseResult<Instant>.ForValue(instant);
            }
            return ParseResult<Instant>.ForException(() => new UnparsableValueException(
                $"'{Excerpt.Of(text, Excerpt.Long)}' is not an instant written ISO-8601 with Z or an offset: {InstantHint(text) ?? "expected the form 2024-01-02T16:00:00+08:00"}.", text, 0));
        }

        public string Format(Instant value) => InstantPattern.ExtendedIso.Format(value);

        public StringBuilder AppendFormat(Instant value, StringBuilder builder) => InstantPattern.ExtendedIso.AppendFormat(value, builder);
    }
}
