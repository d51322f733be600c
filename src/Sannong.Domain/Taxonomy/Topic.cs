namespace Sannong.Domain.Taxonomy;

/// <summary>
/// A topic of the Three Rural Issues taxonomy (三农 sānnóng), such as <c>agriculture.crops</c> (种植业 zhòngzhíyè,
/// Crops) or <c>farmers.cuisine</c> (乡村美食 xiāngcūn měishí, Rural cuisine): a node of a tree whose three roots
/// are the issues themselves.
/// </summary>
/// <remarks>
/// <para>Topics are made only by a <see cref="SannongTaxonomy"/> (the <see cref="SannongTaxonomy.Standard"/> one or
/// one built with <see cref="SannongTaxonomyBuilder"/>) and belong to it: <see cref="Parent"/> and
/// <see cref="Children"/> are topics of the same taxonomy.</para>
/// <para>Equality is reference equality. Within one taxonomy that is equality by <see cref="Code"/>, since codes
/// are unique; two topics of two different taxonomies are never equal, even with the same code (compare their
/// codes for that). Topics have no natural order; sort them by <see cref="Code"/> (ordinal) where needed.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class Topic
{
    private ImmutableArray<Topic> _children = ImmutableArray<Topic>.Empty;
    private ImmutableArray<Topic> _ancestors = ImmutableArray<Topic>.Empty;

    internal Topic(string code, RuralIssue issue, TopicLabels labels, ImmutableArray<string> keywords)
    {
        Code = code;
        Issue = issue;
        Labels = labels;
        Keywords = keywords;
    }

    /// <summary>
    /// The topic's stable dotted code, such as <c>agriculture.crops</c>: lowercase ASCII segments, the first of
    /// which names the issue (<c>agriculture</c>, <c>villages</c> or <c>farmers</c>).
    /// </summary>
    public string Code { get; }

    /// <summary>The rural issue at the root of this topic's tree.</summary>
    public RuralIssue Issue { get; }

    /// <summary>The topic's labels in simplified Chinese, pinyin, English and French.</summary>
    public TopicLabels Labels { get; }

    /// <summary>
    /// The keywords that <see cref="TopicClassifier"/> looks for in free text to find this topic, as written in the
    /// taxonomy (such as 乡村美食, 柴火饭, <c>cooking</c>). Keywords with Han characters match as substrings; Latin
    /// keywords match as whole words; both case- and accent-insensitively.
    /// </summary>
    public ImmutableArray<string> Keywords { get; }

    /// <summary>The parent topic, or null for a root (one of the three issues).</summary>
    public Topic? Parent { get; private set; }

    /// <summary>The direct sub-topics, in the order of the taxonomy's table; empty for a leaf.</summary>
    public ImmutableArray<Topic> Children => _children;

    /// <summary>The ancestors from the parent up to the root: empty for a root, one topic for a child of a root.</summary>
    public ImmutableArray<Topic> Ancestors => _ancestors;

    /// <summary>The root of this topic's tree: the topic of its <see cref="Issue"/> (the topic itself for a root).</summary>
    public Topic Root => _ancestors.IsEmpty ? this : _ancestors[^1];

    /// <summary>The depth in the tree: 0 for a root, 1 for its children, and so on (the number of dots in <see cref="Code"/>).</summary>
    public int Depth => _ancestors.Length;

    /// <summary>True for one of the three roots (<c>agriculture</c>, <c>villages</c>, <c>farmers</c>).</summary>
    public bool IsRoot => Parent is null;

    /// <summary>True when <paramref name="ancestor"/> is a strict ancestor of this topic (its parent, grandparent...).</summary>
    /// <param name="ancestor">The candidate ancestor.</param>
    /// <returns>True when this topic lies strictly below <paramref name="ancestor"/>; false for the topic itself.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ancestor"/> is null.</exception>
    public bool IsDescendantOf(Topic ancestor)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        foreach (Topic a in _ancestors)
        {
            if (ReferenceEquals(a, ancestor))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Returns <see cref="Code"/>, such as <c>agriculture.crops</c>.</summary>
    /// <returns>The topic's code.</returns>
    public override string ToString() => Code;

    /// <summary>Links the topic into its tree; called once by <see cref="SannongTaxonomy"/> while it is built.</summary>
    internal void Link(Topic? parent, ImmutableArray<Topic> children)
    {
        Parent = parent;
        _children = children;
        _ancestors = parent is null ? ImmutableArray<Topic>.Empty : parent._ancestors.Insert(0, parent);
    }
}
