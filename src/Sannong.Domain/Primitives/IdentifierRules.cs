using Sannong.Domain.Utility;

namespace Sannong.Domain;

/// <summary>
/// The rules shared by every strongly typed identifier (<see cref="InfluencerId"/>, <see cref="ContentId"/>,
/// <see cref="MentorId"/>, <see cref="ProgrammeId"/>): non-empty, at most <see cref="MaxLength"/> UTF-16
/// code units, no leading or trailing white space, and nothing invisible or unprintable inside: no control
/// characters (Cc), no format characters (Cf: zero width spaces and joiners, the byte order mark, bidirectional
/// controls), no line or paragraph separators (Zl, Zp), no white space other than U+0020, no other default-ignorable
/// code point (variation selectors, U+3164, ...), no noncharacters and no lone surrogates. Two identifiers that print
/// alike therefore differ in a character a person can see.
/// </summary>
internal static class IdentifierRules
{
    /// <summary>The longest identifier accepted, in UTF-16 code units.</summary>
    internal const int MaxLength = 64;

    /// <summary>Returns null when <paramref name="value"/> is a valid identifier, else the rule it breaks
    /// (<see cref="TextRule.Identifier"/>, checked by <see cref="Preconditions.TextProblem"/>).</summary>
    internal static string? Problem(ReadOnlySpan<char> value) => Preconditions.TextProblem(value, TextRule.Identifier, MaxLength);

    /// <summary>Validates <paramref name="value"/> as an identifier of <paramref name="typeName"/>, or throws.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks a rule; the message names it.</exception>
    internal static string Validate(string? value, string typeName, string paramName) =>
        Preconditions.CheckIdentifier(value, typeName, MaxLength, paramName);

    /// <summary>Builds the <see cref="FormatException"/> for text that is not a valid identifier of <paramref name="typeName"/>.</summary>
    internal static FormatException ParseError(ReadOnlySpan<char> text, string typeName) =>
        new($"'{TextEscaping.ForMessage(text.ToString())}' is not a valid {typeName}: it {Problem(text)}.");
}
