using Sannong.Domain.Utility;

namespace Sannong.Domain.Content;

/// <summary>
/// The engagement tally of a content item, or of many merged: views (播放 bōfàng), likes (点赞 diǎnzàn),
/// comments (评论 pínglùn) and shares (转发 zhuǎnfā).
/// </summary>
/// <remarks>
/// <para>Every count is a non-negative whole number, and <see cref="Interactions"/> (likes + comments + shares) must
/// fit in a <see cref="long"/>. The counts are independent: likes may exceed views (a platform may count likes from
/// viewers it did not count, or a live stream's repeated likes), so <see cref="EngagementRate"/> may exceed 1.</para>
/// <para>Tallies merge with <c>+</c> (<see cref="Add"/>, <see cref="Merge"/>): each count is summed, so merging is
/// commutative and associative with <see cref="Zero"/> as identity, and partial tallies of several partitions
/// combine exactly. Overflow throws <see cref="OverflowException"/>.</para>
/// <para>Equality compares all four counts. There is no natural order, so the type does not implement
/// <see cref="IComparable{T}"/>. <c>default(Engagement)</c> is <see cref="Zero"/>, a valid tally.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
public readonly struct Engagement : IEquatable<Engagement>
{
    /// <summary>Creates a tally.</summary>
    /// <param name="views">The number of views (plays); not negative.</param>
    /// <param name="likes">The number of likes; not negative.</param>
    /// <param name="comments">The number of comments; not negative.</param>
    /// <param name="shares">The number of shares; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">likes + comments + shares exceeds <see cref="long.MaxValue"/>.</exception>
    public Engagement(long views, long likes, long comments, long shares)
    {
        Views = Preconditions.CheckNonNegative(views);
        Likes = Preconditions.CheckNonNegative(likes);
        Comments = Preconditions.CheckNonNegative(comments);
        Shares = Preconditions.CheckNonNegative(shares);
        if (likes > long.MaxValue - comments || likes + comments > long.MaxValue - shares)
        {
            throw new ArgumentException(
                $"likes + comments + shares must not exceed {long.MaxValue}, but likes was {likes}, comments {comments} and shares {shares}.");
        }
    }

    /// <summary>The empty tally: no views, likes, comments or shares. Equal to <c>default(Engagement)</c>.</summary>
    public static Engagement Zero => default;

    /// <summary>The number of views (plays).</summary>
    public long Views { get; }

    /// <summary>The number of likes.</summary>
    public long Likes { get; }

    /// <summary>The number of comments.</summary>
    public long Comments { get; }

    /// <summary>The number of shares.</summary>
    public long Shares { get; }

    /// <summary>The number of interactions: <see cref="Likes"/> + <see cref="Comments"/> + <see cref="Shares"/>.</summary>
    public long Interactions => Likes + Comments + Shares;

    /// <summary>
    /// Interactions per view, <see cref="Interactions"/> / <see cref="Views"/>, as a ratio (0.05 is 5%); null when
    /// there are no views, since the rate is then undefined. Never negative; may exceed 1.
    /// </summary>
    public double? EngagementRate => Views == 0 ? null : (double)Interactions / Views;

    /// <summary>Merges two tallies by summing each count.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>The summed tally.</returns>
    /// <exception cref="OverflowException">A sum, or the sum of interactions, exceeds <see cref="long.MaxValue"/>.</exception>
    public static Engagement operator +(Engagement left, Engagement right) => Add(left, right);

    /// <summary>Merges two tallies by summing each count (the named alternative to <c>+</c>).</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>The summed tally.</returns>
    /// <exception cref="OverflowException">A sum, or the sum of interactions, exceeds <see cref="long.MaxValue"/>.</exception>
    public static Engagement Add(Engagement left, Engagement right)
    {
        long views = checked(left.Views + right.Views);
        long likes = checked(left.Likes + right.Likes);
        long comments = checked(left.Comments + right.Comments);
        long shares = checked(left.Shares + right.Shares);
        _ = checked(likes + comments + shares);
        return new Engagement(views, likes, comments, shares);
    }

    /// <summary>Merges this tally with another by summing each count.</summary>
    /// <param name="other">The tally to add.</param>
    /// <returns>The summed tally.</returns>
    /// <exception cref="OverflowException">A sum, or the sum of interactions, exceeds <see cref="long.MaxValue"/>.</exception>
    public Engagement Merge(Engagement other) => Add(this, other);

    /// <summary>Merges many tallies by summing each count, reading the sequence once.</summary>
    /// <param name="tallies">The tallies; an empty sequence gives <see cref="Zero"/>.</param>
    /// <returns>The summed tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tallies"/> is null.</exception>
    /// <exception cref="OverflowException">A sum, or the sum of interactions, exceeds <see cref="long.MaxValue"/>.</exception>
    public static Engagement Sum(IEnumerable<Engagement> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        Engagement total = Zero;
        foreach (Engagement tally in tallies)
        {
            total += tally;
        }
        return total;
    }

    /// <summary>Compares two tallies count by count.</summary>
    /// <param name="other">The tally to compare with.</param>
    /// <returns>True when all four counts are equal.</returns>
    public bool Equals(Engagement other) =>
        Views == other.Views && Likes == other.Likes && Comments == other.Comments && Shares == other.Shares;

    /// <summary>Compares this tally with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Engagement"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Engagement other && Equals(other);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>A hash of the four counts.</returns>
    public override int GetHashCode() => HashCode.Combine(Views, Likes, Comments, Shares);

    /// <summary>Returns the counts as text, such as <c>1000 views, 50 likes, 5 comments, 2 shares</c>.</summary>
    /// <returns>The four counts (invariant culture, no separators).</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Views} views, {Likes} likes, {Comments} comments, {Shares} shares");

    /// <summary>Equality of all four counts.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>True when both are equal.</returns>
    public static bool operator ==(Engagement left, Engagement right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Engagement left, Engagement right) => !left.Equals(right);
}
