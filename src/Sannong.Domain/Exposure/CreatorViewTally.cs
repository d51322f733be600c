using Sannong.Domain.Utility;

namespace Sannong.Domain.Exposure;

/// <summary>
/// Views by creator (按创作者统计的播放量): a running total of views for each of a fixed number of creators, numbered
/// 0 to <see cref="Creators"/> − 1, fed one item at a time and never keeping the items. Tallies over any partitions of
/// the items combine exactly with <see cref="Merge"/>, so a platform month can be counted on several cores, and the
/// <see cref="Report()"/> of the result is the <see cref="InequalityReport"/> of the views per creator.
/// </summary>
/// <remarks>
/// <para>The tally is one <see cref="long"/> per creator (8 bytes: 336 MB for 42 million creators), whatever the
/// number of items. Every sum is exact: an addition that would take the total past <see cref="long.MaxValue"/> throws
/// before anything changes, and since no creator's views exceed the total, no creator's count can overflow either.
/// Adding allocates nothing.</para>
/// <para>Integer sums do not depend on order, so a merge of partial tallies equals the tally of one pass over all the
/// items, whatever the partitioning and whatever the order of the merges.</para>
/// </remarks>
/// <threadsafety>This type is mutable and not thread-safe: give each thread its own tally and <see cref="Merge"/>
/// them afterwards.</threadsafety>
public sealed class CreatorViewTally
{
    /// <summary>The largest number of creators a tally holds: <see cref="Array.MaxLength"/>, 2,147,483,591.</summary>
    public const int MaxCreators = 0x7FFF_FFC7;

    private readonly long[] _views;

    /// <summary>Creates a tally of <paramref name="creators"/> creators with no views.</summary>
    /// <param name="creators">The number of creators, 0 to <see cref="MaxCreators"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="creators"/> is outside that range.</exception>
    /// <exception cref="OutOfMemoryException">The 8 bytes per creator cannot be allocated.</exception>
    public CreatorViewTally(int creators) =>
        _views = new long[Utility.Preconditions.CheckInRange(creators, 0, MaxCreators)];

    /// <summary>The number of creators, numbered 0 to <see cref="Creators"/> − 1.</summary>
    public int Creators => _views.Length;

    /// <summary>The number of items added (merged tallies included).</summary>
    public long Items { get; private set; }

    /// <summary>The views of every item added: the sum of <see cref="Views"/>.</summary>
    public long TotalViews { get; private set; }

    /// <summary>The views of each creator, indexed by creator number: a live view of the tally, which later additions
    /// change.</summary>
    public ReadOnlySpan<long> Views => _views;

    /// <summary>The views of one creator.</summary>
    /// <param name="creator">The creator's number, 0 to <see cref="Creators"/> − 1.</param>
    /// <returns>The creator's views so far.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="creator"/> is outside that range.</exception>
    public long this[int creator] => _views[CheckCreator(creator)];

    /// <summary>Adds one item's views to its creator.</summary>
    /// <param name="creator">The creator's number, 0 to <see cref="Creators"/> − 1.</param>
    /// <param name="views">The item's views, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="creator"/> is outside its range or
    /// <paramref name="views"/> is negative.</exception>
    /// <exception cref="OverflowException">The total views would exceed <see cref="long.MaxValue"/>; nothing is added.</exception>
    public void Add(int creator, long views)
    {
        CheckCreator(creator);
        Utility.Preconditions.CheckNonNegative(views);
        long total = checked(TotalViews + views);
        // No creator holds more than the total, so this cannot overflow once the total does not.
        _views[creator] = unchecked(_views[creator] + views);
        TotalViews = total;
        Items++;
    }

    /// <summary>Adds one item's views to its creator.</summary>
    /// <param name="item">The item's creator and views.</param>
    /// <exception cref="ArgumentOutOfRangeException">The item's creator is not below <see cref="Creators"/>.</exception>
    /// <exception cref="OverflowException">The total views would exceed <see cref="long.MaxValue"/>; nothing is added.</exception>
    public void Add(CreatorViews item) => Add(item.Creator, item.Views);

