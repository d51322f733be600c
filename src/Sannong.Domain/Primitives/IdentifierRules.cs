using System;
using System.Globalization;
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

    /// <summary>Returns null when <paramref name="value"/> is a valid identifier, else the rule it breaks.</summary>
    internal static string? Problem(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return "must not be empty";
        }
        if (value.Length > MaxLength)
        {
            return $"must be at most {MaxLength} characters long, but was {value.Length}";
        }
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return "must not start or end with white space";
        }
        for (int i = 0; i < value.Length;)
        {
            int c = UnicodeClasses.CodePointAt(value, i, out int length);
            string? rule = Forbidden(c);
            if (rule is not null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"must not contain {rule}, but contains {UnicodeClasses.Name(c)}");
            }
            i += length;
        }
        return null;
    }

    /// <summary>The class of characters <paramref name="c"/> belongs to when identifiers refuse it, else null.</summary>
    private static string? Forbidden(int c)
    {
        if (UnicodeClasses.IsPrintableAscii(c))
        {
            return null;
        }
        if (UnicodeClasses.NotText(c) is { } notText)
        {
            return notText;
        }
        return UnicodeClasses.Category(c) switch
        {
            UnicodeCategory.Control => "control characters",
            UnicodeCategory.Format => "format or invisible characters",
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => "line or paragraph separators",
            UnicodeCategory.SpaceSeparator when c != ' ' => "white space other than U+0020",
            _ when UnicodeClasses.IsDefaultIgnorable(c) => "format or invisible characters",
            _ => null,
        };
    }

    /// <summary>Validates <paramref name="value"/> as an identifier of <paramref name="typeName"/>, or throws.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks a rule; the message names it.</exception>
    internal static string Validate(string? value, string typeName, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        string? problem = Problem(value.AsSpan());
        if (problem is not null)
        {
            throw new ArgumentException($"{paramName} is not a valid {typeName}: it {problem}.", paramName);
        }
        return value;
    }

    /// <summary>Builds the <see cref="FormatException"/> for text that is not a valid identifier of <paramref name="typeName"/>.</summary>
    internal static FormatException ParseError(ReadOnlySpan<char> text, string typeName) =>
        new($"'{TextEscaping.ForMessage(text.ToString())}' is not a valid {typeName}: it {Problem(text)}.");
}
