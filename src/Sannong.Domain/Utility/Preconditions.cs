using System.Runtime.CompilerServices;

namespace Sannong.Domain.Utility;

/// <summary>
/// The one place argument checks live, so that every check reads the same and every message names the argument
/// (through <see cref="CallerArgumentExpressionAttribute"/>) and the rule it broke, on one line. This part holds the
/// general checks (null, sign, range, <c>default</c>, defined enum members); the text rules are in
/// Preconditions.Text.cs and the ISO-calendar rule in Preconditions.Calendar.cs.
/// </summary>
/// <remarks>Values in messages are formatted with the invariant culture, whatever the current culture. The sign
/// checks are generic over comparable value types whose <c>default</c> is their zero (<see cref="int"/>,
/// <see cref="long"/>, <see cref="double"/>, NodaTime's <c>Duration</c>, and the library's <c>Money</c> and
/// <c>Impressions</c>), so that this top layer needs no type of the layers below it.</remarks>
internal static partial class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is below its type's zero
    /// (its <c>default</c>): "<c>x must not be negative, but was -1.</c>", or "<c>… -0.01 yuan.</c>" with a
    /// <paramref name="unit"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit written after the value in the message, or null for none.</param>
    /// <param name="paramName">The argument's name.</param>
    internal static T CheckNonNegative<T>(T value, string? unit = null, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, IComparable<T>
    {
        if (value.CompareTo(default) < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, string.Create(CultureInfo.InvariantCulture, $"{paramName} must not be negative, but was {value}{Unit(unit)}."));
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is not above its type's
    /// zero (its <c>default</c>): "<c>x must be positive, but was 0.</c>", or "<c>… 0 impressions.</c>" with a
    /// <paramref name="unit"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit written after the value in the message, or null for none.</param>
    /// <param name="paramName">The argument's name.</param>
    internal static T CheckPositive<T>(T value, string? unit = null, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, IComparable<T>
    {
        if (value.CompareTo(default) <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, string.Create(CultureInfo.InvariantCulture, $"{paramName} must be positive, but was {value}{Unit(unit)}."));
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> lies outside [min, max]
    /// (a <see cref="double.NaN"/> lies outside every range): "<c>x must be between 0 and 1 inclusive, but was 1.5.</c>".</summary>
    internal static T CheckInRange<T>(T value, T min, T max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : IComparable<T> =>
        CheckInRange(value, min, max, " inclusive", paramName);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> lies outside [min, max],
    /// as <see cref="CheckInRange{T}(T, T, T, string)"/> does, with the wording of the feed simulation's options, which
    /// the command line shows as it is: "<c>cut must be between 0 and 1, but was 2.</c>".</summary>
    internal static T CheckBetween<T>(T value, T min, T max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : IComparable<T> =>
        CheckInRange(value, min, max, string.Empty, paramName);

    private static T CheckInRange<T>(T value, T min, T max, string inclusive, string? paramName)
        where T : IComparable<T>
    {
        // double.CompareTo orders NaN below every number, so NaN is refused as below min.
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            throw new ArgumentOutOfRangeException(paramName, string.Create(CultureInfo.InvariantCulture, $"{paramName} must be between {min} and {max}{inclusive}, but was {value}."));
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="value"/> is its type's <c>default</c>, which
    /// the type documents as not valid (an identifier, a region): "<c>id must be a valid ContentId, but was
    /// default(ContentId).</c>".</summary>
    /// <param name="value">The value.</param>
    /// <param name="description">What a valid value is called in the message; null for the type's name.</param>
    /// <param name="paramName">The argument's name.</param>
    internal static T CheckNotDefault<T>(T value, string? description = null, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, IEquatable<T>
    {
        if (value.Equals(default))
        {
            string type = typeof(T).Name;
            throw new ArgumentException($"{paramName} must be a valid {description ?? type}, but was default({type}).", paramName);
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="value"/> is given but is its type's
    /// <c>default</c>: "<c>beneficiary must be null or a valid influencer id, but was default(InfluencerId).</c>".</summary>
    /// <param name="value">The value, or null.</param>
    /// <param name="description">What a valid value is called in the message; null for the type's name.</param>
    /// <param name="paramName">The argument's name.</param>
    internal static T? CheckNullOrNotDefault<T>(T? value, string? description = null, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, IEquatable<T>
    {
        if (value is { } given && given.Equals(default))
        {
            string type = typeof(T).Name;
            throw new ArgumentException($"{paramName} must be null or a valid {description ?? type}, but was default({type}).", paramName);
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="defined"/> is false, for an enum
    /// value that is not one of its type's members: "<c>kind must be a defined ContentKind, but was 9.</c>".</summary>
    /// <param name="value">The value.</param>
    /// <param name="defined">Whether it is a member; the enum's own test (such as <c>ContentKinds.IsDefined</c>).</param>
    /// <param name="paramName">The argument's name.</param>
    internal static T CheckDefined<T>(T value, bool defined, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, Enum
    {
        if (!defined)
        {
            throw Undefined(value, paramName);
        }
        return value;
    }

    /// <summary>The <see cref="ArgumentOutOfRangeException"/> for an enum value that is not one of its type's members,
    /// for the default arm of a switch: "<c>tier must be a defined FollowerTier, but was 9.</c>" (one line: no
    /// "Actual value was" line).</summary>
    internal static ArgumentOutOfRangeException Undefined<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, Enum =>
        new(paramName, $"{paramName} must be a defined {typeof(T).Name}, but was {value.ToString("D")}.");

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is not a member of its
    /// enum type (by <see cref="Enum.IsDefined{TEnum}(TEnum)"/>).</summary>
    internal static T CheckDefined<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, Enum =>
        CheckDefined(value, Enum.IsDefined(value), paramName);

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="condition"/> is false.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    private static string Unit(string? unit) => unit is null ? string.Empty : " " + unit;
}
