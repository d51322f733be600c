using Sannong.Domain.Utility;

namespace Sannong.Domain;

/// <summary>
/// A number of impressions (曝光 bàoguāng, times a piece of content is shown in a feed): the unit of traffic.
/// A programme's traffic budget (流量扶持 liúliàng fúchí, traffic support) is measured in impressions, as in
/// "1 billion impressions of traffic support" (10亿流量).
/// </summary>
/// <remarks>
/// <para>The count is a whole number, never negative, held in a <see cref="long"/>. Arithmetic that would
/// leave that range, whether above <see cref="long.MaxValue"/> or below zero (subtracting more than there is),
/// throws <see cref="OverflowException"/>: a negative number of impressions is not a value.</para>
/// <para>Equality and ordering are those of <see cref="Count"/>.</para>
/// <para><c>default(Impressions)</c> is <see cref="Zero"/>.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
public readonly partial struct Impressions : IWholeUnits<Impressions>, ISpanFormattable, IInvariantParsable<Impressions>
{
    private const string TypeName = nameof(Impressions);
    private readonly long _count;

    /// <summary>Creates a number of impressions.</summary>
    /// <param name="count">The number of impressions; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public Impressions(long count) => _count = Preconditions.CheckNonNegative(count);

    /// <summary>No impressions. The same as <c>default(Impressions)</c>.</summary>
    public static Impressions Zero => default;

    /// <summary>The number of impressions; never negative.</summary>
    public long Count => _count;

    long IWholeUnits<Impressions>.Units => _count;

    static Impressions IWholeUnits<Impressions>.FromUnits(long units) => new(units);

    /// <summary>True when there are no impressions.</summary>
    public bool IsZero => _count == 0;

    /// <summary>Compares two counts for equality.</summary>
    /// <param name="other">The count to compare with.</param>
    /// <returns>True when both have the same <see cref="Count"/>.</returns>
    public bool Equals(Impressions other) => _count == other._count;

    /// <summary>Compares this count with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Impressions"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Impressions other && Equals(other);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code of <see cref="Count"/>.</returns>
    public override int GetHashCode() => _count.GetHashCode();

    /// <summary>Orders counts by value.</summary>
    /// <param name="other">The count to compare with.</param>
    /// <returns>Negative, zero or positive as this count is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Impressions other) => _count.CompareTo(other._count);

    /// <summary>Formats the count in the invariant form: ASCII digits, no grouping, e.g. <c>1000000000</c>.
    /// <see cref="Parse(string)"/> reads it back.</summary>
    /// <returns>The invariant text of the count.</returns>
    public override string ToString() => _count.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the count with a format and a culture. "G" (or null or empty) is the invariant form of
    /// <see cref="ToString()"/> whatever the culture; "N" is the culture's number format with grouping and no
    /// decimals: <c>1,000,000,000</c> in zh-CN and en-US, <c>1 000 000 000</c> in fr-FR (grouped with a narrow
    /// no-break space, U+202F). Formats are case-insensitive.
    /// </summary>
    /// <param name="format">"G", "N", or null.</param>
    /// <param name="formatProvider">The culture; null means the current culture. Ignored by "G".</param>
    /// <returns>The formatted count.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither "G" nor "N".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ResolveFormat(format, formatProvider).Apply(_count);

    /// <summary>Formats the count into a span of characters, as <see cref="ToString(string, IFormatProvider)"/> does.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written; 0 when the span is too short.</param>
    /// <param name="format">"G", "N", or empty.</param>
    /// <param name="provider">The culture; null means the current culture. Ignored by "G".</param>
    /// <returns>True when the text fitted in <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither "G" nor "N".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        ResolveFormat(format, provider).TryApply(_count, destination, out charsWritten);

    private static NumberFormat ResolveFormat(ReadOnlySpan<char> format, IFormatProvider? provider) =>
        NumberFormat.Letter(format) switch
        {
            'G' => new("D", CultureInfo.InvariantCulture),
            'N' => new("N0", NumberFormatInfo.GetInstance(provider)),
            _ => throw NumberFormat.Unsupported(format, TypeName, "G or N"),
        };

    /// <summary>Parses the invariant form of a count: one or more ASCII digits, nothing else (no sign, no
    /// grouping, no white space): <c>1000000000</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not in the invariant form, or is greater than
    /// <see cref="long.MaxValue"/>.</exception>
    public static Impressions Parse(string s) => IInvariantParsable<Impressions>.ParseString(s);

    /// <summary>Parses the invariant form of a count, as <see cref="Parse(string)"/> does.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The count.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not in the invariant form, or is greater than
    /// <see cref="long.MaxValue"/>.</exception>
    public static Impressions Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out Impressions result)
            ? result
            : throw new FormatException(IsDigits(s)
                ? $"'{TextEscaping.ForMessage(s.ToString())}' is outside the range of {TypeName}."
                : $"'{TextEscaping.ForMessage(s.ToString())}' is not a valid {TypeName}: expected one or more digits, with no sign, grouping or white space.");

    /// <summary>Tries to parse the invariant form of a count, as <see cref="Parse(string)"/> does.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The count, or <see cref="Zero"/> when parsing fails.</param>
    /// <returns>True when <paramref name="s"/> is a count in the invariant form and in range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Impressions result) => IInvariantParsable<Impressions>.TryParseString(s, out result);

    /// <summary>Tries to parse the invariant form of a count, as <see cref="Parse(string)"/> does.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The count, or <see cref="Zero"/> when parsing fails.</param>
    /// <returns>True when <paramref name="s"/> is a count in the invariant form and in range.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Impressions result)
    {
        // Digits only: long.TryParse with NumberStyles.None accepts no sign, white space or separators.
        if (IsDigits(s) && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long count))
        {
            result = new Impressions(count);
            return true;
        }
        result = Zero;
        return false;
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');

}
