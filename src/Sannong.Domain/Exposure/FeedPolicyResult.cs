using Sannong.Domain.Utility;

namespace Sannong.Domain.Exposure;

/// <summary>What one policy of a <see cref="FeedSimulation"/> produced: views per item and per creator, their
/// inequality, how many creators reached an audience, and the engagement served.</summary>
/// <remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
/// </remarks>
public sealed class FeedPolicyResult
{
    internal FeedPolicyResult(FeedPolicy policy, ImmutableArray<long> itemViews, ImmutableArray<long> creatorViews,
        long served, double engagement, int creatorsReachingAudience)
    {
        Policy = policy;
        ItemViews = itemViews;
        CreatorViews = creatorViews;
        Served = served;
        Engagement = engagement;
        CreatorsReachingAudience = creatorsReachingAudience;
        Report = InequalityMeasures.Report(creatorViews);
    }

    /// <summary>The policy.</summary>
    public FeedPolicy Policy { get; }

    /// <summary>Views per item, indexed like <see cref="FeedSimulationResult.Appeals"/>.</summary>
    public ImmutableArray<long> ItemViews { get; }

    /// <summary>Views per creator, indexed by creator number 0 to creators − 1.</summary>
    public ImmutableArray<long> CreatorViews { get; }

    /// <summary>The impressions actually served: fewer than asked only when the capped policy with a cut factor of 0
    /// has removed every item.</summary>
    public long Served { get; }

    /// <summary>Total engagement: Σ appeal × views over the items (an appeal-weighted view count).</summary>
    public double Engagement { get; }

    /// <summary>The number of creators whose views reached <see cref="FeedSimulationOptions.Audience"/>.</summary>
    public int CreatorsReachingAudience { get; }

    /// <summary>The inequality of views per creator (population Gini, Atkinson ε = 1).</summary>
    public InequalityReport Report { get; }

    /// <summary>States the policy's figures on one culture-free line: views served, engagement, creators reaching
    /// the audience, and the Gini and top 10% share of views per creator.</summary>
    /// <returns>For example <c>Popularity: 1,000,000 served, engagement 1,234,567, 12 of 100 creators reached the audience, Gini 0.83, top 10% 75.2%</c>.</returns>
    public override string ToString() =>
        $"{Policy}: {Figures.Count(Served)} served, engagement {Figures.Count(Engagement)}, {Figures.Count(CreatorsReachingAudience)} of "
        + $"{Figures.Count(CreatorViews.Length)} creators reached the audience, Gini {Figures.Ratio(Report.Gini)}, top 10% {Figures.Percent(Report.TopTenPercentShare)}";
}
