using System.Collections.Frozen;
using System.Text;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Creators;

/// <summary>
/// Finds a provincial-level division by its name, in simplified Chinese (云南, 云南省), in pinyin with or without tone
/// marks (Yunnan, Yúnnán Shěng) or in English (Yunnan, Yunnan Province), ignoring case, white space, hyphens and
/// apostrophes. Built once, on the first look-up by name; culture-free.
/// </summary>
/// <remarks>
/// <para>Names are compared by a key: white space, hyphens and apostrophes removed, then each character folded as
/// <see cref="TextFolding"/> folds it (ASCII and Latin letters lower-cased, tone marks and other diacritics dropped,
/// full-width forms made ASCII). Every division answers to: its full Chinese name and the name without its suffix
/// (省, 市, 自治区, 壮族自治区, 回族自治区, 维吾尔自治区, 特别行政区), also with the general suffix of its kind (广西自治区,
/// 香港特区); the same in pinyin; and its English name (with the aliases Nei Mongol, Xizang and Macao), alone or with
/// the English name of its kind (Yunnan Province, Beijing Municipality, Guangxi Zhuang Autonomous Region, Hong Kong
/// SAR).</para>
/// <para>Without tone marks, the pinyin of 山西 (Shānxī) and 陕西 (Shǎnxī) is the same, Shanxi. The English names,
/// which the national standard spells apart for that reason (Shanxi for 山西, Shaanxi for 陕西), take precedence over
/// toneless pinyin: "Shanxi" and "Shanxi Province" are 山西. Only a name that is toneless pinyin of both and the English
/// of neither ("Shanxi Sheng", "Shanxisheng") is ambiguous. Written with all its tone marks, a pinyin name is first
/// compared with its tones kept, so "Shǎnxī" and "Shǎnxī Shěng" are 陕西.</para>
/// </remarks>
internal static class ProvincialNames
{
    /// <summary>Longer text is no name, even padded with white space (the longest name, Hong Kong Special
    /// Administrative Region, has 39 characters); it is refused before it is folded.</summary>
    internal const int MaxLength = 128;

    /// <summary>How much of the text a message quotes.</summary>
    private const int Quoted = 40;

    internal const string Forms =
        "in simplified Chinese with or without its suffix (云南, 云南省, 广西壮族自治区), in pinyin with or without tone marks "
        + "(Yunnan, Yúnnán Shěng) or in English (Yunnan, Inner Mongolia, Hong Kong SAR), ignoring case, spaces and hyphens";

    private static readonly string[] ChineseSuffixes = ["壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市"];

    private static readonly string[] PinyinSuffixes =
        [" Zhuàngzú Zìzhìqū", " Huízú Zìzhìqū", " Wéiwú'ěr Zìzhìqū", " Tèbié Xíngzhèngqū", " Zìzhìqū", " Shěng", " Shì"];

    /// <summary>Folded key to the divisions it names (two only where the name is ambiguous).</summary>
    private static readonly FrozenDictionary<string, ProvincialDivision[]> ByKey = BuildByKey();

    /// <summary>Pinyin with its tone marks kept (lower-cased, separators removed) to the division.</summary>
    private static readonly FrozenDictionary<string, ProvincialDivision> ByTonedPinyin = BuildByTonedPinyin();

    internal enum Outcome
    {
        Found,
        Empty,
        Unknown,
        Ambiguous,
    }

