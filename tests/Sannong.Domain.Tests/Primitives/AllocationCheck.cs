using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>
/// An independent statement of what largest-remainder allocation must produce, checked with exact
/// <see cref="BigInteger"/> arithmetic, shared by the Money and Impressions allocation properties.
/// </summary>
internal static class AllocationCheck
{
    /// <summary>The weights as exact integers: integer weights as they are.</summary>
    public static BigInteger[] Exact(IEnumerable<long> weights) => weights.Select(w => new BigInteger(w)).ToArray();

    /// <summary>The weights as exact integers: each decimal weight times 10^28, read from its invariant text
    /// (so not by the library's own scaling).</summary>
    public static BigInteger[] Exact(IEnumerable<decimal> weights) => weights.Select(w =>
    {
        string text = w.ToString(CultureInfo.InvariantCulture);
        int point = text.IndexOf('.', StringComparison.Ordinal);
        int decimals = point < 0 ? 0 : text.Length - point - 1;
        return BigInteger.Parse(text.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
            * BigInteger.Pow(10, 28 - decimals);
    }).ToArray();

    /// <summary>
    /// Null when <paramref name="parts"/> is the largest-remainder allocation of <paramref name="amount"/> by
    /// <paramref name="weights"/>, else what is wrong: one part per weight; the parts sum to the amount; each part
    /// is the exact share |amount| * w / W rounded down or up (so within one unit of it), with the amount's sign;
    /// a zero weight gets zero; and every part rounded up has a larger remainder than every part rounded down, or
    /// an equal one at an earlier index.
    /// </summary>
    public static string? Problem(long amount, IReadOnlyList<BigInteger> weights, IReadOnlyList<long> parts)
    {
        if (parts.Count != weights.Count)
        {
            return $"{parts.Count} parts for {weights.Count} weights";
        }
        BigInteger total = weights.Aggregate(BigInteger.Zero, (a, b) => a + b);
        BigInteger sum = parts.Aggregate(BigInteger.Zero, (a, p) => a + p);
        if (sum != amount)
        {
            return $"the parts sum to {sum}, not {amount}";
        }
        BigInteger magnitude = BigInteger.Abs(amount);
        int sign = Math.Sign(amount);
        var roundedUp = new bool[parts.Count];
        var remainders = new BigInteger[parts.Count];
        for (int i = 0; i < parts.Count; i++)
        {
            BigInteger floor = BigInteger.DivRem(magnitude * weights[i], total, out remainders[i]);
            BigInteger part = parts[i];
            if (part != sign * floor && part != sign * (floor + 1))
            {
                return $"part {i} is {part}, but the exact share {sign * magnitude * weights[i]}/{total} rounds to {sign * floor} or {sign * (floor + 1)}";
            }
            if (weights[i].IsZero && part != 0)
            {
                return $"part {i} has weight zero but is {part}";
            }
            roundedUp[i] = part != sign * floor;
        }
        for (int i = 0; i < parts.Count; i++)
        {
            for (int j = 0; j < parts.Count; j++)
            {
                if (roundedUp[i] && !roundedUp[j] && (remainders[i] < remainders[j] || (remainders[i] == remainders[j] && i > j)))
                {
                    return $"part {i} (remainder {remainders[i]}) was rounded up before part {j} (remainder {remainders[j]})";
                }
            }
        }
        return null;
    }
}
