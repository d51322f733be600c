using System;
using System.Diagnostics;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Exposure;
using Sannong.Domain.Tests.Generators;
using Xunit;
using Xunit.Abstractions;

namespace Sannong.Domain.Tests.Exposure;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public class FeedSimulationTest
{
    private readonly ITestOutputHelper _output;

    public FeedSimulationTest(ITestOutputHelper output) => _output = output;

    [Property]
    public bool A_cap_above_the_impressions_changes_nothing(FeedSimulationOptions o)
    {
        var wide = new FeedSimulationOptions(o.Items, o.Creators, o.Impressions, o.Impressions + 1, o.CutFactor,
            o.PopularityExponent, o.Audience, o.Seed);
        FeedSimulationResult r = FeedSimulation.Run(wide);
        return r.Capped.ItemViews.SequenceEqual(r.Popularity.ItemViews)
            && r.Capped.Engagement.Equals(r.Popularity.Engagement)
            && r.Capped.Report.Gini.Equals(r.Popularity.Report.Gini);
    }

    [Property]
    public bool The_same_seed_gives_the_same_result(FeedSimulationOptions o)
    {
        FeedSimulationResult a = FeedSimulation.Run(o);
        FeedSimulationResult b = FeedSimulation.Run(o);
        return a.Appeals.SequenceEqual(b.Appeals) && a.ItemCreators.SequenceEqual(b.ItemCreators)
            && a.Popularity.ItemViews.SequenceEqual(b.Popularity.ItemViews) && a.Capped.ItemViews.SequenceEqual(b.Capped.ItemViews)
            && a.Capped.Engagement.Equals(b.Capped.Engagement);
    }

    [Property]
    public bool Results_add_up(FeedPolicyResult r) =>
        r.ItemViews.Sum() == r.Served && r.CreatorViews.Sum() == r.Served
        && r.ItemViews.All(v => v >= 0) && r.CreatorsReachingAudience <= r.CreatorViews.Length
        && r.Report.Count == r.CreatorViews.Length;

    [Property]
    public bool Every_impression_is_served_unless_removal_empties_the_feed(FeedSimulationResult r) =>
        r.Popularity.Served == r.Options.Impressions
        && (r.Capped.Served == r.Options.Impressions
            || (r.Options.CutFactor == 0.0 && r.Capped.ItemViews.All(v => v >= r.Options.ViewCap)));

    [Property]
    public bool Removal_stops_items_at_the_cap(FeedSimulationOptions o)
    {
        var removal = new FeedSimulationOptions(o.Items, o.Creators, o.Impressions, Math.Min(o.ViewCap, 20), 0.0,
            o.PopularityExponent, o.Audience, o.Seed);
        return FeedSimulation.Run(removal).Capped.ItemViews.All(v => v <= removal.ViewCap);
    }

    [Fact]
    public void Every_creator_has_an_item_and_a_different_seed_differs()
    {
        var o = new FeedSimulationOptions(1_000, 100, 10_000, 50, 0.1, 1.0, 100, 7);
        FeedSimulationResult r = FeedSimulation.Run(o);
        Assert.Equal(Enumerable.Range(0, 100), r.ItemCreators.Distinct().OrderBy(c => c));
        FeedSimulationResult other = FeedSimulation.Run(new FeedSimulationOptions(1_000, 100, 10_000, 50, 0.1, 1.0, 100, 8));
        Assert.False(r.Popularity.ItemViews.SequenceEqual(other.Popularity.ItemViews));
        // The cap spreads attention: the capped feed is less concentrated by creator.
        Assert.True(r.Capped.Report.Gini < r.Popularity.Report.Gini);
    }

    [Fact]
    public void Invalid_settings_are_refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new FeedSimulationOptions(10, 11, 5, 1, 0.5, 1, 1, 0));
        Assert.Contains("creators must be between 1 and 10, but was 11.", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeedSimulationOptions(10, 1, 5, 1, 1.5, 1, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeedSimulationOptions(10, 1, 5, 1, double.NaN, 1, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeedSimulationOptions(10, 1, -5, 1, 0.5, 1, 1, 0));
        Assert.Throws<ArgumentNullException>(() => FeedSimulation.Run(null!));
    }

    [Fact]
    public void A_million_impressions_over_a_hundred_thousand_items_is_fast()
    {
        var o = new FeedSimulationOptions(100_000, 10_000, 1_000_000, 1_000, 0.1, 1.0, 1_000, 1);
        var clock = Stopwatch.StartNew();
        FeedSimulationResult r = FeedSimulation.Run(o);
        clock.Stop();
        _output.WriteLine($"both policies: {clock.Elapsed.TotalSeconds:0.00} s; Gini {r.Popularity.Report.Gini:0.000} vs {r.Capped.Report.Gini:0.000}");
        Assert.Equal(1_000_000, r.Capped.Served);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }
}
