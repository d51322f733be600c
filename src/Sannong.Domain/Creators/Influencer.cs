using Sannong.Domain.Taxonomy;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Creators;

/// <summary>
/// A rural creator (农村达人 nóngcūn dárén, 三农红人 sānnóng hóngrén): an account that publishes about agriculture,
/// villages or farmers, with where it is based, what it is about and how many people follow it.
/// </summary>
/// <remarks>
/// <para>An influencer is valid when: <see cref="Id"/> is not <c>default</c>; <see cref="Handle"/> is 1 to
/// <see cref="MaxHandleLength"/> characters (UTF-16 code units), with no control characters and no leading or
/// trailing white space; <see cref="HomeRegion"/> is not <c>default</c>; <see cref="Topics"/> holds at least one
/// topic and no code twice; <see cref="Followers"/> is not negative. <see cref="Joined"/> may be any date.
/// The constructor and every <c>With…</c> method check all of these.</para>
/// <para>Equality is value equality over every field: id, handle (ordinal), home region, topics (compared by
/// <see cref="Topic.Code"/>, in order), followers and join date. There is no natural order of influencers, so the
/// type does not implement <see cref="IComparable{T}"/>: sort by the property that matters to you (followers,
/// id...).</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class Influencer : IEquatable<Influencer>
{
    /// <summary>The longest handle accepted, in UTF-16 code units (100).</summary>
    public const int MaxHandleLength = 100;

    /// <summary>Creates an influencer.</summary>
    /// <param name="id">The influencer's identifier; not <c>default</c>.</param>
    /// <param name="handle">The display name as shown on the platform (any script), such as <c>湘西阿哥</c>.</param>
    /// <param name="homeRegion">Where the influencer is based; not <c>default</c>.</param>
    /// <param name="topics">What the influencer publishes about, the primary topic first; not empty, no code twice.</param>
    /// <param name="followers">The number of followers (粉丝 fěnsī); not negative.</param>
    /// <param name="joined">The day the influencer joined the platform or the dataset.</param>
    /// <exception cref="ArgumentNullException"><paramref name="handle"/> or <paramref name="topics"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="followers"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="homeRegion"/> is <c>default</c>,
    /// <paramref name="handle"/> breaks a rule of handles, or <paramref name="topics"/> is empty, holds null or holds a
    /// code twice.</exception>
    public Influencer(InfluencerId id, string handle, Region homeRegion, IEnumerable<Topic> topics, long followers, LocalDate joined)
    {
        Id = Preconditions.CheckNotDefault(id);
        HomeRegion = Preconditions.CheckNotDefault(homeRegion);
        Followers = Preconditions.CheckNonNegative(followers);
        Handle = Preconditions.CheckText(handle, TextRule.DisplayText, MaxHandleLength);
        Topics = TopicList.Validate(topics, allowEmpty: false, nameof(topics));
        Joined = joined;
    }

    /// <summary>The influencer's identifier.</summary>
    public InfluencerId Id { get; }

    /// <summary>The display name as shown on the platform, kept exactly as given.</summary>
    public string Handle { get; }

    /// <summary>Where the influencer is based.</summary>
    public Region HomeRegion { get; }

    /// <summary>What the influencer publishes about: at least one topic, no code twice, the primary topic first.</summary>
    public ImmutableArray<Topic> Topics { get; }

    /// <summary>The number of followers (粉丝 fěnsī).</summary>
    public long Followers { get; }

    /// <summary>The day the influencer joined the platform or the dataset.</summary>
    public LocalDate Joined { get; }

    /// <summary>The follower tier, derived from <see cref="Followers"/> by <see cref="FollowerTiers.FromFollowers(long)"/>.</summary>
    public FollowerTier Tier => FollowerTiers.FromFollowers(Followers);

    /// <summary>The first of <see cref="Topics"/>: what the influencer is mainly about.</summary>
    public Topic PrimaryTopic => Topics[0];

    /// <summary>The rural issue of <see cref="PrimaryTopic"/>.</summary>
    public RuralIssue PrimaryIssue => PrimaryTopic.Issue;

    /// <summary>Returns this influencer with another handle.</summary>
    /// <param name="handle">The new handle.</param>
    /// <returns>A validated copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handle"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="handle"/> breaks a rule of handles.</exception>
    public Influencer WithHandle(string handle) => new(Id, handle, HomeRegion, Topics, Followers, Joined);

    /// <summary>Returns this influencer with another home region.</summary>
    /// <param name="homeRegion">The new home region; not <c>default</c>.</param>
    /// <returns>A validated copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="homeRegion"/> is <c>default</c>.</exception>
    public Influencer WithHomeRegion(Region homeRegion) => new(Id, Handle, homeRegion, Topics, Followers, Joined);

    /// <summary>Returns this influencer with other topics.</summary>
    /// <param name="topics">The new topics, the primary first; not empty, no code twice.</param>
    /// <returns>A validated copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topics"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="topics"/> is empty, holds null or holds a code twice.</exception>
    public Influencer WithTopics(IEnumerable<Topic> topics) => new(Id, Handle, HomeRegion, topics, Followers, Joined);

    /// <summary>Returns this influencer with another follower count (and so, perhaps, another tier).</summary>
    /// <param name="followers">The new number of followers; not negative.</param>
    /// <returns>A validated copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="followers"/> is negative.</exception>
    public Influencer WithFollowers(long followers) => new(Id, Handle, HomeRegion, Topics, followers, Joined);

    /// <summary>Returns this influencer with another join date.</summary>
    /// <param name="joined">The new join date.</param>
    /// <returns>A copy.</returns>
    public Influencer WithJoined(LocalDate joined) => new(Id, Handle, HomeRegion, Topics, Followers, joined);

    /// <summary>Compares two influencers field by field.</summary>
    /// <param name="other">The influencer to compare with, or null.</param>
    /// <returns>True when every field is equal (topics by code, in order).</returns>
    public bool Equals([NotNullWhen(true)] Influencer? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && string.Equals(Handle, other.Handle, StringComparison.Ordinal)
                && HomeRegion == other.HomeRegion
                && Followers == other.Followers
                && Joined == other.Joined
                && TopicList.SequenceEqualByCode(Topics, other.Topics)));

    /// <summary>Compares this influencer with an object field by field.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Influencer"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Influencer);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>A hash of every field.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Handle, StringComparer.Ordinal);
        hash.Add(HomeRegion);
        hash.Add(Followers);
        hash.Add(Joined);
        TopicList.AddTo(ref hash, Topics);
        return hash.ToHashCode();
    }

    /// <summary>Returns a one-line summary for diagnostics, such as
    /// <c>kol-001 湘西阿哥 (430524/220, 12345 followers, Micro, agriculture.crops,farmers)</c>.</summary>
    /// <returns>The id, handle, home region, followers, tier and topic codes.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Id} {Handle} ({HomeRegion}, {Followers} followers, {Tier}, {TopicList.Codes(Topics)})");

    /// <summary>Value equality.</summary>
    /// <param name="left">The first influencer, or null.</param>
    /// <param name="right">The second influencer, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Influencer? left, Influencer? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first influencer, or null.</param>
    /// <param name="right">The second influencer, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Influencer? left, Influencer? right) => !(left == right);
}
