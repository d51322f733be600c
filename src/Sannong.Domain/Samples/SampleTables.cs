using Sannong.Domain.Programmes;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Samples;

/// <summary>
/// The weights behind the sample programme, as data: provinces with real county-level codes, urban-rural codes,
/// topics, earning sources and content kinds. docs/sample-programme.md lists them; change both together.
/// </summary>
internal static class SampleTables
{
    /// <summary>Provincial-level divisions with a relative weight and real county-level codes (县级
    /// xiànjí) in them, weighted towards the populous rural provinces.</summary>
    internal static readonly (int Weight, string[] Counties)[] Provinces =
    [
        (100, ["410122", "411421", "411621", "411722", "410325", "411526"]), // Henan 河南
        (90, ["370724", "371321", "371122", "371428", "371721", "370783"]), // Shandong 山东
        (90, ["510121", "511321", "513433", "511623", "510824", "513231"]), // Sichuan 四川
        (70, ["430524", "433130", "431228", "430921", "431126"]), // Hunan 湖南
        (60, ["130424", "130532", "130628", "130722", "131121"]), // Hebei 河北
        (60, ["530629", "532823", "533423", "530381", "532931"]), // Yunnan 云南
        (60, ["450326", "451026", "450225", "451224", "450922"]), // Guangxi 广西
        (50, ["522628", "520527", "522327", "522732", "520628"]), // Guizhou 贵州
        (50, ["341221", "341322", "341523", "340827"]), // Anhui 安徽
        (40, ["360726", "361128", "361025"]), // Jiangxi 江西
        (40, ["422827", "421127", "420528"]), // Hubei 湖北
        (40, ["441481", "445381", "441622"]), // Guangdong 广东
        (30, ["610827", "610922", "610526"]), // Shaanxi 陕西
        (30, ["621122", "621223", "622923"]), // Gansu 甘肃
        (30, ["230223", "231224"]), // Heilongjiang 黑龙江
        (30, ["500235", "500238", "500242"]), // Chongqing 重庆
        (20, ["220523", "222426"]), // Jilin 吉林
        (20, ["350823", "350725"]), // Fujian 福建
        (20, ["331127", "330522"]), // Zhejiang 浙江
        (20, ["320324", "321324"]), // Jiangsu 江苏
        (20, ["140927", "141124"]), // Shanxi 山西
        (20, ["150421", "152223"]), // Inner Mongolia 内蒙古
        (20, ["653121", "654021"]), // Xinjiang 新疆
        (20, ["210922", "211324"]), // Liaoning 辽宁
        (10, ["469024", "469025"]), // Hainan 海南
        (10, ["640422"]), // Ningxia 宁夏
        (10, ["630223"]), // Qinghai 青海
        (5, ["540121"]), // Tibet 西藏
        (3, ["110119", "110116"]), // Beijing 北京
        (3, ["120119"]), // Tianjin 天津
        (2, ["310151"]), // Shanghai 上海
    ];

    /// <summary>Urban-rural codes (城乡分类代码) with weights per hundred: mostly villages and township centres.</summary>
    internal static readonly (int Code, int Weight)[] UrbanRural =
    [
        (220, 60), // village 村庄
        (210, 20), // township centre 乡中心区
        (122, 8), // town-rural fringe 镇乡结合区
        (121, 7), // town centre 镇中心区
        (112, 3), // urban-rural fringe 城乡结合区
        (111, 2), // main urban area 主城区
    ];

    /// <summary>Every topic of the standard taxonomy with the weight (per thousand; they sum to 1,000) of being a creator's primary topic:
    /// rural cuisine and village life most, forestry and infrastructure least.</summary>
    internal static readonly (string Code, int Weight)[] Topics =
    [
        ("agriculture", 15),
        ("agriculture.crops", 50),
        ("agriculture.crops.grain", 30),
        ("agriculture.crops.fruit", 50),
        ("agriculture.crops.tea", 25),
        ("agriculture.livestock", 50),
        ("agriculture.aquaculture", 35),
        ("agriculture.forestry", 8),
        ("agriculture.knowhow", 30),
        ("agriculture.machinery", 15),
        ("agriculture.ecommerce", 60),
        ("villages", 15),
        ("villages.life", 120),
        ("villages.tourism", 30),
        ("villages.tourism.homestays", 15),
        ("villages.heritage", 25),
        ("villages.infrastructure", 8),
        ("villages.revitalisation", 20),
        ("villages.sports", 15),
        ("villages.environment", 8),
        ("farmers", 15),
        ("farmers.newfarmers", 40),
        ("farmers.livestreamers", 40),
        ("farmers.cuisine", 150),
        ("farmers.crafts", 30),
        ("farmers.income", 15),
        ("farmers.training", 8),
        ("farmers.migrants", 20),
        ("farmers.family", 58),
    ];

    /// <summary>Earning sources with weights per hundred: e-commerce and live gifts most.</summary>
    internal static readonly (EarningSource Source, int Weight)[] Sources =
    [
        (EarningSource.ECommerce, 40),
        (EarningSource.LiveGifts, 30),
        (EarningSource.Advertising, 15),
        (EarningSource.BrandDeals, 8),
        (EarningSource.Other, 7),
    ];

    /// <summary>The first part of a generated handle.</summary>
    internal static readonly string[] HandlePrefixes =
        ["山里", "田间", "村口", "乡下", "坝上", "河边", "大山", "果园", "稻田", "老家", "山沟", "苗寨", "茶山", "渔村", "草原"];

    /// <summary>The second part of a generated handle.</summary>
    internal static readonly string[] HandleNames =
        ["小王", "阿妹", "大叔", "二哥", "老李", "小芳", "阿强", "三姐", "小刘", "大壮", "阿花", "老张", "小陈", "幺妹", "阿牛"];

    /// <summary>Sums weights, for <see cref="DeterministicRandom.NextWeighted"/>.</summary>
    internal static int Total(ReadOnlySpan<int> weights)
    {
        int total = 0;
        foreach (int w in weights)
        {
            total += w;
        }
        return total;
    }
}
