using Sannong.Domain.Utility;

namespace Sannong.Domain.Taxonomy;

/// <summary>
/// Builds a <see cref="SannongTaxonomy"/>: from scratch, or from an existing taxonomy with
/// <see cref="SannongTaxonomy.ToBuilder"/> to extend it with topics and keywords of one's own.
/// </summary>
/// <remarks>
/// <para><see cref="Add"/> and <see cref="AddKeywords"/> check what can be checked on the spot and throw at once:
/// a code is dotted lowercase ASCII segments (<c>agriculture.crops.rice</c>), unique, and a root code (one
/// segment) is one of <c>agriculture</c>, <c>villages</c>, <c>farmers</c>; keywords are valid and distinct.
/// Topics may be added in any order. <see cref="Validate"/> and <see cref="Build"/> then check the whole: every
/// parent exists, the three roots are present, and no label names two topics (zh-Hans labels compared exactly,
/// the other three languages ignoring case and accents, as <see cref="SannongTaxonomy.TryGetByLabel"/> compares
/// them).</para>
/// <code>
/// SannongTaxonomy mine = SannongTaxonomy.Standard.ToBuilder()
///     .Add("agriculture.crops.rice", new TopicLabels("水稻", "shuǐdào", "Rice", "Riz"), ["稻花香", "paddy rice"])
///     .Build();
/// </code>
/// </remarks>
/// <threadsafety>This type is a mutable builder and is not thread-safe: use one instance from one thread at a time. The taxonomies it builds are immutable.</threadsafety>
public sealed class SannongTaxonomyBuilder
{
    private readonly List<Definition> _definitions = new();
    private readonly Dictionary<string, Definition> _byCode = new(StringComparer.Ordinal);

    /// <summary>Creates an empty builder; a taxonomy built from it needs at least the three root topics.</summary>
    public SannongTaxonomyBuilder()
    {
    }

    /// <summary>Creates a builder holding every topic of <paramref name="taxonomy"/>, in its order.</summary>
    internal SannongTaxonomyBuilder(SannongTaxonomy taxonomy)
    {
        foreach (Topic topic in taxonomy.Topics)
        {
            var definition = new Definition(topic.Code, topic.Labels, topic.Keywords.ToList());
            _definitions.Add(definition);
            _byCode.Add(topic.Code, definition);
        }
    }

    /// <summary>The number of topics added so far.</summary>
    public int Count => _definitions.Count;

    /// <summary>True when a topic with <paramref name="code"/> has been added.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when the builder holds that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool Contains(string code)
    {
        Preconditions.CheckNotNull(code);
        return _byCode.ContainsKey(code);
    }

