using System;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>Min and Max with the larger value on either side, the ordering operators on equal values, CompareTo
/// against another type, and the unit named in an overflow message, for <see cref="Money"/>,
/// <see cref="Impressions"/> and <see cref="Share"/>. (Pins mutants that survived tests/mutation/run.sh
/// Primitives; see tests/mutation/RESULTS.md.)</summary>
public sealed class MinMaxAndEqualOrderingTest
{
    [Fact]
    public void Money_min_and_max_pick_the_smaller_and_larger_whichever_side_they_are_on()
    {
        Money small = Money.FromFen(-35), large = Money.FromFen(100);
        Assert.Equal(small, Money.Min(small, large));
        Assert.Equal(small, Money.Min(large, small));
        Assert.Equal(large, Money.Max(small, large));
        Assert.Equal(large, Money.Max(large, small));
        Assert.Equal(large, Money.Max(large, large));
    }

    [Fact]
    public void Impressions_min_and_max_pick_the_smaller_and_larger_whichever_side_they_are_on()
    {
        Impressions small = new(3), large = new(5);
        Assert.Equal(small, Impressions.Min(small, large));
        Assert.Equal(small, Impressions.Min(large, small));
        Assert.Equal(large, Impressions.Max(small, large));
        Assert.Equal(large, Impressions.Max(large, small));
        Assert.Equal(large, Impressions.Max(large, large));
    }

    [Fact]
    public void Equal_counts_of_impressions_are_neither_less_nor_greater()
    {
        Impressions a = new(5), b = new(5);
        Assert.False(a < b);
        Assert.True(a <= b);
        Assert.False(a > b);
        Assert.True(a >= b);
        // And one apart: 4 < 5 and 5 > 4; 5 >= 4 but not 4 >= 5.
        Assert.True(new Impressions(4) < a);
        Assert.True(a > new Impressions(4));
        Assert.True(a >= new Impressions(4));
        Assert.False(new Impressions(4) >= a);
    }

    [Fact]
    public void Impressions_sum_of_null_is_an_argument_null_error()
    {
        Assert.Equal("counts", Assert.Throws<ArgumentNullException>(() => Impressions.Sum(null!)).ParamName);
        Assert.Equal("amounts", Assert.Throws<ArgumentNullException>(() => Money.Sum(null!)).ParamName);
    }

    [Fact]
    public void An_impressions_overflow_is_reported_in_whole_units()
    {
        // long.MaxValue + 1 does not fit; Impressions counts in whole impressions, Money in fen.
        OverflowException e = Assert.Throws<OverflowException>(() => new Impressions(long.MaxValue) + new Impressions(1));
        Assert.Equal("Impressions overflow: 9223372036854775807 + 1 (in whole units) is outside the range of Impressions.", e.Message);
    }

    [Fact]
    public void CompareTo_an_object_of_another_type_names_both_types()
    {
        AssertWrongType("obj must be a Money, but was String.", Money.FromFen(1));
        AssertWrongType("obj must be an Impressions, but was String.", new Impressions(1));
        AssertWrongType("obj must be a Share, but was String.", Share.One);
    }

    private static void AssertWrongType(string expected, IComparable value)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => value.CompareTo("text"));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }
}
