using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Sannong.Domain.Tests.Generators;

// Names of the 34 provincial-level divisions as people write them, for finding a division by its name.
public static partial class DomainArbitraries
{
    /// <summary>Each division's code, short Chinese name, pinyin of the short name with tone marks, and English name,
    /// written out by hand (not copied from the library).</summary>
    public static (string Code, string Chinese, string TonedPinyin, string English)[] ProvinceNames { get; } =
    [
        ("11", "北京", "Běijīng", "Beijing"), ("12", "天津", "Tiānjīn", "Tianjin"), ("13", "河北", "Héběi", "Hebei"),
        ("14", "山西", "Shānxī", "Shanxi"), ("15", "内蒙古", "Nèi Měnggǔ", "Inner Mongolia"), ("21", "辽宁", "Liáoníng", "Liaoning"),
        ("22", "吉林", "Jílín", "Jilin"), ("23", "黑龙江", "Hēilóngjiāng", "Heilongjiang"), ("31", "上海", "Shànghǎi", "Shanghai"),
        ("32", "江苏", "Jiāngsū", "Jiangsu"), ("33", "浙江", "Zhèjiāng", "Zhejiang"), ("34", "安徽", "Ānhuī", "Anhui"),
        ("35", "福建", "Fújiàn", "Fujian"), ("36", "江西", "Jiāngxī", "Jiangxi"), ("37", "山东", "Shāndōng", "Shandong"),
        ("41", "河南", "Hénán", "Henan"), ("42", "湖北", "Húběi", "Hubei"), ("43", "湖南", "Húnán", "Hunan"),
        ("44", "广东", "Guǎngdōng", "Guangdong"), ("45", "广西", "Guǎngxī", "Guangxi"), ("46", "海南", "Hǎinán", "Hainan"),
        ("50", "重庆", "Chóngqìng", "Chongqing"), ("51", "四川", "Sìchuān", "Sichuan"), ("52", "贵州", "Guìzhōu", "Guizhou"),
        ("53", "云南", "Yúnnán", "Yunnan"), ("54", "西藏", "Xīzàng", "Tibet"), ("61", "陕西", "Shǎnxī", "Shaanxi"),
        ("62", "甘肃", "Gānsù", "Gansu"), ("63", "青海", "Qīnghǎi", "Qinghai"), ("64", "宁夏", "Níngxià", "Ningxia"),
        ("65", "新疆", "Xīnjiāng", "Xinjiang"), ("71", "台湾", "Táiwān", "Taiwan"), ("81", "香港", "Xiānggǎng", "Hong Kong"),
        ("82", "澳门", "Àomén", "Macau"),
    ];

    /// <summary>Pinyin without its tone marks (ā á ǎ à to a, and so on), by hand.</summary>
    public static string Toneless(string pinyin) =>
        new(pinyin.Select(c => "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈ".IndexOf(c) is int i and >= 0 ? "aaaaeeeeiiiioooouuuuüüüüAAAAEEEE"[i] : c).ToArray());

    /// <summary>A division's code and one of its names (short Chinese, Chinese with 省/市/自治区/特别行政区 where that is
    /// its kind's suffix, pinyin with or without tones, English) with random case, spaces and hyphens between the
    /// characters, white space around it, and sometimes decomposed (tone marks as combining characters). Toneless
    /// "Shanxi" is left out: it is 山西 for either, by the rule of English names (tested on its own).</summary>
    public static Gen<(string Code, string Text)> ProvinceNameSpellingGen { get; } =
        from row in Gen.Elements(ProvinceNames)
        from form in Gen.Elements(
            row.Chinese,
            row.Chinese + ChineseSuffix(row.Code),
            row.TonedPinyin,
            row.Code == "61" ? row.TonedPinyin : Toneless(row.TonedPinyin),
            row.English)
        from upper in Gen.ArrayOf(Gen.Elements(false, true), form.Length)
        from separators in Gen.ArrayOf(Gen.Frequency((6, Gen.Constant("")), (1, Gen.Elements(" ", "-", "  ", "\u3000"))), form.Length)
        from around in Gen.Elements("", " ", "\t", " \u3000")
        from decompose in Gen.Elements(false, true)
        let spelled = string.Concat(form.Select((c, i) => separators[i] + (upper[i] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))))
        let text = around + spelled + around
        select (row.Code, decompose ? text.Normalize(NormalizationForm.FormD) : text);

    /// <summary>The suffix of a division's full Chinese name, by hand.</summary>
    public static string ChineseSuffix(string code) => code switch
    {
        "11" or "12" or "31" or "50" => "市",
        "15" or "54" => "自治区",
        "45" => "壮族自治区",
        "64" => "回族自治区",
        "65" => "维吾尔自治区",
        "81" or "82" => "特别行政区",
        _ => "省",
    };
}
