using System;

namespace Sannong.Domain.Samples;

/// <summary>
/// The sample generator's pseudo-random numbers: xoshiro256** (Blackman and Vigna), seeded through SplitMix64, with
/// the few distributions the generator needs. Unlike <see cref="Random"/>, whose algorithm is not part of its contract,
/// the sequence is fixed here for every seed, on every platform and runtime.
/// </summary>
/// <remarks>
/// Determinism across machines also needs the arithmetic to be the same everywhere: everything here uses only IEEE 754
/// basic operations (+, −, ×, ÷) and <see cref="Math.Sqrt(double)"/>, which are correctly rounded on every .NET
/// platform. The logarithm and exponential are computed here from series (<see cref="Log"/>, <see cref="Exp"/>)
/// rather than through <see cref="Math.Log(double)"/> and <see cref="Math.Exp"/>, whose last bit may differ between
/// C runtimes. Not thread-safe: one instance per generation step.
/// </remarks>
internal sealed class SampleRandom
{
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Ln2 = 0.6931471805599453;

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator for one stream of one seed: different streams of a seed are independent, so that a
    /// change to one generation step does not shift the numbers of another.</summary>
    internal SampleRandom(int seed, int stream)
    {
        ulong x = unchecked(((ulong)(uint)seed << 32) ^ ((ulong)(uint)stream * 0x9E37_79B9_7F4A_7C15UL));
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>The next 64 random bits.</summary>
    internal ulong NextUInt64()
    {
        unchecked
        {
            ulong result = RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A double uniform in [0, 1), a multiple of 2^-53.</summary>
    internal double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer uniform in [0, <paramref name="maxExclusive"/>) by multiply-and-shift (bias below 2^-32).</summary>
    internal int NextInt(int maxExclusive)
    {
        if (maxExclusive <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), "maxExclusive must be positive.");
        }
        return (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);
    }

    /// <summary>An integer uniform in [<paramref name="min"/>, <paramref name="max"/>], both included.</summary>
    internal int NextInt(int min, int max) => min + NextInt(max - min + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    internal bool Chance(double p) => NextDouble() < p;

    /// <summary>A standard normal deviate (Marsaglia's polar method: only logarithm and square root).</summary>
    internal double NextNormal()
    {
        while (true)
        {
            double u = (2.0 * NextDouble()) - 1.0;
            double v = (2.0 * NextDouble()) - 1.0;
            double s = (u * u) + (v * v);
            if (s > 0.0 && s < 1.0)
            {
                return u * Math.Sqrt(-2.0 * Log(s) / s);
            }
        }
    }

    /// <summary>A log-normal deviate: exp(μ + σZ) with Z standard normal; its median is exp(μ).</summary>
    internal double NextLogNormal(double mu, double sigma) => Exp(mu + (sigma * NextNormal()));

    /// <summary>An index chosen with probability proportional to integer weights (all non-negative, some positive).</summary>
    internal int NextWeighted(ReadOnlySpan<int> weights, int total)
    {
        int pick = NextInt(total);
        for (int i = 0; i < weights.Length; i++)
        {
            pick -= weights[i];
            if (pick < 0)
            {
                return i;
            }
        }
        throw new InvalidOperationException("total must be the sum of the weights.");
    }

    /// <summary>The natural logarithm of a positive finite number, from basic arithmetic only (error below 2 ulp).</summary>
    internal static double Log(double x)
    {
        if (!(x > 0.0) || double.IsInfinity(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), "x must be positive and finite.");
        }
        int exponent = 0;
        while (x < 0.7071067811865476)
        {
            x *= 2.0;
            exponent--;
        }
        while (x >= 1.4142135623730951)
        {
            x *= 0.5;
            exponent++;
        }
        // log(x) = 2 atanh(s) with s = (x − 1)/(x + 1), |s| ≤ 0.1716: the series converges fast.
        // Horner's scheme from the smallest term: s(1 + s²/3 + s⁴/5 + ... + s⁴⁰/41).
        double s = (x - 1.0) / (x + 1.0);
        double s2 = s * s;
        double sum = 0.0;
        for (int k = 41; k >= 3; k -= 2)
        {
            sum = (sum + (1.0 / k)) * s2;
        }
        double logMantissa = (2.0 * s) + (2.0 * s * sum);
        return (exponent * Ln2Hi) + (logMantissa + (exponent * Ln2Lo));
    }

    /// <summary>e to a power, from basic arithmetic only (error below 2 ulp); arguments in [−700, 700].</summary>
    internal static double Exp(double x)
    {
        if (!(x >= -700.0 && x <= 700.0))
        {
            throw new ArgumentOutOfRangeException(nameof(x), "x must be between -700 and 700.");
        }
        double k = Math.Round(x / Ln2);
        double r = (x - (k * Ln2Hi)) - (k * Ln2Lo);
        // Taylor series of e^r − 1 for |r| ≤ 0.35 by Horner's scheme from the smallest term: 20 terms leave an
        // error far below one ulp; the 1 is added last.
        double sum = 0.0;
        for (int n = 20; n >= 1; n--)
        {
            sum = (1.0 + sum) * r / n;
        }
        return Math.ScaleB(1.0 + sum, (int)k);
    }

    private static ulong SplitMix64(ref ulong x)
    {
        unchecked
        {
            ulong z = x += 0x9E37_79B9_7F4A_7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
            return z ^ (z >> 31);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
