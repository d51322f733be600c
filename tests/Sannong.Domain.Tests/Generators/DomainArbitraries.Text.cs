using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Sannong.Domain.Tests.Generators;

/// <summary>Hostile text: the characters that drive terminals, hide or reorder text, or are not text at all.</summary>
public static partial class DomainArbitraries
{
    /// <summary>One invisible or format code point that identifiers refuse (as a string: astral ones are two chars).</summary>
    public static Gen<string> InvisibleCharacter { get; } = Gen.Elements(
        "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\uFEFF", "\u2060", "\u2061", "\u2064", "\u00AD", "\u061C",
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u180E",
        "\u2028", "\u2029", "\u3164", "\uFFA0", "\uFE0F", "\uFE00", "\u034F", "\u00A0", "\u3000", "\u2007",
        "\U000E0001", "\U000E0041", "\U000E0100", "\uFFF9", "\uFFFB");

    /// <summary>One code unit or code point that no message may carry raw: C0, DEL, C1, format, separators, lone
    /// surrogates, noncharacters (BMP and astral).</summary>
    public static Gen<string> UnsafeCharacter { get; } = Gen.OneOf(
        Gen.Choose(0, 0x1F).Select(c => ((char)c).ToString()),
        Gen.Choose(0x7F, 0x9F).Select(c => ((char)c).ToString()),
        Gen.Choose(0xD800, 0xDFFF).Select(c => ((char)c).ToString()),
        Gen.Choose(0xFDD0, 0xFDEF).Select(c => ((char)c).ToString()),
        Gen.Choose(0, 16).SelectMany(plane => Gen.Elements(0xFFFE, 0xFFFF).Select(low => char.ConvertFromUtf32((plane << 16) | low))),
        InvisibleCharacter.Where(s => s is not ("\U000E0100" or "\u3164" or "\uFFA0" or "\uFE0F" or "\uFE00" or "\u034F" or "\u00A0" or "\u3000" or "\u2007")),
        Gen.Elements("\u001b", "\u0007", "\u009b", "\u0085"));

    /// <summary>Hostile text: ordinary pieces (Chinese, Latin, emoji with joiners, backslashes, escapes that look
    /// escaped) mixed with unsafe characters and any UTF-16 code unit at all.</summary>
    public static Gen<string> HostileText { get; } =
        from pieces in Gen.ArrayOf(Gen.Frequency(
            (4, Gen.Elements("村", "abc", " ", "\\", "\\u001b", "👨‍🌾", "🌾", "é", "$['x']", "\n", "\t")),
            (4, UnsafeCharacter),
            (2, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()))))
        select string.Concat(pieces);

    /// <summary>Text that holds none of the unsafe characters (letters, digits, emoji, joiners, backslashes).</summary>
    public static Gen<string> SafeText { get; } =
        from pieces in Gen.ArrayOf(Gen.Elements("村", "abc", " ", "\\", "\\u001b", "🌾", "é", "$['x']", "0", "\u3000", "\u0301"))
        select string.Concat(pieces);

    /// <summary>A valid identifier text, an invisible character and where to put it (0 to the text's length).</summary>
    public static Gen<(string Text, string Invisible, int Index)> IdentifierWithInvisible { get; } =
        from text in IdentifierText
        from invisible in InvisibleCharacter
        from index in Gen.Choose(0, text.Length)
        select (text, invisible, index);

    /// <summary>Strings made only of white space and invisible characters: never valid display text.</summary>
    public static Gen<string> InvisibleOnlyText { get; } =
        from pieces in Gen.NonEmptyListOf(Gen.Elements("\u200D", "\u200C", "\u3164", "\uFE0F", "\u2800", "\u034F", "\uFFA0"))
        select string.Concat(pieces.ToArray());
}
