using Sannong.Domain.Utility;

namespace Sannong.Domain.Samples;

/// <summary>
/// The size and shape of a synthetic <see cref="PlatformMonth"/>: how many items, how many creators, how unequally the
/// creators publish, how heavy the tail of an item's views is, and the seed.
/// </summary>
/// <remarks>
/// <para>An item's creator is drawn so that the creator of number r publishes in proportion to about (r + 1)^−z, a Zipf
/// law of exponent z = <see cref="ActivityExponent"/> over the creator numbers (0 makes every creator equally active).
/// An item's views follow a Pareto law: at least <see cref="MinimumViews"/>, with P(views ≥ v) = (minimum / v)^α for
/// α = <see cref="ViewsTailIndex"/>, cut at <see cref="MaxViewsPerItem"/>. The shape defaults are assumptions chosen to
/// give a heavy tail, not figures a platform has published; only the two sizes of <see cref="Reported"/> are.</para>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
/// </remarks>
public sealed class PlatformMonthOptions
{
    /// <summary>The items Kuaishou reported its rural users publish in a month: 378,000,000.</summary>
    public const long ReportedItems = 378_000_000;

    /// <summary>The monthly active rural users Kuaishou reported: 42,000,000, each a creator here.</summary>
    public const int ReportedCreators = 42_000_000;

    /// <summary>The largest number of items in a month: 9,000,000,000, so that the total views, at most
    /// <see cref="MaxViewsPerItem"/> each, stay below <see cref="long.MaxValue"/>.</summary>
    public const long MaxItems = 9_000_000_000;

    /// <summary>The most views one item gets in a month: 1,000,000,000 (the Pareto tail is cut there).</summary>
    public const long MaxViewsPerItem = 1_000_000_000;

    /// <summary>Creates validated options.</summary>
    /// <param name="items">The number of items, 0 to <see cref="MaxItems"/>.</param>
    /// <param name="creators">The number of creators, 1 to <see cref="Exposure.CreatorViewTally.MaxCreators"/>.</param>
    /// <param name="seed">The seed: the same options always give the same items.</param>
    /// <param name="viewsTailIndex">α of the views' Pareto law, 0.5 to 10: the smaller, the heavier the tail (the mean
    /// is infinite below 1 but for the cut). Default 1.2.</param>
    /// <param name="minimumViews">The fewest views an item gets, 1 to 1,000,000. Default 100.</param>
    /// <param name="activityExponent">z of the creators' Zipf law, 0 to 0.9. Default 0.5: the most active 1% of
    /// creators publish 10% of the items.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its range.</exception>
    public PlatformMonthOptions(long items, int creators, int seed, double viewsTailIndex = 1.2, long minimumViews = 100,
        double activityExponent = 0.5)
    {
        Items = Preconditions.CheckBetween(items, 0, MaxItems);
        Creators = Preconditions.CheckBetween(creators, 1, Exposure.CreatorViewTally.MaxCreators);
        Seed = seed;
        ViewsTailIndex = Preconditions.CheckBetween(viewsTailIndex, 0.5, 10.0);
        MinimumViews = Preconditions.CheckBetween(minimumViews, 1, 1_000_000);
        ActivityExponent = Preconditions.CheckBetween(activityExponent, 0.0, 0.9);
    }

    /// <summary>The month at the size Kuaishou reported, <see cref="ReportedItems"/> items from
    /// <see cref="ReportedCreators"/> creators, with seed 1 and the default shape.</summary>
    public static PlatformMonthOptions Reported { get; } = new(ReportedItems, ReportedCreators, 1);

    /// <summary>The number of items in the month.</summary>
    public long Items { get; }

    /// <summary>The number of creators, numbered 0 to <see cref="Creators"/> − 1.</summary>
    public int Creators { get; }

    /// <summary>The seed of the pseudo-random numbers.</summary>
    public int Seed { get; }

    /// <summary>α: the tail index of the views' Pareto law.</summary>
    public double ViewsTailIndex { get; }

    /// <summary>The fewest views an item gets (the Pareto law's scale).</summary>
    public long MinimumViews { get; }

    /// <summary>z: the exponent of the creators' Zipf law of activity.</summary>
    public double ActivityExponent { get; }

    /// <summary>The options as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"items={Items} creators={Creators} seed={Seed} tail={ViewsTailIndex} minimum={MinimumViews} activity={ActivityExponent}");
}
