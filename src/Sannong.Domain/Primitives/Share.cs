using System.Numerics;
using Sannong.Domain.Utility;

namespace Sannong.Domain;

/// <summary>
/// A proportion between 0 and 1 inclusive (占比 zhànbǐ): the share of a programme's mentees who earn from their
/// content (the goal "at least 50% of them earn money"), the share of a budget spent, the share of
/// impressions that went to the top creators.
/// </summary>
/// <remarks>
/// <para>The ratio is held as a <see cref="double"/> in [0, 1]; NaN, infinities and values outside the range
/// are rejected. A share is a measurement, not money: it is never used to compute amounts of
/// <see cref="Money"/>, which allocate by exact integer weights instead.</para>
/// <para>Equality and ordering are those of <see cref="Value"/> (exact comparison of the doubles; -0 is stored
/// as +0, so the two are the same share). <see cref="FromPercentage"/> divides by 100 and
/// <see cref="Percentage"/> multiplies by 100 in binary floating point, so a percentage may come back differing
/// in its last bit.</para>
/// <para><c>default(Share)</c> is <see cref="Zero"/>.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
public readonly struct Share :
    IEquatable<Share>,
    IComparable<Share>,
    IComparable,
    IComparisonOperators<Share, Share, bool>,
    IFormattable,
    IComparableValue<Share>
{
    private const string TypeName = nameof(Share);
    private readonly double _value;

    // Adding +0.0 turns -0.0 into +0.0 and leaves every other value unchanged.
    private Share(double value) => _value = value + 0.0;

    /// <summary>The share of nothing: 0 (0%). The same as <c>default(Share)</c>.</summary>
    public static Share Zero => default;

    /// <summary>The whole: 1 (100%).</summary>
    public static Share One => new(1.0);

    /// <summary>The proportion as a ratio in [0, 1]: 0.5 for half.</summary>
    public double Value => _value;

    /// <summary>The proportion as a percentage in [0, 100]: 50 for half (<see cref="Value"/> times 100).</summary>
    public double Percentage => _value * 100.0;

    /// <summary>The rest of the whole: 1 - <see cref="Value"/>. The complement of 30% is 70%.</summary>
    /// <returns>The share 1 - <see cref="Value"/>.</returns>
    /// <remarks>A method rather than a property so that serializers and notebook displays, which walk properties,
    /// do not recurse through the complement's complement.</remarks>
    public Share Complement() => new(1.0 - _value);

    /// <summary>Creates a share from a ratio in [0, 1].</summary>
    /// <param name="ratio">The ratio: 0.5 for half.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is NaN or outside [0, 1].</exception>
    public static Share FromRatio(double ratio) => new(Preconditions.CheckInRange(ratio, 0.0, 1.0));

    /// <summary>Creates a share from a percentage in [0, 100].</summary>
    /// <param name="percentage">The percentage: 50 for half.</param>
    /// <returns>The share whose <see cref="Value"/> is <paramref name="percentage"/> / 100.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentage"/> is NaN or outside [0, 100].</exception>
    public static Share FromPercentage(double percentage) => new(Preconditions.CheckInRange(percentage, 0.0, 100.0) / 100.0);

    /// <summary>The share that a part is of a whole, counted: 50,000 earners of 100,000 mentees is 50%.</summary>
    /// <param name="part">The part: between 0 and <paramref name="whole"/> inclusive.</param>
    /// <param name="whole">The whole: greater than 0.</param>
    /// <returns>The share <paramref name="part"/> / <paramref name="whole"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is zero or negative, or
    /// <paramref name="part"/> is negative or greater than <paramref name="whole"/>.</exception>
    public static Share Of(long part, long whole)
    {
        Preconditions.CheckPositive(whole);
        Preconditions.CheckInRange(part, 0L, whole);
        // Both conversions round monotonically, so (double)part <= (double)whole and the ratio stays within [0, 1].
        return new((double)part / whole);
    }

    /// <summary>Compares two shares for equality.</summary>
    /// <param name="other">The share to compare with.</param>
    /// <returns>True when both have the same <see cref="Value"/>.</returns>
    public bool Equals(Share other) => _value == other._value;

    /// <summary>Compares this share with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Share"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Share other && Equals(other);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code of <see cref="Value"/>.</returns>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Orders shares by value.</summary>
    /// <param name="other">The share to compare with.</param>
    /// <returns>Negative, zero or positive as this share is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Share other) => _value.CompareTo(other._value);

    /// <summary>Formats the share as an invariant percentage with up to two decimals and no space before the
    /// sign: <c>50%</c>, <c>12.5%</c>, <c>33.33%</c>, <c>0%</c>, <c>100%</c>.</summary>
    /// <returns>The invariant percentage text.</returns>
    public override string ToString() => Percentage.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// Formats the share with a format and a culture. "G" (or null or empty) is the invariant form of
    /// <see cref="ToString()"/>, whatever the culture. "P" is the culture's percent format with two decimals
    /// (en-US and zh-CN <c>12.50%</c>, fr-FR <c>12,50 %</c>); "P0" to "P9" choose the number of decimals.
    /// Formats are case-insensitive.
    /// </summary>
    /// <param name="format">"G", "P", "P0" to "P9", or null.</param>
    /// <param name="formatProvider">The culture; null means the current culture. Ignored by "G".</param>
    /// <returns>The formatted share.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (string.IsNullOrEmpty(format) || format is "G" or "g")
        {
            return ToString();
        }
        if (format is ['P' or 'p'] || (format is ['P' or 'p', >= '0' and <= '9']))
        {
            return _value.ToString(format.Length == 1 ? "P2" : format.ToUpperInvariant(), NumberFormatInfo.GetInstance(formatProvider));
        }
        throw NumberFormat.Unsupported(format, TypeName, "G, P or P0 to P9");
    }

    /// <summary>Compares two shares for equality.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>True when both have the same <see cref="Value"/>.</returns>
    public static bool operator ==(Share left, Share right) => left.Equals(right);

    /// <summary>Compares two shares for inequality.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Share left, Share right) => !left.Equals(right);

    /// <summary>Orders two shares.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>True when <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    public static bool operator <(Share left, Share right) => left.CompareTo(right) < 0;

    /// <summary>Orders two shares.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>True when <paramref name="left"/> is less than or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(Share left, Share right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two shares.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>True when <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    public static bool operator >(Share left, Share right) => left.CompareTo(right) > 0;

    /// <summary>Orders two shares.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>True when <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(Share left, Share right) => left.CompareTo(right) >= 0;
}
