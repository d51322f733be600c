using System;

namespace Sannong.Domain;

/// <summary>
/// The rules shared by every strongly typed identifier (<see cref="InfluencerId"/>, <see cref="ContentId"/>,
/// <see cref="MentorId"/>, <see cref="ProgrammeId"/>): non-empty, at most <see cref="MaxLength"/> UTF-16
/// code units, no control characters, no leading or trailing white space.
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
        foreach (char c in value)
        {
            if (char.IsControl(c))
            {
                return $"must not contain control characters, but contains U+{(int)c:X4}";
            }
        }
        return null;
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
        new($"'{text.ToString()}' is not a valid {typeName}: it {Problem(text)}.");
}
