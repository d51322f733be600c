using Sannong.Domain.Creators;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Content;

/// <summary>
/// One piece of content an influencer published (作品 zuòpǐn): a short video, live stream, image post or article,
/// with when it was published, its caption, its topics and its engagement tally.
/// </summary>
/// <remarks>
/// <para>A content item is valid when: <see cref="Id"/> and <see cref="Author"/> are not <c>default</c>;
/// <see cref="Kind"/> is defined; <see cref="Length"/> is null or a positive whole number of seconds up to
/// <see cref="MaxLength"/>, and given only for short videos and live
/// streams (image posts and articles have no running time, so their length must be null); <see cref="Caption"/> is
/// at most <see cref="MaxCaptionLength"/> characters (UTF-16 code units), may be empty and has no control characters
/// except line feed (U+000A) and tab (U+0009); <see cref="Topics"/> may be empty but holds no code twice. The
/// constructor and every <c>With…</c> method check all of these.</para>
/// <para>Equality is value equality over every field (topics compared by <see cref="Topic.Code"/>, in order; the
/// caption ordinally). There is no natural order of content items, so the type does not implement
/// <see cref="IComparable{T}"/>: sort by <see cref="Published"/> or <see cref="Id"/> as you need.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class ContentItem : IEquatable<ContentItem>
{
    /// <summary>The longest caption accepted, in UTF-16 code units (2,000).</summary>
    public const int MaxCaptionLength = 2000;

    /// <summary>The longest running time accepted: 1,000,000,000 seconds (about 31.7 years), the most the dataset
    /// format's <c>lengthSeconds</c> holds. A length is also a whole number of seconds, so that every valid item can be
    /// written and read back exactly.</summary>
    public static Duration MaxLength { get; } = Duration.FromSeconds(1_000_000_000L);

    /// <summary>Creates a content item.</summary>
    /// <param name="id">The item's identifier; not <c>default</c>.</param>
    /// <param name="author">The influencer who published it; not <c>default</c>.</param>
    /// <param name="kind">The item's form.</param>
    /// <param name="published">When it was published.</param>
    /// <param name="length">Its running time, for a short video or live stream; positive, or null when not known.
    /// Must be null for an image post or article.</param>
    /// <param name="caption">Its caption or title; may be empty or span lines.</param>
    /// <param name="topics">What it is about; may be empty, no code twice.</param>
    /// <param name="engagement">Its engagement tally.</param>
    /// <exception cref="ArgumentNullException"><paramref name="caption"/> or <paramref name="topics"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="length"/>
    /// is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="author"/> is <c>default</c>,
    /// <paramref name="length"/> is given for a kind without length, <paramref name="caption"/> is too long or holds a
    /// forbidden control character, or <paramref name="topics"/> holds null or a code twice.</exception>
    public ContentItem(
        ContentId id,
        InfluencerId author,
        ContentKind kind,
        Instant published,
        Duration? length,
        string caption,
        IEnumerable<Topic> topics,
        Engagement engagement)
    {
        Id = Preconditions.CheckNotDefault(id);
        Author = Preconditions.CheckNotDefault(author);
        Kind = Preconditions.CheckDefined(kind, ContentKinds.IsDefined(kind));
        if (length is { } l)
        {
            Preconditions.CheckPositive(l, paramName: nameof(length));
            if (l.SubsecondNanoseconds != 0)
            {
                throw new ArgumentException(
                    $"length must be a whole number of seconds, but was {l.ToString(null, CultureInfo.InvariantCulture)}.", nameof(length));
            }
            if (l > MaxLength)
            {
                throw new ArgumentOutOfRangeException(nameof(length),
                    $"length must be at most 1000000000 seconds, but was {l.ToString(null, CultureInfo.InvariantCulture)}.");
            }
            if (!ContentKinds.HasLength(kind))
            {
                throw new ArgumentException(
                    $"length must be null for {kind}, since only ShortVideo and LiveStream have a length, but was {l.ToString(null, CultureInfo.InvariantCulture)}.",
                    nameof(length));
            }
        }
        Published = published;
        Length = length;
        Caption = Preconditions.CheckText(caption, TextRule.FreeText, MaxCaptionLength);
        Topics = TopicList.Validate(topics, allowEmpty: true, nameof(topics));
        Engagement = engagement;
    }

    /// <summary>The item's identifier.</summary>
    public ContentId Id { get; }

    /// <summary>The influencer who published it.</summary>
    public InfluencerId Author { get; }

    /// <summary>The item's form.</summary>
    public ContentKind Kind { get; }

    /// <summary>When it was published.</summary>
    public Instant Published { get; }

    /// <summary>Its running time: positive for a short video or live stream whose length is known, else null.</summary>
    public Duration? Length { get; }

    /// <summary>Its caption or title, kept exactly as given; may be empty.</summary>
    public string Caption { get; }

    /// <summary>What it is about: no code twice; may be empty (not yet classified).</summary>
    public ImmutableArray<Topic> Topics { get; }

    /// <summary>Its engagement tally.</summary>
    public Engagement Engagement { get; }

    /// <summary>Returns this item with another publication time.</summary>
    /// <param name="published">The new publication time.</param>
    /// <returns>A copy.</returns>
    public ContentItem WithPublished(Instant published) => new(Id, Author, Kind, published, Length, Caption, Topics, Engagement);

    /// <summary>Returns this item with another length, or none.</summary>
    /// <param name="length">The new length: positive, or null. Must be null for an image post or article.</param>
    /// <returns>A validated copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> is given for a kind without length.</exception>
    public ContentItem WithLength(Duration? length) => new(Id, Author, Kind, Published, length, Caption, Topics, Engagement);

    /// <summary>Returns this item with another caption.</summary>
    /// <param name="caption">The new caption.</param>
    /// <returns>A validated copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caption"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="caption"/> is too long or holds a forbidden control character.</exception>
    public ContentItem WithCaption(string caption) => new(Id, Author, Kind, Published, Length, caption, Topics, Engagement);

    /// <summary>Returns this item with other topics.</summary>
    /// <param name="topics">The new topics; may be empty, no code twice.</param>
    /// <returns>A validated copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topics"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="topics"/> holds null or a code twice.</exception>
    public ContentItem WithTopics(IEnumerable<Topic> topics) => new(Id, Author, Kind, Published, Length, Caption, topics, Engagement);

    /// <summary>Returns this item with another engagement tally, such as a later reading of the counters.</summary>
    /// <param name="engagement">The new tally.</param>
    /// <returns>A copy.</returns>
    public ContentItem WithEngagement(Engagement engagement) => new(Id, Author, Kind, Published, Length, Caption, Topics, engagement);

    /// <summary>Compares two items field by field.</summary>
    /// <param name="other">The item to compare with, or null.</param>
    /// <returns>True when every field is equal (topics by code, in order).</returns>
    public bool Equals([NotNullWhen(true)] ContentItem? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && Author == other.Author
                && Kind == other.Kind
                && Published == other.Published
                && Length == other.Length
                && string.Equals(Caption, other.Caption, StringComparison.Ordinal)
                && Engagement == other.Engagement
                && TopicList.SequenceEqualByCode(Topics, other.Topics)));

    /// <summary>Compares this item with an object field by field.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="ContentItem"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as ContentItem);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>A hash of every field.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Author);
        hash.Add(Kind);
        hash.Add(Published);
        hash.Add(Length);
        hash.Add(Caption, StringComparer.Ordinal);
        hash.Add(Engagement);
        TopicList.AddTo(ref hash, Topics);
        return hash.ToHashCode();
    }

    /// <summary>Returns a one-line summary for diagnostics, such as
    /// <c>v-001 by kol-001: ShortVideo at 2024-05-01T08:00:00Z (1000 views, 50 likes, 5 comments, 2 shares)</c>.</summary>
    /// <returns>The id, author, kind, publication time and engagement.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Id} by {Author}: {Kind} at {Published.ToString(null, CultureInfo.InvariantCulture)} ({Engagement})");

    /// <summary>Value equality.</summary>
    /// <param name="left">The first item, or null.</param>
    /// <param name="right">The second item, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(ContentItem? left, ContentItem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first item, or null.</param>
    /// <param name="right">The second item, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ContentItem? left, ContentItem? right) => !(left == right);
}
