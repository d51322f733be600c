using System;

namespace Sannong.Domain.Creators;

/// <summary>
/// The text checks shared by the Creators and Content layers (an influencer's handle, a content item's
/// caption), so that every such check reads the same and every message names the field and the rule.
/// </summary>
internal static class TextRules
{
    /// <summary>
    /// Validates a single-line display text: non-null, non-empty, at most <paramref name="maxLength"/> UTF-16 code
    /// units, no control characters, no leading or trailing white space.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks a rule; the message names it.</exception>
    internal static string CheckDisplayText(string? value, int maxLength, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.Length == 0)
        {
            throw new ArgumentException($"{paramName} must not be empty.", paramName);
        }
        if (value.Length > maxLength)
        {
            throw new ArgumentException($"{paramName} must be at most {maxLength} characters long, but was {value.Length}.", paramName);
        }
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new ArgumentException($"{paramName} must not start or end with white space.", paramName);
        }
        foreach (char c in value)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException($"{paramName} must not contain control characters, but contains U+{(int)c:X4}.", paramName);
            }
        }
        return value;
    }

    /// <summary>
    /// Validates a free text that may be empty and span lines: non-null, at most <paramref name="maxLength"/> UTF-16
    /// code units, no control characters other than line feed (U+000A) and tab (U+0009).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks a rule; the message names it.</exception>
    internal static string CheckFreeText(string? value, int maxLength, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.Length > maxLength)
        {
            throw new ArgumentException($"{paramName} must be at most {maxLength} characters long, but was {value.Length}.", paramName);
        }
        foreach (char c in value)
        {
            if (char.IsControl(c) && c != '\n' && c != '\t')
            {
                throw new ArgumentException(
                    $"{paramName} must not contain control characters other than line feed and tab, but contains U+{(int)c:X4}.", paramName);
            }
        }
        return value;
    }
}
