using Sannong.Domain.Utility;

namespace Sannong.Domain.Exposure;

/// <summary>
/// The settings of one <see cref="FeedSimulation"/>: the size of the pool, the number of impressions, the rich-get-richer
/// exponent, the view cap and cut factor of the capped policy, the audience that counts as "reached", and the seed.
/// </summary>
/// <remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
/// </remarks>
public sealed class FeedSimulationOptions
{
    /// <summary>Creates validated settings.</summary>
    /// <param name="items">The number of items in the pool, 1 to 10,000,000.</param>
    /// <param name="creators">The number of creators, 1 to <paramref name="items"/>; the first items go one to each
    /// creator, the rest to creators drawn at random.</param>
    /// <param name="impressions">The number of impressions served, 0 to 1,000,000,000.</param>
    /// <param name="viewCap">V: an item whose views have reached V gets its weight cut (capped policy), at least 1.</param>
    /// <param name="cutFactor">F in [0, 1]: the factor applied to a capped item's weight; 0 removes it.</param>
    /// <param name="popularityExponent">α in [0, 4]: the weight is appeal × (views + 1)^α; 0 ignores popularity.</param>
    /// <param name="audience">The views a creator needs to count as having reached an audience, at least 1.</param>
    /// <param name="seed">The seed: the same seed and settings give the same result.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is outside its range.</exception>
    public FeedSimulationOptions(int items, int creators, long impressions, long viewCap, double cutFactor,
        double popularityExponent, long audience, int seed)
    {
        Items = Preconditions.CheckBetween(items, 1, 10_000_000);
        Creators = Preconditions.CheckBetween(creators, 1, items);
        Impressions = Preconditions.CheckBetween(impressions, 0, 1_000_000_000);
        ViewCap = Preconditions.CheckBetween(viewCap, 1, long.MaxValue);
        CutFactor = Preconditions.CheckBetween(cutFactor, 0.0, 1.0);
        PopularityExponent = Preconditions.CheckBetween(popularityExponent, 0.0, 4.0);
        Audience = Preconditions.CheckBetween(audience, 1, long.MaxValue);
        Seed = seed;
    }

    /// <summary>The number of items in the pool.</summary>
    public int Items { get; }

    /// <summary>The number of creators.</summary>
    public int Creators { get; }

    /// <summary>The number of impressions to serve.</summary>
    public long Impressions { get; }

    /// <summary>V: the views at which the capped policy cuts an item's weight.</summary>
    public long ViewCap { get; }

    /// <summary>F: the factor applied to a capped item's weight, 0 (removal) to 1 (no cut).</summary>
    public double CutFactor { get; }

    /// <summary>α: the exponent of (views + 1) in an item's weight.</summary>
    public double PopularityExponent { get; }

    /// <summary>The views a creator needs to count as having reached an audience.</summary>
    public long Audience { get; }

    /// <summary>The seed of the pseudo-random numbers.</summary>
    public int Seed { get; }

    /// <summary>The settings as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"items={Items} creators={Creators} impressions={Impressions} cap={ViewCap} cut={CutFactor} alpha={PopularityExponent} audience={Audience} seed={Seed}");
}
