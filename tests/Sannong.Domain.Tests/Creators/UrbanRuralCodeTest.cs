using System;
using System.Linq;
using FsCheck.Xunit;
using Sannong.Domain.Creators;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Creators;

/// <summary>UrbanRuralCode: the seven codes, parsing and the equality and ordering contracts.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class UrbanRuralCodeTest
{
    [Property]
    public bool Equality_contract(UrbanRuralCode a, UrbanRuralCode b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, new UrbanRuralCode(a.Value), (x, y) => x == y, (x, y) => x != y)
        && a == new UrbanRuralCode(a.Value);

    [Property]
    public bool Ordering_contract_follows_the_number(UrbanRuralCode a, UrbanRuralCode b) =>
        ValueContract.OrderingHolds(a, b, (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y)
        && Math.Sign(a.CompareTo(b)) == Math.Sign(a.Value - b.Value);

    [Property]
    public bool Parse_of_ToString_round_trips(UrbanRuralCode a) =>
        UrbanRuralCode.Parse(a.ToString()) == a
        && UrbanRuralCode.TryParse(a.ToString().AsSpan(), out UrbanRuralCode b) && b == a;

    [Property]
    public bool Exactly_one_of_urban_and_rural(UrbanRuralCode a) => a.IsRural != a.IsUrban;

    // Expectations written out from the NBS table (统计用城乡划分代码), independently of the library's switch.
    [Theory]
    [InlineData(111, false, "主城区", "main urban area")]
    [InlineData(112, false, "城乡结合区", "urban-rural fringe")]
    [InlineData(121, false, "镇中心区", "town centre")]
    [InlineData(122, false, "镇乡结合区", "town-rural fringe")]
    [InlineData(123, false, "特殊区域", "special area")]
    [InlineData(210, true, "乡中心区", "township centre")]
    [InlineData(220, true, "村庄", "village")]
    public void Every_code_has_its_class_and_names(int value, bool rural, string zhHans, string english)
    {
        var code = new UrbanRuralCode(value);
        Assert.Equal(value, code.Value);
        Assert.Equal(rural, code.IsRural);
        Assert.Equal(!rural, code.IsUrban);
        Assert.Equal(zhHans, code.ZhHans);
        Assert.Equal(english, code.English);
        Assert.NotEqual(string.Empty, code.Pinyin);
        Assert.Contains(code, UrbanRuralCode.All);
        Assert.Equal(value.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), code.ToString());
    }

    [Fact]
    public void There_are_seven_codes_in_ascending_order_and_named_properties_match()
    {
        Assert.Equal(new[] { 111, 112, 121, 122, 123, 210, 220 }, UrbanRuralCode.All.Select(c => c.Value));
        Assert.Equal(111, UrbanRuralCode.MainUrbanArea.Value);
        Assert.Equal(112, UrbanRuralCode.UrbanRuralFringe.Value);
        Assert.Equal(121, UrbanRuralCode.TownCentre.Value);
        Assert.Equal(122, UrbanRuralCode.TownRuralFringe.Value);
        Assert.Equal(123, UrbanRuralCode.SpecialArea.Value);
        Assert.Equal(210, UrbanRuralCode.TownshipCentre.Value);
        Assert.Equal(220, UrbanRuralCode.Village.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(113)]
    [InlineData(200)]
    [InlineData(230)]
    [InlineData(-111)]
    public void Other_numbers_are_rejected_with_the_rule_named(int value)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => new UrbanRuralCode(value));
        Assert.Equal("value", e.ParamName);
        Assert.StartsWith(
            $"value must be an urban-rural code (111, 112, 121, 122, 123, 210 or 220), but was {value}.", e.Message, StringComparison.Ordinal);
        Assert.False(UrbanRuralCode.IsDefined(value));
    }

    [Theory]
    [InlineData("230", "an urban-rural code must be one of 111, 112, 121, 122, 123, 210 or 220, but was 230")]
    [InlineData("22", "an urban-rural code must be three digits, but has 2 characters")]
    [InlineData("0220", "an urban-rural code must be three digits, but has 4 characters")]
    [InlineData("2a0", "an urban-rural code must be three ASCII digits")]
    public void Invalid_text_is_rejected_with_the_rule_named(string text, string rule)
    {
        FormatException e = Assert.Throws<FormatException>(() => UrbanRuralCode.Parse(text));
        Assert.Equal($"'{text}' is not a valid UrbanRuralCode: {rule}.", e.Message);
        Assert.False(UrbanRuralCode.TryParse(text, out UrbanRuralCode c));
        Assert.Equal(default, c);
    }

    [Fact]
    public void Default_is_neither_urban_nor_rural_and_sorts_first()
    {
        UrbanRuralCode d = default;
        Assert.Equal(0, d.Value);
        Assert.False(d.IsRural);
        Assert.False(d.IsUrban);
        Assert.Equal(string.Empty, d.English);
        Assert.Equal("000", d.ToString());
        Assert.True(d < UrbanRuralCode.MainUrbanArea);
    }
}
