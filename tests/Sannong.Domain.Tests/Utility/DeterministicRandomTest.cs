using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Utility;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Utility;

/// <summary>The generator's own random numbers and its platform-independent logarithm and exponential.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class DeterministicRandomTest
{
    [Property]
    public void Log_AgreesWithMathLog(PositiveInt mantissa, int exponent)
    {
        double x = Math.ScaleB(mantissa.Get, Math.Clamp(exponent % 200, -200, 200));
        Assert.Equal(Math.Log(x), PortableMath.Log(x), Math.Abs(Math.Log(x)) * 4e-16 + 1e-300);
    }

    [Property]
    public void Exp_AgreesWithMathExp(int numerator)
    {
        double x = (numerator % 70_000) / 100.0;
        double expected = Math.Exp(x);
        Assert.True(Math.Abs(PortableMath.Exp(x) - expected) <= expected * 4e-16, $"exp({x})");
    }

    [Fact]
    public void LogAndExp_ExactPoints()
    {
        Assert.Equal(0.0, PortableMath.Log(1.0));
        Assert.Equal(1.0, PortableMath.Exp(0.0));
        Assert.Equal(Math.Log(2.0), PortableMath.Log(2.0), 1e-15);
        Assert.Equal(Math.E, PortableMath.Exp(1.0), 1e-15); // within 2 ulp
    }

    [Fact]
    public void SameSeedAndStream_GiveTheSameSequence_OthersDiffer()
    {
        ulong[] Take(int seed, int stream)
        {
            var random = new DeterministicRandom(seed, stream);
            return Enumerable.Range(0, 16).Select(_ => random.NextUInt64()).ToArray();
        }
        Assert.Equal(Take(7, 1), Take(7, 1));
        Assert.NotEqual(Take(7, 1), Take(7, 2));
        Assert.NotEqual(Take(7, 1), Take(8, 1));
    }

    [Property]
    public void NextInt_StaysInRange(int seed, PositiveInt max)
    {
        var random = new DeterministicRandom(seed, 0);
        for (int i = 0; i < 100; i++)
        {
            Assert.InRange(random.NextInt(max.Get), 0, max.Get - 1);
            double d = random.NextDouble();
            Assert.True(d >= 0.0 && d < 1.0);
        }
    }

    [Fact]
    public void Distributions_HaveTheirMoments()
    {
        // 100,000 draws: the normal's mean within 0.02 (6 standard errors) and variance within 0.03; the log-normal's
        // median within 3% of e^μ; weights 1:3 give a share of 75% ± 1%.
        var random = new DeterministicRandom(1, 99);
        double[] normals = Enumerable.Range(0, 100_000).Select(_ => random.NextNormal()).ToArray();
        double mean = normals.Average();
        double variance = normals.Select(z => (z - mean) * (z - mean)).Average();
        Assert.InRange(mean, -0.02, 0.02);
        Assert.InRange(variance, 0.97, 1.03);
        double[] logNormals = Enumerable.Range(0, 100_000).Select(_ => random.NextLogNormal(Math.Log(3000), 1.8)).OrderBy(x => x).ToArray();
        Assert.InRange(logNormals[50_000], 2910.0, 3090.0);
        int[] weights = [1, 3];
        int ones = Enumerable.Range(0, 100_000).Count(_ => random.NextWeighted(weights, 4) == 1);
        Assert.InRange(ones, 74_000, 76_000);
    }
}
