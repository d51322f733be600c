namespace Sannong.Domain.Creators;

/// <summary>
/// The 34 provincial-level administrative divisions of China (省级行政区 shěngjí xíngzhèngqū) by their GB/T 2260
/// two-digit codes: 23 provinces (including Taiwan, 71), 5 autonomous regions, 4 municipalities and 2 special
/// administrative regions.
/// </summary>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public static partial class ProvincialDivisions
{
    private const ProvincialDivisionKind P = ProvincialDivisionKind.Province;
    private const ProvincialDivisionKind A = ProvincialDivisionKind.AutonomousRegion;
    private const ProvincialDivisionKind M = ProvincialDivisionKind.Municipality;
    private const ProvincialDivisionKind S = ProvincialDivisionKind.SpecialAdministrativeRegion;

    // Indexed by the two-digit number; null where no division has that code.
    private static readonly ProvincialDivision?[] ByNumber = new ProvincialDivision?[100];

    /// <summary>All 34 divisions in ascending order of code, from 11 Beijing to 82 Macau.</summary>
    public static ImmutableArray<ProvincialDivision> All { get; } = Build(
        new(11, "北京市", "Běijīng Shì", "Beijing", M),
        new(12, "天津市", "Tiānjīn Shì", "Tianjin", M),
        new(13, "河北省", "Héběi Shěng", "Hebei", P),
        new(14, "山西省", "Shānxī Shěng", "Shanxi", P),
        new(15, "内蒙古自治区", "Nèi Měnggǔ Zìzhìqū", "Inner Mongolia", A),
        new(21, "辽宁省", "Liáoníng Shěng", "Liaoning", P),
        new(22, "吉林省", "Jílín Shěng", "Jilin", P),
        new(23, "黑龙江省", "Hēilóngjiāng Shěng", "Heilongjiang", P),
        new(31, "上海市", "Shànghǎi Shì", "Shanghai", M),
        new(32, "江苏省", "Jiāngsū Shěng", "Jiangsu", P),
        new(33, "浙江省", "Zhèjiāng Shěng", "Zhejiang", P),
        new(34, "安徽省", "Ānhuī Shěng", "Anhui", P),
        new(35, "福建省", "Fújiàn Shěng", "Fujian", P),
        new(36, "江西省", "Jiāngxī Shěng", "Jiangxi", P),
        new(37, "山东省", "Shāndōng Shěng", "Shandong", P),
        new(41, "河南省", "Hénán Shěng", "Henan", P),
        new(42, "湖北省", "Húběi Shěng", "Hubei", P),
        new(43, "湖南省", "Húnán Shěng", "Hunan", P),
        new(44, "广东省", "Guǎngdōng Shěng", "Guangdong", P),
        new(45, "广西壮族自治区", "Guǎngxī Zhuàngzú Zìzhìqū", "Guangxi", A),
        new(46, "海南省", "Hǎinán Shěng", "Hainan", P),
        new(50, "重庆市", "Chóngqìng Shì", "Chongqing", M),
        new(51, "四川省", "Sìchuān Shěng", "Sichuan", P),
        new(52, "贵州省", "Guìzhōu Shěng", "Guizhou", P),
        new(53, "云南省", "Yúnnán Shěng", "Yunnan", P),
        new(54, "西藏自治区", "Xīzàng Zìzhìqū", "Tibet", A),
        new(61, "陕西省", "Shǎnxī Shěng", "Shaanxi", P),
        new(62, "甘肃省", "Gānsù Shěng", "Gansu", P),
        new(63, "青海省", "Qīnghǎi Shěng", "Qinghai", P),
        new(64, "宁夏回族自治区", "Níngxià Huízú Zìzhìqū", "Ningxia", A),
        new(65, "新疆维吾尔自治区", "Xīnjiāng Wéiwú'ěr Zìzhìqū", "Xinjiang", A),
        new(71, "台湾省", "Táiwān Shěng", "Taiwan", P),
        new(81, "香港特别行政区", "Xiānggǎng Tèbié Xíngzhèngqū", "Hong Kong", S),
        new(82, "澳门特别行政区", "Àomén Tèbié Xíngzhèngqū", "Macau", S));

    /// <summary>The division with a two-digit code.</summary>
    /// <param name="code">The two-digit code, such as <c>43</c>.</param>
    /// <returns>The division.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not two ASCII digits or no division has it.</exception>
    public static ProvincialDivision Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryGet(code, out ProvincialDivision? division)
            ? division
            : throw new ArgumentException(
                $"code must be the two-digit code of one of the 34 provincial-level divisions (11 to 82), but was '{code}'.", nameof(code));
    }

    /// <summary>Tries to find the division with a two-digit code.</summary>
    /// <param name="code">The two-digit code, such as <c>43</c>, or null.</param>
    /// <param name="division">The division, or null when none has that code.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet([NotNullWhen(true)] string? code, [NotNullWhen(true)] out ProvincialDivision? division)
    {
        if (code is { Length: 2 } && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]))
        {
            division = ByNumber[((code[0] - '0') * 10) + (code[1] - '0')];
            return division is not null;
        }
        division = null;
        return false;
    }

    /// <summary>The division with a two-digit number, or null.</summary>
    internal static ProvincialDivision? ByNumberOrNull(int number) => number is >= 0 and < 100 ? ByNumber[number] : null;

    private static ImmutableArray<ProvincialDivision> Build(params ProvincialDivision[] divisions)
    {
        foreach (ProvincialDivision d in divisions)
        {
            if (ByNumber[d.Number] is not null)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Provincial division {d.Number} is listed twice."));
            }
            ByNumber[d.Number] = d;
        }
        return ImmutableArray.Create(divisions);
    }
}
