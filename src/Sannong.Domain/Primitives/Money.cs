using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sannong.Domain;

/// <summary>
/// STUB until feature/primitives merges: an amount of Chinese yuan (CNY, 人民币 rénmínbì), exact to the fen
/// (分, one hundredth of a yuan), held as a whole number of fen.
/// </summary>
/// <remarks><c>default(Money)</c> is zero yuan. Arithmetic is checked: overflow throws <see cref="OverflowException"/>.</remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for further information.</threadsafety>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    private Money(long fen) => Fen = fen;

    /// <summary>Zero yuan.</summary>
    public static Money Zero => default;

    /// <summary>The amount in fen (hundredths of a yuan).</summary>
    public long Fen { get; }

    /// <summary>The amount in yuan, exact.</summary>
    public decimal Yuan => Fen / 100m;

    /// <summary>Creates an amount from a number of fen.</summary>
    /// <param name="fen">The amount in fen; may be negative.</param>
    /// <returns>The amount.</returns>
    public static Money FromFen(long fen) => new(fen);

    /// <summary>Creates an amount from yuan with at most two decimals.</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="yuan"/> has more than two decimals.</exception>
    /// <exception cref="OverflowException">The amount in fen does not fit a 64-bit integer.</exception>
    public static Money FromYuan(decimal yuan)
    {
        decimal fen = yuan * 100m;
        if (fen != decimal.Truncate(fen))
        {
            throw new ArgumentException($"yuan must have at most two decimals, but was {yuan.ToString(CultureInfo.InvariantCulture)}.", nameof(yuan));
        }
        return new Money(decimal.ToInt64(fen));
    }

    /// <summary>Returns the amount in yuan with two decimals, invariant culture, for example <c>1234.56</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Yuan.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Equality of amounts.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Money other) => Fen == other.Fen;

    /// <summary>Equality with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns>True when <paramref name="obj"/> is an equal amount.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Money other && Equals(other);

    /// <summary>A hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => Fen.GetHashCode();

    /// <summary>Orders amounts.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum overflows.</exception>
    public static Money operator +(Money left, Money right) => new(checked(left.Fen + right.Fen));

    /// <summary>Subtracts two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference overflows.</exception>
    public static Money operator -(Money left, Money right) => new(checked(left.Fen - right.Fen));

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    /// <exception cref="OverflowException">The amount is the smallest representable.</exception>
    public static Money operator -(Money value) => new(checked(-value.Fen));

    /// <summary>Equality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when less.</returns>
    public static bool operator <(Money left, Money right) => left.Fen < right.Fen;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when less or equal.</returns>
    public static bool operator <=(Money left, Money right) => left.Fen <= right.Fen;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when greater.</returns>
    public static bool operator >(Money left, Money right) => left.Fen > right.Fen;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when greater or equal.</returns>
    public static bool operator >=(Money left, Money right) => left.Fen >= right.Fen;
}
