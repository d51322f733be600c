using System;
using System.Globalization;
using NodaTime;

namespace Sannong.Domain.Programmes;

/// <summary>The argument checks shared by the programme types, so that every message names the argument and the rule.</summary>
internal static class ProgrammeRules
{
    /// <summary>The longest programme name allowed, in UTF-16 code units.</summary>
    internal const int MaxNameLength = 200;

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="date"/> is not in the ISO calendar.</summary>
    internal static LocalDate CheckIsoDate(LocalDate date, string paramName) =>
        date.Calendar == CalendarSystem.Iso
            ? date
            : throw new ArgumentException($"{paramName} must be in the ISO calendar, but was in the {date.Calendar.Id} calendar.", paramName);

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="month"/> is not in the ISO calendar.</summary>
    internal static YearMonth CheckIsoMonth(YearMonth month, string paramName) =>
        month.Calendar == CalendarSystem.Iso
            ? month
            : throw new ArgumentException($"{paramName} must be in the ISO calendar, but was in the {month.Calendar.Id} calendar.", paramName);

    /// <summary>Throws when <paramref name="period"/> is null or not in the ISO calendar.</summary>
    internal static DateInterval CheckIsoPeriod(DateInterval? period, string paramName)
    {
        ArgumentNullException.ThrowIfNull(period, paramName);
        return period.Start.Calendar == CalendarSystem.Iso
            ? period
            : throw new ArgumentException($"{paramName} must be in the ISO calendar, but was in the {period.Start.Calendar.Id} calendar.", paramName);
    }

    /// <summary>Throws <see cref="ArgumentException"/> when an identifier is the invalid <c>default</c> value.</summary>
    internal static void CheckNotDefault(string value, string typeName, string paramName)
    {
        if (value.Length == 0)
        {
            throw new ArgumentException($"{paramName} must be a valid {typeName}, but was default({typeName}).", paramName);
        }
    }

    /// <summary>Validates a programme name: not null, not empty, at most 200 characters, no control characters,
    /// no leading or trailing white space, and the rules of display text (see TextRules.CheckDisplayText).</summary>
    internal static string CheckName(string? name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        if (name.Length == 0)
        {
            throw new ArgumentException($"{paramName} must not be empty.", paramName);
        }
        if (name.Length > MaxNameLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{paramName} must be at most {MaxNameLength} characters long, but was {name.Length}."), paramName);
        }
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsControl(name[i]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{paramName} must not contain control characters, but contains U+{(int)name[i]:X4} at index {i}."),
                    paramName);
            }
        }
        if (char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[^1]))
        {
            throw new ArgumentException($"{paramName} must not start or end with white space.", paramName);
        }
        // The hygiene of display text (a visible character, no bidirectional or invisible format characters) is shared.
        return Creators.TextRules.CheckDisplayText(name, MaxNameLength, paramName);
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is not strictly positive.</summary>
    internal static Money CheckPositive(Money value, string paramName) =>
        value > Money.Zero
            ? value
            : throw new ArgumentOutOfRangeException(paramName, string.Create(CultureInfo.InvariantCulture, $"{paramName} must be positive, but was {value} yuan."));

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is zero.</summary>
    internal static Impressions CheckPositive(Impressions value, string paramName) =>
        value > Impressions.Zero
            ? value
            : throw new ArgumentOutOfRangeException(paramName, string.Create(CultureInfo.InvariantCulture, $"{paramName} must be positive, but was {value} impressions."));

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is negative.</summary>
    internal static long CheckNonNegative(long value, string paramName) =>
        value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(paramName, string.Create(CultureInfo.InvariantCulture, $"{paramName} must not be negative, but was {value}."));
}
