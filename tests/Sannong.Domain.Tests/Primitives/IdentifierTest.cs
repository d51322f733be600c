using System;
using FsCheck.Xunit;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
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
    [InlineData("", "must not be empty")]
    [InlineData(" kol-1", "must not start or end with white space")]
    [InlineData("kol-1\t", "must not start or end with white space")]
    [InlineData("kol\n1", "must not contain control characters, but contains U+000A")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345", "must be at most 64 characters long, but was 65")]
    public void Invalid_text_is_rejected_with_the_rule_named(string text, string rule)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new InfluencerId(text));
        Assert.Equal("value", e.ParamName);
        Assert.StartsWith($"value is not a valid InfluencerId: it {rule}.", e.Message, StringComparison.Ordinal);
        FormatException f = Assert.Throws<FormatException>(() => ContentId.Parse(text));
        Assert.Equal($"'{text}' is not a valid ContentId: it {rule}.", f.Message);
        Assert.False(MentorId.TryParse(text, out MentorId m));
        Assert.Equal(default, m);
    }

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
