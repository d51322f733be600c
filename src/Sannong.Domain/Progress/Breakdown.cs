namespace Sannong.Domain.Progress;

/// <summary>
/// Mentees and earners broken down by a key, such as the rural issue of each influencer's first topic, the
/// province, or the follower tier: one <see cref="BreakdownRow{TKey}"/> per key, in key order, with the totals.
/// Built by a <see cref="BreakdownBuilder{TKey}"/>.
/// </summary>
/// <typeparam name="TKey">The key type, such as <see cref="Taxonomy.RuralIssue"/>.</typeparam>
/// <remarks>
/// <para>Only keys that were added have a row (a key added with no mentees has a row whose share is null). The totals
/// are the sums over the rows, so they equal the overall counts when every mentee was added once.</para>
/// <para>Equality compares the rows in order.</para>
/// </remarks>
/// <threadsafety>This type is an immutable reference type (when its keys are).</threadsafety>
public sealed class Breakdown<TKey> : IEquatable<Breakdown<TKey>>
    where TKey : notnull
{
    private readonly IComparer<TKey> _comparer;

    internal Breakdown(ImmutableArray<BreakdownRow<TKey>> rows, IComparer<TKey> comparer)
    {
        Rows = rows;
        _comparer = comparer;
        long mentees = 0;
        long earners = 0;
        foreach (BreakdownRow<TKey> row in rows)
        {
            mentees += row.Mentees;
            earners += row.Earners;
        }
        Mentees = mentees;
        Earners = earners;
    }

    /// <summary>The rows, one per key, ordered by key.</summary>
    public ImmutableArray<BreakdownRow<TKey>> Rows { get; }

    /// <summary>The total number of mentees over all rows.</summary>
    public long Mentees { get; }

    /// <summary>The total number of earners over all rows.</summary>
    public long Earners { get; }

    /// <summary>The overall share of earners, Earners / Mentees; null when there are no mentees.</summary>
    public Share? EarnerShare => Mentees == 0 ? null : Share.Of(Earners, Mentees);

    /// <summary>Finds the row of a key by binary search over the ordered rows.</summary>
    /// <param name="key">The key to look for.</param>
    /// <param name="row">The row, or <c>default</c> when the key has none.</param>
    /// <returns>True when the key has a row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public bool TryGetRow(TKey key, out BreakdownRow<TKey> row)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }
        int low = 0;
        int high = Rows.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int order = _comparer.Compare(Rows[middle].Key, key);
            if (order == 0)
            {
                row = Rows[middle];
                return true;
            }
            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        row = default;
        return false;
    }

    /// <summary>Compares two breakdowns row by row.</summary>
    /// <param name="other">The breakdown to compare with.</param>
    /// <returns>True when both have equal rows in the same order.</returns>
    public bool Equals([NotNullWhen(true)] Breakdown<TKey>? other) =>
        other is not null && Rows.AsSpan().SequenceEqual(other.Rows.AsSpan());

    /// <summary>Compares this breakdown with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal breakdown.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Breakdown<TKey>);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>A hash of the rows.</returns>
    public override int GetHashCode()
    {
        HashCode hash = default;
        foreach (BreakdownRow<TKey> row in Rows)
        {
            hash.Add(row);
        }
        return hash.ToHashCode();
    }

    /// <summary>Formats the breakdown on one culture-free line: the totals, then every row when there are at most
    /// four, otherwise the three rows with the most mentees (ties in key order) and how many more there are.</summary>
    /// <returns>Text such as <c>6 mentees, 3 earn (50%) in 2 groups: Agriculture: 3 of 5 earn (60%); Villages: 0 of 1 earn (0%)</c>.</returns>
    public override string ToString()
    {
        string totals = string.Create(CultureInfo.InvariantCulture,
            $"{Mentees} mentees, {Earners} earn ({(EarnerShare is { } share ? share.ToString() : "no mentees")}) in {Rows.Length} groups");
        if (Rows.IsEmpty)
        {
            return totals;
        }
        if (Rows.Length <= 4)
        {
            return totals + ": " + string.Join("; ", Rows);
        }
        IEnumerable<BreakdownRow<TKey>> largest = Rows.OrderByDescending(r => r.Mentees).Take(3);
        return totals + ", largest: " + string.Join("; ", largest) + string.Create(CultureInfo.InvariantCulture, $"; and {Rows.Length - 3} more");
    }

    /// <summary>Compares two breakdowns for equality.</summary>
    /// <param name="left">The first breakdown.</param>
    /// <param name="right">The second breakdown.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Breakdown<TKey>? left, Breakdown<TKey>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two breakdowns for inequality.</summary>
    /// <param name="left">The first breakdown.</param>
    /// <param name="right">The second breakdown.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Breakdown<TKey>? left, Breakdown<TKey>? right) => !(left == right);
}
