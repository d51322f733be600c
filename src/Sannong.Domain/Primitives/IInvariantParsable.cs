namespace Sannong.Domain;

/// <summary>
/// A value with one culture-independent text form (the identifiers, <see cref="Money"/>, <see cref="Impressions"/>,
/// and, in the Creators layer, <c>Region</c> and <c>UrbanRuralCode</c>): the type parses spans, and this interface
/// supplies, once for all of them, the string overloads' bodies and the <see cref="IParsable{TSelf}"/> and
/// <see cref="ISpanParsable{TSelf}"/> members, whose format provider is ignored.
/// </summary>
/// <typeparam name="TSelf">The value type.</typeparam>
internal interface IInvariantParsable<TSelf> : ISpanParsable<TSelf>
    where TSelf : struct, IInvariantParsable<TSelf>
{
    /// <summary>Parses the invariant form, or throws <see cref="FormatException"/> with a message that names the rule broken.</summary>
    static abstract TSelf Parse(ReadOnlySpan<char> s);

    /// <summary>Tries to parse the invariant form; <paramref name="result"/> is <c>default</c> on failure.</summary>
    static abstract bool TryParse(ReadOnlySpan<char> s, out TSelf result);

    /// <summary>The body of every <c>Parse(string)</c>: null is refused, anything else is parsed as a span.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not in the invariant form.</exception>
    static TSelf ParseString(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TSelf.Parse(s.AsSpan());
    }

    /// <summary>The body of every <c>TryParse(string, out TSelf)</c>: null fails with <c>default</c>.</summary>
    static bool TryParseString([NotNullWhen(true)] string? s, out TSelf result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }
        return TSelf.TryParse(s.AsSpan(), out result);
    }

    // The format provider is ignored: the text form is culture-independent.
    static TSelf IParsable<TSelf>.Parse(string s, IFormatProvider? provider) => ParseString(s);

    static TSelf ISpanParsable<TSelf>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TSelf.Parse(s);

    static bool IParsable<TSelf>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TSelf result) =>
        TryParseString(s, out result);

    static bool ISpanParsable<TSelf>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TSelf result) =>
        TSelf.TryParse(s, out result);
}
