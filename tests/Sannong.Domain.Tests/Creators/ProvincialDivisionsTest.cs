using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Sannong.Domain.Creators;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Creators;

/// <summary>The 34 provincial-level divisions, each checked against an independently written table.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ProvincialDivisionsTest
{
    private const ProvincialDivisionKind P = ProvincialDivisionKind.Province;
    private const ProvincialDivisionKind A = ProvincialDivisionKind.AutonomousRegion;
    private const ProvincialDivisionKind M = ProvincialDivisionKind.Municipality;
    private const ProvincialDivisionKind S = ProvincialDivisionKind.SpecialAdministrativeRegion;

    // GB/T 2260 provincial codes, written out by hand from the standard, not copied from the library.
    public static TheoryData<string, string, string, ProvincialDivisionKind> Expected { get; } = new()
    {
        { "11", "Beijing", "北京市", M }, { "12", "Tianjin", "天津市", M }, { "13", "Hebei", "河北省", P },
        { "14", "Shanxi", "山西省", P }, { "15", "Inner Mongolia", "内蒙古自治区", A }, { "21", "Liaoning", "辽宁省", P },
        { "22", "Jilin", "吉林省", P }, { "23", "Heilongjiang", "黑龙江省", P }, { "31", "Shanghai", "上海市", M },
        { "32", "Jiangsu", "江苏省", P }, { "33", "Zhejiang", "浙江省", P }, { "34", "Anhui", "安徽省", P },
        { "35", "Fujian", "福建省", P }, { "36", "Jiangxi", "江西省", P }, { "37", "Shandong", "山东省", P },
        { "41", "Henan", "河南省", P }, { "42", "Hubei", "湖北省", P }, { "43", "Hunan", "湖南省", P },
        { "44", "Guangdong", "广东省", P }, { "45", "Guangxi", "广西壮族自治区", A }, { "46", "Hainan", "海南省", P },
        { "50", "Chongqing", "重庆市", M }, { "51", "Sichuan", "四川省", P }, { "52", "Guizhou", "贵州省", P },
        { "53", "Yunnan", "云南省", P }, { "54", "Tibet", "西藏自治区", A }, { "61", "Shaanxi", "陕西省", P },
        { "62", "Gansu", "甘肃省", P }, { "63", "Qinghai", "青海省", P }, { "64", "Ningxia", "宁夏回族自治区", A },
        { "65", "Xinjiang", "新疆维吾尔自治区", A }, { "71", "Taiwan", "台湾省", P }, { "81", "Hong Kong", "香港特别行政区", S },
        { "82", "Macau", "澳门特别行政区", S },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Every_division_has_its_code_names_and_kind(string code, string english, string zhHans, ProvincialDivisionKind kind)
    {
        ProvincialDivision d = ProvincialDivisions.Get(code);
        Assert.Equal(code, d.Code);
        Assert.Equal(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), d.Number);
        Assert.Equal(english, d.English);
        Assert.Equal(zhHans, d.ZhHans);
        Assert.Equal(kind, d.Kind);
        Assert.NotEqual(string.Empty, d.Pinyin);
        Assert.Equal($"{code} {english}", d.ToString());
        Assert.Same(d, new Region(code + "0000").Province);
    }

    [Fact]
    public void The_table_covers_every_division_exactly()
    {
        IEnumerable<string> expectedCodes = Expected.Select(row => (string)row[0]);
        Assert.Equal(expectedCodes, ProvincialDivisions.All.Select(d => d.Code));
        Assert.Equal(34, ProvincialDivisions.All.Length);
    }

    [Fact]
    public void Kinds_are_23_provinces_5_autonomous_regions_4_municipalities_2_special_regions()
    {
        Assert.Equal(23, ProvincialDivisions.All.Count(d => d.Kind == P));
        Assert.Equal(5, ProvincialDivisions.All.Count(d => d.Kind == A));
        Assert.Equal(4, ProvincialDivisions.All.Count(d => d.Kind == M));
        Assert.Equal(2, ProvincialDivisions.All.Count(d => d.Kind == S));
    }

    [Fact]
    public void Hunan_is_Hunan_Sheng_in_pinyin() => Assert.Equal("Húnán Shěng", ProvincialDivisions.Get("43").Pinyin);

    [Property]
    public bool Get_and_TryGet_find_each_division_by_its_code(ProvincialDivision d) =>
        ReferenceEquals(ProvincialDivisions.Get(d.Code), d)
        && ProvincialDivisions.TryGet(d.Code, out ProvincialDivision? found) && ReferenceEquals(found, d);

    [Theory]
    [InlineData("99")]
    [InlineData("10")]
    [InlineData("4")]
    [InlineData("430")]
    [InlineData("4a")]
    [InlineData("")]
    public void Unknown_codes_are_not_found(string code)
    {
        Assert.False(ProvincialDivisions.TryGet(code, out ProvincialDivision? d));
        Assert.Null(d);
        ArgumentException e = Assert.Throws<ArgumentException>(() => ProvincialDivisions.Get(code));
        Assert.Equal("code", e.ParamName);
        Assert.StartsWith(
            $"code must be the two-digit code of one of the 34 provincial-level divisions (11 to 82), but was '{code}'.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_not_found()
    {
        Assert.False(ProvincialDivisions.TryGet(null, out _));
        Assert.Throws<ArgumentNullException>(() => ProvincialDivisions.Get(null!));
    }
}
