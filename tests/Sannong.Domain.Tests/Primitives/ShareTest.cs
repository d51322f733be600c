using System;
using System.Globalization;
using FsCheck.Xunit;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>Share: validation, the value contracts, conversions and formatting.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ShareTest
{
    [Property]
    public bool Contracts(Share a, Share b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, Share.FromRatio(a.Value), (x, y) => x == y, (x, y) => x != y)
        && ValueContract.OrderingHolds(a, b, (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y)
        && Math.Sign(a.CompareTo(b)) == Math.Sign(a.Value.CompareTo(b.Value));

    [Property]
    public bool Value_and_percentage_stay_in_range(Share a) =>
        a.Value is >= 0 and <= 1
        && a.Percentage is >= 0 and <= 100
        && a.Complement().Value is >= 0 and <= 1
        && Share.Zero <= a && a <= Share.One;

    [Property]
    public bool Of_a_count_is_the_ratio(int part, int extra)
    {
        long p = Math.Abs((long)part), whole = p + Math.Abs((long)extra) + 1;
        Share s = Share.Of(p, whole);
        return s.Value == (double)p / whole && s <= Share.One;
    }

    [Fact]
    public void Examples()
    {
        Assert.Equal(0.5, Share.FromRatio(0.5).Value);
        Assert.Equal(50.0, Share.FromRatio(0.5).Percentage);
        Assert.Equal(0.125, Share.FromPercentage(12.5).Value);
        Assert.Equal(Share.FromRatio(0.5), Share.Of(50_000, 100_000)); // the goal: half of 100,000 mentees earn
        Assert.Equal(Share.One, Share.FromPercentage(100));
        Assert.Equal(Share.Zero, default);
        Assert.Equal(Share.FromRatio(0.75), Share.FromRatio(0.25).Complement());
        Assert.Equal(Share.One, Share.Of(long.MaxValue, long.MaxValue));
        Assert.True(Share.Of(1, 3) < Share.Of(1, 2));
    }

    [Fact]
    public void Negative_zero_is_zero()
    {
        Share s = Share.FromRatio(-0.0);
        Assert.Equal(Share.Zero, s);
        Assert.Equal(Share.Zero.GetHashCode(), s.GetHashCode());
        Assert.True(double.IsPositive(s.Value)); // stored as +0
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.0000001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Ratios_outside_zero_to_one_are_rejected(double ratio)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Share.FromRatio(ratio));
        Assert.Equal("ratio", e.ParamName);
        Assert.StartsWith("ratio must be between 0 and 1 inclusive, but was ", e.Message, StringComparison.Ordinal);
        Assert.Equal("percentage", Assert.Throws<ArgumentOutOfRangeException>(() => Share.FromPercentage(ratio * 100 + (ratio >= 0 ? 0.01 : 0))).ParamName);
    }

    [Fact]
    public void Range_errors_read_the_same_in_every_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            // fr-FR writes 1.5 as "1,5"; the message must not change with the caller's culture.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Share.FromRatio(1.5));
            Assert.StartsWith("ratio must be between 0 and 1 inclusive, but was 1.5.", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(1, 0, "whole")]
    [InlineData(0, -5, "whole")]
    [InlineData(-1, 3, "part")]
    [InlineData(4, 3, "part")]
    public void Of_rejects_impossible_counts(long part, long whole, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Share.Of(part, whole)).ParamName);

    [Theory]
    [InlineData(1, 2, "50%")]
    [InlineData(1, 8, "12.5%")]
    [InlineData(1, 3, "33.33%")] // 33.333...% to two decimals
    [InlineData(2, 3, "66.67%")] // 66.666...% rounds up
    [InlineData(0, 1, "0%")]
    [InlineData(1, 1, "100%")]
    [InlineData(1, 100_000, "0%")] // 0.001% is below the two decimals shown
    public void Invariant_percentage(long part, long whole, string expected)
    {
        Share s = Share.Of(part, whole);
        Assert.Equal(expected, s.ToString());
        Assert.Equal(expected, s.ToString("G", CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal(expected, $"{s}");
    }

    [Theory]
    [InlineData("en-US", "P", "12.50%")]
    [InlineData("zh-CN", "P", "12.50%")]
    [InlineData("fr-FR", "P", "12,50 %")]
    [InlineData("fr-FR", "p1", "12,5 %")]
    [InlineData("en-US", "P1", "12.5%")]
    [InlineData("en-US", "P0", "33%")]
    [InlineData("", "P", "12.50 %")]
    public void Culture_percentage(string culture, string format, string expected) =>
        Assert.Equal(expected, (format == "P0" ? Share.Of(1, 3) : Share.FromPercentage(12.5)).ToString(format, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("N")]
    [InlineData("P10")]
    [InlineData("PP")]
    public void Unsupported_formats_throw(string format) =>
        Assert.Equal($"The format '{format}' is not supported by Share: use G, P or P0 to P9.",
            Assert.Throws<FormatException>(() => Share.One.ToString(format, null)).Message);
}
