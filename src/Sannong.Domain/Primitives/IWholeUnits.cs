using System.Numerics;

namespace Sannong.Domain;

/// <summary>
/// A quantity held as a whole number of units in a <see cref="long"/>: <see cref="Money"/> (fen) and
/// <see cref="Impressions"/> (whole impressions). This interface holds, once for both, their exact sum, their split
/// and allocation by the largest-remainder method (<see cref="LargestRemainder"/>), and Min and Max; each type's public
/// members delegate to it in one line. It also names, once for both, the public interfaces they share: equality,
/// ordering, comparison operators, addition, subtraction and multiplication by a whole number.
/// </summary>
/// <typeparam name="TSelf">The quantity type.</typeparam>
internal interface IWholeUnits<TSelf> :
    IEquatable<TSelf>,
    IComparableValue<TSelf>,
    IComparisonOperators<TSelf, TSelf, bool>,
    IAdditionOperators<TSelf, TSelf, TSelf>,
    ISubtractionOperators<TSelf, TSelf, TSelf>,
    IMultiplyOperators<TSelf, long, TSelf>
    where TSelf : struct, IWholeUnits<TSelf>
{
    /// <summary>The quantity in units: fen, or impressions.</summary>
    long Units { get; }

    /// <summary>The quantity of <paramref name="units"/> units, which the allocation keeps in the type's range.</summary>
    static abstract TSelf FromUnits(long units);

    /// <summary>The exact total of <paramref name="values"/> (not null), summed in 128 bits so that only the total must fit.</summary>
    /// <exception cref="OverflowException">The total lies outside the range of a <see cref="long"/>.</exception>
    static TSelf Sum(IEnumerable<TSelf> values)
    {
        Int128 total = 0;
        foreach (TSelf value in values)
        {
            total += value.Units;
        }
        return TSelf.FromUnits(CheckedArithmetic.ToInt64(total, typeof(TSelf).Name));
    }

    /// <summary><paramref name="value"/> split into <paramref name="parts"/> parts that differ by at most one unit.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is zero or negative.</exception>
    static ImmutableArray<TSelf> Split(TSelf value, int parts) => ToValues(LargestRemainder.Split(value.Units, parts, nameof(parts)));

    /// <summary><paramref name="value"/> allocated in proportion to <paramref name="weights"/>.</summary>
    /// <exception cref="ArgumentException">A weight is negative, or none is positive.</exception>
    static ImmutableArray<TSelf> Allocate(TSelf value, ReadOnlySpan<int> weights) => ToValues(LargestRemainder.Allocate(value.Units, weights));

    /// <inheritdoc cref="Allocate(TSelf, ReadOnlySpan{int})"/>
    static ImmutableArray<TSelf> Allocate(TSelf value, ReadOnlySpan<long> weights) => ToValues(LargestRemainder.Allocate(value.Units, weights));

    /// <inheritdoc cref="Allocate(TSelf, ReadOnlySpan{int})"/>
    static ImmutableArray<TSelf> Allocate(TSelf value, ReadOnlySpan<decimal> weights) => ToValues(LargestRemainder.Allocate(value.Units, weights));

    /// <summary>The smaller of two quantities; <paramref name="x"/> when they are equal.</summary>
    static TSelf Min(TSelf x, TSelf y) => x <= y ? x : y;

    /// <summary>The larger of two quantities; <paramref name="x"/> when they are equal.</summary>
    static TSelf Max(TSelf x, TSelf y) => x >= y ? x : y;

    private static ImmutableArray<TSelf> ToValues(long[] units)
    {
        ImmutableArray<TSelf>.Builder builder = ImmutableArray.CreateBuilder<TSelf>(units.Length);
        foreach (long u in units)
        {
            builder.Add(TSelf.FromUnits(u));
        }
        return builder.MoveToImmutable();
    }
}
