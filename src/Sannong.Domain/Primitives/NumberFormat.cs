using Sannong.Domain.Utility;

namespace Sannong.Domain;

/// <summary>
/// A .NET number format and the provider to use it with: what <see cref="Money"/>, <see cref="Impressions"/> and
/// <see cref="Share"/> resolve their own format letters to. It holds, once for them, the reading of the letter,
/// the refusal of an unsupported format and the formatting itself.
/// </summary>
/// <param name="Format">The .NET standard numeric format, such as <c>N2</c>.</param>
/// <param name="Provider">The provider of the <see cref="System.Globalization.NumberFormatInfo"/>.</param>
internal readonly record struct NumberFormat(string Format, IFormatProvider Provider)
{
    /// <summary>The format's letter, upper case: <c>G</c> for an empty (or null) format, <c>?</c> for a format longer
    /// than one character.</summary>
    internal static char Letter(ReadOnlySpan<char> format) => format.Length switch
    {
        0 => 'G',
        1 => char.ToUpperInvariant(format[0]),
        _ => '?',
    };

    /// <summary>The exception for a format that <paramref name="typeName"/> does not support.</summary>
    /// <param name="format">The format given.</param>
    /// <param name="typeName">The type's name.</param>
    /// <param name="supported">The supported formats, such as <c>G or N</c>.</param>
    internal static FormatException Unsupported(ReadOnlySpan<char> format, string typeName, string supported) =>
        new($"The format '{TextEscaping.ForMessage(format.ToString())}' is not supported by {typeName}: use {supported}.");

    /// <summary>Formats <paramref name="number"/> with this format.</summary>
    internal string Apply<TNumber>(TNumber number)
        where TNumber : IFormattable => number.ToString(Format, Provider);

    /// <summary>Formats <paramref name="number"/> with this format into <paramref name="destination"/>.</summary>
    internal bool TryApply<TNumber>(TNumber number, Span<char> destination, out int charsWritten)
        where TNumber : ISpanFormattable => number.TryFormat(destination, out charsWritten, Format, Provider);
}
