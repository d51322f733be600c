namespace Sannong.Domain.Exposure;

/// <summary>
/// Sorts non-negative whole amounts (counts such as views per creator) for the inequality measures, in time linear
/// in their number for the common case: amounts below <see cref="Small"/> are counted in a histogram and written out
/// in order, and only the larger ones (few, when the amounts are heavy-tailed counts) are sorted by comparison. It
/// gives the same ascending doubles as converting the amounts and sorting them with <see cref="Array.Sort(Array)"/>:
/// the conversion from <see cref="long"/> to <see cref="double"/> never reverses an order, so the sorted sequence of
/// values is the same.
/// </summary>
internal static class CountSort
{
    /// <summary>The amounts counted rather than compared: 0 to 2^20 − 1 (a histogram of 4 MB).</summary>
    internal const int Small = 1 << 20;

    /// <summary>The amounts as doubles in ascending order, in a new array of their length.</summary>
    /// <param name="counts">The amounts, every one non-negative (the caller has checked).</param>
    internal static double[] SortedAscending(ReadOnlySpan<long> counts)
    {
        int n = counts.Length;
        double[] result = new double[n];
        if (n == 0)
        {
            return result;
        }
        long max = MaxOf(counts);
        int[] histogram = new int[max < Small ? (int)max + 1 : Small];
        int large = 0;
        foreach (long x in counts)
        {
            if (x < histogram.Length)
            {
                histogram[x]++;
            }
            else
            {
                large++;
            }
        }
        int at = 0;
        for (int value = 0; value < histogram.Length; value++)
        {
            int times = histogram[value];
            if (times > 0)
            {
                result.AsSpan(at, times).Fill(value);
                at += times;
            }
        }
        if (large > 0)
        {
            long[] rest = new long[large];
            int r = 0;
            foreach (long x in counts)
            {
                if (x >= histogram.Length)
                {
                    rest[r++] = x;
                }
            }
            Array.Sort(rest);
            foreach (long x in rest)
            {
                result[at++] = x;
            }
        }
        return result;
    }

    private static long MaxOf(ReadOnlySpan<long> counts)
    {
        long max = 0;
        foreach (long x in counts)
        {
            max = Math.Max(max, x);
        }
        return max;
    }
}
