using System;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>The four identifier types at the edges the contract properties rarely reach: equal values under the
/// ordering operators, parsing from null, TryParse of text and of spans, and CompareTo against another type.
/// (Pins mutants that survived tests/mutation/run.sh Primitives; see tests/mutation/RESULTS.md.)</summary>
public sealed class IdentifierParsingAndOrderingTest
{
    [Fact]
    public void Equal_identifiers_are_neither_before_nor_after_each_other()
    {
        // Two separately built values with the same text: CompareTo is 0, so < and > are false, <= and >= true.
        Assert.True(Ordering(new InfluencerId("kol-7"), new InfluencerId("kol-7"), (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y) == (false, true, false, true));
        Assert.True(Ordering(new ContentId("v-7"), new ContentId("v-7"), (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y) == (false, true, false, true));
        Assert.True(Ordering(new MentorId("m-7"), new MentorId("m-7"), (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y) == (false, true, false, true));
        Assert.True(Ordering(new ProgrammeId("p-7"), new ProgrammeId("p-7"), (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y) == (false, true, false, true));
    }

    [Fact]
    public void Distinct_identifiers_order_ordinally()
    {
        // Ordinal: 'B' (U+0042) sorts before 'a' (U+0061), so "B" < "a".
        Assert.True(Ordering(new InfluencerId("B"), new InfluencerId("a"), (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y) == (true, true, false, false));
        Assert.True(Ordering(new ContentId("a"), new ContentId("B"), (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y) == (false, false, true, true));
        Assert.True(Ordering(new MentorId("B"), new MentorId("a"), (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y) == (true, true, false, false));
        Assert.True(Ordering(new ProgrammeId("a"), new ProgrammeId("B"), (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y) == (false, false, true, true));
    }

    [Fact]
    public void Parse_of_null_text_is_an_argument_null_error_not_a_format_error()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => InfluencerId.Parse((string)null!)).ParamName);
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => ContentId.Parse((string)null!)).ParamName);
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => MentorId.Parse((string)null!)).ParamName);
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => ProgrammeId.Parse((string)null!)).ParamName);
    }

    [Theory]
    [InlineData("kol-1", true)]
    [InlineData("", false)]
    [InlineData(" kol-1", false)]
    [InlineData("kol\u00071", false)]
    public void TryParse_of_text_accepts_exactly_the_valid_identifiers(string text, bool valid)
    {
        Assert.Equal(valid, InfluencerId.TryParse(text, out InfluencerId i));
        Assert.Equal(valid ? text : "", i.Value);
        Assert.Equal(valid, ContentId.TryParse(text, out ContentId c));
        Assert.Equal(valid ? text : "", c.Value);
        Assert.Equal(valid, MentorId.TryParse(text, out MentorId m));
        Assert.Equal(valid ? text : "", m.Value);
        Assert.Equal(valid, ProgrammeId.TryParse(text, out ProgrammeId p));
        Assert.Equal(valid ? text : "", p.Value);
    }

    [Theory]
    [InlineData("kol-1", true)]
    [InlineData("", false)]
    [InlineData("kol-1 ", false)]
    public void TryParse_of_a_span_accepts_exactly_the_valid_identifiers(string text, bool valid)
    {
        Assert.Equal(valid, InfluencerId.TryParse(text.AsSpan(), out InfluencerId i));
        Assert.Equal(valid ? text : "", i.Value);
        Assert.Equal(valid, ContentId.TryParse(text.AsSpan(), out ContentId c));
        Assert.Equal(valid ? text : "", c.Value);
        Assert.Equal(valid, MentorId.TryParse(text.AsSpan(), out MentorId m));
        Assert.Equal(valid ? text : "", m.Value);
        Assert.Equal(valid, ProgrammeId.TryParse(text.AsSpan(), out ProgrammeId p));
        Assert.Equal(valid ? text : "", p.Value);
    }

    [Fact]
    public void TryParse_of_null_text_fails()
    {
        Assert.False(InfluencerId.TryParse((string?)null, out _));
        Assert.False(ContentId.TryParse((string?)null, out _));
        Assert.False(MentorId.TryParse((string?)null, out _));
        Assert.False(ProgrammeId.TryParse((string?)null, out _));
    }

    [Fact]
    public void CompareTo_an_object_of_another_type_names_both_types()
    {
        AssertWrongType("obj must be an InfluencerId, but was String.", new InfluencerId("kol-1"));
        AssertWrongType("obj must be a ContentId, but was String.", new ContentId("v-1"));
        AssertWrongType("obj must be a MentorId, but was String.", new MentorId("m-1"));
        AssertWrongType("obj must be a ProgrammeId, but was String.", new ProgrammeId("p-1"));
    }

    private static void AssertWrongType(string expected, IComparable id)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => id.CompareTo("text"));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    private static (bool Lt, bool Le, bool Gt, bool Ge) Ordering<T>(
        T a, T b, Func<T, T, bool> lt, Func<T, T, bool> le, Func<T, T, bool> gt, Func<T, T, bool> ge) =>
        (lt(a, b), le(a, b), gt(a, b), ge(a, b));
}
