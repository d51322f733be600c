using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Creators;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Creators;

/// <summary>Finding a provincial-level division by its name in Chinese, pinyin or English, against names written out
/// by hand (<see cref="DomainArbitraries.ProvinceNames"/>); the one ambiguity (toneless Shanxi Sheng), unknown,
/// empty and hostile names.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ProvincialNamesTest
{
    private const string Forms =
        "in simplified Chinese with or without its suffix (云南, 云南省, 广西壮族自治区), in pinyin with or without tone marks "
        + "(Yunnan, Yúnnán Shěng) or in English (Yunnan, Inner Mongolia, Hong Kong SAR), ignoring case, spaces and hyphens";

    private const string ShanxiShengAmbiguity =
        "is ambiguous: it may name 14 山西省 (write 山西, Shanxi or Shānxī) or 61 陕西省 (write 陕西, Shaanxi or Shǎnxī).";

    public static TheoryData<string, string, string, string> Names()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in DomainArbitraries.ProvinceNames)
        {
            data.Add(row.Code, row.Chinese, row.TonedPinyin, row.English);
        }
        return data;
    }

    public static TheoryData<string> Codes() => new(ProvincialDivisions.All.Select(d => d.Code));

    private static string CodeOf(string name) => ProvincialDivisions.FindByName(name).Code;

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_division_is_found_by_each_of_its_names(string code, string chinese, string tonedPinyin, string english)
    {
        Assert.Equal(code, CodeOf(chinese));
        Assert.Equal(code, CodeOf(chinese + DomainArbitraries.ChineseSuffix(code)));
        Assert.Equal(code, CodeOf(tonedPinyin));
        Assert.Equal(code, CodeOf(english));
        Assert.Equal(code, CodeOf(english.ToUpperInvariant()));
        Assert.Equal(code, CodeOf(english.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal)));
        // Toneless pinyin: the same, except Shanxi, which is the English name of 山西 (14), not 陕西 (61).
        Assert.Equal(code == "61" ? "14" : code, CodeOf(DomainArbitraries.Toneless(tonedPinyin)));
        Assert.True(ProvincialDivisions.TryFindByName(chinese, out ProvincialDivision? division));
        Assert.Equal(code, division.Code);
        Assert.Equal(code + "0000", Region.FromProvinceName(english).Code);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_division_is_found_by_the_names_the_library_gives_it(string code)
    {
        ProvincialDivision d = ProvincialDivisions.Get(code);
        Assert.Same(d, ProvincialDivisions.FindByName(d.ZhHans));
        Assert.Same(d, ProvincialDivisions.FindByName(d.Pinyin));
        Assert.Same(d, ProvincialDivisions.FindByName(d.English));
        Assert.Same(d, ProvincialDivisions.Find(d.Code));
        Assert.Same(d, ProvincialDivisions.Find(d.ZhHans));
        Assert.True(Region.TryFromProvinceName(d.ZhHans, out Region region));
        Assert.Equal(new Region(code + "0000"), region);
        Assert.Equal(RegionLevel.Province, region.Level);
        Assert.Same(d, region.Province);
    }

    [Property]
    public Property Case_spaces_hyphens_and_decomposed_tone_marks_do_not_matter() =>
        Prop.ForAll(DomainArbitraries.ProvinceNameSpellingGen.ToArbitrary(), spelling =>
            (ProvincialDivisions.TryFindByName(spelling.Text, out ProvincialDivision? d) && d.Code == spelling.Code)
                .Label($"'{spelling.Text}' found {d?.ToString() ?? "nothing"}, expected {spelling.Code}"));

    [Theory]
    // The examples of the issue and other forms of real data.
    [InlineData("云南", "53")]
    [InlineData("云南省", "53")]
    [InlineData("Yunnan", "53")]
    [InlineData("Yun Nan", "53")]
    [InlineData("yun-nan", "53")]
    [InlineData("ＹＵＮＮＡＮ", "53")] // full-width
    [InlineData("云南　省", "53")] // ideographic space
    [InlineData("Yunnan Province", "53")]
    [InlineData("Yúnnán Shěng", "53")]
    [InlineData("Yunnan Sheng", "53")]
    [InlineData("北京市", "11")]
    [InlineData("Beijing Municipality", "11")]
    [InlineData("Beijing City", "11")]
    [InlineData("Beijing Shi", "11")]
    [InlineData("广西", "45")]
    [InlineData("广西壮族自治区", "45")]
    [InlineData("广西自治区", "45")]
    [InlineData("Guangxi Zhuang Autonomous Region", "45")]
    [InlineData("Guangxi Zizhiqu", "45")]
    [InlineData("Xianggang Tequ", "81")]
    [InlineData("Guǎngxī Zhuàngzú Zìzhìqū", "45")]
    [InlineData("内蒙古", "15")]
    [InlineData("内蒙古自治区", "15")]
    [InlineData("Inner Mongolia", "15")]
    [InlineData("Nei Mongol", "15")]
    [InlineData("Neimenggu", "15")]
    [InlineData("Tibet", "54")]
    [InlineData("Xizang", "54")]
    [InlineData("Tibet Autonomous Region", "54")]
    [InlineData("新疆维吾尔自治区", "65")]
    [InlineData("Xinjiang Uyghur Autonomous Region", "65")]
    [InlineData("Xinjiang Weiwu'er Zizhiqu", "65")]
    [InlineData("Xīnjiāng Wéiwú’ěr Zìzhìqū", "65")] // a typographic apostrophe
    [InlineData("宁夏回族自治区", "64")]
    [InlineData("Ningxia Hui Autonomous Region", "64")]
    [InlineData("香港", "81")]
    [InlineData("香港特别行政区", "81")]
    [InlineData("香港特区", "81")]
    [InlineData("Hong Kong", "81")]
    [InlineData("Hongkong", "81")]
    [InlineData("HONG-KONG", "81")]
    [InlineData("Hong Kong SAR", "81")]
    [InlineData("Xianggang", "81")]
    [InlineData("Macau", "82")]
    [InlineData("Macao", "82")]
    [InlineData("Macao Special Administrative Region", "82")]
    [InlineData("澳门", "82")]
    [InlineData("台湾省", "71")]
    public void Names_of_real_data_are_found(string name, string code)
    {
        Assert.Equal(code, CodeOf(name));
    }

    [Theory]
    // English names first: Shanxi is 山西 and Shaanxi 陕西, as the national standard spells them; tone marks decide.
    [InlineData("Shanxi", "14")]
    [InlineData("SHANXI", "14")]
    [InlineData("Shanxi Province", "14")]
    [InlineData("Shānxī", "14")]
    [InlineData("Shānxī Shěng", "14")]
    [InlineData("山西", "14")]
    [InlineData("Shaanxi", "61")]
    [InlineData("Shaanxi Province", "61")]
    [InlineData("Shǎnxī", "61")]
    [InlineData("Shǎn xī shěng", "61")]
    [InlineData("陕西省", "61")]
    public void Shanxi_and_Shaanxi_are_told_apart_where_they_can_be(string name, string code)
    {
        Assert.Equal(code, CodeOf(name));
    }

    [Theory]
    [InlineData("Shanxi Sheng")]
    [InlineData("shanxisheng")]
    [InlineData("SHANXI-SHENG")]
    public void Toneless_pinyin_of_both_Shanxi_and_Shaanxi_is_ambiguous(string name)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => ProvincialDivisions.FindByName(name));
        Assert.Equal("name", e.ParamName);
        Assert.Equal($"name '{name}' {ShanxiShengAmbiguity} (Parameter 'name')", e.Message);
        Assert.False(ProvincialDivisions.TryFindByName(name, out ProvincialDivision? none));
        Assert.Null(none);
        Assert.False(Region.TryFromProvinceName(name, out Region region));
        Assert.Equal(default, region);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Region.FromProvinceName(name)).ParamName);
        Assert.Equal($"codeOrName '{name}' {ShanxiShengAmbiguity} (Parameter 'codeOrName')",
            Assert.Throws<ArgumentException>(() => ProvincialDivisions.Find(name)).Message);
        // Each way of writing the message suggests finds exactly the division it is given for.
        Assert.All(new[] { "山西", "Shanxi", "Shānxī" }, n => Assert.Equal("14", CodeOf(n)));
        Assert.All(new[] { "陕西", "Shaanxi", "Shǎnxī" }, n => Assert.Equal("61", CodeOf(n)));
    }

    [Fact]
    public void Shanxi_Sheng_is_the_only_ambiguous_name()
    {
        string[] ambiguous = ProvincialNames.Keys.Where(e => e.Value.Length > 1).Select(e => e.Key).ToArray();
        Assert.Equal(new[] { "shanxisheng" }, ambiguous);
        Assert.Equal(new[] { "14", "61" }, ProvincialNames.Keys.Single(e => e.Key == "shanxisheng").Value.Select(d => d.Code));
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("云南省省")]
    [InlineData("湖")]
    [InlineData("Yunnan Shi")] // the suffix of a municipality on a province
    [InlineData("Yunnan Municipality")]
    [InlineData("雲南")] // traditional characters are not names here
    [InlineData("滇")] // nor one-character abbreviations
    [InlineData("99")] // a code is not a name
    public void An_unknown_name_says_what_forms_are_accepted(string name)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => ProvincialDivisions.FindByName(name));
        Assert.Equal("name", e.ParamName);
        Assert.Equal($"name must be the name of one of the 34 provincial-level divisions of China, {Forms}, but was '{name}'. (Parameter 'name')", e.Message);
        Assert.False(ProvincialDivisions.TryFindByName(name, out _));
    }

    [Fact]
    public void A_code_or_a_name_is_found_by_Find()
    {
        Assert.Equal("53", ProvincialDivisions.Find("53").Code);
        Assert.Equal("53", ProvincialDivisions.Find("云南").Code);
        Assert.Equal("81", ProvincialDivisions.Find("hong kong").Code);
        Assert.True(ProvincialDivisions.TryFind("43", out ProvincialDivision? hunan));
        Assert.Equal("Hunan", hunan.English);
        Assert.True(ProvincialDivisions.TryFind("Húnán", out hunan));
        Assert.Equal("43", hunan.Code);
        Assert.False(ProvincialDivisions.TryFind("99", out _));
        Assert.False(ProvincialDivisions.TryFind(null, out _));
        ArgumentException e = Assert.Throws<ArgumentException>(() => ProvincialDivisions.Find("99"));
        Assert.Equal("codeOrName", e.ParamName);
        Assert.Equal(
            $"codeOrName must be the two-digit code of one of the 34 provincial-level divisions of China (53) or its name, {Forms}, but was '99'. (Parameter 'codeOrName')",
            e.Message);
        Assert.Equal("codeOrName", Assert.Throws<ArgumentNullException>(() => ProvincialDivisions.Find(null!)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData("\u3000")]
    [InlineData("- -")]
    public void An_empty_name_is_refused(string name)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => ProvincialDivisions.FindByName(name));
        Assert.Equal($"name must be the name of one of the 34 provincial-level divisions of China, {Forms}, but was empty or white space. (Parameter 'name')", e.Message);
        Assert.False(ProvincialDivisions.TryFindByName(name, out _));
        Assert.False(Region.TryFromProvinceName(name, out _));
    }

    [Fact]
    public void A_null_name_is_refused()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => ProvincialDivisions.FindByName(null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Region.FromProvinceName(null!)).ParamName);
        Assert.False(ProvincialDivisions.TryFindByName(null, out ProvincialDivision? division));
        Assert.Null(division);
        Assert.False(Region.TryFromProvinceName(null, out Region region));
        Assert.Equal(default, region);
    }

    [Fact]
    public void Hostile_text_is_escaped_and_cut_in_the_message()
    {
        // ESC and a right-to-left override are escaped; only the first 40 characters are quoted (7 + 33 x).
        string hostile = "\u001b[2J\u202e云南" + new string('x', 100);
        string message = Assert.Throws<ArgumentException>(() => ProvincialDivisions.FindByName(hostile)).Message;
        Assert.DoesNotContain('\u001b', message);
        Assert.DoesNotContain('\u202e', message);
        Assert.Contains("but was '\\u001b[2J\\u202e云南" + new string('x', 33) + "...'.", message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 34), message, StringComparison.Ordinal);
        // A control character inside a name is not a separator: the name is unknown, not found.
        Assert.False(ProvincialDivisions.TryFindByName("云\u0000南", out _));
        // Text of more than 128 characters is no name, even when most of it is white space.
        Assert.True(ProvincialDivisions.TryFindByName(new string(' ', 126) + "云南", out _));
        Assert.False(ProvincialDivisions.TryFindByName(new string(' ', 127) + "云南", out _));
        Assert.False(ProvincialDivisions.TryFindByName(new string(' ', 1000) + "云南", out _));
    }

    [Fact]
    public void Matching_does_not_depend_on_the_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            // Turkish lower-cases I to dotless ı: SICHUAN and HEBEI must still be found.
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("51", CodeOf("SICHUAN"));
            Assert.Equal("13", CodeOf("HEBEI"));
            Assert.Equal("65", CodeOf("XINJIANG UYGUR AUTONOMOUS REGION"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
