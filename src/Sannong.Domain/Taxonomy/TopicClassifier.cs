using System.Buffers;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Taxonomy;

/// <summary>
/// Finds the topics of a free text (a caption, a title, hashtags such as <c>#三农#</c>, <c>#乡村美食</c> or
/// <c>#farmlife</c>) from the keywords of a taxonomy's topics.
/// </summary>
/// <remarks>
/// <para>Matching: the text and the keywords are folded alike, one character at a time: letters lower-cased
/// invariantly, Latin diacritics removed (canonical decomposition, non-spacing marks dropped), full-width ASCII
/// (ＡＢＣ) made ASCII. A keyword of Han characters matches anywhere as a substring (Chinese needs no word
/// segmentation); a Latin keyword matches whole words only, a word boundary being the start or end of the text or
/// any character that is not a letter or digit, or is a CJK character (so <c>#farmlife</c> and <c>村播vlog</c> match
/// <c>farmlife</c> and <c>vlog</c>, but <c>#farmlifestyle</c> does not match <c>farmlife</c>).
/// A keyword that mixes both, such as 村BA, needs a boundary only at its Latin end.</para>
/// <para>Scoring: a topic's <see cref="TopicMatch.Score"/> is the number of occurrences of its keywords in the text;
/// overlapping occurrences all count (乡村美食 also contains 美食 and 乡村). A keyword may belong to several topics:
/// 三农 (sānnóng) belongs to the three roots. Matches are not propagated to ancestors: use
/// <see cref="Topic.Ancestors"/> or <see cref="Topic.Issue"/> for that.</para>
/// <para>Classification is deterministic. The keywords are compiled once, at construction, into an Aho-Corasick
/// automaton, so a caption is read in one pass whatever the number of keywords (a few microseconds for a caption
/// of a hundred characters).</para>
/// </remarks>
/// <threadsafety>This type is immutable; <see cref="Classify"/> may be called from several threads at once.</threadsafety>
public sealed class TopicClassifier
{
    private const int StackLimit = 512;

    private readonly KeywordAutomaton _automaton;

    // For each pattern (a distinct folded keyword): the topics it belongs to, with the keyword as each writes it.
    private readonly (Topic Topic, string Keyword)[][] _owners;
    private readonly int[] _patternLengths;

    /// <summary>Creates a classifier over the keywords of a taxonomy's topics.</summary>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="taxonomy"/> is null.</exception>
    public TopicClassifier(SannongTaxonomy taxonomy)
    {
        Taxonomy = Preconditions.CheckNotNull(taxonomy);
        var patterns = new List<string>();
        var owners = new List<List<(Topic, string)>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Topic topic in taxonomy.Topics)
        {
            foreach (string keyword in topic.Keywords)
            {
                string folded = TextFolding.Fold(keyword);
                if (!index.TryGetValue(folded, out int p))
                {
                    p = patterns.Count;
                    index.Add(folded, p);
                    patterns.Add(folded);
                    owners.Add(new List<(Topic, string)>());
                }
                owners[p].Add((topic, keyword));
            }
        }
        _automaton = new KeywordAutomaton(patterns);
        _owners = owners.ConvertAll(o => o.ToArray()).ToArray();
        _patternLengths = patterns.ConvertAll(p => p.Length).ToArray();
    }

    /// <summary>The classifier over <see cref="SannongTaxonomy.Standard"/>.</summary>
    public static TopicClassifier Standard { get; } = new(SannongTaxonomy.Standard);

    /// <summary>The taxonomy whose topics this classifier finds.</summary>
    public SannongTaxonomy Taxonomy { get; }

    /// <summary>Finds the topics of a text.</summary>
    /// <param name="text">The text: a caption, a title, hashtags... of any length; empty finds nothing.</param>
    /// <returns>One match per topic with at least one keyword in the text, by <see cref="TopicMatch.Score"/>
    /// descending, then by <see cref="Topic.Code"/> (ordinal); empty when no keyword occurs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<TopicMatch> Classify(string text)
    {
        Preconditions.CheckNotNull(text);
        char[]? rented = null;
        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            int length = 0;
            foreach (char c in text)
            {
                if (TextFolding.TryFold(c, out char folded))
                {
                    buffer[length++] = folded;
                }
            }
            List<(int Pattern, int Start)>? hits = null;
            _automaton.FindAll(buffer[..length], ref hits);
            return hits is null ? ImmutableArray<TopicMatch>.Empty : Score(hits);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private ImmutableArray<TopicMatch> Score(List<(int Pattern, int Start)> hits)
    {
        // First occurrence first; at one start, the longer keyword first; then in table order.
        hits.Sort((a, b) =>
        {
            int c = a.Start.CompareTo(b.Start);
            if (c == 0)
            {
                c = _patternLengths[b.Pattern].CompareTo(_patternLengths[a.Pattern]);
            }
            return c != 0 ? c : a.Pattern.CompareTo(b.Pattern);
        });
        var found = new List<(Topic Topic, int Score, List<string> Keywords, List<int> Patterns)>();
        foreach ((int pattern, _) in hits)
        {
            foreach ((Topic topic, string keyword) in _owners[pattern])
            {
                int i = found.FindIndex(f => ReferenceEquals(f.Topic, topic));
                if (i < 0)
                {
                    found.Add((topic, 1, new List<string> { keyword }, new List<int> { pattern }));
                    continue;
                }
                (Topic t, int score, List<string> keywords, List<int> patterns) = found[i];
                if (!patterns.Contains(pattern))
                {
                    patterns.Add(pattern);
                    keywords.Add(keyword);
                }
                found[i] = (t, score + 1, keywords, patterns);
            }
        }
        found.Sort((a, b) =>
        {
            int c = b.Score.CompareTo(a.Score);
            return c != 0 ? c : string.CompareOrdinal(a.Topic.Code, b.Topic.Code);
        });
        ImmutableArray<TopicMatch>.Builder result = ImmutableArray.CreateBuilder<TopicMatch>(found.Count);
        foreach ((Topic topic, int score, List<string> keywords, _) in found)
        {
            result.Add(new TopicMatch(topic, score, keywords));
        }
        return result.MoveToImmutable();
    }
}
