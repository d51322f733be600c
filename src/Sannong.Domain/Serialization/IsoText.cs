namespace Sannong.Domain.Serialization;

/// <summary>
/// Fast paths for the common, strict forms of ISO dates, months and UTC instants ("2024-01-31", "2024-01",
/// "2024-01-02T08:00:00Z"), with the same result as NodaTime's ISO patterns. Anything else (other lengths, fractions
/// of a second, out-of-range fields) returns false and is left to the pattern, which gives the same value or the
/// problem. Reading a dataset parses a date for almost every record; the patterns' general machinery was a large part
/// of that time.
/// </summary>
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

    internal static bool TryParseInstant(ReadOnlySpan<char> text, out Instant instant)
    {
        instant = default;
        if (text.Length != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z'
            || !TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day)
            || !TryDigits(text, 11, 2, out int hour) || !TryDigits(text, 14, 2, out int minute) || !TryDigits(text, 17, 2, out int second)
            || !IsDay(year, month, day) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        instant = Instant.FromUtc(year, month, day, hour, minute, second);
        return true;
    }

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
}
