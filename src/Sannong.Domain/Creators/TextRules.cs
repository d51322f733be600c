using System;
using System.Globalization;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Creators;

/// <summary>
/// The text checks shared by the Creators, Content and Programmes layers (an influencer's handle, a content item's
/// caption, a programme's name), so that every such check reads the same and every message names the field and the rule.
/// </summary>
/// <remarks>
/// <para>Display text (a name, a handle) is one line that people read to tell things apart: it must show at least one
/// visible character, and it refuses what hides, reorders or breaks text: controls, bidirectional controls,
/// noncharacters, lone surrogates, line and paragraph separators, and format characters other than the joiners
/// U+200C and U+200D (needed inside emoji sequences such as 👨‍🌾 and by several scripts), the emoji tag characters
/// and the visible prepended concatenation marks.</para>
/// <para>Free text (a caption) is permissive: lines, tabs, zero width characters and bidirectional marks (LRM, RLM,
/// ALM) stay, but not the embeddings, overrides and isolates that reorder a run of text (U+202A..U+202E,
/// U+2066..U+2069), nor noncharacters or lone surrogates.</para>
/// </remarks>
internal static class TextRules
{
    /// <summary>
    /// Validates a single-line display text: non-null, non-empty, at most <paramref name="maxLength"/> UTF-16 code
    /// units, no leading or trailing white space, at least one visible character, and none of the characters the
    /// remarks of the type list.
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
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{paramName} must be at most {maxLength} characters long, but was {value.Length}."), paramName);
        }
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new ArgumentException($"{paramName} must not start or end with white space.", paramName);
        }
        bool visible = false;
        for (int i = 0; i < value.Length;)
        {
            int c = UnicodeClasses.CodePointAt(value, i, out int length);
            string? rule = ForbiddenInDisplayText(c);
            if (rule is not null)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{paramName} must not contain {rule}, but contains {UnicodeClasses.Name(c)}."),
                    paramName);
            }
            visible = visible || UnicodeClasses.IsVisible(c);
            i += length;
        }
        if (!visible)
        {
            throw new ArgumentException($"{paramName} must contain at least one visible character.", paramName);
        }
        return value;
    }

    /// <summary>
    /// Validates a free text that may be empty and span lines: non-null, at most <paramref name="maxLength"/> UTF-16
    /// code units, no control characters other than line feed (U+000A) and tab (U+0009), no bidirectional embeddings,
    /// overrides or isolates, no noncharacters and no lone surrogates.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks a rule; the message names it.</exception>
    internal static string CheckFreeText(string? value, int maxLength, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.Length > maxLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{paramName} must be at most {maxLength} characters long, but was {value.Length}."), paramName);
        }
        for (int i = 0; i < value.Length;)
        {
            int c = UnicodeClasses.CodePointAt(value, i, out int length);
            string? rule = ForbiddenInFreeText(c);
            if (rule is not null)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{paramName} must not contain {rule}, but contains {UnicodeClasses.Name(c)}."),
                    paramName);
            }
            i += length;
        }
        return value;
    }

    private static string? ForbiddenInDisplayText(int c)
    {
        if (UnicodeClasses.IsPrintableAscii(c))
        {
            return null;
        }
        if (UnicodeClasses.NotText(c) is { } notText)
        {
            return notText;
        }
        if (UnicodeClasses.IsBidiControl(c))
        {
            return "bidirectional controls";
        }
        return UnicodeClasses.Category(c) switch
        {
            UnicodeCategory.Control => "control characters",
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => "line or paragraph separators",
            UnicodeCategory.Format when !UnicodeClasses.IsFormatKeptInDisplayText(c) => "invisible format characters",
            _ => null,
        };
    }

    private static string? ForbiddenInFreeText(int c)
    {
        if (UnicodeClasses.IsPrintableAscii(c))
        {
            return null;
        }
        if (UnicodeClasses.NotText(c) is { } notText)
        {
            return notText;
        }
        if (UnicodeClasses.IsBidiOverride(c))
        {
            return "bidirectional embeddings, overrides or isolates";
        }
        return UnicodeClasses.Category(c) == UnicodeCategory.Control && c != '\n' && c != '\t'
            ? "control characters other than line feed and tab"
            : null;
    }
}
