namespace Sannong.Domain.Creators;

/// <summary>
/// A place in China, given by its six-digit administrative division code (行政区划代码 xíngzhèng qūhuà dàimǎ,
/// GB/T 2260) and, optionally, the urban-rural classification code (统计用城乡划分代码) of the National Bureau of
/// Statistics, which says whether the place is urban or rural.
/// </summary>
/// <remarks>
/// <para>The code's first two digits name the provincial-level division, the next two the prefecture, the last two
/// the county: <c>430524</c> is Longhui county (隆回县) of Shaoyang (邵阳市) in Hunan (湖南省). The library checks only
/// that the code is six ASCII digits and that the first two are one of the 34 provincial-level divisions; it does
/// not check that the whole code exists, since county codes change every year.</para>
/// <para>The text form is the code, optionally followed by a slash and the urban-rural code: <c>430524</c> or
/// <c>430524/220</c>. <see cref="Parse(string)"/> reads exactly what <see cref="ToString"/> writes.</para>
/// <para>Equality compares the code and the urban-rural code. Regions are ordered by code, then by urban-rural
/// code, a region without one sorting before the same code with one.</para>
/// <para><c>default(Region)</c> is not a valid region: its <see cref="Code"/> is <c>000000</c>, it has no urban-rural
/// code, its <see cref="Province"/> throws <see cref="InvalidOperationException"/>, it equals only another default
/// value and sorts before every valid region.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
public readonly partial struct Region :
    IEquatable<Region>,
    IComparable<Region>,
    IComparable,
    ISpanParsable<Region>,
    IComparableValue<Region>,
    IInvariantParsable<Region>
{
    private const string TypeName = nameof(Region);
    private readonly ProvincialDivision? _province;
    private readonly int _code;
    private readonly short _urbanRural;

    private Region(ProvincialDivision province, int code, short urbanRural)
    {
        _province = province;
        _code = code;
        _urbanRural = urbanRural;
    }

    /// <summary>Creates a region from its administrative division code, with no urban-rural code.</summary>
    /// <param name="code">Six ASCII digits whose first two are a provincial-level division, such as <c>430524</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not six ASCII digits or its first two digits are
    /// not a provincial-level division.</exception>
    public Region(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        string? problem = CodeProblem(code.AsSpan(), out int number, out ProvincialDivision? province);
        if (problem is not null)
        {
            throw new ArgumentException($"code {problem}.", nameof(code));
        }
        _province = province;
        _code = number;
    }

    /// <summary>Creates a region from its administrative division code and urban-rural code.</summary>
    /// <param name="code">Six ASCII digits whose first two are a provincial-level division, such as <c>430524</c>.</param>
    /// <param name="urbanRural">The urban-rural classification of the place; must not be <c>default</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not six ASCII digits, its first two digits are
    /// not a provincial-level division, or <paramref name="urbanRural"/> is <c>default(UrbanRuralCode)</c>.</exception>
    public Region(string code, UrbanRuralCode urbanRural)
        : this(code)
    {
        _urbanRural = (short)CheckUrbanRural(urbanRural, nameof(urbanRural));
    }

    /// <summary>The six-digit administrative division code, such as <c>430524</c>.</summary>
    public string Code => _code.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The provincial-level division named by the first two digits of <see cref="Code"/>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Region)</c>.</exception>
    public ProvincialDivision Province =>
        _province ?? throw new InvalidOperationException("default(Region) is not a valid region and has no province.");

    /// <summary>The urban-rural classification, or null when it is not known.</summary>
    public UrbanRuralCode? UrbanRural => _urbanRural == 0 ? null : new UrbanRuralCode(_urbanRural);

    /// <summary>True when the urban-rural code is rural (2xx), false when it is urban (1xx), null when there is none.</summary>
    public bool? IsRural => _urbanRural == 0 ? null : _urbanRural >= 200;

    /// <summary>Whether <see cref="Code"/> names a province, a prefecture or a county, read from its trailing zeros.</summary>
    public RegionLevel Level => _code % 10000 == 0 ? RegionLevel.Province
        : _code % 100 == 0 ? RegionLevel.Prefecture
        : RegionLevel.County;

    /// <summary>Returns this region with another urban-rural code, or with none.</summary>
    /// <param name="urbanRural">The new urban-rural code, or null for none.</param>
    /// <returns>A region with the same <see cref="Code"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="urbanRural"/> is <c>default(UrbanRuralCode)</c>.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(Region)</c>.</exception>
    public Region WithUrbanRural(UrbanRuralCode? urbanRural) =>
        new(Province, _code, urbanRural is { } u ? (short)CheckUrbanRural(u, nameof(urbanRural)) : (short)0);

    /// <summary>Returns the text form: the code, then a slash and the urban-rural code when there is one.</summary>
    /// <returns>Such as <c>430524</c> or <c>430524/220</c>.</returns>
    public override string ToString() => _urbanRural == 0
        ? Code
        : string.Create(CultureInfo.InvariantCulture, $"{_code:D6}/{_urbanRural:D3}");

    /// <summary>Compares two regions for equality of code and urban-rural code.</summary>
    /// <param name="other">The region to compare with.</param>
    /// <returns>True when both have the same code and the same urban-rural code (or both none).</returns>
    public bool Equals(Region other) => _code == other._code && _urbanRural == other._urbanRural;

    /// <summary>Compares this region with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Region"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Region other && Equals(other);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>A hash of the code and urban-rural code.</returns>
    public override int GetHashCode() => HashCode.Combine(_code, _urbanRural);

    /// <summary>Orders regions by code, then by urban-rural code (none first).</summary>
    /// <param name="other">The region to compare with.</param>
    /// <returns>Negative, zero or positive as this region sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Region other)
    {
        int byCode = _code.CompareTo(other._code);
        return byCode != 0 ? byCode : _urbanRural.CompareTo(other._urbanRural);
    }

    /// <summary>Equality of code and urban-rural code.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>True when both are equal.</returns>
    public static bool operator ==(Region left, Region right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Region left, Region right) => !left.Equals(right);

    /// <summary>Ordering by code, then urban-rural code.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Region left, Region right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by code, then urban-rural code.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>True when <paramref name="left"/> sorts before or with <paramref name="right"/>.</returns>
    public static bool operator <=(Region left, Region right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by code, then urban-rural code.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Region left, Region right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by code, then urban-rural code.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>True when <paramref name="left"/> sorts after or with <paramref name="right"/>.</returns>
    public static bool operator >=(Region left, Region right) => left.CompareTo(right) >= 0;

    private static int CheckUrbanRural(UrbanRuralCode urbanRural, string paramName) =>
        urbanRural.Value != 0
            ? urbanRural.Value
            : throw new ArgumentException($"{paramName} must be a valid urban-rural code, but was default(UrbanRuralCode).", paramName);

    /// <summary>Null when <paramref name="s"/> is a valid six-digit code, else the rule it breaks (to follow the word "code").</summary>
    private static string? CodeProblem(ReadOnlySpan<char> s, out int number, out ProvincialDivision? province)
    {
        number = 0;
        province = null;
        if (s.Length != 6)
        {
            return $"must be six digits, but has {s.Length} characters";
        }
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return "must be six ASCII digits";
            }
            number = (number * 10) + (c - '0');
        }
        province = ProvincialDivisions.ByNumberOrNull(number / 10000);
        return province is null
            ? $"must start with the two-digit code of one of the 34 provincial-level divisions, but starts with {s[..2].ToString()}"
            : null;
    }
}
