namespace Sannong.Domain.Utility;

/// <summary>
/// The Unicode classes that text hygiene needs, by code point: controls, format and bidirectional controls,
/// noncharacters, default-ignorable (invisible) code points, and what counts as a visible character.
/// </summary>
/// <remarks>General categories come from the runtime's Unicode tables; the explicit lists below follow Unicode 15
/// (PropList.txt and DerivedCoreProperties.txt) so that the rules do not move between runtimes for these classes.</remarks>
internal static class UnicodeClasses
{
    /// <summary>The code point at <paramref name="index"/>: a surrogate pair as one code point, a lone surrogate as itself.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The index of a UTF-16 code unit in <paramref name="text"/>.</param>
    /// <param name="length">1, or 2 for a surrogate pair.</param>
    internal static int CodePointAt(ReadOnlySpan<char> text, int index, out int length)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }
        length = 1;
        return c;
    }

    /// <summary>True for U+0020..U+007E, the printable ASCII characters: the fast path of every check, as most text is
    /// made of them and none is a control, format, invisible or non-text character.</summary>
    internal static bool IsPrintableAscii(int codePoint) => codePoint is >= 0x20 and < 0x7F;

    /// <summary>True for a surrogate code unit that is not part of a pair (as <see cref="CodePointAt"/> returns it).</summary>
    internal static bool IsLoneSurrogate(int codePoint) => codePoint is >= 0xD800 and <= 0xDFFF;

    /// <summary>True for the 66 noncharacters: U+FDD0..U+FDEF and the last two code points of every plane.</summary>
    internal static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>True for the bidirectional controls (Bidi_Control): ALM U+061C, LRM/RLM U+200E/U+200F, the embeddings and
    /// overrides U+202A..U+202E and the isolates U+2066..U+2069.</summary>
    internal static bool IsBidiControl(int codePoint) =>
        codePoint is 0x061C or 0x200E or 0x200F or >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069;

    /// <summary>True for the bidirectional controls that change the order of a whole run of text: the embeddings and
    /// overrides U+202A..U+202E and the isolates U+2066..U+2069 (the "Trojan Source" characters), not the marks.</summary>
    internal static bool IsBidiOverride(int codePoint) =>
        codePoint is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069;

    /// <summary>The class every text rule refuses that <paramref name="codePoint"/> belongs to ("lone surrogates" or
    /// "noncharacters": code points that are not text at all), else null. Printable ASCII is answered first, cheaply.</summary>
    internal static string? NotText(int codePoint) =>
        IsPrintableAscii(codePoint) ? null
        : IsLoneSurrogate(codePoint) ? "lone surrogates"
        : IsNoncharacter(codePoint) ? "noncharacters"
        : null;

    /// <summary>The general category of a code point (a lone surrogate is <see cref="UnicodeCategory.Surrogate"/>).</summary>
    internal static UnicodeCategory Category(int codePoint) => CharUnicodeInfo.GetUnicodeCategory(codePoint);

    /// <summary>True for a control (Cc: C0, DEL and C1), a format character (Cf), a line or paragraph separator (Zl, Zp),
    /// a lone surrogate or a noncharacter: what no message may carry raw.</summary>
    internal static bool IsUnsafeInMessage(int codePoint) =>
        IsLoneSurrogate(codePoint) || IsNoncharacter(codePoint) || Category(codePoint) is UnicodeCategory.Control
            or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>True for a Default_Ignorable_Code_Point (DerivedCoreProperties.txt): a code point that renders as nothing
    /// unless a font does something special with it, such as U+200B, U+FEFF, U+3164 or the variation selectors.</summary>
    internal static bool IsDefaultIgnorable(int codePoint) => codePoint switch
    {
        0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0x180B and <= 0x180F => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x202A and <= 0x202E => true,
        >= 0x2060 and <= 0x206F => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xFFF0 and <= 0xFFF8 => true,
        >= 0x1BCA0 and <= 0x1BCA3 => true,
        >= 0x1D173 and <= 0x1D17A => true,
        >= 0xE0000 and <= 0xE0FFF => true,
        _ => false,
    };

    /// <summary>
    /// True for the format characters that display text keeps: the zero width non-joiner and joiner (U+200C, U+200D:
    /// emoji sequences such as 👨‍🌾 and several scripts need them), the emoji tag characters U+E0020..U+E007F (flags of
    /// subdivisions) and the prepended concatenation marks, which are visible (U+0600..U+0605, U+06DD, U+070F, U+0890,
    /// U+0891, U+08E2, U+110BD, U+110CD).
    /// </summary>
    internal static bool IsFormatKeptInDisplayText(int codePoint) => codePoint switch
    {
        0x200C or 0x200D or 0x06DD or 0x070F or 0x0890 or 0x0891 or 0x08E2 or 0x110BD or 0x110CD => true,
        >= 0x0600 and <= 0x0605 => true,
        >= 0xE0020 and <= 0xE007F => true,
        _ => false,
    };

    /// <summary>True for a code point that shows something: not white space, not a control, format, separator or
    /// surrogate, not a noncharacter, not default-ignorable and not the blank braille pattern U+2800.</summary>
    internal static bool IsVisible(int codePoint)
    {
        if (IsLoneSurrogate(codePoint) || IsNoncharacter(codePoint) || IsDefaultIgnorable(codePoint) || codePoint == 0x2800)
        {
            return false;
        }
        return Category(codePoint) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate);
    }

    /// <summary>Formats a code point as U+XXXX (at least four upper-case hexadecimal digits), as messages name it.</summary>
    internal static string Name(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
}
