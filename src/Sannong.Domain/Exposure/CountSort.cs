using System.Runtime.InteropServices;

namespace Sannong.Domain.Exposure;

/// <summary>
/// Sorts non-negative whole amounts (counts such as views per creator) for the inequality measures: a least
/// significant digit radix sort, 11 bits a pass, that skips the passes whose digit is the same for every amount
/// (heavy-tailed counts rarely need more than four). It gives the same ascending doubles as converting the amounts and
/// sorting them with <see cref="Array.Sort(Array)"/>: the conversion from <see cref="long"/> to <see cref="double"/>
/// never reverses an order, so the sorted sequence of values is the same.
/// </summary>
internal static class CountSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = (63 + DigitBits - 1) / DigitBits;

    /// <summary>The amounts as doubles in ascending order, in a new array of their length; two arrays of that size
    /// are used on the way (the result and one scratch buffer).</summary>
    /// <param name="counts">The amounts, every one non-negative (the caller has checked).</param>
    internal static double[] SortedAscending(ReadOnlySpan<long> counts)
    {
        int n = counts.Length;
        double[] result = new double[n];
        if (n == 0)
        {
            return result;
        }
        // The result array holds the longs during the sort (its bits reinterpreted), then each is converted in place.
        Span<long> data = MemoryMarshal.Cast<double, long>(result.AsSpan());
        counts.CopyTo(data);
        int[] histogram = new int[Passes * Buckets];
        foreach (long x in data)
        {
            ulong u = (ulong)x;
            for (int p = 0; p < Passes; p++)
            {
                histogram[(p * Buckets) + (int)((u >> (p * DigitBits)) & (Buckets - 1))]++;
            }
        }
        long[]? scratchArray = null;
        Span<long> source = data;
        Span<long> target = default;
        for (int p = 0; p < Passes; p++)
        {
            Span<int> counts11 = histogram.AsSpan(p * Buckets, Buckets);
            if (counts11.Contains(n))
            {
                continue; // every amount has the same digit here: this pass would not move anything
            }
            scratchArray ??= new long[n];
            target = source == data ? scratchArray : data;
            int offset = 0;
            for (int b = 0; b < Buckets; b++)
            {
                int c = counts11[b];
                counts11[b] = offset;
                offset += c;
            }
            int shift = p * DigitBits;
            foreach (long x in source)
            {
                int b = (int)(((ulong)x >> shift) & (Buckets - 1));
                target[counts11[b]++] = x;
            }
            source = target;
        }
        if (source != data)
        {
            source.CopyTo(data);
        }
        for (int i = 0; i < n; i++)
        {
            result[i] = data[i];
        }
        return result;
    }
}
