using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Tests.Generators;

/// <summary>Generators of the Taxonomy layer.</summary>
public static partial class DomainArbitraries
{
    private static readonly Topic[] StandardTopics = SannongTaxonomy.Standard.Topics.ToArray();

    /// <summary>Every keyword of the standard taxonomy.</summary>
    private static readonly string[] StandardKeywords = StandardTopics.SelectMany(t => t.Keywords).Distinct().ToArray();

    /// <summary>Text with none of the standard keywords in it (checked by a test), mixing Chinese, Latin, emoji and punctuation.</summary>
    public static ImmutableArray<string> CaptionNoise { get; } = ImmutableArray.Create(
        "今天", "我们", "一起", "看看", "大家好", "太", "好吃了", "真的", "谢谢", "关注", "点赞", "！", "。", "，", "～", "😊", "🔥",
        "  ", " ", "#", "@", "2024", "10", "hello", "the", "and", "with", "my", "friends", "today", "so", "good", "le", "la", "très", "bon",
        "Ｆｕｌｌ", "café", "naïve", "…", "?", "!", "\n");

    /// <summary>Topics of the standard taxonomy.</summary>
    public static Gen<Topic> TopicGen { get; } = Gen.Elements(StandardTopics);

    /// <summary>Captions made of standard keywords (some as hashtags, in varied case) and noise.</summary>
    public static Gen<string> CaptionGen { get; } =
        from count in Gen.Choose(0, 12)
        from parts in Gen.ArrayOf(Gen.Frequency(
            (3, Gen.Elements(CaptionNoise.ToArray())),
            (2, from k in Gen.Elements(StandardKeywords)
                from form in Gen.Choose(0, 3)
                select form switch
                {
                    0 => k,
                    1 => "#" + k + "#",
                    2 => " #" + k.ToUpperInvariant() + " ",
                    _ => " " + k + " ",
                })), count)
        select string.Concat(parts);

    /// <summary>Topics of the standard taxonomy.</summary>
    public static Arbitrary<Topic> Topics() => TopicGen.ToArbitrary();

    /// <summary>The three rural issues.</summary>
    public static Arbitrary<RuralIssue> RuralIssues() =>
        Gen.Elements(RuralIssue.Agriculture, RuralIssue.Villages, RuralIssue.Farmers).ToArbitrary();

    /// <summary>The four label languages.</summary>
    public static Arbitrary<TopicLanguage> TopicLanguages() =>
        Gen.Elements(TopicLanguage.ZhHans, TopicLanguage.Pinyin, TopicLanguage.English, TopicLanguage.French).ToArbitrary();

    /// <summary>Valid labels: Han text (sometimes with Latin letters) and pinyin, English and French words with accents.</summary>
    public static Arbitrary<TopicLabels> TopicLabelSets() => TopicLabelsGen(string.Empty).ToArbitrary();

    /// <summary>Topic matches found by the standard classifier in generated captions.</summary>
    public static Arbitrary<TopicMatch> TopicMatches() =>
        (from caption in CaptionGen
         let matches = TopicClassifier.Standard.Classify(caption)
         where matches.Length > 0
         from match in Gen.Elements(matches.ToArray())
         select match).ToArbitrary();

    /// <summary>The standard taxonomy extended with up to six generated topics, each below a standard or generated topic.</summary>
    public static Arbitrary<SannongTaxonomy> SannongTaxonomies() =>
        (from count in Gen.Choose(0, 6)
         from parents in Gen.ArrayOf(Gen.Choose(0, 1000), count)
         from labels in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => TopicLabelsGen($" {i}")))
         select Extend(parents, labels)).ToArbitrary();

    /// <summary>Valid labels; <paramref name="suffix"/> (such as " 3") is appended to each to keep them unique.</summary>
    public static Gen<TopicLabels> TopicLabelsGen(string suffix) =>
        from zh in Gen.ArrayOf(Gen.Elements("农林牧渔村镇乡田园茶米菜鸡鸭鹅猪羊牛山水BAVlog".ToCharArray()), 4)
        from pinyin in Word("nongcuāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü")
        from english in Word("abcdefghijklmnopqrstuvwxyzABCZ")
        from french in Word("abcdefghijklmnopqrstuvwxyzéèêàçôÉ")
        select new TopicLabels("农" + new string(zh) + suffix, pinyin + suffix, english + suffix, french + suffix);

    private static Gen<string> Word(string alphabet) =>
        from length in Gen.Choose(1, 12)
        from chars in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), length)
        select new string(chars);

    private static SannongTaxonomy Extend(int[] parents, TopicLabels[] labels)
    {
        SannongTaxonomyBuilder builder = SannongTaxonomy.Standard.ToBuilder();
        var codes = StandardTopics.Select(t => t.Code).ToList();
        for (int i = 0; i < parents.Length; i++)
        {
            string code = $"{codes[parents[i] % codes.Count]}.custom{i}";
            builder.Add(code, labels[i], new[] { $"custom{i}", $"自定义{i}" });
            codes.Add(code);
        }
        return builder.Build();
    }
}
