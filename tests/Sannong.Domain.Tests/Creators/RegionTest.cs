using System;
using FsCheck.Xunit;
using Sannong.Domain.Creators;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Creators;

/// <summary>Region: construction, text form, derived properties and the equality and ordering contracts.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class RegionTest
{
    [Property]
    public bool Equality_contract(Region a, Region b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, Region.Parse(a.ToString()), (x, y) => x == y, (x, y) => x != y)
        && a.Equals(Region.Parse(a.ToString()));

    [Property]
    public bool Ordering_contract(Region a, Region b) =>
        ValueContract.OrderingHolds(a, b, (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y);

    [Property]
    public bool Ordering_is_by_code_then_urban_rural_code_none_first(Region a, Region b)
    {
        // Six-digit codes compare ordinally as they do numerically; a missing urban-rural code counts as 0.
        int expected = string.CompareOrdinal(a.Code, b.Code);
        if (expected == 0)
        {
            expected = (a.UrbanRural?.Value ?? 0).CompareTo(b.UrbanRural?.Value ?? 0);
        }
        return Math.Sign(a.CompareTo(b)) == Math.Sign(expected);
    }

    [Property]
    public bool Parse_of_ToString_round_trips(Region a) =>
        Region.Parse(a.ToString()) == a
        && Region.Parse(a.ToString().AsSpan()) == a
        && Region.TryParse(a.ToString(), out Region r1) && r1 == a
        && Region.TryParse(a.ToString().AsSpan(), out Region r2) && r2 == a
        && ParseGeneric<Region>(a.ToString()) == a;

    [Property]
    public bool Derived_properties_agree_with_the_code(Region a) =>
        a.Code.Length == 6
        && a.Province.Code == a.Code[..2]
        && a.IsRural == a.UrbanRural?.IsRural
        && a.Level == (a.Code.EndsWith("0000", StringComparison.Ordinal) ? RegionLevel.Province
            : a.Code.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.Prefecture : RegionLevel.County)
        && a.ToString() == (a.UrbanRural is { } u ? a.Code + "/" + u : a.Code);

    [Fact]
    public void Longhui_county_is_in_Hunan()
    {
        // 430524: 43 = Hunan (湖南省), 05 = Shaoyang, 24 = Longhui county; no trailing zeros, so county level.
        var longhui = new Region("430524");
        Assert.Equal("430524", longhui.Code);
        Assert.Equal("43", longhui.Province.Code);
        Assert.Equal("Hunan", longhui.Province.English);
        Assert.Equal("湖南省", longhui.Province.ZhHans);
        Assert.StartsWith("湖南", longhui.Province.ZhHans, StringComparison.Ordinal);
        Assert.Equal(RegionLevel.County, longhui.Level);
        Assert.Null(longhui.UrbanRural);
        Assert.Null(longhui.IsRural);
        Assert.Equal("430524", longhui.ToString());
    }

    [Fact]
    public void Levels_are_read_from_the_trailing_zeros()
    {
        Assert.Equal(RegionLevel.Province, new Region("430000").Level);
        Assert.Equal(RegionLevel.Prefecture, new Region("430500").Level);
        Assert.Equal(RegionLevel.County, new Region("430524").Level);
        Assert.Equal(RegionLevel.Province, new Region("110000").Level);
    }

    [Fact]
    public void A_village_is_rural_and_a_town_centre_is_not()
    {
        Region village = Region.Parse("430524/220");
        Assert.True(village.IsRural);
        Assert.Equal(UrbanRuralCode.Village, village.UrbanRural);
        Assert.Equal("430524/220", village.ToString());

        Region townCentre = Region.Parse("430524/121");
        Assert.False(townCentre.IsRural);
        Assert.Equal(new Region("430524", UrbanRuralCode.TownCentre), townCentre);
    }

    [Fact]
    public void The_same_code_with_and_without_urban_rural_code_differs_and_none_sorts_first()
    {
        Region bare = new("430524");
        Region village = new("430524", UrbanRuralCode.Village);
        Region townCentre = new("430524", UrbanRuralCode.TownCentre);
        Assert.NotEqual(bare, village);
        Assert.True(bare < townCentre);
        Assert.True(townCentre < village);          // 121 < 220
        Assert.True(village < new Region("430525")); // code first
    }

    [Fact]
    public void WithUrbanRural_sets_and_clears()
    {
        Region bare = new("430524");
        Assert.Equal(Region.Parse("430524/210"), bare.WithUrbanRural(UrbanRuralCode.TownshipCentre));
        Assert.Equal(bare, Region.Parse("430524/210").WithUrbanRural(null));
        ArgumentException e = Assert.Throws<ArgumentException>(() => bare.WithUrbanRural(default(UrbanRuralCode)));
        Assert.Equal("urbanRural", e.ParamName);
        Assert.StartsWith("urbanRural must be a valid urban-rural code, but was default(UrbanRuralCode).", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("990101", "the division code must start with the two-digit code of one of the 34 provincial-level divisions, but starts with 99")]
    [InlineData("43052", "the division code must be six digits, but has 5 characters")]
    [InlineData("4305241", "the division code must be six digits, but has 7 characters")]
    [InlineData("", "the division code must be six digits, but has 0 characters")]
    [InlineData("43052a", "the division code must be six ASCII digits")]
    [InlineData("４３０５２４", "the division code must be six ASCII digits")]
    [InlineData(" 430524", "the division code must be six digits, but has 7 characters")]
    [InlineData("000000", "the division code must start with the two-digit code of one of the 34 provincial-level divisions, but starts with 00")]
    [InlineData("430524/230", "an urban-rural code must be one of 111, 112, 121, 122, 123, 210 or 220, but was 230")]
    [InlineData("430524/", "an urban-rural code must be three digits, but has 0 characters")]
    [InlineData("430524/2200", "an urban-rural code must be three digits, but has 4 characters")]
    [InlineData("430524/22x", "an urban-rural code must be three ASCII digits")]
    [InlineData("430524/220/1", "an urban-rural code must be three digits, but has 5 characters")]
    public void Invalid_text_is_rejected_with_the_rule_named(string text, string rule)
    {
        FormatException e = Assert.Throws<FormatException>(() => Region.Parse(text));
        Assert.Equal($"'{text}' is not a valid Region: {rule}.", e.Message);
        Assert.False(Region.TryParse(text, out Region r));
        Assert.Equal(default, r);
        Assert.False(Region.TryParse(text.AsSpan(), out _));
    }

    [Theory]
    [InlineData("990101", "code must start with the two-digit code of one of the 34 provincial-level divisions, but starts with 99.")]
    [InlineData("43052", "code must be six digits, but has 5 characters.")]
    [InlineData("43O524", "code must be six ASCII digits.")]
    public void The_constructor_names_the_field_and_rule(string code, string message)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new Region(code));
        Assert.Equal("code", e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new Region(null!)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Region.Parse(null!));
        Assert.False(Region.TryParse((string?)null, out _));
    }

    [Fact]
    public void A_default_urban_rural_code_is_rejected()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new Region("430524", default));
        Assert.Equal("urbanRural", e.ParamName);
    }

    [Fact]
    public void Default_is_not_a_valid_region()
    {
        Region d = default;
        Assert.Equal("000000", d.Code);
        Assert.Null(d.UrbanRural);
        Assert.Throws<InvalidOperationException>(() => d.Province);
        Assert.Throws<InvalidOperationException>(() => d.WithUrbanRural(null));
        Assert.True(d < new Region("110000"));
        Assert.NotEqual(d, new Region("110000"));
    }

    [Fact]
    public void Comparing_with_another_type_throws() =>
        Assert.Throws<ArgumentException>(() => ((IComparable)new Region("430524")).CompareTo("430524"));

    private static T ParseGeneric<T>(string s)
        where T : ISpanParsable<T> =>
        T.Parse(s, null).Equals(T.Parse(s.AsSpan(), null)) && T.TryParse(s, null, out T? a) && T.TryParse(s.AsSpan(), null, out T? b)
            && a!.Equals(b)
            ? a
            : throw new InvalidOperationException("The generic parse paths disagree.");
}
