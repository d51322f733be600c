using Sannong.Domain.Taxonomy;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Samples;

/// <summary>
/// Builds content captions from templates and a topic's own keywords, so that <see cref="TopicClassifier.Standard"/>
/// recognises the topic in them: two Chinese keywords in a sentence and one hashtag, for example
/// <c>老铁们，柴火饭和腊肉安排上了 #recipe</c>.
/// </summary>
internal static class SampleCaptions
{
    /// <summary>Sentence templates: {0} and {1} are Chinese keywords, {2} a hashtag. The fixed text holds no keyword
    /// of the standard taxonomy.</summary>
    private static readonly string[] Templates =
    [
        "今天带大家看看{0}，{1}真不错 #{2}",
        "{0}的一天｜{1} #{2}",
        "记录{0}：{1}，欢迎来玩 #{2}",
        "老铁们，{0}和{1}安排上了 #{2}",
        "第一次拍{0}，{1}太香了 #{2} #{0}#",
        "{1}来了！{0}走起 #{2}",
    ];

    // The keywords of each topic that the standard classifier attributes to that topic alone, split into those with
    // Chinese characters and those that are ASCII words fit for a hashtag. Computed once, in table order.
    private static readonly ImmutableDictionary<string, (string[] Chinese, string[] Tags)> Keywords = Build();

    /// <summary>A caption for a topic.</summary>
    internal static string Build(Topic topic, DeterministicRandom random)
    {
        (string[] chinese, string[] tags) = Keywords[topic.Code];
        string first = chinese[random.NextInt(chinese.Length)];
        string second = chinese.Length > 1 ? chinese[(Array.IndexOf(chinese, first) + 1 + random.NextInt(chinese.Length - 1)) % chinese.Length] : first;
        string tag = tags.Length > 0 ? tags[random.NextInt(tags.Length)] : first;
        string template = Templates[random.NextInt(Templates.Length)];
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, template, first, second, tag);
    }

    private static ImmutableDictionary<string, (string[] Chinese, string[] Tags)> Build()
    {
        TopicClassifier classifier = TopicClassifier.Standard;
        var result = ImmutableDictionary.CreateBuilder<string, (string[], string[])>(StringComparer.Ordinal);
        foreach (Topic topic in classifier.Taxonomy.Topics)
        {
            var chinese = new List<string>();
            var tags = new List<string>();
            foreach (string keyword in topic.Keywords)
            {
                ImmutableArray<TopicMatch> matches = classifier.Classify(keyword);
                if (matches.Length != 1 || !ReferenceEquals(matches[0].Topic, topic))
                {
                    continue;
                }
                if (keyword.All(char.IsAsciiLetterOrDigit))
                {
                    tags.Add(keyword);
                }
                else if (!keyword.Any(c => char.IsAscii(c)))
                {
                    chinese.Add(keyword);
                }
            }
            if (chinese.Count == 0)
            {
                // Every topic of the standard taxonomy has one; a changed table must keep it so.
                throw new InvalidOperationException($"Topic '{topic.Code}' has no keyword of its own to build a caption from.");
            }
            result.Add(topic.Code, (chinese.ToArray(), tags.ToArray()));
        }
        return result.ToImmutable();
    }
}
