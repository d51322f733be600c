using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sannong.Domain;

/// <summary>
/// STUB until feature/primitives merges: a proportion between 0 and 1 inclusive (占比 zhànbǐ).
/// </summary>
/// <remarks>
/// <para>Equality and ordering are those of <see cref="Value"/>.</para>
/// <para><c>default(Share)</c> is the share 0.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for further information.</threadsafety>
public readonly struct Share : IEquatable<Share>, IComparable<Share>, IComparable
{
    private readonly double _value;

    private Share(double value) => _value = value + 0.0;

    /// <summary>The proportion as a ratio in [0, 1].</summary>
    public double Value => _value;

    /// <summary>Creates a share from a ratio in [0, 1].</summary>
    /// <param name="ratio">The ratio: 0.5 for half.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is NaN or outside [0, 1].</exception>
    public static Share FromRatio(double ratio) =>
        ratio >= 0.0 && ratio <= 1.0
            ? new(ratio)
            : throw new ArgumentOutOfRangeException(nameof(ratio), ratio,
                string.Create(CultureInfo.InvariantCulture, $"ratio must be between 0 and 1 inclusive, but was {ratio}."));

    /// <summary>Returns the share as a percentage with up to two decimals, invariant culture: <c>50%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (_value * 100.0).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>Compares two shares for equality.</summary>
    /// <param name="other">The share to compare with.</param>
    /// <returns>True when the values are equal.</returns>
    public bool Equals(Share other) => _value == other._value;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Share"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Share other && Equals(other);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Orders shares.</summary>
    /// <param name="other">The share to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Share other) => _value.CompareTo(other._value);

    /// <summary>Orders against an object, which must be a <see cref="Share"/> or null.</summary>
    /// <param name="obj">The object; null sorts first.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Share"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Share other => CompareTo(other),
        _ => throw new ArgumentException("obj must be a Share.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Share left, Share right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Share left, Share right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>True when <paramref name="left"/> is less.</returns>
    public static bool operator <(Share left, Share right) => left._value < right._value;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>True when <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Share left, Share right) => left._value <= right._value;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>True when <paramref name="left"/> is greater.</returns>
    public static bool operator >(Share left, Share right) => left._value > right._value;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>True when <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Share left, Share right) => left._value >= right._value;
}
