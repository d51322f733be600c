namespace Sannong.Domain;

/// <summary>
/// The one implementation of the identifiers (<see cref="IIdentifier{TSelf}"/>): validation by
/// <see cref="IdentifierRules"/>, ordinal equality, hashing and ordering of <see cref="IIdentifier{TSelf}.Value"/>,
/// and parsing of the text alone. Each identifier delegates to it in one line a member.
/// </summary>
/// <typeparam name="TId">The identifier type.</typeparam>
internal static class Identifier<TId>
    where TId : struct, IIdentifier<TId>
{
    /// <summary>The identifier type's name, as messages give it: "ContentId".</summary>
    internal static readonly string TypeName = typeof(TId).Name;

    /// <summary>Validates the text of a new identifier, or throws.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks a rule; the message names it.</exception>
    internal static string Validate(string value, string paramName) => IdentifierRules.Validate(value, TypeName, paramName);

    internal static bool AreEqual(TId x, TId y) => string.Equals(x.Value, y.Value, StringComparison.Ordinal);

    internal static int Hash(TId id) => StringComparer.Ordinal.GetHashCode(id.Value);

    internal static int Compare(TId x, TId y) => string.CompareOrdinal(x.Value, y.Value);

    /// <exception cref="FormatException"><paramref name="s"/> is not a valid identifier; the message names the rule.</exception>
    internal static TId Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out TId result) ? result : throw IdentifierRules.ParseError(s, TypeName);

    internal static bool TryParse(ReadOnlySpan<char> s, out TId result)
    {
        if (IdentifierRules.Problem(s) is null)
        {
            result = TId.Create(s.ToString());
            return true;
        }
        result = default;
        return false;
    }
}

/// <summary>Identifier text that has passed <see cref="IdentifierRules.Problem"/>: what the private constructors of the
/// identifiers take to skip the check.</summary>
internal readonly struct CheckedText
{
    internal CheckedText(string value) => Value = value;

    internal string Value { get; }
}
