using System;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Tests.Generators;
using Sannong.Domain.Utility;
using Xunit;

namespace Sannong.Domain.Tests.Utility;

/// <summary>The escaper of user text in messages: nothing that drives a terminal or hides text survives it.</summary>
public sealed class TextEscapingTest
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>An oracle written without the library's classifier: true when <paramref name="text"/> is well-formed
    /// UTF-16 and holds no control, format, separator or noncharacter code point.</summary>
    internal static bool IsSafe(string text)
    {
        if (!IsWellFormed(text))
        {
            return false;
        }
        foreach (Rune rune in text.EnumerateRunes())
        {
            int v = rune.Value;
            bool noncharacter = v is >= 0xFDD0 and <= 0xFDEF || v % 0x10000 >= 0xFFFE;
            if (noncharacter || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when <paramref name="text"/> has no lone surrogate (strict UTF-8 encoding succeeds).</summary>
    internal static bool IsWellFormed(string text)
    {
        try
        {
            StrictUtf8.GetBytes(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    [Property]
    public Property Escaped_text_is_safe_whatever_the_input() =>
        Prop.ForAll(DomainArbitraries.HostileText.ToArbitrary(), text =>
            IsSafe(TextEscaping.ForMessage(text)) && IsWellFormed(TextEscaping.ForDisplay(text))
            && IsSafe(WithoutJoinersAndTags(TextEscaping.ForDisplay(text))));

    /// <summary>The text without U+200C, U+200D and U+E0020..U+E007F, which ForDisplay keeps on purpose.</summary>
    private static string WithoutJoinersAndTags(string text)
    {
        var kept = new StringBuilder();
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (rune.Value is not (0x200C or 0x200D or >= 0xE0020 and <= 0xE007F))
            {
                kept.Append(rune.ToString());
            }
        }
        return kept.ToString();
    }

    [Property]
    public Property Escaping_is_idempotent() =>
        Prop.ForAll(DomainArbitraries.HostileText.ToArbitrary(), text =>
            TextEscaping.ForMessage(TextEscaping.ForMessage(text)) == TextEscaping.ForMessage(text)
            && TextEscaping.ForDisplay(TextEscaping.ForDisplay(text)) == TextEscaping.ForDisplay(text));

    [Property]
    public Property Safe_text_is_returned_unchanged() =>
        Prop.ForAll(DomainArbitraries.SafeText.ToArbitrary(), text =>
            IsSafe(text) && ReferenceEquals(TextEscaping.ForMessage(text), text) && TextEscaping.ForDisplay(text) == text);

    [Property]
    public Property Every_unsafe_character_becomes_a_backslash_escape() =>
        Prop.ForAll(DomainArbitraries.UnsafeCharacter.ToArbitrary(), c =>
        {
            string escaped = TextEscaping.ForMessage("a" + c + "b");
            int codePoint = c.Length == 2 ? char.ConvertToUtf32(c[0], c[1]) : c[0];
            string expected = codePoint > 0xFFFF ? $"\\U{codePoint:x8}" : $"\\u{codePoint:x4}";
            return escaped == "a" + expected + "b";
        });

    [Theory]
    // ESC ] 0 ; title BEL retitles a terminal; ESC [ 2 J clears it.
    [InlineData("\u001b]0;pwned\u0007", "\\u001b]0;pwned\\u0007")]
    [InlineData("x\u001b[2Jy", "x\\u001b[2Jy")]
    [InlineData("a\u007fb\u0085c\u009bd", "a\\u007fb\\u0085c\\u009bd")]
    [InlineData("line\nnext\ttab\r", "line\\u000anext\\u0009tab\\u000d")]
    [InlineData("kol\u200B1", "kol\\u200b1")]
    [InlineData("\uFEFFkol", "\\ufeffkol")]
    [InlineData("abc\u202Edcb", "abc\\u202edcb")]
    [InlineData("a\u2066b\u2069", "a\\u2066b\\u2069")]
    [InlineData("a\u2028b\u2029", "a\\u2028b\\u2029")]
    [InlineData("\uFDD0\uFFFE\uFFFF", "\\ufdd0\\ufffe\\uffff")]
    [InlineData("\U0010FFFF\U0001FFFE", "\\U0010ffff\\U0001fffe")]
    [InlineData("👨\u200D🌾", "👨\\u200d🌾")]
    [InlineData("李子柒 \\u001b 🌾", "李子柒 \\u001b 🌾")]
    public void Examples_of_ForMessage(string text, string expected) =>
        Assert.Equal(expected, TextEscaping.ForMessage(text));

    [Fact]
    public void Lone_surrogates_are_escaped_and_pairs_kept()
    {
        // Built at run time: an attribute argument cannot hold a lone surrogate (metadata stores it as UTF-8).
        string text = "x" + (char)0xD800 + "y" + (char)0xDC00 + "🌾" + (char)0xDBFF;
        Assert.Equal("x\\ud800y\\udc00🌾\\udbff", TextEscaping.ForMessage(text));
    }

    [Fact]
    public void ForDisplay_keeps_the_joiners_and_emoji_tags_but_not_the_rest()
    {
        Assert.Equal("👨\u200D🌾 a\u200Cb", TextEscaping.ForDisplay("👨\u200D🌾 a\u200Cb"));
        const string scotland = "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F";
        Assert.Equal(scotland, TextEscaping.ForDisplay(scotland));
        Assert.Equal("a\\u202eb\\u001b\\u200b", TextEscaping.ForDisplay("a\u202Eb\u001b\u200B"));
    }

    [Fact]
    public void Null_and_empty_are_empty()
    {
        Assert.Equal(string.Empty, TextEscaping.ForMessage(null));
        Assert.Equal(string.Empty, TextEscaping.ForDisplay(""));
    }
}
