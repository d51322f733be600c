using Sannong.Domain.Taxonomy;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Creators;

/// <summary>
/// Validation, equality and hashing of an ordered list of topics, shared by <see cref="Influencer"/> and
/// <c>ContentItem</c>. Topics are compared by <see cref="Topic.Code"/> (ordinal), never by reference.
/// </summary>
internal static class TopicList
{
    /// <summary>Copies <paramref name="topics"/> into an immutable array after checking it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="topics"/> is null or a default immutable array.</exception>
    /// <exception cref="ArgumentException">The list holds a null topic, two topics with one code, or is empty when
    /// <paramref name="allowEmpty"/> is false.</exception>
    internal static ImmutableArray<Topic> Validate(IEnumerable<Topic> topics, bool allowEmpty, string paramName)
    {
        Preconditions.CheckNotNull(topics, paramName);
        if (topics is ImmutableArray<Topic> { IsDefault: true })
        {
            throw new ArgumentNullException(paramName, $"{paramName} must not be a default (uninitialised) ImmutableArray.");
        }
        ImmutableArray<Topic> result = topics.ToImmutableArray();
        if (result.IsEmpty && !allowEmpty)
        {
            throw new ArgumentException($"{paramName} must hold at least one topic, but was empty.", paramName);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < result.Length; i++)
        {
            Topic? topic = result[i];
            if (topic is null)
            {
                throw new ArgumentException($"{paramName} must not hold null, but topic {i} was null.", paramName);
            }
            if (!seen.Add(topic.Code))
            {
                throw new ArgumentException($"{paramName} must not hold a topic twice, but '{topic.Code}' appears more than once.", paramName);
            }
        }
        return result;
    }

    /// <summary>True when both lists hold topics with the same codes in the same order.</summary>
    internal static bool SequenceEqualByCode(ImmutableArray<Topic> left, ImmutableArray<Topic> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }
        for (int i = 0; i < left.Length; i++)
        {
            if (!string.Equals(left[i].Code, right[i].Code, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Adds the codes of <paramref name="topics"/>, in order, to <paramref name="hash"/>.</summary>
    internal static void AddTo(ref HashCode hash, ImmutableArray<Topic> topics)
    {
        hash.Add(topics.Length);
        foreach (Topic topic in topics)
        {
            hash.Add(topic.Code, StringComparer.Ordinal);
        }
    }

    /// <summary>The codes joined with commas, for <c>ToString</c>.</summary>
    internal static string Codes(ImmutableArray<Topic> topics)
    {
        string[] codes = new string[topics.Length];
        for (int i = 0; i < topics.Length; i++)
        {
            codes[i] = topics[i].Code;
        }
        return string.Join(",", codes);
    }
}
