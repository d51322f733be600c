using NodaTime.Text;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Csv;

/// <summary>The values of cells: counts, money, dates, months and instants, culture-free; and the text of messages.</summary>
internal static class CsvText
{
    /// <summary>The most characters of a cell shown in a message.</summary>
    private const int ExcerptLength = 40;

    private static readonly OffsetDateTimePattern InstantWithOffset = OffsetDateTimePattern.ExtendedIso;

    /// <summary>An exception's message without the " (Parameter 'x')" that ArgumentException adds.</summary>
    internal static string CleanMessage(Exception e)
    {
        string message = e.Message;
        int at = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    /// <summary>A cell's text for a message: escaped, and cut to <see cref="ExcerptLength"/> characters.</summary>
    internal static string Excerpt(ReadOnlySpan<char> text) =>
        text.Length <= ExcerptLength
            ? TextEscaping.ForMessage(text.ToString())
            : TextEscaping.ForMessage(text[..ExcerptLength].ToString()) + $"... ({text.Length} characters)";

    /// <summary>Parses a whole non-negative number, with commas grouping digits by threes when allowed.</summary>
    internal static bool TryCount(ReadOnlySpan<char> text, bool thousands, out long value, out bool negative)
    {
        value = 0;
        negative = text.Length > 1 && text[0] == '-' && IsDigits(text[1..], thousands);
        if (text.IsEmpty || !IsDigits(text, thousands))
        {
            return false;
        }
        foreach (char c in text)
        {
            if (c != ',')
            {
                if (value > (long.MaxValue - (c - '0')) / 10)
                {
                    return false;
                }
                value = (value * 10) + (c - '0');
            }
        }
        return true;
    }

    /// <summary>True for ASCII digits, or (when allowed) digits grouped by threes with commas: 1,500 but not 15,00.</summary>
    private static bool IsDigits(ReadOnlySpan<char> text, bool thousands)
    {
        int comma = text.IndexOf(',');
        if (comma < 0)
        {
            return !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');
        }
        if (!thousands || comma == 0 || comma > 3 || text[..comma].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        for (ReadOnlySpan<char> rest = text[comma..]; !rest.IsEmpty; rest = rest[4..])
        {
            if (rest.Length < 4 || rest[0] != ',' || rest[1..4].ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Parses money in yuan: Money's invariant form (<c>1500</c>, <c>-3.5</c>), with thousands separators in
    /// the whole part when allowed.</summary>
    internal static bool TryMoney(ReadOnlySpan<char> text, bool thousands, out Money value)
    {
        if (thousands && text.Contains(','))
        {
            int start = text.StartsWith("-") ? 1 : 0;
            int dot = text.IndexOf('.');
            ReadOnlySpan<char> whole = dot < 0 ? text[start..] : text[start..dot];
            if (!IsDigits(whole, true))
            {
                value = default;
                return false;
            }
            Span<char> plain = stackalloc char[text.Length];
            int length = 0;
            foreach (char c in text)
            {
                if (c != ',')
                {
                    plain[length++] = c;
                }
            }
            return Money.TryParse(plain[..length], out value);
        }
        return Money.TryParse(text, out value);
    }

    /// <summary>Parses a date: <c>yyyy-MM-dd</c> or <c>yyyy/M/d</c>; a month (<c>yyyy-MM</c>, <c>yyyy/M</c>) as its last
    /// day when <paramref name="monthsAsLastDay"/>.</summary>
    internal static bool TryDate(ReadOnlySpan<char> text, bool monthsAsLastDay, out LocalDate date)
    {
        date = default;
        if (!TrySplit(text, out int year, out int month, out int day, out bool dashed))
        {
            return false;
        }
        if (day == 0)
        {
            if (!monthsAsLastDay)
            {
                return false;
            }
            day = CalendarSystem.Iso.GetDaysInMonth(year, month);
        }
        if (day > CalendarSystem.Iso.GetDaysInMonth(year, month) || (dashed && text.TrimStart('-').Length is not (10 or 7)))
        {
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Parses a month: <c>yyyy-MM</c> or <c>yyyy/M</c>.</summary>
    internal static bool TryMonth(ReadOnlySpan<char> text, out YearMonth month)
    {
        month = default;
        if (!TrySplit(text, out int y, out int m, out int d, out bool dashed) || d != 0 || (dashed && text.TrimStart('-').Length != 7))
        {
            return false;
        }
        month = new YearMonth(y, m);
        return true;
    }

    /// <summary>Splits yyyy-MM[-dd] (two-digit parts) or yyyy/M[/d] (one or two digits); day 0 when absent.</summary>
    private static bool TrySplit(ReadOnlySpan<char> text, out int year, out int month, out int day, out bool dashed)
    {
        if (text.Length > 1 && text[0] == '-')
        {
            // A year before 1 (ISO: -0001 is 2 BC), as NodaTime writes it: the dashed form only.
            bool ok = TrySplit(text[1..], out year, out month, out day, out dashed) && dashed && year > 0;
            year = -year;
            return ok && year >= CalendarSystem.Iso.MinYear;
        }
        year = month = day = 0;
        dashed = text.Length > 4 && text[4] == '-';
        if (text.Length < 6 || (!dashed && text[4] != '/') || !TryDigits(text[..4], out year) || (year < 1 && !dashed))
        {
            return false;
        }
        char separator = text[4];
        ReadOnlySpan<char> rest = text[5..];
        int next = rest.IndexOf(separator);
        ReadOnlySpan<char> monthText = next < 0 ? rest : rest[..next];
        if (!TryPart(monthText, dashed, out month) || month is < 1 or > 12)
        {
            return false;
        }
        return next < 0 || (TryPart(rest[(next + 1)..], dashed, out day) && day >= 1);
    }

    private static bool TryPart(ReadOnlySpan<char> text, bool twoDigits, out int value) =>
        (twoDigits ? text.Length == 2 : text.Length is 1 or 2) & TryDigits(text, out value);

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return !text.IsEmpty;
    }

    /// <summary>Parses an instant: ISO-8601 with <c>Z</c> or an offset within ±18:00 (<c>+08:00</c>).</summary>
    internal static bool TryInstant(ReadOnlySpan<char> text, out Instant instant)
    {
        // The common form, yyyy-MM-ddTHH:mm:ssZ, without the pattern machinery.
        if (text.Length == 20 && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == 'Z'
            && TryDate(text[..10], false, out LocalDate date)
            && TryDigits(text.Slice(11, 2), out int h) && h < 24
            && TryDigits(text.Slice(14, 2), out int m) && m < 60
            && TryDigits(text.Slice(17, 2), out int s) && s < 60)
        {
            instant = date.At(new LocalTime(h, m, s)).InUtc().ToInstant();
            return true;
        }
        ParseResult<OffsetDateTime> result = InstantWithOffset.Parse(text.ToString());
        instant = result.Success ? result.Value.ToInstant() : default;
        return result.Success;
    }

    /// <summary>An instant as written: ISO-8601 in UTC with Z, fractions of a second only when present.</summary>
    internal static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
