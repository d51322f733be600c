using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Sannong.Domain.Tests.Utility;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>The strongly typed identifiers: validation, parsing and the equality and ordering contracts.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class IdentifierTest
{
    [Property]
    public bool InfluencerId_equality_contract(InfluencerId a, InfluencerId b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, a, (x, y) => x == y, (x, y) => x != y);

    [Property]
    public bool InfluencerId_ordering_contract(InfluencerId a, InfluencerId b) =>
        ValueContract.OrderingHolds(a, b, (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y)
        && Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.Value, b.Value));

    [Property]
    public bool ContentId_contracts(ContentId a, ContentId b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.OrderingHolds(a, b, (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y);

    [Property]
    public bool MentorId_contracts(MentorId a, MentorId b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.OrderingHolds(a, b, (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y);

    [Property]
    public bool ProgrammeId_contracts(ProgrammeId a, ProgrammeId b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.OrderingHolds(a, b, (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y);

    [Property]
    public bool Parse_of_ToString_round_trips(InfluencerId a, ContentId c, MentorId m, ProgrammeId p) =>
        InfluencerId.Parse(a.ToString()) == a
        && ContentId.Parse(c.ToString().AsSpan()) == c
        && MentorId.TryParse(m.ToString(), out MentorId m2) && m2 == m
        && ProgrammeId.TryParse(p.ToString().AsSpan(), out ProgrammeId p2) && p2 == p;

    [Theory]
    [InlineData("", "must not be empty", "")]
    [InlineData(" kol-1", "must not start or end with white space", " kol-1")]
    [InlineData("kol-1\t", "must not start or end with white space", "kol-1\\u0009")]
    [InlineData("kol\n1", "must not contain control characters, but contains U+000A", "kol\\u000a1")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345", "must be at most 64 characters long, but was 65",
        "12345678901234567890123456789012345678901234567890123456789012345")]
    // Issue 14: ids that differ only by an invisible character printed alike.
    [InlineData("kol\u200B1", "must not contain format or invisible characters, but contains U+200B", "kol\\u200b1")]
    [InlineData("\uFEFFkol-1", "must not contain format or invisible characters, but contains U+FEFF", "\\ufeffkol-1")]
    [InlineData("kol-1\u202E", "must not contain format or invisible characters, but contains U+202E", "kol-1\\u202e")]
    [InlineData("kol\u2066x\u2069", "must not contain format or invisible characters, but contains U+2066", "kol\\u2066x\\u2069")]
    [InlineData("kol\u061Cx", "must not contain format or invisible characters, but contains U+061C", "kol\\u061cx")]
    [InlineData("kol\u2028x", "must not contain line or paragraph separators, but contains U+2028", "kol\\u2028x")]
    [InlineData("kol\u00A0x", "must not contain white space other than U+0020, but contains U+00A0", "kol\u00A0x")]
    [InlineData("kol\u3164x", "must not contain format or invisible characters, but contains U+3164", "kol\u3164x")]
    [InlineData("kol\uFE0Fx", "must not contain format or invisible characters, but contains U+FE0F", "kol\uFE0Fx")]
    [InlineData("kol\uFDD0x", "must not contain noncharacters, but contains U+FDD0", "kol\\ufdd0x")]
    [InlineData("kol\uFFFF", "must not contain noncharacters, but contains U+FFFF", "kol\\uffff")]
    [InlineData("kol\U0010FFFE", "must not contain noncharacters, but contains U+10FFFE", "kol\\U0010fffe")]
    public void Invalid_text_is_rejected_with_the_rule_named(string text, string rule, string echoed)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new InfluencerId(text));
        Assert.Equal("value", e.ParamName);
        Assert.StartsWith($"value is not a valid InfluencerId: it {rule}.", e.Message, StringComparison.Ordinal);
        FormatException f = Assert.Throws<FormatException>(() => ContentId.Parse(text));
        Assert.Equal($"'{echoed}' is not a valid ContentId: it {rule}.", f.Message);
        Assert.False(MentorId.TryParse(text, out MentorId m));
        Assert.Equal(default, m);
    }

    [Fact]
    public void A_lone_surrogate_is_rejected_and_not_echoed_raw()
    {
        // Built at run time: an attribute argument cannot hold a lone surrogate (metadata stores it as UTF-8).
        string text = "kol" + (char)0xD800 + "x";
        Assert.StartsWith("value is not a valid InfluencerId: it must not contain lone surrogates, but contains U+D800.",
            Assert.Throws<ArgumentException>(() => new InfluencerId(text)).Message, StringComparison.Ordinal);
        Assert.Equal("'kol\\ud800x' is not a valid ContentId: it must not contain lone surrogates, but contains U+D800.",
            Assert.Throws<FormatException>(() => ContentId.Parse(text)).Message);
    }

    [Property]
    public Property Ids_that_differ_only_by_an_invisible_character_cannot_both_be_built() =>
        Prop.ForAll(DomainArbitraries.IdentifierWithInvisible.ToArbitrary(), t =>
        {
            string disguised = t.Text.Insert(t.Index, t.Invisible);
            return disguised.Length > IdentifierRules.MaxLength
                || (!InfluencerId.TryParse(disguised, out _) && !ContentId.TryParse(disguised.AsSpan(), out _)
                    && !MentorId.TryParse(disguised, out _) && !ProgrammeId.TryParse(disguised, out _)
                    && Assert.Throws<ArgumentException>(() => new ProgrammeId(disguised)).ParamName == "value");
        });

    [Property]
    public Property A_parse_error_never_echoes_a_raw_control_or_invisible_character() =>
        Prop.ForAll(DomainArbitraries.HostileText.ToArbitrary(), text =>
            InfluencerId.TryParse(text, out _)
            || TextEscapingTest.IsSafe(Assert.Throws<FormatException>(() => InfluencerId.Parse(text)).Message));

    [Fact]
    public void Null_is_rejected() =>
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new ProgrammeId(null!)).ParamName);

    [Fact]
    public void Sixty_four_characters_and_inner_spaces_are_accepted()
    {
        string longest = new('村', 64);
        Assert.Equal(longest, new InfluencerId(longest).Value);
        Assert.Equal("李子柒 official", new InfluencerId("李子柒 official").Value);
    }

    [Fact]
    public void Equality_is_ordinal_and_case_sensitive()
    {
        Assert.NotEqual(new InfluencerId("KOL-1"), new InfluencerId("kol-1"));
        Assert.True(new InfluencerId("B") < new InfluencerId("a")); // 'B' (U+0042) < 'a' (U+0061)
    }

    [Fact]
    public void Default_has_empty_value_and_sorts_first()
    {
        Assert.Equal(string.Empty, default(InfluencerId).Value);
        Assert.True(default(InfluencerId) < new InfluencerId("0"));
    }
}
