using System.Collections.Frozen;

namespace Sannong.Domain.Taxonomy;

/// <summary>
/// An Aho-Corasick automaton over folded keywords (see <see cref="TextFolding"/>): one pass over a folded text finds
/// every occurrence of every keyword, whatever their number. Built once, then read-only and thread-safe.
/// </summary>
/// <remarks>
/// A keyword whose first (last) character is a word character (<see cref="TextFolding.IsWordChar"/>) matches only
/// where the text has a word boundary before (after) it: Latin keywords match whole words, Han keywords match as
/// substrings, and a mixed keyword such as 村ba needs a boundary after "ba" only.
/// </remarks>
internal sealed class KeywordAutomaton
{
    private readonly FrozenDictionary<long, int> _next;
    private readonly int[] _fail;
    private readonly int[][] _outputs;
    private readonly int[] _lengths;
    private readonly bool[] _wholeAtStart;
    private readonly bool[] _wholeAtEnd;
    private readonly ulong[] _alphabet = new ulong[65536 / 64];

    /// <summary>Builds the automaton; pattern <c>i</c> is <paramref name="patterns"/>[i], already folded and non-empty.</summary>
    internal KeywordAutomaton(IReadOnlyList<string> patterns)
    {
        var next = new Dictionary<long, int>();
        var own = new List<List<int>> { new() };
        _lengths = new int[patterns.Count];
        _wholeAtStart = new bool[patterns.Count];
        _wholeAtEnd = new bool[patterns.Count];
        for (int p = 0; p < patterns.Count; p++)
        {
            string pattern = patterns[p];
            _lengths[p] = pattern.Length;
            _wholeAtStart[p] = TextFolding.IsWordChar(pattern[0]);
            _wholeAtEnd[p] = TextFolding.IsWordChar(pattern[^1]);
            int state = 0;
            foreach (char c in pattern)
            {
                _alphabet[c >> 6] |= 1UL << (c & 63);
                if (!next.TryGetValue(Key(state, c), out int to))
                {
                    to = own.Count;
                    own.Add(new List<int>());
                    next.Add(Key(state, c), to);
                }
                state = to;
            }
            own[state].Add(p);
        }
        _next = next.ToFrozenDictionary();

        // Breadth-first: the failure link of a state is the longest proper suffix of its string that is a state;
        // its outputs are its own patterns followed by those of its failure state.
        _fail = new int[own.Count];
        _outputs = new int[own.Count][];
        _outputs[0] = own[0].ToArray();
        var children = new List<(int From, char C, int To)>[own.Count];
        foreach (KeyValuePair<long, int> edge in next)
        {
            int from = (int)(edge.Key >> 16);
            (children[from] ??= new()).Add((from, (char)(edge.Key & 0xFFFF), edge.Value));
        }
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            int state = queue.Dequeue();
            if (children[state] is null)
            {
                continue;
            }
            foreach ((_, char c, int to) in children[state])
            {
                int f = state == 0 ? 0 : Step(_next, _fail[state], c, _fail);
                _fail[to] = f;
                var outputs = new List<int>(own[to]);
                outputs.AddRange(_outputs[f]);
                _outputs[to] = outputs.ToArray();
                queue.Enqueue(to);
            }
        }
    }

    /// <summary>Adds (pattern, start) for every whole occurrence of a pattern in <paramref name="text"/>, a folded text.</summary>
    internal void FindAll(ReadOnlySpan<char> text, ref List<(int Pattern, int Start)>? hits)
    {
        int state = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((_alphabet[c >> 6] & (1UL << (c & 63))) == 0)
            {
                state = 0;
                continue;
            }
            state = Step(_next, state, c, _fail);
            foreach (int p in _outputs[state])
            {
                int start = i - _lengths[p] + 1;
                if ((!_wholeAtStart[p] || start == 0 || !TextFolding.IsWordChar(text[start - 1]))
                    && (!_wholeAtEnd[p] || i + 1 == text.Length || !TextFolding.IsWordChar(text[i + 1])))
                {
                    (hits ??= new List<(int, int)>()).Add((p, start));
                }
            }
        }
    }

    private static long Key(int state, char c) => ((long)state << 16) | c;

    // Follows failure links from `state` until a transition on `c` exists: while matching, and while building, when
    // the failure links of shallower states are already known.
    private static int Step(FrozenDictionary<long, int> next, int state, char c, int[] fail)
    {
        while (true)
        {
            if (next.TryGetValue(Key(state, c), out int to))
            {
                return to;
            }
            if (state == 0)
            {
                return 0;
            }
            state = fail[state];
        }
    }
}
