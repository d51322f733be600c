namespace Sannong.Domain.Creators;

/// <content>Finding a division by its name (云南, 云南省, Yunnan, Yúnnán Shěng), or by its code or its name.</content>
public static partial class ProvincialDivisions
{
    private const string NameExpected = "the name of one of the 34 provincial-level divisions of China, " + ProvincialNames.Forms;

    private const string CodeOrNameExpected =
        "the two-digit code of one of the 34 provincial-level divisions of China (53) or its name, " + ProvincialNames.Forms;

    /// <summary>The division with a name, in simplified Chinese with or without its suffix (云南, 云南省; 广西,
    /// 广西壮族自治区; 香港, 香港特别行政区), in pinyin with or without tone marks (Yunnan, Yun Nan, Yúnnán Shěng) or in
    /// English (Yunnan, Yunnan Province, Inner Mongolia, Tibet, Xizang, Hong Kong, Macau, Macao), ignoring case, white
    /// space, hyphens and apostrophes.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The division.</returns>
    /// <remarks>
    /// <para>Each division also answers to its short name with the general suffix of its kind (广西自治区, 香港特区,
    /// Guangxi Zizhiqu) and to its English name followed by the name of its kind (Beijing Municipality, Beijing City,
    /// Guangxi Zhuang Autonomous Region, Hong Kong SAR). Traditional characters and one-character abbreviations (滇,
    /// 湘) are not names here.</para>
    /// <para>Without tone marks, the pinyin of 山西 and 陕西 is the same. English names take precedence: "Shanxi" is
    /// 山西 (its English name) and "Shaanxi" is 陕西, as the national standard spells them; "Shānxī" and "Shǎnxī",
    /// with their tones, are 山西 and 陕西. Only toneless pinyin that is the English of neither, such as "Shanxi
    /// Sheng", is ambiguous, and throws an exception that names both divisions and how to write each.</para>
    /// <para>Matching is culture-free and allocates only the folded key; the table is built once, on the first
    /// call. Text of more than 128 characters, white space included, is no name.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space, names no division, or
    /// names two (the message lists them, with their codes and how to write each).</exception>
    public static ProvincialDivision FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string? problem = Problem(name, nameof(name), codeAllowed: false, out ProvincialDivision? division);
        return problem is null ? division! : throw new ArgumentException(problem, nameof(name));
    }

    /// <summary>Tries to find the division with a name, as <see cref="FindByName"/> does.</summary>
    /// <param name="name">The name, or null.</param>
    /// <param name="division">The division, or null when <paramref name="name"/> is null, empty, unknown or
    /// ambiguous.</param>
    /// <returns>True when exactly one division has that name.</returns>
    public static bool TryFindByName([NotNullWhen(true)] string? name, [NotNullWhen(true)] out ProvincialDivision? division)
    {
        division = null;
        return name is not null && ProvincialNames.Find(name, out division, out _) == ProvincialNames.Outcome.Found;
    }

    /// <summary>The division with a two-digit code (as <see cref="Get"/>) or a name (as <see cref="FindByName"/>):
    /// <c>53</c>, <c>云南</c>, <c>云南省</c> and <c>Yunnan</c> are all Yunnan. For a column of a table that may hold
    /// either.</summary>
    /// <param name="codeOrName">Two ASCII digits, or a name.</param>
    /// <returns>The division.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codeOrName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="codeOrName"/> is neither the code of a division nor a name
    /// of exactly one (see <see cref="FindByName"/>).</exception>
    public static ProvincialDivision Find(string codeOrName)
    {
        ArgumentNullException.ThrowIfNull(codeOrName);
        string? problem = Problem(codeOrName, nameof(codeOrName), codeAllowed: true, out ProvincialDivision? division);
        return problem is null ? division! : throw new ArgumentException(problem, nameof(codeOrName));
    }

    /// <summary>Tries to find the division with a two-digit code or a name, as <see cref="Find"/> does.</summary>
    /// <param name="codeOrName">Two ASCII digits, a name, or null.</param>
    /// <param name="division">The division, or null when none is found or the name is ambiguous.</param>
    /// <returns>True when exactly one division has that code or name.</returns>
    public static bool TryFind([NotNullWhen(true)] string? codeOrName, [NotNullWhen(true)] out ProvincialDivision? division) =>
        TryGet(codeOrName, out division) || TryFindByName(codeOrName, out division);

    /// <summary>Null when <paramref name="text"/> names one division (or, when <paramref name="codeAllowed"/>, is its
    /// code), else the one-line message, naming <paramref name="what"/>: for <see cref="FindByName"/>,
    /// <see cref="Find"/>, <see cref="Region.FromProvinceName"/> and readers that report a problem instead of
    /// throwing.</summary>
    internal static string? Problem(string text, string what, bool codeAllowed, out ProvincialDivision? division)
    {
        if (codeAllowed && TryGet(text, out division))
        {
            return null;
        }
        ProvincialNames.Outcome outcome = ProvincialNames.Find(text, out division, out ProvincialDivision[]? candidates);
        return outcome == ProvincialNames.Outcome.Found
            ? null
            : ProvincialNames.Explain(outcome, text, candidates, what, codeAllowed ? CodeOrNameExpected : NameExpected);
    }
}
