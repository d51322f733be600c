using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Generators;
using Sannong.Domain.Utility;
using Xunit;

namespace Sannong.Domain.Tests.Creators;

/// <summary>The shared rules of display text (names, handles) and free text (captions).</summary>
public sealed class TextRulesTest
{
    [Property]
    public Property Text_with_nothing_visible_is_never_display_text() =>
        Prop.ForAll(DomainArbitraries.InvisibleOnlyText.ToArbitrary(), text =>
            Assert.Throws<ArgumentException>(() => Preconditions.CheckText(text, TextRule.DisplayText, 1000, "handle")).Message
                .StartsWith("handle must contain at least one visible character.", StringComparison.Ordinal));

    [Property]
    public Property Accepted_display_text_shows_something_and_holds_no_bidirectional_control() =>
        Prop.ForAll(DomainArbitraries.HostileText.ToArbitrary(), text =>
        {
            try
            {
                Preconditions.CheckText(text, TextRule.DisplayText, 1000, "name");
            }
            catch (ArgumentException)
            {
                return true;
            }
            return text.AsSpan().IndexOfAny("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\u200E\u200F\u200B\uFEFF") < 0
                && text.AsSpan().IndexOfAnyExcept(" \u200D\u200C\u3164\u2800\uFE0F") >= 0;
        });

    [Theory]
    [InlineData("今天\n收玉米\t#三农")]
    [InlineData("a\u200Bb")] // zero width space: a line-break hint in Thai and others
    [InlineData("שלום \u200Fabc")] // a right-to-left mark
    [InlineData("👨\u200D🌾")]
    [InlineData("")]
    public void Free_text_stays_permissive(string caption) =>
        Assert.Equal(caption, Preconditions.CheckText(caption, TextRule.FreeText, 100, "caption"));

    [Theory]
    [InlineData("abc\u202Egnp.exe", "caption must not contain bidirectional embeddings, overrides or isolates, but contains U+202E.")]
    [InlineData("x\u2066y", "caption must not contain bidirectional embeddings, overrides or isolates, but contains U+2066.")]
    [InlineData("x\uFFFEy", "caption must not contain noncharacters, but contains U+FFFE.")]
    [InlineData("x\u001by", "caption must not contain control characters other than line feed and tab, but contains U+001B.")]
    public void Free_text_refuses_reordering_and_non_text(string caption, string message)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Preconditions.CheckText(caption, TextRule.FreeText, 100, "caption"));
        Assert.Equal("caption", e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_surrogates_are_not_text()
    {
        // Built at run time: an attribute argument cannot hold a lone surrogate (metadata stores it as UTF-8).
        string caption = "x" + (char)0xD83D + "y";
        Assert.StartsWith("caption must not contain lone surrogates, but contains U+D83D.",
            Assert.Throws<ArgumentException>(() => Preconditions.CheckText(caption, TextRule.FreeText, 100, "caption")).Message, StringComparison.Ordinal);
        Assert.StartsWith("handle must not contain lone surrogates, but contains U+DC00.",
            Assert.Throws<ArgumentException>(() => Preconditions.CheckText("湘西" + (char)0xDC00, TextRule.DisplayText, 100, "handle")).Message, StringComparison.Ordinal);
        Assert.StartsWith("handle must not contain lone surrogates, but contains U+DBFF.",
            Assert.Throws<ArgumentException>(() => Preconditions.CheckText("湘西" + (char)0xDBFF, TextRule.DisplayText, 100, "handle")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u200D", "name must contain at least one visible character.")]
    [InlineData("Pilot\u202E", "name must not contain bidirectional controls, but contains U+202E.")]
    public void A_programme_name_follows_the_rules_of_display_text(string name, string message) =>
        Assert.StartsWith(message, Assert.Throws<ArgumentException>(() => Preconditions.CheckText(name, TextRule.Name, Programme.MaxNameLength, "name")).Message, StringComparison.Ordinal);
}
