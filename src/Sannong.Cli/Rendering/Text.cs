using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Sannong.Domain;
using Sannong.Domain.Utility;

namespace Sannong.Cli.Rendering;

/// <summary>Invariant text for numbers, dates and money in every output form; "–" for a value that is not defined.</summary>
internal static class Text
{
    internal const string None = "–";

    internal static string Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : None;

    internal static string Month(YearMonth month) => YearMonthPattern.Iso.Format(month);

    internal static string Money(Money? money) => money is { } m ? m.ToString("N", CultureInfo.InvariantCulture) : None;

    internal static string Count(long? count) => count is { } c ? c.ToString("N0", CultureInfo.InvariantCulture) : None;

    internal static string Number(double? value, int decimals) =>
        value is { } v ? v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : None;

    internal static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : None;

    /// <summary>User text (a programme's name, a handle) shown as data: controls, bidirectional and invisible format
    /// characters escaped (joiners kept), so that no input can drive the terminal.</summary>
    internal static string User(string text) => TextEscaping.ForDisplay(text);
}
