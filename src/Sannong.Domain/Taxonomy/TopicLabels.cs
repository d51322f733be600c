using Sannong.Domain.Utility;

namespace Sannong.Domain.Taxonomy;

/// <summary>
/// The labels of a topic in the four languages of the taxonomy: simplified Chinese, pinyin with tone marks,
/// English and French, such as 种植业 / zhòngzhíyè / Crops / Cultures.
/// </summary>
/// <remarks>
/// <para>A valid label is non-empty, at most 64 characters (UTF-16 code units), has no control characters and no
/// leading or trailing white space. The simplified Chinese label contains at least one Han character (it may
/// also hold Latin letters, as in 村BA); the pinyin label contains none.</para>
/// <para>Equality is ordinal (case-sensitive) on all four labels.</para>
/// <para><c>default(TopicLabels)</c> is not a valid set of labels: its four labels are the empty string, and it
/// equals only another default value.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
public readonly struct TopicLabels : IEquatable<TopicLabels>
{
    /// <summary>The greatest length of a label, in UTF-16 code units.</summary>
    public const int MaxLength = 64;

    private readonly string? _zhHans;
    private readonly string? _pinyin;
    private readonly string? _english;
    private readonly string? _french;

    /// <summary>Creates the labels of a topic.</summary>
    /// <param name="zhHans">The simplified Chinese label, such as 种植业; it contains at least one Han character.</param>
    /// <param name="pinyin">The pinyin label with tone marks, such as <c>zhòngzhíyè</c>; it contains no Han character.</param>
    /// <param name="english">The English label, such as <c>Crops</c>.</param>
    /// <param name="french">The French label, such as <c>Cultures</c>.</param>
    /// <exception cref="ArgumentNullException">A label is null.</exception>
    /// <exception cref="ArgumentException">A label is empty, longer than 64 characters, contains a control character
    /// or starts or ends with white space; or <paramref name="zhHans"/> has no Han character; or
    /// <paramref name="pinyin"/> has a Han character; or a pinyin, English or French label is nothing but
    /// combining marks.</exception>
    public TopicLabels(string zhHans, string pinyin, string english, string french)
    {
        _zhHans = CheckLabel(zhHans, nameof(zhHans));
        _pinyin = CheckLabel(pinyin, nameof(pinyin));
        _english = CheckLabel(english, nameof(english));
        _french = CheckLabel(french, nameof(french));
        if (!ContainsHan(zhHans))
        {
            throw new ArgumentException($"zhHans must contain at least one Han character, but was '{TextEscaping.ForMessage(zhHans)}'.", nameof(zhHans));
        }
        foreach ((string label, string name) in new[] { (pinyin, nameof(pinyin)), (english, nameof(english)), (french, nameof(french)) })
        {
            if (TextFolding.Fold(label).Length == 0)
            {
                throw new ArgumentException($"{name} must keep at least one character once accents are removed, but was '{TextEscaping.ForMessage(label)}'.", name);
            }
        }
        if (ContainsHan(pinyin))
        {
            throw new ArgumentException($"pinyin must not contain Han characters, but was '{TextEscaping.ForMessage(pinyin)}'.", nameof(pinyin));
        }
    }

    /// <summary>The simplified Chinese label (简体中文), such as 种植业; empty for <c>default(TopicLabels)</c>.</summary>
    public string ZhHans => _zhHans ?? string.Empty;

    /// <summary>The pinyin label with tone marks, such as <c>zhòngzhíyè</c>; empty for <c>default(TopicLabels)</c>.</summary>
    public string Pinyin => _pinyin ?? string.Empty;

    /// <summary>The English label, such as <c>Crops</c>; empty for <c>default(TopicLabels)</c>.</summary>
    public string English => _english ?? string.Empty;

    /// <summary>The French label, such as <c>Cultures</c>; empty for <c>default(TopicLabels)</c>.</summary>
    public string French => _french ?? string.Empty;

    /// <summary>True for <c>default(TopicLabels)</c>, which is not a valid set of labels.</summary>
    public bool IsDefault => _zhHans is null;

    /// <summary>The label in one language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The label in <paramref name="language"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined <see cref="TopicLanguage"/>.</exception>
    public string Get(TopicLanguage language) => language switch
    {
        TopicLanguage.ZhHans => ZhHans,
        TopicLanguage.Pinyin => Pinyin,
        TopicLanguage.English => English,
        TopicLanguage.French => French,
        _ => throw Preconditions.Undefined(language),
    };

    /// <summary>Returns the four labels separated by " / ", such as <c>种植业 / zhòngzhíyè / Crops / Cultures</c>.</summary>
    /// <returns>The four labels.</returns>
    public override string ToString() => $"{ZhHans} / {Pinyin} / {English} / {French}";

    /// <summary>Compares two sets of labels ordinally, language by language.</summary>
    /// <param name="other">The labels to compare with.</param>
    /// <returns>True when all four labels are ordinally equal.</returns>
    public bool Equals(TopicLabels other) =>
        string.Equals(ZhHans, other.ZhHans, StringComparison.Ordinal)
        && string.Equals(Pinyin, other.Pinyin, StringComparison.Ordinal)
        && string.Equals(English, other.English, StringComparison.Ordinal)
        && string.Equals(French, other.French, StringComparison.Ordinal);

    /// <summary>Compares these labels with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="TopicLabels"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is TopicLabels other && Equals(other);

    /// <summary>Returns a hash code consistent with ordinal equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(ZhHans),
        StringComparer.Ordinal.GetHashCode(Pinyin),
        StringComparer.Ordinal.GetHashCode(English),
        StringComparer.Ordinal.GetHashCode(French));

    /// <summary>Ordinal equality of all four labels.</summary>
    /// <param name="left">The first labels.</param>
    /// <param name="right">The second labels.</param>
    /// <returns>True when both are equal.</returns>
    public static bool operator ==(TopicLabels left, TopicLabels right) => left.Equals(right);

    /// <summary>Ordinal inequality.</summary>
    /// <param name="left">The first labels.</param>
    /// <param name="right">The second labels.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(TopicLabels left, TopicLabels right) => !left.Equals(right);

    private static string CheckLabel(string label, string paramName)
    {
        Preconditions.CheckNotNull(label, paramName);
        string? problem = Preconditions.TextProblem(label, TextRule.Label, MaxLength);
        return problem is null ? label : throw new ArgumentException($"{paramName} is not a valid label: it {problem}, but was '{TextEscaping.ForMessage(label)}'.", paramName);
    }

    private static bool ContainsHan(string text)
    {
        foreach (char c in text)
        {
            if (TextFolding.IsHan(c))
            {
                return true;
            }
        }
        return false;
    }
}
