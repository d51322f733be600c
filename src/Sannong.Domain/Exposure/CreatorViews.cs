namespace Sannong.Domain.Exposure;

/// <summary>
/// The views (播放量 bōfàngliàng) of one content item, credited to its creator by number: the unit a
/// <see cref="CreatorViewTally"/> adds up.
/// </summary>
/// <remarks>
/// <para>Creators are numbered densely from 0, so that a tally can keep one count per creator in an array; mapping a
/// platform's own identifiers to those numbers is the caller's step. default(CreatorViews) is creator 0 with no
/// views.</para>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
/// </remarks>
public readonly struct CreatorViews : IEquatable<CreatorViews>
{
    /// <summary>Creates the views of one item.</summary>
    /// <param name="creator">The creator's number, 0 or more.</param>
    /// <param name="views">The item's views, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="creator"/> or <paramref name="views"/> is negative.</exception>
    public CreatorViews(int creator, long views)
    {
        Creator = Utility.Preconditions.CheckNonNegative(creator);
        Views = Utility.Preconditions.CheckNonNegative(views);
    }

    /// <summary>The creator's number, from 0 to the number of creators less one.</summary>
    public int Creator { get; }

    /// <summary>The item's views, 0 or more.</summary>
    public long Views { get; }

    /// <inheritdoc />
    public bool Equals(CreatorViews other) => Creator == other.Creator && Views == other.Views;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CreatorViews other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Creator, Views);

    /// <summary>The item as "creator 12: 345 views" in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"creator {Creator}: {Views} views");

    /// <summary>Whether two items have the same creator and views.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns>True when both the creator and the views are equal.</returns>
    public static bool operator ==(CreatorViews left, CreatorViews right) => left.Equals(right);

    /// <summary>Whether two items differ in creator or views.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns>True when the creator or the views differ.</returns>
    public static bool operator !=(CreatorViews left, CreatorViews right) => !left.Equals(right);
}