    /// <summary>Adds a topic.</summary>
    /// <param name="code">The new topic's code, such as <c>agriculture.crops.rice</c>; its parent is the code before
    /// the last dot and may be added before or after it.</param>
    /// <param name="labels">The topic's labels in the four languages.</param>
    /// <param name="keywords">The classifier keywords of the topic (possibly none).</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="keywords"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a valid code, is already in the builder,
    /// or is a root code other than <c>agriculture</c>, <c>villages</c>, <c>farmers</c>; <paramref name="labels"/> is
    /// <c>default</c>; or a keyword is invalid (null, empty, longer than 64 characters, surrounded by white space,
    /// with a control character, or empty once accents are removed) or repeats another ignoring case and accents.</exception>
    public SannongTaxonomyBuilder Add(string code, TopicLabels labels, IEnumerable<string> keywords)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckNotNull(keywords);
        Preconditions.CheckArgument(TopicCodes.IsValid(code), nameof(code), $"code is not a valid topic code: {TopicCodes.Rule}, but was '{TextEscaping.ForMessage(code)}'.");
        Preconditions.CheckArgument(!_byCode.ContainsKey(code), nameof(code), $"code must be unique, but '{TextEscaping.ForMessage(code)}' is already in the taxonomy.");
        Preconditions.CheckArgument(
            TopicCodes.ParentOf(code) is not null || RuralIssueExtensions.TryFromRootCode(code, out _),
            nameof(code),
            $"code of a root topic must be one of 'agriculture', 'villages', 'farmers' (the Three Rural Issues), but was '{TextEscaping.ForMessage(code)}'.");
        Preconditions.CheckArgument(!labels.IsDefault, nameof(labels), $"labels of topic '{TextEscaping.ForMessage(code)}' must not be default(TopicLabels).");
        List<string> checkedKeywords = TopicKeywords.Check(keywords, Array.Empty<string>(), code, nameof(keywords));
        var definition = new Definition(code, labels, checkedKeywords);
        _definitions.Add(definition);
        _byCode.Add(code, definition);
        return this;
    }

    /// <summary>Adds classifier keywords to a topic already in the builder (one of the standard ones, say).</summary>
    /// <param name="code">The topic's code.</param>
    /// <param name="keywords">The keywords to add after the topic's current ones.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="keywords"/> is null.</exception>
    /// <exception cref="ArgumentException">No topic has <paramref name="code"/>; or a keyword is invalid or repeats
    /// another of the topic's keywords ignoring case and accents.</exception>
    public SannongTaxonomyBuilder AddKeywords(string code, IEnumerable<string> keywords)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckNotNull(keywords);
        if (!_byCode.TryGetValue(code, out Definition? definition))
        {
            throw SannongTaxonomy.NoTopicWithCode(code);
        }
        definition.Keywords.AddRange(TopicKeywords.Check(keywords, definition.Keywords, code, nameof(keywords)));
        return this;
    }

    /// <summary>
    /// Checks the taxonomy as a whole: every parent exists, the three roots are present and no label names two
    /// topics.
    /// </summary>
    /// <returns>One sentence per problem, in a stable order; empty when <see cref="Build"/> would succeed.</returns>
    public ImmutableArray<string> Validate()
    {
        ImmutableArray<string>.Builder problems = ImmutableArray.CreateBuilder<string>();
        foreach (RuralIssue issue in new[] { RuralIssue.Agriculture, RuralIssue.Villages, RuralIssue.Farmers })
        {
            if (!_byCode.ContainsKey(issue.ToCode()))
            {
                problems.Add($"The root topic '{issue.ToCode()}' of RuralIssue.{issue} is missing.");
            }
        }
        foreach (Definition d in _definitions)
        {
            string? parent = TopicCodes.ParentOf(d.Code);
            if (parent is not null && !_byCode.ContainsKey(parent))
            {
                problems.Add($"Topic '{d.Code}' has no parent: there is no topic '{parent}'.");
            }
        }
        // zh-Hans labels are looked up exactly, the other three folded; a zh-Hans label must also not equal another
        // topic's folded label, or the one text would name two topics.
        var zhOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        var latinOwners = new Dictionary<string, (string Code, TopicLanguage Language)>(StringComparer.Ordinal);
        foreach (Definition d in _definitions)
        {
            if (!zhOwners.TryAdd(d.Labels.ZhHans, d.Code))
            {
                problems.Add($"The zh-Hans label '{d.Labels.ZhHans}' of topic '{d.Code}' is already the zh-Hans label of topic '{zhOwners[d.Labels.ZhHans]}'.");
            }
            foreach ((string key, TopicLanguage language) in FoldedLabels(d.Labels))
            {
                if (!latinOwners.TryAdd(key, (d.Code, language)))
                {
                    (string code, TopicLanguage ownerLanguage) = latinOwners[key];
                    problems.Add(
                        $"The {Name(language)} label '{d.Labels.Get(language)}' of topic '{d.Code}' is already the {Name(ownerLanguage)} label of topic '{code}' (ignoring case and accents).");
                }
            }
        }
        foreach (Definition d in _definitions)
        {
            if (latinOwners.TryGetValue(d.Labels.ZhHans, out var owner) && owner.Code != d.Code)
            {
                problems.Add($"The zh-Hans label '{d.Labels.ZhHans}' of topic '{d.Code}' is also the {Name(owner.Language)} label of topic '{owner.Code}' (ignoring case and accents).");
            }
        }
        return problems.ToImmutable();
    }

    /// <summary>Builds the immutable taxonomy, with its topics in the order they were added.</summary>
    /// <returns>The taxonomy.</returns>
    /// <exception cref="InvalidOperationException">The taxonomy is not valid; the message lists every problem that
    /// <see cref="Validate"/> reports, one a line.</exception>
    public SannongTaxonomy Build()
    {
        ImmutableArray<string> problems = Validate();
        if (!problems.IsEmpty)
        {
            throw new InvalidOperationException(
                $"The taxonomy is not valid ({problems.Length} problem{(problems.Length == 1 ? "" : "s")}):"
                + string.Concat(problems.Select(p => Environment.NewLine + "- " + p)));
        }
        return new SannongTaxonomy(_definitions.Select(d => (d.Code, d.Labels, d.Keywords.ToImmutableArray())));
    }

    /// <summary>
    /// The folded pinyin, English and French labels of a topic (case and accents removed), under which label lookup
    /// finds it; a text shared by two of its languages is given once.
    /// </summary>
    internal static IEnumerable<(string Key, TopicLanguage Language)> FoldedLabels(TopicLabels labels)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (TopicLanguage language in new[] { TopicLanguage.Pinyin, TopicLanguage.English, TopicLanguage.French })
        {
            string key = TextFolding.Fold(labels.Get(language));
            if (seen.Add(key))
            {
                yield return (key, language);
            }
        }
    }

    private static string Name(TopicLanguage language) => language switch
    {
        TopicLanguage.ZhHans => "zh-Hans",
        TopicLanguage.Pinyin => "pinyin",
        TopicLanguage.English => "English",
        _ => "French",
    };

    private sealed record Definition(string Code, TopicLabels Labels, List<string> Keywords);
}
