using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Progress;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class NormalDistributionTest
{
    // Reference quantiles computed independently, with mpmath at 50 significant digits: the root x of Φ(x) = p for the
    // double nearest the p written here (findroot on ncdf, on log ncdf in the lower tail), rounded to 17 digits. They
    // cover the centre (|p - 0.5| <= 0.425), the near tails and the far tails (below e^-25, about 1.4E-11) of AS 241.
    [Theory]
    [InlineData(0.975, 1.9599639845400538)]
    [InlineData(0.995, 2.5758293035489004)]
    [InlineData(0.025, -1.9599639845400543)]
    [InlineData(0.3, -0.5244005127080408)]
    [InlineData(0.075, -1.439531470938456)]
    [InlineData(0.9, 1.2815515655446006)]
    [InlineData(1e-5, -4.264890793922825)]
    [InlineData(1e-10, -6.361340902404057)]
    [InlineData(1.3e-11, -6.667611456510741)]
    [InlineData(1e-20, -9.262340089798407)]
    [InlineData(1e-300, -37.0470962993612)]
    [InlineData(0.999999, 4.753424308817087)]
    public void Quantile_matches_high_precision_reference_values(double p, double expected) =>
        // 1E-15 relative is about four units in the last place.
        Assert.Equal(expected, NormalDistribution.Quantile(p), Math.Abs(expected) * 1e-15);

    [Fact]
    public void Quantile_of_the_usual_levels()
    {
        // The brief's values: z(0.975) = 1.959963984540054, z(0.995) = 2.5758293035489004.
        Assert.Equal(1.959963984540054, NormalDistribution.Quantile(0.975), 4e-15);
        Assert.Equal(2.5758293035489004, NormalDistribution.Quantile(0.995), 4e-15);
        // Φ(1) = 0.8413447460685429 (to double precision), so its quantile is 1.
        Assert.Equal(1.0, NormalDistribution.Quantile(0.8413447460685429), 1e-12);
    }

    [Fact]
    public void Quantile_of_one_half_is_exactly_zero() => Assert.Equal(0.0, NormalDistribution.Quantile(0.5));

    [Fact]
    public void Two_sided_critical_values()
    {
        // c = 0.95: (1 - c) / 2 = 0.025, z = -Quantile(0.025) = 1.959963984540054 (within a few ulp).
        Assert.Equal(1.959963984540054, NormalDistribution.TwoSidedCriticalValue(0.95), 4e-15);
        Assert.Equal(2.5758293035489004, NormalDistribution.TwoSidedCriticalValue(0.99), 4e-15);
        // c = 0.9: in doubles (1 - 0.9) / 2 = 0.04999999999999999, whose quantile is -1.6448536269514728 (mpmath;
        // the quantile of exactly 0.05 is -1.6448536269514722).
        Assert.Equal(1.6448536269514728, NormalDistribution.TwoSidedCriticalValue(0.9), 4e-15);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Quantile_rejects_probabilities_outside_the_open_unit_interval(double p)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => NormalDistribution.Quantile(p));
        Assert.Equal("p", e.ParamName);
        Assert.Contains("p must be strictly between 0 and 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Critical_value_rejects_confidences_outside_the_open_unit_interval(double c) =>
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => NormalDistribution.TwoSidedCriticalValue(c)).ParamName);

    [Property]
    public bool Quantile_is_increasing_for_probabilities_apart_by_more_than_rounding(Probability a, Probability b)
    {
        // Strictly increasing whenever p1 and p2 differ by more than 1E-11 of the smaller tail probability m (the
        // quantile then moves by at least about 1E-11 / |z| >= 2.6E-13, far more than its rounding of at most a few
        // ulp); p1 = p2 gives the same z. Adjacent doubles are the seam test's business.
        (double p1, double p2) = a.Value <= b.Value ? (a.Value, b.Value) : (b.Value, a.Value);
        double z1 = NormalDistribution.Quantile(p1);
        double z2 = NormalDistribution.Quantile(p2);
        double m = Math.Min(Math.Min(p1, 1 - p1), Math.Min(p2, 1 - p2));
        return p1 == p2 ? z1 == z2 : p2 - p1 > 1e-11 * m ? z1 < z2 : z1 <= z2 + (4 * Ulp(z2));
    }

    [Property]
    public bool Quantile_is_negative_below_one_half_and_positive_above(Probability p)
    {
        double z = NormalDistribution.Quantile(p.Value);
        return p.Value < 0.5 ? z < 0 : p.Value > 0.5 ? z > 0 : z == 0;
    }

    [Fact]
    public void Quantile_is_monotone_up_to_rounding_across_the_seams_of_its_approximations()
    {
        // Walk 20,000 consecutive doubles across each seam: p = 0.075 and 0.925 (centre / near tail) and e^-25 and
        // 1 - e^-25 (near / far tail), and through the centre at 0.3. Between adjacent doubles the true quantile moves
        // by less than an ulp, so a result that is not correctly rounded can step back by an ulp or so (measured: at
        // most 3); a seam that joined two approximations badly would step back by far more.
        foreach (double seam in new[] { 0.075, 0.925, Math.Exp(-25), 1 - Math.Exp(-25), 0.3 })
        {
            double p = seam;
            for (int i = 0; i < 10_000; i++)
            {
                p = Math.BitDecrement(p);
            }
            double start = NormalDistribution.Quantile(p);
            double previous = start;
            for (int i = 0; i < 20_000; i++)
            {
                p = Math.BitIncrement(p);
                double z = NormalDistribution.Quantile(p);
                Assert.True(z >= previous - (4 * Ulp(z)), $"Quantile steps back by more than rounding at p = {p:R}: {previous:R} then {z:R}");
                previous = z;
            }
            Assert.True(previous > start, $"Quantile does not rise over 20,000 doubles around {seam:R}");
        }
    }

    private static double Ulp(double x) => Math.BitIncrement(Math.Abs(x)) - Math.Abs(x);

    [Property]
    public bool Quantile_is_odd_about_one_half_for_dyadic_probabilities(PositiveInt numerator)
    {
        // p = m / 2^30 and 1 - p are both exact doubles, so symmetry must hold exactly.
        long m = (numerator.Get % ((1 << 30) - 1)) + 1;
        double p = m / (double)(1 << 30);
        return NormalDistribution.Quantile(p) == -NormalDistribution.Quantile(1.0 - p);
    }
}
