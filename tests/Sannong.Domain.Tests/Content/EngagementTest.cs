using System;
using System.Linq;
using FsCheck.Xunit;
using Sannong.Domain.Content;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Content;

/// <summary>Engagement: validation, interactions and rate, merging and the equality contract.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class EngagementTest
{
    [Property]
    public bool Equality_contract(Engagement a, Engagement b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, new Engagement(a.Views, a.Likes, a.Comments, a.Shares), (x, y) => x == y, (x, y) => x != y)
        && a == new Engagement(a.Views, a.Likes, a.Comments, a.Shares);

    [Property]
    public bool Merge_is_commutative(Engagement a, Engagement b) => a + b == b + a;

    [Property]
    public bool Merge_is_associative(Engagement a, Engagement b, Engagement c) => (a + b) + c == a + (b + c);

    [Property]
    public bool Zero_is_the_identity(Engagement a) => a + Engagement.Zero == a && Engagement.Zero.Merge(a) == a;

    [Property]
    public bool Merge_sums_each_count(Engagement a, Engagement b)
    {
        Engagement m = Engagement.Add(a, b);
        return m.Views == a.Views + b.Views && m.Likes == a.Likes + b.Likes && m.Comments == a.Comments + b.Comments
            && m.Shares == a.Shares + b.Shares && m.Interactions == a.Interactions + b.Interactions && m == a.Merge(b);
    }

    [Property]
    public bool Sum_equals_repeated_merge(Engagement[] tallies) =>
        Engagement.Sum(tallies) == tallies.Aggregate(Engagement.Zero, (x, y) => x + y);

    [Property]
    public bool Interactions_is_likes_plus_comments_plus_shares(Engagement a) => a.Interactions == a.Likes + a.Comments + a.Shares;

    [Property]
    public bool Rate_is_null_exactly_when_there_are_no_views_and_otherwise_non_negative(Engagement a) =>
        a.EngagementRate is { } rate
            ? a.Views > 0 && rate >= 0 && !double.IsNaN(rate) && !double.IsInfinity(rate) && rate == (double)a.Interactions / a.Views
            : a.Views == 0;

    [Fact]
    public void A_worked_example()
    {
        var e = new Engagement(1000, 50, 5, 2);
        Assert.Equal(57, e.Interactions);        // 50 + 5 + 2
        Assert.Equal(0.057, e.EngagementRate);    // 57 / 1000
        Assert.Equal("1000 views, 50 likes, 5 comments, 2 shares", e.ToString());
        var later = e + new Engagement(3000, 150, 15, 6);
        Assert.Equal(new Engagement(4000, 200, 20, 8), later);
        Assert.Equal(0.057, later.EngagementRate); // (200 + 20 + 8) / 4000 = 228 / 4000
    }

    [Fact]
    public void The_rate_may_exceed_one_and_is_null_without_views()
    {
        Assert.Equal(3.0, new Engagement(2, 4, 1, 1).EngagementRate); // 6 / 2
        Assert.Null(new Engagement(0, 4, 1, 1).EngagementRate);
        Assert.Equal(0.0, new Engagement(10, 0, 0, 0).EngagementRate);
    }

    [Fact]
    public void Default_is_zero()
    {
        Assert.Equal(Engagement.Zero, default);
        Assert.Equal(new Engagement(0, 0, 0, 0), Engagement.Zero);
        Assert.Equal(0, Engagement.Zero.Interactions);
        Assert.Null(Engagement.Zero.EngagementRate);
        Assert.Equal(Engagement.Zero, Engagement.Sum(Array.Empty<Engagement>()));
    }

    [Theory]
    [InlineData(-1L, 0L, 0L, 0L, "views")]
    [InlineData(0L, -2L, 0L, 0L, "likes")]
    [InlineData(0L, 0L, -3L, 0L, "comments")]
    [InlineData(0L, 0L, 0L, -4L, "shares")]
    public void Negative_counts_are_rejected_with_the_field_named(long views, long likes, long comments, long shares, string field)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => new Engagement(views, likes, comments, shares));
        Assert.Equal(field, e.ParamName);
        Assert.StartsWith($"{field} must not be negative, but was {Math.Min(Math.Min(views, likes), Math.Min(comments, shares))}.",
            e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Interactions_must_fit_in_a_long()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new Engagement(0, long.MaxValue, 1, 0));
        Assert.StartsWith($"likes + comments + shares must not exceed {long.MaxValue}", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Engagement(0, long.MaxValue - 1, 1, 1));
        Assert.Equal(long.MaxValue, new Engagement(0, long.MaxValue - 2, 1, 1).Interactions);
    }

    [Fact]
    public void Merging_overflow_throws()
    {
        Assert.Throws<OverflowException>(() => new Engagement(long.MaxValue, 0, 0, 0) + new Engagement(1, 0, 0, 0));
        // Each count fits (likes = long.MaxValue, comments = 1) but their sum, the interactions, does not.
        Assert.Throws<OverflowException>(() => new Engagement(0, long.MaxValue, 0, 0) + new Engagement(0, 0, 1, 0));
        Assert.Throws<ArgumentNullException>(() => Engagement.Sum(null!));
    }
}
