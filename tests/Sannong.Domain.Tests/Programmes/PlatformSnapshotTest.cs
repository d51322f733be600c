using System;
using FsCheck.Xunit;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>PlatformSnapshot: three non-negative counts.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class PlatformSnapshotTest
{
    [Property]
    public bool Equality_contract(PlatformSnapshot a, PlatformSnapshot b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && a == new PlatformSnapshot(a.MonthlyActiveRuralUsers, a.ContentItemsPerMonth, a.RuralContentFans)
        && a != new PlatformSnapshot(a.MonthlyActiveRuralUsers, a.ContentItemsPerMonth, a.RuralContentFans == 0 ? 1 : 0);

    [Theory]
    [InlineData(-1, 0, 0, "monthlyActiveRuralUsers")]
    [InlineData(0, -5, 0, "contentItemsPerMonth")]
    [InlineData(0, 0, -7, "ruralContentFans")]
    public void Negative_counts_are_rejected_naming_the_count(long users, long items, long fans, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new PlatformSnapshot(users, items, fans));
        Assert.Equal(name, e.ParamName);
        Assert.StartsWith($"{name} must not be negative, but was {Math.Min(users, Math.Min(items, fans))}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_names_the_three_counts() =>
        Assert.Equal("1 monthly active rural users, 2 content items a month, 3 rural content fans", new PlatformSnapshot(1, 2, 3).ToString());
}
