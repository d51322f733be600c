using System.Collections.Frozen;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Taxonomy;

/// <summary>
/// The Three Rural Issues taxonomy (三农 sānnóng): a tree of <see cref="Topic"/>s under the three issues
/// agriculture (农业), villages (农村) and farmers (农民), with stable dotted codes, labels in simplified Chinese,
/// pinyin, English and French, and the keywords that <see cref="TopicClassifier"/> looks for.
/// </summary>
/// <remarks>
/// <para><see cref="Standard"/> is read from a data table embedded in the library (<c>sannong-topics.tsv</c>).
/// Build a taxonomy of your own, usually an extension of the standard one, with <see cref="ToBuilder"/> or
/// <see cref="SannongTaxonomyBuilder"/>.</para>
/// <para>Lookups: by code (ordinal, exact); by label in any of the four languages, where a zh-Hans label is compared
/// exactly (ordinal) and a pinyin, English or French label ignoring case and accents (so <c>zhongzhiye</c>,
/// <c>CROPS</c> and <c>cultures</c> all find <c>agriculture.crops</c>); no label names two topics.</para>
/// <para>Equality is reference equality: a taxonomy is equal only to itself.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class SannongTaxonomy
{
    private readonly FrozenDictionary<string, Topic> _byCode;
    private readonly FrozenDictionary<string, Topic> _byZhLabel;
    private readonly FrozenDictionary<string, Topic> _byFoldedLabel;

    /// <summary>Creates the taxonomy from definitions that <see cref="SannongTaxonomyBuilder"/> has validated.</summary>
    internal SannongTaxonomy(IEnumerable<(string Code, TopicLabels Labels, ImmutableArray<string> Keywords)> definitions)
    {
        Topics = definitions
            .Select(d =>
            {
                RuralIssueExtensions.TryFromRootCode(TopicCodes.RootOf(d.Code), out RuralIssue issue);
                return new Topic(d.Code, issue, d.Labels, d.Keywords);
            })
            .ToImmutableArray();
        _byCode = Topics.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);

        // Link parents before children (by depth), keeping children in table order.
        ILookup<string, Topic> childrenOf = Topics.Where(t => TopicCodes.ParentOf(t.Code) is not null)
            .ToLookup(t => TopicCodes.ParentOf(t.Code)!, StringComparer.Ordinal);
        foreach (Topic topic in Topics.OrderBy(t => t.Code.Count(c => c == '.')))
        {
            string? parentCode = TopicCodes.ParentOf(topic.Code);
            topic.Link(parentCode is null ? null : _byCode[parentCode], childrenOf[topic.Code].ToImmutableArray());
        }
        Roots = ImmutableArray.Create(
            _byCode[RuralIssue.Agriculture.ToCode()], _byCode[RuralIssue.Villages.ToCode()], _byCode[RuralIssue.Farmers.ToCode()]);

        var byZh = new Dictionary<string, Topic>(StringComparer.Ordinal);
        var byFolded = new Dictionary<string, Topic>(StringComparer.Ordinal);
        foreach (Topic topic in Topics)
        {
            byZh.TryAdd(topic.Labels.ZhHans, topic);
            foreach ((string key, _) in SannongTaxonomyBuilder.FoldedLabels(topic.Labels))
            {
                byFolded.TryAdd(key, topic);
            }
        }
        _byZhLabel = byZh.ToFrozenDictionary(StringComparer.Ordinal);
        _byFoldedLabel = byFolded.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The standard taxonomy, read from the data table embedded in the library: the three roots and the topics under
    /// them (crops 种植业, livestock 畜禽养殖, rural tourism 乡村旅游, village sports 村BA, new farmers 新农人, rural
    /// cuisine 乡村美食...). The table is listed in full in the documentation (docs/taxonomy.md).
    /// </summary>
    public static SannongTaxonomy Standard { get; } = StandardTable.Load();

    /// <summary>Every topic, in table order (a parent before its children in the standard taxonomy).</summary>
    public ImmutableArray<Topic> Topics { get; }

    /// <summary>The three root topics, in the order of <see cref="RuralIssue"/>: agriculture, villages, farmers.</summary>
    public ImmutableArray<Topic> Roots { get; }

    /// <summary>The number of topics, roots included.</summary>
    public int Count => Topics.Length;

    /// <summary>The root topic of an issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>The topic <c>agriculture</c>, <c>villages</c> or <c>farmers</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issue"/> is not a defined <see cref="RuralIssue"/>.</exception>
    public Topic GetByIssue(RuralIssue issue) => _byCode[issue.ToCode()];

    /// <summary>The topic with a code.</summary>
    /// <param name="code">The code, such as <c>agriculture.crops</c>, compared ordinally.</param>
    /// <returns>The topic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No topic has that code.</exception>
    public Topic GetByCode(string code) =>
        TryGetByCode(Preconditions.CheckNotNull(code), out Topic? topic) ? topic : throw NoTopicWithCode(code);

    /// <summary>Tries to find the topic with a code.</summary>
    /// <param name="code">The code, compared ordinally; null finds nothing.</param>
    /// <param name="topic">The topic, or null when none has that code.</param>
    /// <returns>True when found.</returns>
    public bool TryGetByCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Topic? topic)
    {
        if (code is null)
        {
            topic = null;
            return false;
        }
        return _byCode.TryGetValue(code, out topic);
    }

    /// <summary>The topic with a label in any of the four languages.</summary>
    /// <param name="label">The label: a zh-Hans label exactly (such as 种植业), or a pinyin, English or French label
    /// ignoring case and accents (such as <c>zhongzhiye</c>, <c>crops</c>, <c>Cultures</c>). It is not trimmed.</param>
    /// <returns>The topic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException">No topic has that label.</exception>
    public Topic GetByLabel(string label) =>
        TryGetByLabel(Preconditions.CheckNotNull(label), out Topic? topic)
            ? topic
            : throw new ArgumentException($"label must be a label of a topic of the taxonomy, but no topic has label '{TextEscaping.ForMessage(label)}'.", nameof(label));

    /// <summary>Tries to find the topic with a label in any of the four languages.</summary>
    /// <param name="label">The label, compared as in <see cref="GetByLabel"/>; null finds nothing.</param>
    /// <param name="topic">The topic, or null when none has that label.</param>
    /// <returns>True when found.</returns>
    public bool TryGetByLabel([NotNullWhen(true)] string? label, [NotNullWhen(true)] out Topic? topic)
    {
        if (label is null)
        {
            topic = null;
            return false;
        }
        return _byZhLabel.TryGetValue(label, out topic) || _byFoldedLabel.TryGetValue(TextFolding.Fold(label), out topic);
    }

    /// <summary>
    /// A builder holding every topic of this taxonomy, to extend it with topics or keywords of one's own;
    /// this taxonomy is not changed.
    /// </summary>
    /// <returns>A new builder.</returns>
    public SannongTaxonomyBuilder ToBuilder() => new(this);

    /// <summary>The exception for a <paramref name="code"/> (the argument <c>code</c>) that names no topic.</summary>
    internal static ArgumentException NoTopicWithCode(string code) =>
        new($"code must name a topic of the taxonomy, but no topic has code '{TextEscaping.ForMessage(code)}'.", nameof(code));
}
