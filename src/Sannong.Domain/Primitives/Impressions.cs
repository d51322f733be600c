using System;
using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;

namespace Sannong.Domain;

/// <summary>
/// STUB until feature/primitives merges: a number of impressions (曝光 bàoguāng), the unit of traffic support.
/// Never negative.
/// </summary>
/// <remarks>
/// <para>Equality and ordering are those of <see cref="Count"/>. Arithmetic is checked.</para>
/// <para><c>default(Impressions)</c> is <see cref="Zero"/>.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for further information.</threadsafety>
public readonly struct Impressions : IEquatable<Impressions>, IComparable<Impressions>, IComparable
{
    private readonly long _count;

    /// <summary>Creates a number of impressions.</summary>
    /// <param name="count">The count; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public Impressions(long count) =>
        _count = count >= 0 ? count : throw new ArgumentOutOfRangeException(nameof(count), count, $"count must not be negative, but was {count}.");

    /// <summary>No impressions. The same as <c>default(Impressions)</c>.</summary>
    public static Impressions Zero => default;

    /// <summary>The number of impressions.</summary>
    public long Count => _count;

    /// <summary>Returns the count in invariant digits.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _count.ToString(CultureInfo.InvariantCulture);

    /// <summary>Compares two counts for equality.</summary>
    /// <param name="other">The count to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Impressions other) => _count == other._count;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Impressions"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Impressions other && Equals(other);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _count.GetHashCode();

    /// <summary>Orders counts.</summary>
    /// <param name="other">The count to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Impressions other) => _count.CompareTo(other._count);

    /// <summary>Orders against an object, which must be an <see cref="Impressions"/> or null.</summary>
    /// <param name="obj">The object; null sorts first.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="Impressions"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Impressions other => CompareTo(other),
        _ => throw new ArgumentException("obj must be an Impressions.", nameof(obj)),
    };

    /// <summary>Adds two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is out of range.</exception>
    public static Impressions operator +(Impressions left, Impressions right) => new(checked(left._count + right._count));

    /// <summary>Subtracts one count from another.</summary>
    /// <param name="left">The count.</param>
    /// <param name="right">The count taken away; not more than <paramref name="left"/>.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative.</exception>
    public static Impressions operator -(Impressions left, Impressions right) => new(left._count - right._count);

    /// <summary>Equality.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Impressions left, Impressions right) => left._count == right._count;

    /// <summary>Inequality.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Impressions left, Impressions right) => left._count != right._count;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>True when <paramref name="left"/> is less.</returns>
    public static bool operator <(Impressions left, Impressions right) => left._count < right._count;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>True when <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Impressions left, Impressions right) => left._count <= right._count;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>True when <paramref name="left"/> is greater.</returns>
    public static bool operator >(Impressions left, Impressions right) => left._count > right._count;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>True when <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Impressions left, Impressions right) => left._count >= right._count;
    /// <summary>Splits this count into parts that differ by at most one and sum to it exactly; the first
    /// <c>count mod parts</c> parts are one larger.</summary>
    /// <param name="parts">The number of parts; at least 1.</param>
    /// <returns>The parts, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is zero or negative.</exception>
    public ImmutableArray<Impressions> Split(int parts)
    {
        if (parts <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), parts, $"parts must be positive, but was {parts}.");
        }
        long[] weights = new long[parts];
        Array.Fill(weights, 1L);
        return Allocate(weights);
    }

    /// <summary>Allocates this count in proportion to whole-number weights by the largest-remainder method: the
    /// parts sum to the count exactly and each lies within one impression of its exact share.</summary>
    /// <param name="weights">The weights, one per part: none negative, at least one positive.</param>
    /// <returns>One part per weight, in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, contains a negative weight, or has no positive weight.</exception>
    public ImmutableArray<Impressions> Allocate(params ReadOnlySpan<long> weights)
    {
        BigInteger[] w = new BigInteger[weights.Length];
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = weights[i];
        }
        return ToImpressions(Money.LargestRemainderStub(_count, w));
    }

    /// <summary>Allocates this count in proportion to decimal weights by the largest-remainder method: the parts
    /// sum to the count exactly and each lies within one impression of its exact share.</summary>
    /// <param name="weights">The weights, one per part: none negative, at least one positive.</param>
    /// <returns>One part per weight, in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, contains a negative weight, or has no positive weight.</exception>
    public ImmutableArray<Impressions> Allocate(params ReadOnlySpan<decimal> weights) =>
        ToImpressions(Money.LargestRemainderStub(_count, Money.ScaleStub(weights)));

    private static ImmutableArray<Impressions> ToImpressions(long[] counts)
    {
        ImmutableArray<Impressions>.Builder builder = ImmutableArray.CreateBuilder<Impressions>(counts.Length);
        foreach (long c in counts)
        {
            builder.Add(new Impressions(c));
        }
        return builder.MoveToImmutable();
    }
}
