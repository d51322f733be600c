using System.Numerics;

namespace Sannong.Domain;

/// <summary>
/// The one implementation of allocation by the largest-remainder method (Hamilton's method), shared by
/// <see cref="Money"/> (in fen) and <see cref="Impressions"/> (in whole impressions).
/// </summary>
/// <remarks>
/// <para>To split an amount <c>A</c> in proportion to weights <c>w[i]</c> with sum <c>W</c>: each part first gets
/// <c>floor(|A| * w[i] / W)</c>; the units left over (fewer than the number of positive weights) go one each
/// to the parts with the largest remainders <c>(|A| * w[i]) mod W</c>, ties going to the earlier index.
/// A negative amount is allocated as its absolute value and every part negated, so allocation is symmetric.</para>
/// <para>So the parts always sum to <c>A</c>, each part lies within one unit of its exact share
/// <c>A * w[i] / W</c> (it is the exact share rounded down or up, towards zero or away from it), a zero weight
/// always receives zero, and equal weights receive parts that differ by at most one unit. All arithmetic is
/// exact: <see cref="Int128"/> for integer weights (|A| * w[i] &lt; 2^126, and the sum of up to 2^31 weights
/// below 2^63 is below 2^94), <see cref="BigInteger"/> for decimal weights (scaled to integers).
/// Never floating point.</para>
/// </remarks>
internal static class LargestRemainder
{
    private const string WeightsName = "weights";

    /// <summary>Splits <paramref name="amount"/> units into <paramref name="parts"/> parts as equal as possible;
    /// the first <c>|amount| mod parts</c> parts are one unit larger in absolute value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is not positive.</exception>
    internal static long[] Split(long amount, int parts, string partsName)
    {
        if (parts <= 0)
        {
            throw new ArgumentOutOfRangeException(partsName, $"{partsName} must be positive, but was {parts}.");
        }
        Int128 magnitude = Int128.Abs(amount);
        Int128 quotient = Int128.DivRem(magnitude, parts).Quotient;
        int larger = (int)(magnitude - (quotient * parts));
        long[] result = new long[parts];
        for (int i = 0; i < parts; i++)
        {
            result[i] = Signed(i < larger ? quotient + 1 : quotient, amount < 0);
        }
        return result;
    }

    /// <summary>Allocates <paramref name="amount"/> in proportion to integer weights.</summary>
    /// <exception cref="ArgumentException">A weight is negative, or no weight is positive.</exception>
    internal static long[] Allocate(long amount, ReadOnlySpan<int> weights)
    {
        Int128[] scaled = new Int128[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            scaled[i] = CheckWeight(weights[i], i);
        }
        return Allocate(amount, scaled);
    }

    /// <summary>Allocates <paramref name="amount"/> in proportion to integer weights.</summary>
    /// <exception cref="ArgumentException">A weight is negative, or no weight is positive.</exception>
    internal static long[] Allocate(long amount, ReadOnlySpan<long> weights)
    {
        Int128[] scaled = new Int128[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            scaled[i] = CheckWeight(weights[i], i);
        }
        return Allocate(amount, scaled);
    }

    /// <summary>Allocates <paramref name="amount"/> in proportion to decimal weights, scaled exactly to integers
    /// (each weight times 10^s, where s is the largest scale among them).</summary>
    /// <exception cref="ArgumentException">A weight is negative, or no weight is positive.</exception>
    internal static long[] Allocate(long amount, ReadOnlySpan<decimal> weights)
    {
        int maxScale = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0m)
            {
                throw NegativeWeight(weights[i], i);
            }
            maxScale = Math.Max(maxScale, weights[i].Scale);
        }
        BigInteger[] scaled = new BigInteger[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            scaled[i] = Mantissa(weights[i]) * BigInteger.Pow(10, maxScale - weights[i].Scale);
        }
        return Allocate(amount, scaled);
    }

    private static long[] Allocate<T>(long amount, T[] weights)
        where T : IBinaryInteger<T>
    {
        T total = T.Zero;
        foreach (T w in weights)
        {
            total += w;
        }
        if (total == T.Zero)
        {
            throw new ArgumentException(
                weights.Length == 0
                    ? "weights must contain at least one positive weight, but was empty."
                    : $"weights must contain at least one positive weight, but all {weights.Length} were zero.",
                WeightsName);
        }

        T magnitude = T.CreateChecked(Int128.Abs(amount));
        T[] quotients = new T[weights.Length];
        T[] remainders = new T[weights.Length];
        T allocated = T.Zero;
        for (int i = 0; i < weights.Length; i++)
        {
            (quotients[i], remainders[i]) = T.DivRem(magnitude * weights[i], total);
            allocated += quotients[i];
        }

        // Fewer units are left over than there are positive weights (the remainders sum to left * total and
        // each is below total), so only parts with a positive remainder receive one; never a zero weight.
        int left = int.CreateChecked(magnitude - allocated);
        if (left > 0)
        {
            int[] order = new int[weights.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }
            // Largest remainder first; equal remainders in index order, so the result is deterministic.
            Array.Sort(order, (x, y) =>
            {
                int byRemainder = remainders[y].CompareTo(remainders[x]);
                return byRemainder != 0 ? byRemainder : x.CompareTo(y);
            });
            for (int k = 0; k < left; k++)
            {
                quotients[order[k]] += T.One;
            }
        }

        long[] result = new long[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            result[i] = Signed(Int128.CreateChecked(quotients[i]), amount < 0);
        }
        return result;
    }

    /// <summary>Gives a part (at most |long.MinValue|) the sign of the amount.</summary>
    private static long Signed(Int128 part, bool negative) => (long)(negative ? -part : part);

    private static Int128 CheckWeight(long weight, int index) => weight < 0 ? throw NegativeWeight(weight, index) : weight;

    private static ArgumentException NegativeWeight<T>(T weight, int index) =>
        new(string.Create(CultureInfo.InvariantCulture, $"weights must not be negative, but weights[{index}] was {weight}."), WeightsName);

    /// <summary>The unsigned 96-bit integer of a non-negative decimal (its value times 10^Scale).</summary>
    private static BigInteger Mantissa(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        BigInteger lo = unchecked((uint)bits[0]);
        BigInteger mid = unchecked((uint)bits[1]);
        BigInteger hi = unchecked((uint)bits[2]);
        return (hi << 64) | (mid << 32) | lo;
    }
}
