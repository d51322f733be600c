using Sannong.Domain.Utility;

namespace Sannong.Domain.Creators;

/// <summary>
/// The three-digit urban-rural classification code (统计用城乡划分代码 tǒngjì yòng chéngxiāng huàfēn dàimǎ) of the
/// National Bureau of Statistics: whether a place is urban (1xx) or rural (2xx), and what kind of urban or rural place.
/// </summary>
/// <remarks>
/// <para>The seven valid codes are 111 main urban area (主城区), 112 urban-rural fringe (城乡结合区), 121 town centre
/// (镇中心区), 122 town-rural fringe (镇乡结合区), 123 special area (特殊区域), 210 township centre (乡中心区) and
/// 220 village (村庄). Each is also available as a static property, such as <see cref="Village"/>.</para>
/// <para>Equality and ordering are those of <see cref="Value"/>, so urban codes sort before rural ones.</para>
/// <para><c>default(UrbanRuralCode)</c> is not a valid code: its <see cref="Value"/> is 0, its names are empty, it is
/// neither urban nor rural, it equals only another default value and sorts before every valid code.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
public readonly struct UrbanRuralCode :
    IEquatable<UrbanRuralCode>,
    IComparable<UrbanRuralCode>,
    IComparable,
    ISpanParsable<UrbanRuralCode>,
    IComparableValue<UrbanRuralCode>,
    IInvariantParsable<UrbanRuralCode>
{
    private const string TypeName = nameof(UrbanRuralCode);
    private readonly short _value;

    private UrbanRuralCode(short value, bool _) => _value = value;

    /// <summary>Creates a code from its number.</summary>
    /// <param name="value">One of 111, 112, 121, 122, 123, 210 or 220.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not one of the seven codes.</exception>
    public UrbanRuralCode(int value)
    {
        if (!IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value),
                $"value must be an urban-rural code (111, 112, 121, 122, 123, 210 or 220), but was {value}.");
        }
        _value = (short)value;
    }

    /// <summary>111, main urban area (主城区 zhǔchéngqū).</summary>
    public static UrbanRuralCode MainUrbanArea { get; } = new(111, false);

    /// <summary>112, urban-rural fringe (城乡结合区 chéngxiāng jiéhéqū).</summary>
    public static UrbanRuralCode UrbanRuralFringe { get; } = new(112, false);

    /// <summary>121, town centre (镇中心区 zhèn zhōngxīnqū).</summary>
    public static UrbanRuralCode TownCentre { get; } = new(121, false);

    /// <summary>122, town-rural fringe (镇乡结合区 zhènxiāng jiéhéqū).</summary>
    public static UrbanRuralCode TownRuralFringe { get; } = new(122, false);

    /// <summary>123, special area (特殊区域 tèshū qūyù), such as a development zone or a state farm's seat.</summary>
    public static UrbanRuralCode SpecialArea { get; } = new(123, false);

    /// <summary>210, township centre (乡中心区 xiāng zhōngxīnqū).</summary>
    public static UrbanRuralCode TownshipCentre { get; } = new(210, false);

    /// <summary>220, village (村庄 cūnzhuāng).</summary>
    public static UrbanRuralCode Village { get; } = new(220, false);

    /// <summary>The seven valid codes in ascending order.</summary>
    public static ImmutableArray<UrbanRuralCode> All { get; } = ImmutableArray.Create(
        MainUrbanArea, UrbanRuralFringe, TownCentre, TownRuralFringe, SpecialArea, TownshipCentre, Village);

    /// <summary>The code's number, such as 220; 0 for <c>default(UrbanRuralCode)</c>.</summary>
    public int Value => _value;

    /// <summary>True for the rural codes (2xx: township centre, village).</summary>
    public bool IsRural => _value is >= 200 and < 300;

    /// <summary>True for the urban codes (1xx: main urban area, fringes, town centre, special area).</summary>
    public bool IsUrban => _value is >= 100 and < 200;

    /// <summary>The name in simplified Chinese, such as 村庄; empty for <c>default(UrbanRuralCode)</c>.</summary>
    public string ZhHans => _value switch
    {
        111 => "主城区",
        112 => "城乡结合区",
        121 => "镇中心区",
        122 => "镇乡结合区",
        123 => "特殊区域",
        210 => "乡中心区",
        220 => "村庄",
        _ => string.Empty,
    };

    /// <summary>The name in Hanyu Pinyin with tone marks, such as <c>cūnzhuāng</c>; empty for <c>default(UrbanRuralCode)</c>.</summary>
    public string Pinyin => _value switch
    {
        111 => "zhǔchéngqū",
        112 => "chéngxiāng jiéhéqū",
        121 => "zhèn zhōngxīnqū",
        122 => "zhènxiāng jiéhéqū",
        123 => "tèshū qūyù",
        210 => "xiāng zhōngxīnqū",
        220 => "cūnzhuāng",
        _ => string.Empty,
    };

    /// <summary>The name in English, such as <c>village</c>; empty for <c>default(UrbanRuralCode)</c>.</summary>
    public string English => _value switch
    {
        111 => "main urban area",
        112 => "urban-rural fringe",
        121 => "town centre",
        122 => "town-rural fringe",
        123 => "special area",
        210 => "township centre",
        220 => "village",
        _ => string.Empty,
    };

    /// <summary>Tells whether a number is one of the seven urban-rural codes.</summary>
    /// <param name="value">The number to check.</param>
    /// <returns>True for 111, 112, 121, 122, 123, 210 and 220.</returns>
    public static bool IsDefined(int value) => value is 111 or 112 or 121 or 122 or 123 or 210 or 220;

    /// <summary>Returns the three digits, such as <c>220</c> (<c>000</c> for the default value).</summary>
    /// <returns>The code's text.</returns>
    public override string ToString() => Value.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>True when both have the same <see cref="Value"/>.</returns>
    public bool Equals(UrbanRuralCode other) => _value == other._value;

    /// <summary>Compares this code with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="UrbanRuralCode"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is UrbanRuralCode other && Equals(other);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code of <see cref="Value"/>.</returns>
    public override int GetHashCode() => _value;

    /// <summary>Orders codes by <see cref="Value"/>.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(UrbanRuralCode other) => _value.CompareTo(other._value);

    /// <summary>Parses the three digits of a code, such as <c>220</c>.</summary>
    /// <param name="s">The text: exactly three ASCII digits forming a valid code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid code.</exception>
    public static UrbanRuralCode Parse(string s) => IInvariantParsable<UrbanRuralCode>.ParseString(s);

    /// <summary>Parses the three digits of a code, such as <c>220</c>.</summary>
    /// <param name="s">The text: exactly three ASCII digits forming a valid code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid code.</exception>
    public static UrbanRuralCode Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out UrbanRuralCode result) ? result : throw new FormatException($"'{TextEscaping.ForMessage(s.ToString())}' is not a valid {TypeName}: {Problem(s)}.");

    /// <summary>Tries to parse the three digits of a code.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The code, or <c>default</c> when parsing fails.</param>
    /// <returns>True when <paramref name="s"/> is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out UrbanRuralCode result) => IInvariantParsable<UrbanRuralCode>.TryParseString(s, out result);

    /// <summary>Tries to parse the three digits of a code.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <c>default</c> when parsing fails.</param>
    /// <returns>True when <paramref name="s"/> is a valid code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out UrbanRuralCode result)
    {
        if (Problem(s) is null)
        {
            result = new UrbanRuralCode((short)(((s[0] - '0') * 100) + ((s[1] - '0') * 10) + (s[2] - '0')), false);
            return true;
        }
        result = default;
        return false;
    }

    /// <summary>Null when <paramref name="s"/> is the text of a valid code, else the rule it breaks.</summary>
    internal static string? Problem(ReadOnlySpan<char> s)
    {
        if (s.Length != 3)
        {
            return $"an urban-rural code must be three digits, but has {s.Length} characters";
        }
        if (!char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[1]) || !char.IsAsciiDigit(s[2]))
        {
            return "an urban-rural code must be three ASCII digits";
        }
        int value = ((s[0] - '0') * 100) + ((s[1] - '0') * 10) + (s[2] - '0');
        return IsDefined(value)
            ? null
            : $"an urban-rural code must be one of 111, 112, 121, 122, 123, 210 or 220, but was {value}";
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when both are equal.</returns>
    public static bool operator ==(UrbanRuralCode left, UrbanRuralCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(UrbanRuralCode left, UrbanRuralCode right) => !left.Equals(right);

    /// <summary>Ordering by <see cref="Value"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(UrbanRuralCode left, UrbanRuralCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by <see cref="Value"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts before or with <paramref name="right"/>.</returns>
    public static bool operator <=(UrbanRuralCode left, UrbanRuralCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by <see cref="Value"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(UrbanRuralCode left, UrbanRuralCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by <see cref="Value"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts after or with <paramref name="right"/>.</returns>
    public static bool operator >=(UrbanRuralCode left, UrbanRuralCode right) => left.CompareTo(right) >= 0;
}
