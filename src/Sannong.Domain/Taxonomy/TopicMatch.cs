using Sannong.Domain.Utility;

namespace Sannong.Domain.Taxonomy;

/// <summary>
/// One topic that <see cref="TopicClassifier"/> found in a text: the topic, its score and the keywords that matched.
/// </summary>
/// <remarks>
/// <para>The <see cref="Score"/> is the number of keyword occurrences in the text that belong to the topic: each
/// occurrence of each keyword counts once, so "#乡村美食# 柴火饭" scores 3 for <c>farmers.cuisine</c> (乡村美食,
/// 美食 inside it, and 柴火饭).</para>
/// <para>Equality is by value: the same topic (by reference, see <see cref="Topic"/>), the same score and the same
/// keywords in the same order.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class TopicMatch : IEquatable<TopicMatch>
{
    /// <summary>Creates a match.</summary>
    /// <param name="topic">The topic found.</param>
    /// <param name="score">The number of keyword occurrences found; at least 1.</param>
    /// <param name="matchedKeywords">The distinct keywords found, as the taxonomy writes them; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="topic"/> or <paramref name="matchedKeywords"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="matchedKeywords"/> is empty, holds a null, or has more
    /// keywords than <paramref name="score"/> counts occurrences.</exception>
    public TopicMatch(Topic topic, int score, IEnumerable<string> matchedKeywords)
    {
        Topic = Preconditions.CheckNotNull(topic);
        Score = Preconditions.CheckPositive(score);
        MatchedKeywords = Preconditions.CheckNotNull(matchedKeywords).ToImmutableArray();
        Preconditions.CheckArgument(!MatchedKeywords.IsEmpty, nameof(matchedKeywords), "matchedKeywords must not be empty.");
        Preconditions.CheckArgument(!MatchedKeywords.Contains(null!), nameof(matchedKeywords), "matchedKeywords must not contain null.");
        Preconditions.CheckArgument(
            MatchedKeywords.Length <= score,
            nameof(matchedKeywords),
            $"matchedKeywords must not outnumber the occurrences counted by score ({score}), but has {MatchedKeywords.Length} keywords.");
    }

    /// <summary>The topic found.</summary>
    public Topic Topic { get; }

    /// <summary>The number of occurrences in the text of the topic's keywords; at least 1.</summary>
    public int Score { get; }

    /// <summary>The distinct keywords found, as the taxonomy writes them, in the order of their first occurrence in
    /// the text (keywords that start at the same place: longer first).</summary>
    public ImmutableArray<string> MatchedKeywords { get; }

    /// <summary>Returns the code, score and keywords, such as <c>farmers.cuisine 3 [乡村美食, 美食, 柴火饭]</c>.</summary>
    /// <returns>A description of the match.</returns>
    public override string ToString() => $"{Topic.Code} {Score} [{string.Join(", ", MatchedKeywords)}]";

    /// <summary>Compares two matches by value.</summary>
    /// <param name="other">The match to compare with.</param>
    /// <returns>True when both have the same topic, score and keywords.</returns>
    public bool Equals([NotNullWhen(true)] TopicMatch? other) =>
        other is not null
        && ReferenceEquals(Topic, other.Topic)
        && Score == other.Score
        && MatchedKeywords.SequenceEqual(other.MatchedKeywords, StringComparer.Ordinal);

    /// <summary>Compares this match with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="TopicMatch"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as TopicMatch);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Topic, Score, MatchedKeywords.Length);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first match, or null.</param>
    /// <param name="right">The second match, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(TopicMatch? left, TopicMatch? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first match, or null.</param>
    /// <param name="right">The second match, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(TopicMatch? left, TopicMatch? right) => !(left == right);
}
