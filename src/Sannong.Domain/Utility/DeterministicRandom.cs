namespace Sannong.Domain.Utility;

/// <summary>
/// Deterministic pseudo-random numbers for the sample programme and the feed simulation: xoshiro256** (Blackman and
/// Vigna), seeded through SplitMix64, with the few distributions they need. Unlike <see cref="Random"/>, whose algorithm is not part of its contract,
/// the sequence is fixed here for every seed, on every platform and runtime.
/// </summary>
/// <remarks>
/// Determinism across machines also needs the arithmetic to be the same everywhere: everything here uses only IEEE 754
/// basic operations (+, −, ×, ÷) and <see cref="Math.Sqrt(double)"/>, which are correctly rounded on every .NET
/// platform. The logarithm and exponential come from <see cref="PortableMath"/>, not from
/// <see cref="Math.Log(double)"/> and <see cref="Math.Exp"/>, whose last bit may differ between C runtimes. Not thread-safe: one instance per generation step.
/// </remarks>
internal sealed class DeterministicRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator for one stream of one seed: different streams of a seed are independent, so that a
    /// change to one generation step does not shift the numbers of another.</summary>
    internal DeterministicRandom(int seed, int stream)
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
                return u * Math.Sqrt(-2.0 * PortableMath.Log(s) / s);
            }
        }
    }

    /// <summary>A log-normal deviate: exp(μ + σZ) with Z standard normal; its median is exp(μ).</summary>
    internal double NextLogNormal(double mu, double sigma) => PortableMath.Exp(mu + (sigma * NextNormal()));

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
