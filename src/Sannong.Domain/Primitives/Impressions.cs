using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sannong.Domain;

/// <summary>
/// STUB until feature/primitives merges: a non-negative number of impressions (曝光 bàoguāng), the unit of
/// traffic support.
/// </summary>
/// <remarks><c>default(Impressions)</c> is zero impressions. Arithmetic is checked.</remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for further information.</threadsafety>
public readonly struct Impressions : IEquatable<Impressions>, IComparable<Impressions>
{
    /// <summary>Creates a number of impressions.</summary>
    /// <param name="count">The count; must not be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public Impressions(long count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"count must not be negative, but was {count}.");
        }
        Count = count;
    }

    /// <summary>Zero impressions.</summary>
    public static Impressions Zero => default;

    /// <summary>The number of impressions.</summary>
    public long Count { get; }

    /// <summary>Returns the count as invariant digits.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Count.ToString(CultureInfo.InvariantCulture);

    /// <summary>Equality.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Impressions other) => Count == other.Count;

    /// <summary>Equality with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns>True when equal.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Impressions other && Equals(other);

    /// <summary>A hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => Count.GetHashCode();

    /// <summary>Orders counts.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Impressions other) => Count.CompareTo(other.Count);

    /// <summary>Adds.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum overflows.</exception>
    public static Impressions operator +(Impressions left, Impressions right) => new(checked(left.Count + right.Count));

    /// <summary>Subtracts.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The result would be negative.</exception>
    public static Impressions operator -(Impressions left, Impressions right) =>
        left.Count < right.Count
            ? throw new OverflowException($"Impressions cannot be negative: {left.Count} - {right.Count}.")
            : new(left.Count - right.Count);

    /// <summary>Equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Impressions left, Impressions right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Impressions left, Impressions right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when less.</returns>
    public static bool operator <(Impressions left, Impressions right) => left.Count < right.Count;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when less or equal.</returns>
    public static bool operator <=(Impressions left, Impressions right) => left.Count <= right.Count;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when greater.</returns>
    public static bool operator >(Impressions left, Impressions right) => left.Count > right.Count;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when greater or equal.</returns>
    public static bool operator >=(Impressions left, Impressions right) => left.Count >= right.Count;
}
