using System;
using System.Numerics;
using NodaTime;
using Sannong.Domain.Progress;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>The integer helpers behind the calculators, at their ties and edges: rounding to nearest with halves
/// away from zero (in 128-bit and in arbitrary precision), ceiling division, and adding days up to the last ISO date.
/// (Pins mutants of tests/mutation/run.sh Progress; see tests/mutation/RESULTS.md.)</summary>
public sealed class ProgressMathRoundingTest
{
    [Theory]
    // 5/2 = 2.5, a half: away from zero -> 3; -5/2 -> -3.
    [InlineData(5, 2, 3)]
    [InlineData(-5, 2, -3)]
    // 7/2 = 3.5 -> 4; 4/3 = 1.33 -> 1; 5/3 = 1.67 -> 2; -4/3 -> -1; -5/3 -> -2.
    [InlineData(7, 2, 4)]
    [InlineData(4, 3, 1)]
    [InlineData(5, 3, 2)]
    [InlineData(-4, 3, -1)]
    [InlineData(-5, 3, -2)]
    // Exact: 6/3 = 2, -6/3 = -2; 0/7 = 0; 1/3 = 0.33 -> 0; 2/3 = 0.67 -> 1.
    [InlineData(6, 3, 2)]
    [InlineData(-6, 3, -2)]
    [InlineData(0, 7, 0)]
    [InlineData(1, 3, 0)]
    [InlineData(2, 3, 1)]
    public void Divide_rounded_is_to_nearest_with_halves_away_from_zero(long numerator, long denominator, long expected)
    {
        Assert.Equal((Int128)expected, ProgressMath.DivideRounded((Int128)numerator, (Int128)denominator));
        Assert.Equal(new BigInteger(expected), ProgressMath.DivideRounded(new BigInteger(numerator), new BigInteger(denominator)));
    }

    [Theory]
    // ceil(7/2) = 4; ceil(6/2) = 3 (exact); ceil(1/5) = 1; ceil(10/10) = 1; ceil(11/10) = 2.
    [InlineData(7, 2, 4)]
    [InlineData(6, 2, 3)]
    [InlineData(1, 5, 1)]
    [InlineData(10, 10, 1)]
    [InlineData(11, 10, 2)]
    public void Ceiling_divide_rounds_up_exactly(long numerator, long denominator, long expected) =>
        Assert.Equal((Int128)expected, ProgressMath.CeilingDivide(numerator, denominator));

    [Fact]
    public void Adding_days_reaches_the_last_iso_date_and_no_further()
    {
        LocalDate start = LocalDate.MaxIsoValue.PlusDays(-10);
        Assert.Equal(LocalDate.MaxIsoValue, ProgressMath.PlusDaysOrNull(start, 10));
        Assert.Equal(LocalDate.MaxIsoValue.PlusDays(-1), ProgressMath.PlusDaysOrNull(start, 9));
        Assert.Null(ProgressMath.PlusDaysOrNull(start, 11));
        Assert.Null(ProgressMath.PlusDaysOrNull(start, (Int128)long.MaxValue * 4));
        Assert.Equal(start, ProgressMath.PlusDaysOrNull(start, 0));
    }
}
