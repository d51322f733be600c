using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Creators;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>The shared shapes of the value types: one identifier implementation behind <see cref="IIdentifier{TSelf}"/>,
/// the IParsable/ISpanParsable members supplied by <see cref="IInvariantParsable{TSelf}"/>, the non-generic CompareTo of
/// <see cref="IComparableValue{TSelf}"/>, the whole-unit arithmetic of <see cref="IWholeUnits{TSelf}"/> and the
/// format letters of <see cref="NumberFormat"/>.</summary>
public sealed class SharedShapesTest
{
    [Property]
    public Property Every_identifier_type_parses_compares_and_hashes_its_text_alike() =>
        Prop.ForAll(DomainArbitraries.IdentifierText.ToArbitrary(), DomainArbitraries.IdentifierText.ToArbitrary(), (a, b) =>
        {
            CheckIdentifier<InfluencerId>(a, b);
            CheckIdentifier<ContentId>(a, b);
            CheckIdentifier<MentorId>(a, b);
            CheckIdentifier<ProgrammeId>(a, b);
        });

    private static void CheckIdentifier<T>(string a, string b)
        where T : struct, IIdentifier<T>
    {
        // Through the interface only: the provider is ignored, the text is kept, the order is ordinal.
        T x = T.Parse(a, CultureInfo.GetCultureInfo("tr-TR"));
        T y = T.Parse(b.AsSpan(), null);
        Assert.Equal(a, x.Value);
        Assert.True(T.TryParse(b, CultureInfo.InvariantCulture, out T again) && again.Equals(y));
        Assert.Equal(Math.Sign(string.CompareOrdinal(a, b)), Math.Sign(x.CompareTo(y)));
        Assert.Equal(string.Equals(a, b, StringComparison.Ordinal), x == y);
        Assert.Equal(x.CompareTo(y) < 0, x < y);
        Assert.True(!x.Equals(y) || x.GetHashCode() == y.GetHashCode());
        Assert.Equal(1, ((IComparable)x).CompareTo(null));
    }

