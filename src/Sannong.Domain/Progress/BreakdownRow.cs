namespace Sannong.Domain.Progress;

/// <summary>
/// One row of a <see cref="Breakdown{TKey}"/>: for one key (a rural issue, a province, a follower tier), the number
/// of mentees, how many of them earn, and the share of earners.
/// </summary>
/// <typeparam name="TKey">The key type, such as <see cref="Taxonomy.RuralIssue"/>.</typeparam>
/// <remarks>
/// <para>Equality compares the key (by <see cref="EqualityComparer{T}.Default"/>) and both counts.
/// <c>default(BreakdownRow&lt;TKey&gt;)</c> has the default key and no mentees.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type (when its key is).</threadsafety>
public readonly struct BreakdownRow<TKey> : IEquatable<BreakdownRow<TKey>>
    where TKey : notnull
{
    internal BreakdownRow(TKey key, long mentees, long earners)
    {
        Key = key;
        Mentees = mentees;
        Earners = earners;
    }

    /// <summary>The key of the row.</summary>
    public TKey Key { get; }

    /// <summary>The number of mentees with this key, zero or more.</summary>
    public long Mentees { get; }

    /// <summary>The number of those mentees who earn, between 0 and <see cref="Mentees"/>.</summary>
    public long Earners { get; }

    /// <summary>The share of the row's mentees who earn, Earners / Mentees; null when the row has no mentees.</summary>
    public Share? EarnerShare => Mentees == 0 ? null : Share.Of(Earners, Mentees);

    /// <summary>Compares two rows for equality of key and counts.</summary>
    /// <param name="other">The row to compare with.</param>
    /// <returns>True when the keys are equal and both counts are the same.</returns>
    public bool Equals(BreakdownRow<TKey> other) =>
        EqualityComparer<TKey>.Default.Equals(Key, other.Key) && Mentees == other.Mentees && Earners == other.Earners;

    /// <summary>Compares this row with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal row.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is BreakdownRow<TKey> other && Equals(other);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>A hash of the key and counts.</returns>
    public override int GetHashCode() => HashCode.Combine(Key, Mentees, Earners);

    /// <summary>Formats the row invariantly, such as <c>Agriculture: 3 of 5 earn (60%)</c>.</summary>
    /// <returns>The key, the counts and the share.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Key}: {Earners} of {Mentees} earn ({(EarnerShare is { } share ? share.ToString() : "no mentees")})");

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns>True when both are equal.</returns>
    public static bool operator ==(BreakdownRow<TKey> left, BreakdownRow<TKey> right) => left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(BreakdownRow<TKey> left, BreakdownRow<TKey> right) => !left.Equals(right);
}
