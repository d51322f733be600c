using System.Runtime.CompilerServices;

namespace Sannong.Domain.Utility;

/// <summary>The ISO-calendar rule: every date, month and period the library takes is in NodaTime's ISO calendar,
/// and a value in another calendar is refused with "<c>x must be in the ISO calendar, but was in the Julian
/// calendar.</c>".</summary>
internal static partial class Preconditions
{
    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="date"/> is not in the ISO calendar.</summary>
    internal static LocalDate CheckIso(LocalDate date, [CallerArgumentExpression(nameof(date))] string? paramName = null)
    {
        CheckIsoCalendar(date.Calendar, "was", paramName);
        return date;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="date"/> is given and not in the ISO calendar.</summary>
    internal static LocalDate? CheckIso(LocalDate? date, [CallerArgumentExpression(nameof(date))] string? paramName = null)
    {
        if (date is { } given)
        {
            CheckIsoCalendar(given.Calendar, "was", paramName);
        }
        return date;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="month"/> is not in the ISO calendar.</summary>
    internal static YearMonth CheckIso(YearMonth month, [CallerArgumentExpression(nameof(month))] string? paramName = null)
    {
        CheckIsoCalendar(month.Calendar, "was", paramName);
        return month;
    }

    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="period"/> is null, and
    /// <see cref="ArgumentException"/> when it is not in the ISO calendar.</summary>
    internal static DateInterval CheckIso([NotNull] DateInterval? period, [CallerArgumentExpression(nameof(period))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(period, paramName);
        CheckIsoCalendar(period.Calendar, "was", paramName);
        return period;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="date"/>, one element of the collection
    /// <paramref name="paramName"/>, is not in the ISO calendar: "<c>dates must be in the ISO calendar, but had a date
    /// in the Julian calendar.</c>".</summary>
    internal static LocalDate CheckIsoElement(LocalDate date, string paramName)
    {
        CheckIsoCalendar(date.Calendar, "had a date", paramName);
        return date;
    }

    private static void CheckIsoCalendar(CalendarSystem calendar, string was, string? paramName)
    {
        if (calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"{paramName} must be in the ISO calendar, but {was} in the {calendar.Id} calendar.", paramName);
        }
    }
}