    [Fact]
    public void Identifier_interface_parsing_refuses_what_the_type_refuses_with_the_same_message()
    {
        Assert.False(ParseVia<ContentId>(" v-1", out ContentId none, CultureInfo.InvariantCulture));
        Assert.Equal(default, none);
        Assert.False(ParseVia<MentorId>(null, out _));
        FormatException e = Assert.Throws<FormatException>(() => ParseVia<ProgrammeId>(""));
        Assert.Equal("'' is not a valid ProgrammeId: it must not be empty.", e.Message);
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => ParseVia<InfluencerId>(null!)).ParamName);
    }

    [Fact]
    public void The_format_provider_is_ignored_by_every_invariant_parser()
    {
        // fr-FR writes 1 234,56: the invariant form is still the only one read.
        CultureInfo french = CultureInfo.GetCultureInfo("fr-FR");
        Assert.Equal(Money.FromFen(123456), ParseVia<Money>("1234.56", french));
        Assert.Equal(new Impressions(1_000_000_000), ParseVia<Impressions>("1000000000", french));
        Assert.Equal(new Region("430524", UrbanRuralCode.Village), ParseVia<Region>("430524/220", french));
        Assert.Equal(UrbanRuralCode.Village, ParseVia<UrbanRuralCode>("220", french));
        Assert.False(ParseVia<Money>("1 234,56", out _, french));
        Assert.False(ParseVia<Region>(null, out Region none, french));
        Assert.Equal(default, none);
        Assert.Throws<FormatException>(() => ParseVia<UrbanRuralCode>("330", french));
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => ParseVia<Money>(null!, french)).ParamName);
    }

    [Fact]
    public void Comparing_with_another_type_names_both_with_the_right_article()
    {
        AssertWrongType("obj must be a Region, but was Int32.", new Region("430524"), 1);
        AssertWrongType("obj must be an UrbanRuralCode, but was Int32.", UrbanRuralCode.Village, 1);
        AssertWrongType("obj must be a Money, but was Impressions.", Money.Zero, Impressions.Zero);
        AssertWrongType("obj must be an Impressions, but was Money.", Impressions.Zero, Money.Zero);
    }

    [Property]
    public Property Money_and_impressions_share_one_allocation_of_their_units() =>
        Prop.ForAll(DomainArbitraries.ImpressionsGen.ToArbitrary(), DomainArbitraries.AllocationLongWeightsGen.ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), (count, weights, n) =>
        {
            Money amount = Money.FromFen(count.Count);
            Assert.Equal(amount.Allocate(weights).Select(m => m.Fen), count.Allocate(weights).Select(c => c.Count));
            Assert.Equal(amount.Split(n).Select(m => m.Fen), count.Split(n).Select(c => c.Count));
        });

    [Property]
    public Property Min_and_max_are_the_ordering_and_sum_is_exact() =>
        Prop.ForAll(DomainArbitraries.SmallMoneyGen.ToArbitrary(), DomainArbitraries.SmallMoneyGen.ToArbitrary(), (x, y) =>
        {
            Assert.Equal(x <= y ? x : y, Money.Min(x, y));
            Assert.Equal(x >= y ? x : y, Money.Max(x, y));
            Assert.Equal(Money.FromFen(x.Fen + y.Fen), Money.Sum(ImmutableArray.Create(x, y)));
            var a = new Impressions(Math.Abs(x.Fen));
            var b = new Impressions(Math.Abs(y.Fen));
            Assert.Equal(a <= b ? a : b, Impressions.Min(a, b));
            Assert.Equal(a >= b ? a : b, Impressions.Max(a, b));
            Assert.Equal(a + b, Impressions.Sum(ImmutableArray.Create(a, b)));
        });

    [Fact]
    public void Sums_name_their_own_argument_and_type()
    {
        Assert.Equal("amounts", Assert.Throws<ArgumentNullException>(() => Money.Sum(null!)).ParamName);
        Assert.Equal("counts", Assert.Throws<ArgumentNullException>(() => Impressions.Sum(null!)).ParamName);
        OverflowException e = Assert.Throws<OverflowException>(() => Impressions.Sum(ImmutableArray.Create(new Impressions(long.MaxValue), new Impressions(1))));
        Assert.Equal("Impressions overflow: a sum of 9223372036854775808 (in whole units) is outside the range of Impressions.", e.Message);
    }

    [Theory]
    [InlineData("", 'G')]
    [InlineData("g", 'G')]
    [InlineData("n", 'N')]
    [InlineData("C", 'C')]
    [InlineData("N2", '?')]
    public void A_format_is_read_as_one_upper_case_letter(string format, char letter) =>
        Assert.Equal(letter, NumberFormat.Letter(format));

    [Fact]
    public void Unsupported_formats_are_refused_with_the_type_and_the_supported_letters()
    {
        Assert.Equal("The format 'X' is not supported by Money: use G, C or N.", Assert.Throws<FormatException>(() => Money.Zero.ToString("X", null)).Message);
        Assert.Equal("The format 'NN' is not supported by Impressions: use G or N.", Assert.Throws<FormatException>(() => Impressions.Zero.ToString("NN", null)).Message);
        Assert.Equal("The format 'Q' is not supported by Share: use G, P or P0 to P9.", Assert.Throws<FormatException>(() => Share.One.ToString("Q", null)).Message);
        Span<char> room = stackalloc char[32];
        Assert.True(new Impressions(1234567).TryFormat(room, out int written, "N", CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("1,234,567", room[..written].ToString());
    }

    private static T ParseVia<T>(string s, IFormatProvider? provider = null)
        where T : IParsable<T> => T.Parse(s, provider);

    private static bool ParseVia<T>(string? s, out T result, IFormatProvider? provider = null)
        where T : IParsable<T> => T.TryParse(s, provider, out result!);

    private static void AssertWrongType(string message, IComparable value, object other) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => value.CompareTo(other)).Message.Split(" (Parameter")[0]);
}
