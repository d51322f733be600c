using System.Runtime.InteropServices;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Progress;

/// <summary>
/// Accumulates mentees and earners by key, one mentee at a time, and builds a <see cref="Breakdown{TKey}"/>.
/// Builders over partitions of the mentees combine exactly with <see cref="Merge"/>, so a large dataset can be
/// counted in parallel.
/// </summary>
/// <typeparam name="TKey">The key type, such as <see cref="Taxonomy.RuralIssue"/>. Keys are grouped by
/// <see cref="EqualityComparer{T}.Default"/> and ordered by the builder's comparer, which must agree with that
/// equality (two keys compare as 0 exactly when they are equal).</typeparam>
/// <remarks>
/// <para><see cref="Add(TKey, bool)"/> allocates nothing once a key has been seen: the counts live in a dictionary of
/// structs. Counts are <see cref="long"/> and overflow throws.</para>
/// <para><see cref="BreakdownBuilder"/> (the static class) makes the builders the scorecard uses, by rural issue, province and follower tier.</para>
/// </remarks>
/// <threadsafety>This type is mutable and not thread-safe: use one builder per thread or partition and merge them.</threadsafety>
public sealed class BreakdownBuilder<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, Counts> _counts = new();

    /// <summary>Creates an empty builder whose rows will be ordered by <paramref name="comparer"/>.</summary>
    /// <param name="comparer">The order of the keys; null for <see cref="Comparer{T}.Default"/>.</param>
    public BreakdownBuilder(IComparer<TKey>? comparer = null) => Comparer = comparer ?? Comparer<TKey>.Default;

    /// <summary>The order of the rows.</summary>
    public IComparer<TKey> Comparer { get; }

    /// <summary>Counts one mentee under a key.</summary>
    /// <param name="key">The mentee's key, such as the rural issue of the influencer's first topic.</param>
    /// <param name="isEarner">True when the mentee earns.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="OverflowException">A count would exceed <see cref="long.MaxValue"/>.</exception>
    public void Add(TKey key, bool isEarner)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }
        ref Counts counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _);
        counts = new Counts(counts.Mentees + 1, isEarner ? counts.Earners + 1 : counts.Earners);
    }

    /// <summary>Counts several mentees under a key at once. Adding zero mentees gives the key a row with no mentees.</summary>
    /// <param name="key">The key.</param>
    /// <param name="mentees">The number of mentees, zero or more.</param>
    /// <param name="earners">How many of them earn, between 0 and <paramref name="mentees"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mentees"/> is negative, or <paramref name="earners"/>
    /// is negative or greater than <paramref name="mentees"/>.</exception>
    /// <exception cref="OverflowException">A count would exceed <see cref="long.MaxValue"/>.</exception>
    public void Add(TKey key, long mentees, long earners)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }
        Preconditions.CheckNonNegative(mentees);
        Preconditions.CheckInRange(earners, 0L, mentees);
        ref Counts counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _);
        counts = new Counts(counts.Mentees + mentees, counts.Earners + earners);
    }

    /// <summary>Adds the counts of another builder (a partition of the same mentees) to this one. The other builder
    /// is unchanged.</summary>
    /// <param name="other">The builder to add; it may be this builder (which doubles every count).</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="OverflowException">A count would exceed <see cref="long.MaxValue"/>.</exception>
    public void Merge(BreakdownBuilder<TKey> other)
    {
        Preconditions.CheckNotNull(other);
        // Copy first when merging with itself: a dictionary cannot be enumerated while it changes.
        IEnumerable<KeyValuePair<TKey, Counts>> source = ReferenceEquals(other, this) ? _counts.ToArray() : other._counts;
        foreach (KeyValuePair<TKey, Counts> pair in source)
        {
            ref Counts counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, pair.Key, out _);
            counts = new Counts(counts.Mentees + pair.Value.Mentees, counts.Earners + pair.Value.Earners);
        }
    }

    /// <summary>Builds the breakdown of the counts so far, one row per key in key order. The builder can go on
    /// counting afterwards.</summary>
    /// <returns>The breakdown.</returns>
    public Breakdown<TKey> Build()
    {
        ImmutableArray<BreakdownRow<TKey>>.Builder rows = ImmutableArray.CreateBuilder<BreakdownRow<TKey>>(_counts.Count);
        foreach (KeyValuePair<TKey, Counts> pair in _counts)
        {
            rows.Add(new BreakdownRow<TKey>(pair.Key, pair.Value.Mentees, pair.Value.Earners));
        }
        IComparer<TKey> comparer = Comparer;
        rows.Sort((x, y) => comparer.Compare(x.Key, y.Key));
        return new Breakdown<TKey>(rows.MoveToImmutable(), comparer);
    }

    private readonly record struct Counts(long Mentees, long Earners);

    /// <summary>States what has been counted so far, on one culture-free line.</summary>
    /// <returns>For example <c>6 mentees, 3 earners under 2 keys so far</c>.</returns>
    public override string ToString()
    {
        long mentees = 0, earners = 0;
        foreach (Counts counts in _counts.Values)
        {
            mentees += counts.Mentees;
            earners += counts.Earners;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{mentees} mentees, {earners} earners under {_counts.Count} keys so far");
    }
}
