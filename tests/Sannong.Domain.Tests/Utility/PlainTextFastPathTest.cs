using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Tests.Generators;
using Sannong.Domain.Utility;
using Xunit;

namespace Sannong.Domain.Tests.Utility;

/// <summary>The text rules take printable ASCII and common Chinese text without the code-point loop; these tests hold
/// that shortcut to the loop's verdict.</summary>
public sealed class PlainTextFastPathTest
{
    private static readonly TextRule[] Rules = Enum.GetValues<TextRule>();

    [Fact]
    public void Every_plain_text_character_passes_every_rule_and_all_but_the_space_are_visible()
    {
        int plain = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (!Preconditions.IsPlainText((char)c))
            {
                continue;
            }
            plain++;
            string alone = ((char)c).ToString();
            foreach (TextRule rule in Rules.Where(r => r != TextRule.Label))
            {
                // Between two letters, so that no rule about the ends applies; alone, to see the visible-character rule.
                Assert.Null(Preconditions.CodePointProblem("a" + alone + "a", rule));
                string? expected = c == ' ' && rule is TextRule.DisplayText or TextRule.Name ? "must contain at least one visible character" : null;
                Assert.Equal(expected, Preconditions.CodePointProblem(alone, rule));
            }
        }
        // 95 printable ASCII + 63 CJK symbols and punctuation (U+3001..U+303F) + 20,992 unified ideographs
        // (U+4E00..U+9FFF) + 94 fullwidth forms (U+FF01..U+FF5E) = 21,244.
        Assert.Equal(21_244, plain);
    }

    [Fact]
    public void Characters_next_to_the_plain_ranges_are_not_plain()
    {
        foreach (char c in "\u001F\u007F\u3000\u3040\u4DFF\uA000\uFF00\uFF5F")
        {
            Assert.False(Preconditions.IsPlainText(c), $"U+{(int)c:X4}");
        }
    }

    /// <summary>Text made of plain-text characters only (spaces often), empty included.</summary>
    private static readonly Arbitrary<string> PlainStrings =
        Gen.ArrayOf(Gen.Frequency(
                (3, Gen.Constant(' ')),
                (4, Gen.Choose(0x21, 0x7E).Select(c => (char)c)),
                (1, Gen.Choose(0x3001, 0x303F).Select(c => (char)c)),
                (4, Gen.Choose(0x4E00, 0x9FFF).Select(c => (char)c)),
                (1, Gen.Choose(0xFF01, 0xFF5E).Select(c => (char)c))))
            .Select(chars => new string(chars))
            .ToArbitrary();

    [Property]
    public Property On_plain_text_the_shortcut_says_what_the_loop_says() =>
        Prop.ForAll(PlainStrings, text => Rules.Where(r => r != TextRule.Label).All(rule =>
        {
            // The checks before the loop that plain text can fail: empty, and white space at an end (length is 1,000).
            bool mayBeEmpty = rule is TextRule.FreeText or TextRule.Memo;
            string? expected = text.Length == 0 && !mayBeEmpty ? "must not be empty"
                : !mayBeEmpty && (text[0] == ' ' || text[^1] == ' ') ? "must not start or end with white space"
                : Preconditions.CodePointProblem(text, rule);
            return Preconditions.TextProblem(text, rule, 1_000) == expected;
        }));
}
