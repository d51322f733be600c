using System;
using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;

namespace Sannong.Domain;

/// <summary>
/// STUB until feature/primitives merges: an amount of Chinese yuan (人民币 rénmínbì, CNY), exact to the fen
/// (分, 0.01 yuan), held as a whole number of fen.
/// </summary>
/// <remarks>
/// <para>Equality and ordering are those of the amount in fen. Arithmetic is checked: a result out of range
/// throws <see cref="OverflowException"/>.</para>
/// <para><c>default(Money)</c> is <see cref="Zero"/>.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for further information.</threadsafety>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    private readonly long _fen;

    private Money(long fen) => _fen = fen;

    /// <summary>No money: 0.00 yuan. The same as <c>default(Money)</c>.</summary>
    public static Money Zero => default;

    /// <summary>The amount as a whole number of fen.</summary>
    public long Fen => _fen;

    /// <summary>The amount in yuan, with two decimal places.</summary>
    public decimal Yuan => _fen * 0.01m;

    /// <summary>Creates an amount from a whole number of fen.</summary>
    /// <param name="fen">The amount in fen; any value.</param>
    /// <returns>The amount.</returns>
    public static Money FromFen(long fen) => new(fen);

    /// <summary>Creates an amount from yuan, which must be a whole number of fen (never rounded).</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="yuan"/> has more than two decimal places.</exception>
    /// <exception cref="OverflowException"><paramref name="yuan"/> is out of range.</exception>
    public static Money FromYuan(decimal yuan)
    {
        decimal fen = yuan * 100m;
        if (fen != decimal.Truncate(fen))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"yuan must be a whole number of fen (at most two decimal places, never rounded), but was {yuan}."),
                nameof(yuan));
        }
        return new Money((long)fen);
    }

    /// <summary>Returns the amount in yuan with two decimals, invariant culture: <c>1234.56</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Yuan.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>Compares two amounts for equality.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>True when both have the same number of fen.</returns>
    public bool Equals(Money other) => _fen == other._fen;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Money"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Money other && Equals(other);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _fen.GetHashCode();

    /// <summary>Orders amounts.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Money other) => _fen.CompareTo(other._fen);

    /// <summary>Orders against an object, which must be a <see cref="Money"/> or null.</summary>
    /// <param name="obj">The object; null sorts first.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Money"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("obj must be a Money.", nameof(obj)),
    };

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is out of range.</exception>
    public static Money operator +(Money left, Money right) => new(checked(left._fen + right._fen));

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The amount taken away.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is out of range.</exception>
    public static Money operator -(Money left, Money right) => new(checked(left._fen - right._fen));

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    /// <exception cref="OverflowException">The amount is the most negative one.</exception>
    public static Money operator -(Money value) => new(checked(-value._fen));

    /// <summary>Equality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Money left, Money right) => left._fen == right._fen;

    /// <summary>Inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Money left, Money right) => left._fen != right._fen;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is less.</returns>
    public static bool operator <(Money left, Money right) => left._fen < right._fen;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Money left, Money right) => left._fen <= right._fen;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is greater.</returns>
    public static bool operator >(Money left, Money right) => left._fen > right._fen;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Money left, Money right) => left._fen >= right._fen;
    /// <summary>Splits this amount into parts that differ by at most one fen and sum to it exactly; the first
    /// <c>|fen| mod parts</c> parts are one fen further from zero.</summary>
    /// <param name="parts">The number of parts; at least 1.</param>
    /// <returns>The parts, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is zero or negative.</exception>
    public ImmutableArray<Money> Split(int parts)
    {
        if (parts <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), parts, $"parts must be positive, but was {parts}.");
        }
        long[] weights = new long[parts];
        Array.Fill(weights, 1L);
        return Allocate(weights);
    }

    /// <summary>Allocates this amount in proportion to whole-number weights by the largest-remainder method: the
    /// parts sum to the amount exactly and each lies within one fen of its exact share.</summary>
    /// <param name="weights">The weights, one per part: none negative, at least one positive.</param>
    /// <returns>One part per weight, in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, contains a negative weight, or has no positive weight.</exception>
    public ImmutableArray<Money> Allocate(params ReadOnlySpan<long> weights)
    {
        BigInteger[] w = new BigInteger[weights.Length];
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = weights[i];
        }
        return ToMonies(LargestRemainderStub(_fen, w));
    }

    /// <summary>Allocates this amount in proportion to decimal weights by the largest-remainder method: the parts
    /// sum to the amount exactly and each lies within one fen of its exact share.</summary>
    /// <param name="weights">The weights, one per part: none negative, at least one positive.</param>
    /// <returns>One part per weight, in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, contains a negative weight, or has no positive weight.</exception>
    public ImmutableArray<Money> Allocate(params ReadOnlySpan<decimal> weights) => ToMonies(LargestRemainderStub(_fen, ScaleStub(weights)));

    private static ImmutableArray<Money> ToMonies(long[] fen)
    {
        ImmutableArray<Money>.Builder builder = ImmutableArray.CreateBuilder<Money>(fen.Length);
        foreach (long f in fen)
        {
            builder.Add(new Money(f));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>Scales decimal weights exactly to integers by a common power of ten (stub).</summary>
    internal static BigInteger[] ScaleStub(ReadOnlySpan<decimal> weights)
    {
        int maxScale = 0;
        foreach (decimal weight in weights)
        {
            maxScale = Math.Max(maxScale, weight.Scale);
        }
        BigInteger[] w = new BigInteger[weights.Length];
        for (int i = 0; i < w.Length; i++)
        {
            int[] bits = decimal.GetBits(weights[i]);
            BigInteger mantissa = (new BigInteger(unchecked((uint)bits[2])) << 64) | (new BigInteger(unchecked((uint)bits[1])) << 32) | unchecked((uint)bits[0]);
            w[i] = (weights[i] < 0m ? -mantissa : mantissa) * BigInteger.Pow(10, maxScale - weights[i].Scale);
        }
        return w;
    }

    /// <summary>The largest-remainder method over integer weights (stub): floor shares, then one unit each to the
    /// largest remainders, ties to the earlier index; a negative amount is allocated as its magnitude, negated.</summary>
    internal static long[] LargestRemainderStub(long amount, BigInteger[] weights)
    {
        BigInteger total = BigInteger.Zero;
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"weights must not be negative, but weights[{i}] was {weights[i]}."), nameof(weights));
            }
            total += weights[i];
        }
        if (total.IsZero)
        {
            throw new ArgumentException("weights must contain at least one positive weight.", nameof(weights));
        }
        BigInteger magnitude = BigInteger.Abs(amount);
        BigInteger[] parts = new BigInteger[weights.Length];
        BigInteger[] remainders = new BigInteger[weights.Length];
        BigInteger given = BigInteger.Zero;
        for (int i = 0; i < weights.Length; i++)
        {
            parts[i] = BigInteger.DivRem(magnitude * weights[i], total, out remainders[i]);
            given += parts[i];
        }
        int[] order = new int[weights.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (x, y) => remainders[y] != remainders[x] ? remainders[y].CompareTo(remainders[x]) : x.CompareTo(y));
        for (int k = 0; k < (int)(magnitude - given); k++)
        {
            parts[order[k]] += 1;
        }
        long[] result = new long[weights.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = (long)(amount < 0 ? -parts[i] : parts[i]);
        }
        return result;
    }
}