    /// <summary>Adds the views of several items, all or none: the fast way to feed a tally, a buffer at a time.</summary>
    /// <param name="items">The items.</param>
    /// <exception cref="ArgumentOutOfRangeException">An item's creator is not below <see cref="Creators"/>; nothing is added.</exception>
    /// <exception cref="OverflowException">The total views would exceed <see cref="long.MaxValue"/>; nothing is added.</exception>
    public void AddRange(ReadOnlySpan<CreatorViews> items)
    {
        // First check every item and the new total, then add: a failure leaves the tally as it was. The second loop,
        // free of the generation of the items, keeps many memory accesses in flight at once.
        long total = TotalViews;
        uint creators = (uint)_views.Length;
        foreach (CreatorViews item in items)
        {
            if (unchecked((uint)item.Creator) >= creators)
            {
                CheckCreator(item.Creator, "items");
            }
            total = checked(total + item.Views);
        }
        long[] views = _views;
        foreach (CreatorViews item in items)
        {
            views[item.Creator] = unchecked(views[item.Creator] + item.Views);
        }
        TotalViews = total;
        Items += items.Length;
    }

    /// <summary>Adds the views of another tally of the same creators (a partition of the items) to this one; the
    /// other tally is unchanged. The result is the tally of both partitions' items, whatever the order of merging.</summary>
    /// <param name="other">A tally of as many creators; it may be this tally (which doubles every count).</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> counts a different number of creators.</exception>
    /// <exception cref="OverflowException">The total views or items would exceed <see cref="long.MaxValue"/>; nothing
    /// is added.</exception>
    public void Merge(CreatorViewTally other)
    {
        Utility.Preconditions.CheckNotNull(other);
        Utility.Preconditions.CheckArgument(other.Creators == Creators, nameof(other), string.Create(CultureInfo.InvariantCulture,
            $"other must count the same number of creators, {Creators}, but counts {other.Creators}."));
        long total = checked(TotalViews + other.TotalViews);
        long items = checked(Items + other.Items);
        Span<long> mine = _views;
        ReadOnlySpan<long> theirs = other._views;
        for (int i = 0; i < mine.Length; i++)
        {
            mine[i] = unchecked(mine[i] + theirs[i]);
        }
        TotalViews = total;
        Items = items;
    }

    /// <summary>Every inequality measure of the views per creator (each creator one member, those with no views
    /// included), with the population Gini and the Atkinson index for ε = 1: the same report, to the last bit, as
    /// <see cref="InequalityMeasures.Report(IEnumerable{long})"/> of <see cref="Views"/>, but sorted by counting (views
    /// below 2^20 are counted in a histogram; only the larger ones are compared), in time linear in the number of
    /// creators for heavy-tailed views.</summary>
    /// <returns>The report.</returns>
    public InequalityReport Report() => Report(1.0, GiniForm.Population);

    /// <summary>Every inequality measure of the views per creator: the same report, to the last bit, as
    /// <see cref="InequalityMeasures.Report(IEnumerable{long}, double, GiniForm)"/> of <see cref="Views"/>.</summary>
    /// <param name="atkinsonEpsilon">The Atkinson index's inequality aversion ε, finite and non-negative.</param>
    /// <param name="form">The Gini form.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException">ε is negative or not finite, or the form is not defined.</exception>
    public InequalityReport Report(double atkinsonEpsilon, GiniForm form) =>
        InequalityMeasures.ReportOfCounts(_views, atkinsonEpsilon, form);

    private int CheckCreator(int creator, string paramName = "creator")
    {
        if (unchecked((uint)creator >= (uint)_views.Length))
        {
            throw new ArgumentOutOfRangeException(paramName, _views.Length == 0
                ? string.Create(CultureInfo.InvariantCulture, $"creator must be a creator of the tally, but the tally has none and creator was {creator}.")
                : string.Create(CultureInfo.InvariantCulture, $"creator must be between 0 and {_views.Length - 1}, but was {creator}."));
        }
        return creator;
    }

    /// <summary>States the tally on one culture-free line.</summary>
    /// <returns>For example <c>1,000 items, 1,234,567 views over 100 creators</c>.</returns>
    public override string ToString() =>
        $"{Figures.Count(Items)} items, {Figures.Count(TotalViews)} views over {Figures.Count(Creators)} creators";
}
