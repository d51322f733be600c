using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Progress;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class CostCalculatorTest
{
    private static Money Yuan(decimal yuan) => Money.FromYuan(yuan);

    [Theory]
    // 1000 fen / 3 = 333.33... fen -> 333 fen.
    [InlineData("10.00", 3, "3.33")]
    // 5 fen / 2 = 2.5 fen, a half: away from zero -> 3 fen.
    [InlineData("0.05", 2, "0.03")]
    // -5 fen / 2 = -2.5 fen: away from zero -> -3 fen.
    [InlineData("-0.05", 2, "-0.03")]
    // 5 fen / 3 = 1.67 fen -> 2 fen; 4 fen / 3 = 1.33 fen -> 1 fen.
    [InlineData("0.05", 3, "0.02")]
    [InlineData("0.04", 3, "0.01")]
    // 10,000,000.00 yuan / 100,000 mentees = 100.00 yuan exactly.
    [InlineData("10000000.00", 100000, "100.00")]
    // 1 fen / 3 = 0.33 fen -> 0.
    [InlineData("0.01", 3, "0.00")]
    public void Cost_per_mentee_rounds_to_the_fen_half_away_from_zero(string spent, long mentees, string expected) =>
        Assert.Equal(Yuan(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)),
            CostCalculator.CostPerMentee(Yuan(decimal.Parse(spent, System.Globalization.CultureInfo.InvariantCulture)), mentees));

    [Fact]
    public void No_cost_per_mentee_without_mentees()
    {
        Assert.Null(CostCalculator.CostPerMentee(Yuan(500m), 0));
        Assert.Equal("mentees", Assert.Throws<ArgumentOutOfRangeException>(() => CostCalculator.CostPerMentee(Yuan(1m), -1)).ParamName);
    }

    [Fact]
    public void Remaining_cash_per_remaining_mentee()
    {
        // B = 10,000,000.00, s = 4,000,000.00, T = 100,000, a = 40,000: 6,000,000.00 / 60,000 = 100.00.
        Assert.Equal(Yuan(100m), CostCalculator.RemainingPerRemainingMentee(Yuan(10_000_000m), Yuan(4_000_000m), 100_000, 40_000));
        // B = 1,000.00, s = 0, T = 3, a = 0: 100000 fen / 3 = 33333.33 fen -> 333.33.
        Assert.Equal(Yuan(333.33m), CostCalculator.RemainingPerRemainingMentee(Yuan(1000m), Money.Zero, 3, 0));
        // Overspent: B = 100.00, s = 130.00, T = 10, a = 4: -30.00 / 6 = -5.00.
        Assert.Equal(Yuan(-5m), CostCalculator.RemainingPerRemainingMentee(Yuan(100m), Yuan(130m), 10, 4));
        // Target reached or passed: no mentee remains.
        Assert.Null(CostCalculator.RemainingPerRemainingMentee(Yuan(100m), Yuan(50m), 10, 10));
        Assert.Null(CostCalculator.RemainingPerRemainingMentee(Yuan(100m), Yuan(50m), 10, 12));
        Assert.Null(CostCalculator.RemainingPerRemainingMentee(Yuan(100m), Yuan(50m), 0, 0));
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(
            () => CostCalculator.RemainingPerRemainingMentee(Yuan(1m), Yuan(1m), -1, 0)).ParamName);
        Assert.Equal("actual", Assert.Throws<ArgumentOutOfRangeException>(
            () => CostCalculator.RemainingPerRemainingMentee(Yuan(1m), Yuan(1m), 5, -1)).ParamName);
        Assert.Throws<OverflowException>(
            () => CostCalculator.RemainingPerRemainingMentee(Money.FromFen(long.MaxValue), Money.FromFen(-1), 5, 0));
    }

    [Property]
    public bool Division_is_to_the_nearest_fen_with_halves_away_from_zero(Money amount, PositiveInt divisorSeed, bool large)
    {
        // Checked in 128-bit integers: q is nearest when |q·d - x| <= d / 2, and a tie (2|q·d - x| = d) goes to the q
        // of larger magnitude.
        long d = large ? long.MaxValue - divisorSeed.Get : divisorSeed.Get;
        long q = CostCalculator.CostPerMentee(amount, d)!.Value.Fen;
        Int128 error = ((Int128)q * d) - amount.Fen;
        Int128 twice = 2 * Int128.Abs(error);
        if (twice > d)
        {
            return false;
        }
        if (twice == d)
        {
            // On a tie the result is the candidate farther from zero: q has the sign of x and |q·d| > |x|.
            return Math.Sign(q) == Math.Sign(amount.Fen) && Int128.Abs((Int128)q * d) > Int128.Abs(amount.Fen);
        }
        return true;
    }

    [Property]
    public bool Division_agrees_with_decimal_rounding(int fen, PositiveInt mentees)
    {
        // With int numerators and divisors the quotient differs from a half by at least 1 / (2d) > 2E-10 unless it is one,
        // and decimal division keeps 28 significant digits, so decimal rounding is an independent oracle.
        decimal expected = Math.Round((decimal)fen / mentees.Get, 0, MidpointRounding.AwayFromZero);
        return CostCalculator.CostPerMentee(Money.FromFen(fen), mentees.Get)!.Value.Fen == (long)expected;
    }
}
