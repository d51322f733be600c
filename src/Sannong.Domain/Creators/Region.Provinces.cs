namespace Sannong.Domain.Creators;

/// <content>The region of a whole provincial-level division, found by its name.</content>
public readonly partial struct Region
{
    /// <summary>The region of a whole provincial-level division found by its name, as
    /// <see cref="ProvincialDivisions.FindByName"/> finds it: <c>云南</c>, <c>云南省</c>, <c>Yunnan</c> and
    /// <c>Yúnnán Shěng</c> are all <c>530000</c>.</summary>
    /// <param name="name">The name in simplified Chinese (with or without its suffix), pinyin (with or without tone
    /// marks) or English, in any case, spacing or hyphenation.</param>
    /// <returns>The region whose <see cref="Code"/> is the division's two digits then <c>0000</c>
    /// (<see cref="Level"/> is <see cref="RegionLevel.Province"/>), with no urban-rural code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space, names no division, or
    /// names two (such as toneless "Shanxi Sheng", 山西省 or 陕西省: the message lists both).</exception>
    public static Region FromProvinceName(string name)
    {
        ProvincialDivision division = ProvincialDivisions.FindByName(name);
        return new Region(division, division.Number * 10000, 0);
    }

    /// <summary>Tries to find the region of a whole provincial-level division by its name, as
    /// <see cref="FromProvinceName"/> does.</summary>
    /// <param name="name">The name, or null.</param>
    /// <param name="region">The region (code <c>NN0000</c>), or <c>default</c> when <paramref name="name"/> is null,
    /// empty, unknown or ambiguous.</param>
    /// <returns>True when exactly one division has that name.</returns>
    public static bool TryFromProvinceName([NotNullWhen(true)] string? name, out Region region)
    {
        region = ProvincialDivisions.TryFindByName(name, out ProvincialDivision? division)
            ? new Region(division, division.Number * 10000, 0)
            : default;
        return division is not null;
    }
}
