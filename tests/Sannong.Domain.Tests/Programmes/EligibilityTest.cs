using System;
using FsCheck.Xunit;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>Eligibility: a minimum number of followers.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class EligibilityTest
{
    [Property]
    public bool Equality_contract(Eligibility a, Eligibility b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && a == new Eligibility(a.MinimumFollowers)
        && (a == b) == (a.MinimumFollowers == b.MinimumFollowers);

    [Property]
    public bool Admits_exactly_those_at_or_above_the_minimum_and_is_monotone(Eligibility rule, int followers, int more)
    {
        long f = Math.Abs((long)followers);
        long g = f + Math.Abs((long)more);
        return rule.Admits(f) == (f >= rule.MinimumFollowers) && (!rule.Admits(f) || rule.Admits(g));
    }

    [Property]
    public bool WithMinimumFollowers_revalidates(Eligibility rule, int k)
    {
        long negative = -1 - Math.Abs((long)k);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => rule.WithMinimumFollowers(negative));
        return e.ParamName == "minimumFollowers"
            && e.Message.StartsWith($"minimumFollowers must not be negative, but was {negative}.", StringComparison.Ordinal)
            && rule.WithMinimumFollowers(Math.Abs((long)k)).MinimumFollowers == Math.Abs((long)k);
    }

    [Property]
    public bool Admits_an_influencer_by_their_followers(Eligibility rule, Influencer influencer) =>
        rule.Admits(influencer) == rule.Admits(influencer.Followers)
        && new Eligibility(influencer.Followers).Admits(influencer)
        && (influencer.Followers == long.MaxValue || !new Eligibility(influencer.Followers + 1).Admits(influencer));

    [Fact]
    public void A_null_influencer_is_rejected() =>
        Assert.Equal("influencer", Assert.Throws<ArgumentNullException>(() => new Eligibility(0).Admits((Influencer)null!)).ParamName);

    [Fact]
    public void The_ten_thousand_fan_rule()
    {
        var rule = new Eligibility(10_000);
        Assert.False(rule.Admits(9_999));
        Assert.True(rule.Admits(10_000));
        Assert.True(rule.Admits(330_000_000));
        Assert.Equal("at least 10000 followers", rule.ToString());
    }

    [Fact]
    public void A_minimum_of_zero_admits_everyone() => Assert.True(new Eligibility(0).Admits(0));

    [Fact]
    public void Negative_followers_are_rejected_naming_followers()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Eligibility(10).Admits(-3));
        Assert.Equal("followers", e.ParamName);
        Assert.StartsWith("followers must not be negative, but was -3.", e.Message, StringComparison.Ordinal);
    }
}