    private static FrozenDictionary<string, ProvincialDivision[]> BuildByKey()
    {
        // Tier 0: Chinese and English names; tier 1: toneless pinyin, which yields to tier 0 on the same key.
        var tiers = new Dictionary<string, (int Tier, List<ProvincialDivision> Divisions)>(StringComparer.Ordinal);
        foreach (ProvincialDivision d in ProvincialDivisions.All)
        {
            foreach (string name in ChineseNames(d).Concat(EnglishNames(d)))
            {
                Add(tiers, Key(name), 0, d);
            }
            foreach (string name in PinyinNames(d))
            {
                Add(tiers, Key(name), 1, d);
            }
        }
        return tiers.ToFrozenDictionary(e => e.Key, e => e.Value.Divisions.ToArray(), StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, ProvincialDivision> BuildByTonedPinyin()
    {
        var toned = new Dictionary<string, ProvincialDivision>(StringComparer.Ordinal);
        foreach (ProvincialDivision d in ProvincialDivisions.All)
        {
            foreach (string name in PinyinNames(d))
            {
                if (!toned.TryAdd(TonedKey(name), d) && toned[TonedKey(name)] != d)
                {
                    throw new InvalidOperationException($"The pinyin '{name}' names two provincial divisions.");
                }
            }
        }
        return toned.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every key and the divisions it names, for tests.</summary>
    internal static IEnumerable<KeyValuePair<string, ProvincialDivision[]>> Keys => ByKey;

    /// <summary>The names of a division in simplified Chinese: full, short, and short with its kind's general suffix.</summary>
    internal static IEnumerable<string> ChineseNames(ProvincialDivision d)
    {
        string shortName = Strip(d.ZhHans, ChineseSuffixes);
        return new[] { d.ZhHans, shortName }.Concat(KindSuffixes(d.Kind, "省", "市", "自治区", "特别行政区", "特区").Select(s => shortName + s)).Distinct();
    }

    /// <summary>The names of a division in pinyin with tone marks: full, short, and short with its kind's suffix.</summary>
    internal static IEnumerable<string> PinyinNames(ProvincialDivision d)
    {
        string shortName = Strip(d.Pinyin, PinyinSuffixes);
        return new[] { d.Pinyin, shortName }
            .Concat(KindSuffixes(d.Kind, "Shěng", "Shì", "Zìzhìqū", "Tèbié Xíngzhèngqū", "Tèqū").Select(s => shortName + " " + s))
            .Distinct();
    }

    /// <summary>The English names of a division: its name and aliases, alone or followed by the name of its kind.</summary>
    internal static IEnumerable<string> EnglishNames(ProvincialDivision d)
    {
        string[] names = d.Number switch
        {
            15 => [d.English, "Nei Mongol"],
            54 => [d.English, "Xizang"],
            82 => [d.English, "Macao"],
            _ => [d.English],
        };
        string[] ethnic = d.Number switch
        {
            45 => ["Zhuang"],
            64 => ["Hui"],
            65 => ["Uyghur", "Uygur"],
            _ => [],
        };
        IEnumerable<string> kinds = KindSuffixes(d.Kind, "Province", "Municipality", "Autonomous Region", "Special Administrative Region", "SAR")
            .Concat(d.Kind == ProvincialDivisionKind.Municipality ? ["City"] : [])
            .Concat(ethnic.Select(e => e + " Autonomous Region"));
        return names.Concat(names.SelectMany(n => kinds.Select(k => n + " " + k))).Distinct();
    }

    private static IEnumerable<string> KindSuffixes(ProvincialDivisionKind kind, string province, string municipality, string autonomous, string special, string specialShort) =>
        kind switch
        {
            ProvincialDivisionKind.Province => [province],
            ProvincialDivisionKind.Municipality => [municipality],
            ProvincialDivisionKind.AutonomousRegion => [autonomous],
            _ => [special, specialShort],
        };

    private static string Strip(string name, string[] suffixes)
    {
        string suffix = suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The name '{name}' has none of the known suffixes.");
        return name[..^suffix.Length];
    }

    private static void Add(Dictionary<string, (int Tier, List<ProvincialDivision> Divisions)> tiers, string key, int tier, ProvincialDivision d)
    {
        if (!tiers.TryGetValue(key, out var entry) || tier < entry.Tier)
        {
            tiers[key] = (tier, [d]);
        }
        else if (tier == entry.Tier && !entry.Divisions.Contains(d))
        {
            entry.Divisions.Add(d);
        }
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019';

    /// <summary>The folded key: separators removed, each character folded (case, tone marks, full width).</summary>
    internal static string Key(string name)
    {
        Span<char> key = name.Length <= MaxLength ? stackalloc char[MaxLength] : new char[name.Length];
        int length = 0;
        foreach (char c in name)
        {
            if (!IsSeparator(c) && TextFolding.TryFold(c, out char folded) && !IsSeparator(folded))
            {
                key[length++] = folded;
            }
        }
        return new string(key[..length]);
    }

    /// <summary>The toned key: composed (NFC), separators removed, lower-cased invariantly; tone marks kept.</summary>
    private static string TonedKey(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (char c in name.IsNormalized(NormalizationForm.FormC) ? name : name.Normalize(NormalizationForm.FormC))
        {
            if (!IsSeparator(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }
        return key.ToString();
    }

    /// <summary>True when the text has a Latin letter with a diacritic or a combining mark: perhaps pinyin with tone
    /// marks.</summary>
    private static bool HasMarks(string name)
    {
        foreach (char c in name)
        {
            if (c is (>= '\u00C0' and <= '\u024F') or (>= '\u0300' and <= '\u036F') or (>= '\u1E00' and <= '\u1EFF'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Finds the division <paramref name="name"/> names; <paramref name="candidates"/> are the divisions an
    /// ambiguous name may mean.</summary>
    internal static Outcome Find(string name, out ProvincialDivision? division, out ProvincialDivision[]? candidates)
    {
        division = null;
        candidates = null;
        if (name.Length > MaxLength)
        {
            return Outcome.Unknown;
        }
        string key = Key(name);
        if (key.Length == 0)
        {
            return Outcome.Empty;
        }
        if (HasMarks(name))
        {
            // Tone marks in the text: pinyin with its tones tells 山西 from 陕西.
            if (ByTonedPinyin.TryGetValue(TonedKey(name), out division))
            {
                return Outcome.Found;
            }
        }
        if (!ByKey.TryGetValue(key, out ProvincialDivision[]? found))
        {
            return Outcome.Unknown;
        }
        if (found.Length > 1)
        {
            candidates = found;
            return Outcome.Ambiguous;
        }
        division = found[0];
        return Outcome.Found;
    }

    /// <summary>The message for a name that was not found, naming <paramref name="what"/> (the parameter) and the
    /// forms accepted; the text is quoted escaped and cut to 40 characters.</summary>
    internal static string Explain(Outcome outcome, string name, ProvincialDivision[]? candidates, string what, string expected) => outcome switch
    {
        Outcome.Empty => $"{what} must be {expected}, but was empty or white space.",
        Outcome.Ambiguous => $"{what} '{Quote(name)}' is ambiguous: it may name "
            + string.Join(" or ", candidates!.Select(d => $"{d.Code} {d.ZhHans} (write {Strip(d.ZhHans, ChineseSuffixes)}, {d.English} or {Strip(d.Pinyin, PinyinSuffixes)})"))
            + ".",
        _ => $"{what} must be {expected}, but was '{Quote(name)}'.",
    };

    private static string Quote(string name) =>
        TextEscaping.ForMessage(name.Length <= Quoted ? name : string.Concat(name.AsSpan(0, Quoted), "..."));
}
