using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Creators;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Creators;

/// <summary>Follower tiers: every boundary by hand, monotonicity and the bounds as a tiling.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class FollowerTiersTest
{
    [Theory]
    [InlineData(0L, FollowerTier.Emerging)]
    [InlineData(999L, FollowerTier.Emerging)]
    [InlineData(1_000L, FollowerTier.Nano)]
    [InlineData(9_999L, FollowerTier.Nano)]
    [InlineData(10_000L, FollowerTier.Micro)]
    [InlineData(99_999L, FollowerTier.Micro)]
    [InlineData(100_000L, FollowerTier.Mid)]
    [InlineData(499_999L, FollowerTier.Mid)]
    [InlineData(500_000L, FollowerTier.Macro)]
    [InlineData(999_999L, FollowerTier.Macro)]
    [InlineData(1_000_000L, FollowerTier.Mega)]
    [InlineData(long.MaxValue, FollowerTier.Mega)]
    public void Each_boundary_falls_in_its_tier(long followers, FollowerTier tier) =>
        Assert.Equal(tier, FollowerTiers.FromFollowers(followers));

    [Property]
    public Property Tier_is_monotone_in_followers() =>
        Prop.ForAll(
            DomainArbitraries.FollowerCounts.ToArbitrary(),
            DomainArbitraries.FollowerCounts.ToArbitrary(),
            (a, b) => FollowerTiers.FromFollowers(Math.Min(a, b)) <= FollowerTiers.FromFollowers(Math.Max(a, b)));

    [Property]
    public Property The_tier_bounds_contain_the_count() =>
        Prop.ForAll(DomainArbitraries.FollowerCounts.ToArbitrary(), followers =>
        {
            FollowerTier tier = FollowerTiers.FromFollowers(followers);
            return FollowerTiers.MinimumFollowers(tier) <= followers && followers <= FollowerTiers.MaximumFollowers(tier);
        });

    [Property]
    public bool Each_tier_is_its_own_bounds(FollowerTier tier) =>
        FollowerTiers.FromFollowers(FollowerTiers.MinimumFollowers(tier)) == tier
        && FollowerTiers.FromFollowers(FollowerTiers.MaximumFollowers(tier)) == tier;

    [Fact]
    public void The_tiers_tile_the_counts_from_zero_without_gap_or_overlap()
    {
        Assert.Equal(
            new[] { FollowerTier.Emerging, FollowerTier.Nano, FollowerTier.Micro, FollowerTier.Mid, FollowerTier.Macro, FollowerTier.Mega },
            FollowerTiers.All);
        Assert.Equal(0, FollowerTiers.MinimumFollowers(FollowerTiers.All[0]));
        for (int i = 1; i < FollowerTiers.All.Length; i++)
        {
            Assert.Equal(FollowerTiers.MaximumFollowers(FollowerTiers.All[i - 1]) + 1, FollowerTiers.MinimumFollowers(FollowerTiers.All[i]));
        }
        Assert.Equal(long.MaxValue, FollowerTiers.MaximumFollowers(FollowerTier.Mega));
    }

    [Theory]
    [InlineData(FollowerTier.Emerging, "Emerging", "0 to 999 followers")]
    [InlineData(FollowerTier.Nano, "Nano", "1,000 to 9,999 followers")]
    [InlineData(FollowerTier.Micro, "Micro", "10,000 to 99,999 followers")]
    [InlineData(FollowerTier.Mid, "Mid", "100,000 to 499,999 followers")]
    [InlineData(FollowerTier.Macro, "Macro", "500,000 to 999,999 followers")]
    [InlineData(FollowerTier.Mega, "Mega", "1,000,000 followers or more")]
    public void Labels(FollowerTier tier, string label, string range)
    {
        Assert.Equal(label, FollowerTiers.Label(tier));
        Assert.Equal(range, FollowerTiers.RangeLabel(tier));
        Assert.True(FollowerTiers.IsDefined(tier));
    }

    [Fact]
    public void Negative_followers_are_rejected_with_the_rule_named()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => FollowerTiers.FromFollowers(-1));
        Assert.Equal("followers", e.ParamName);
        Assert.StartsWith("followers must not be negative, but was -1.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Undefined_tiers_are_rejected(int value)
    {
        var tier = (FollowerTier)value;
        Assert.False(FollowerTiers.IsDefined(tier));
        Assert.StartsWith($"tier must be a defined FollowerTier, but was {value}.",
            Assert.Throws<ArgumentOutOfRangeException>(() => FollowerTiers.MinimumFollowers(tier)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => FollowerTiers.MaximumFollowers(tier));
        Assert.Throws<ArgumentOutOfRangeException>(() => FollowerTiers.Label(tier));
        Assert.Throws<ArgumentOutOfRangeException>(() => FollowerTiers.RangeLabel(tier));
    }
}
