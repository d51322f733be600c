using System.Runtime.InteropServices;

namespace Sannong.Domain.Exposure;

/// <summary>
/// The one copy of the caller's amounts: read once into one buffer (a collection is copied straight into an array of
/// its size; any other sequence into a buffer that grows by doubling, whose used part is then sorted in place, never
/// copied again), validated, sorted ascending, with their total.
/// </summary>
internal sealed class SortedAmounts
{
    private readonly double[] _buffer;

    private SortedAmounts(double[] buffer, int count, double total)
    {
        _buffer = buffer;
        Count = count;
        Total = total;
    }

    /// <summary>The amounts in ascending order.</summary>
    internal ReadOnlySpan<double> Values => _buffer.AsSpan(0, Count);

    /// <summary>How many amounts.</summary>
    internal int Count { get; }

    /// <summary>Their sum (added in ascending order).</summary>
    internal double Total { get; }

    /// <summary>True when the measures are defined: at least one amount and a positive total.</summary>
    internal bool HasMass => Count > 0 && Total > 0.0;

    internal static SortedAmounts From(IEnumerable<double> amounts, string paramName)
    {
        ArgumentNullException.ThrowIfNull(amounts, paramName);
        double[] buffer;
        int count;
        if (amounts is ICollection<double> collection)
        {
            buffer = new double[collection.Count];
            collection.CopyTo(buffer, 0);
            count = buffer.Length;
        }
        else
        {
            buffer = new double[16];
            count = 0;
            foreach (double x in amounts)
            {
                if (count == buffer.Length)
                {
                    Array.Resize(ref buffer, checked(buffer.Length * 2));
                }
                buffer[count++] = x;
            }
        }
        return Finish(buffer, count, paramName);
    }

    internal static SortedAmounts From(IEnumerable<long> amounts, string paramName)
    {
        ArgumentNullException.ThrowIfNull(amounts, paramName);
        // An array or a list is read as a span (no enumerator); any other sequence through its enumerator.
        ReadOnlySpan<long> span = amounts switch
        {
            long[] array => array,
            List<long> list => CollectionsMarshal.AsSpan(list),
            _ => default,
        };
        if (span.Length > 0 || amounts is long[] or List<long>)
        {
            double[] copy = new double[Math.Max(span.Length, 1)];
            for (int i = 0; i < span.Length; i++)
            {
                copy[i] = NonNegative(span[i], paramName);
            }
            return Finish(copy, span.Length, paramName, validated: true);
        }
        double[] buffer = new double[amounts is ICollection<long> c ? Math.Max(c.Count, 1) : 16];
        int count = 0;
        foreach (long x in amounts)
        {
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, checked(buffer.Length * 2));
            }
            buffer[count++] = NonNegative(x, paramName);
        }
        return Finish(buffer, count, paramName, validated: true);
    }

    /// <summary>Whole amounts held in a span (a tally's counts), sorted by <see cref="CountSort"/>: the same values,
    /// order and total as <see cref="From(IEnumerable{long}, string)"/> of the same amounts.</summary>
    internal static SortedAmounts FromCounts(ReadOnlySpan<long> amounts, string paramName)
    {
        foreach (long x in amounts)
        {
            NonNegative(x, paramName);
        }
        double[] buffer = CountSort.SortedAscending(amounts);
        // The same sum, in the same ascending order, as Finish: every amount came from a long, so it is finite.
        double total = 0.0;
        foreach (double x in buffer)
        {
            total += x;
        }
        return new SortedAmounts(buffer, buffer.Length, total);
    }

    private static double NonNegative(long x, string paramName) => x >= 0
        ? x
        : throw new ArgumentOutOfRangeException(paramName,
            $"{paramName} must not contain a negative amount, but contained {x.ToString(CultureInfo.InvariantCulture)}.");

    // validated: every amount came from a non-negative long, so it is a finite non-negative double already.
    private static SortedAmounts Finish(double[] buffer, int count, string paramName, bool validated = false)
    {
        for (int i = 0; i < count && !validated; i++)
        {
            double x = buffer[i];
            if (!(x >= 0.0) || double.IsPositiveInfinity(x))
            {
                throw new ArgumentOutOfRangeException(paramName,
                    $"{paramName} must contain only finite non-negative amounts, but contained {x.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
        Array.Sort(buffer, 0, count);
        double total = 0.0;
        for (int i = 0; i < count; i++)
        {
            total += buffer[i];
        }
        if (double.IsInfinity(total))
        {
            throw new ArgumentOutOfRangeException(paramName, $"{paramName} must have a finite total, but the total overflowed.");
        }
        return new SortedAmounts(buffer, count, total);
    }
}
