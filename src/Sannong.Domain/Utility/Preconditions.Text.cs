using System.Buffers;
using System.Runtime.CompilerServices;

namespace Sannong.Domain.Utility;

/// <summary>The text rules (see <see cref="TextRule"/>): one implementation, <see cref="TextProblem"/>, that both the
/// argument checks here and the readers (which report a problem rather than throw) use.</summary>
internal static partial class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null and
    /// <see cref="ArgumentException"/> ("<c>handle must not contain control characters, but contains U+000A.</c>") when
    /// it breaks a rule of <paramref name="rule"/> or is longer than <paramref name="maxLength"/> UTF-16 code
    /// units.</summary>
    internal static string CheckText(string? value, TextRule rule, int maxLength, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (TextProblem(value, rule, maxLength) is { } problem)
        {
            throw new ArgumentException($"{paramName} {problem}.", paramName);
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null and
    /// <see cref="ArgumentException"/> ("<c>value is not a valid InfluencerId: it must not be empty.</c>") when it is
    /// not a valid identifier of <paramref name="typeName"/> (<see cref="TextRule.Identifier"/>).</summary>
    internal static string CheckIdentifier(string? value, string typeName, int maxLength, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (TextProblem(value, TextRule.Identifier, maxLength) is { } problem)
        {
            throw new ArgumentException($"{paramName} is not a valid {typeName}: it {problem}.", paramName);
        }
        return value;
    }

    /// <summary>Characters that every rule takes and that are all visible but the space: printable ASCII, CJK
    /// symbols and punctuation (without the ideographic space U+3000), the CJK unified ideographs and the fullwidth
    /// ASCII forms. Each is an assigned graphic character (letter, number, punctuation, symbol or combining mark).</summary>
    private static readonly SearchValues<char> PlainText = SearchValues.Create(PlainTextCharacters());

    private static string PlainTextCharacters()
    {
        var text = new System.Text.StringBuilder();
        foreach ((char first, char last) in new[] { (' ', '~'), ('\u3001', '\u303F'), ('\u4E00', '\u9FFF'), ('\uFF01', '\uFF5E') })
        {
            for (char c = first; c <= last; c++)
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    /// <summary>Returns null when <paramref name="value"/> follows <paramref name="rule"/> and is at most
    /// <paramref name="maxLength"/> UTF-16 code units long, else the rule it breaks, as the end of a sentence that
    /// starts with the field's name and has no final period, such as "<c>must not be empty</c>".</summary>
    internal static string? TextProblem(ReadOnlySpan<char> value, TextRule rule, int maxLength)
    {
        bool mayBeEmpty = rule is TextRule.FreeText or TextRule.Memo;
        if (value.IsEmpty && !mayBeEmpty)
        {
            return "must not be empty";
        }
        if (value.Length > maxLength)
        {
            return rule switch
            {
                TextRule.Memo => string.Create(CultureInfo.InvariantCulture, $"must be at most {maxLength} characters, but had {value.Length}"),
                TextRule.Label => string.Create(CultureInfo.InvariantCulture, $"must be at most {maxLength} characters long, but has {value.Length}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"must be at most {maxLength} characters long, but was {value.Length}"),
            };
        }
        if (rule is TextRule.Name or TextRule.Memo && IndexOfControl(value) is int at and >= 0)
        {
            string verb = rule == TextRule.Memo ? "had" : "contains";
            return string.Create(CultureInfo.InvariantCulture, $"must not contain control characters, but {verb} {UnicodeClasses.Name(value[at])} at index {at}");
        }
        if (!mayBeEmpty && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            return "must not start or end with white space";
        }
        if (rule == TextRule.Label)
        {
            return IndexOfControl(value) >= 0 ? "must not contain control characters" : null;
        }
        if (value.IndexOfAnyExcept(PlainText) < 0)
        {
            // Printable ASCII and common Chinese text only (most identifiers, memos, handles and captions): no rule
            // refuses any of it, and every character but the space is visible, so the loop below would find nothing.
            return rule is TextRule.DisplayText or TextRule.Name && value.IndexOfAnyExcept(' ') < 0 ? "must contain at least one visible character" : null;
        }
        return CodePointProblem(value, rule);
    }

    /// <summary>The rule of <paramref name="rule"/> that a code point of <paramref name="value"/> breaks, or the want
    /// of a visible character, checked code point by code point (what <see cref="TextProblem"/> does after its other
    /// checks, unless every character is one of <see cref="PlainText"/>).</summary>
    internal static string? CodePointProblem(ReadOnlySpan<char> value, TextRule rule)
    {
        bool visible = false;
        for (int i = 0; i < value.Length;)
        {
            int c = UnicodeClasses.CodePointAt(value, i, out int length);
            if (Forbidden(c, rule) is { } forbidden)
            {
                return string.Create(CultureInfo.InvariantCulture, $"must not contain {forbidden}, but contains {UnicodeClasses.Name(c)}");
            }
            visible = visible || UnicodeClasses.IsVisible(c);
            i += length;
        }
        return rule is TextRule.DisplayText or TextRule.Name && !visible ? "must contain at least one visible character" : null;
    }

    /// <summary>True when <paramref name="c"/> is one of the characters <see cref="TextProblem"/> takes without the
    /// code-point loop.</summary>
    internal static bool IsPlainText(char c) => PlainText.Contains(c);

    private static int IndexOfControl(ReadOnlySpan<char> value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The class of characters <paramref name="c"/> belongs to when <paramref name="rule"/> refuses it, else null.</summary>
    private static string? Forbidden(int c, TextRule rule)
    {
        if (UnicodeClasses.IsPrintableAscii(c))
        {
            return null;
        }
        if (UnicodeClasses.NotText(c) is { } notText)
        {
            return notText;
        }
        UnicodeCategory category = UnicodeClasses.Category(c);
        return rule switch
        {
            TextRule.Identifier => category switch
            {
                UnicodeCategory.Control => "control characters",
                UnicodeCategory.Format => "format or invisible characters",
                UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => "line or paragraph separators",
                UnicodeCategory.SpaceSeparator when c != ' ' => "white space other than U+0020",
                _ when UnicodeClasses.IsDefaultIgnorable(c) => "format or invisible characters",
                _ => null,
            },
            TextRule.DisplayText or TextRule.Name => UnicodeClasses.IsBidiControl(c) ? "bidirectional controls" : category switch
            {
                UnicodeCategory.Control => "control characters",
                UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => "line or paragraph separators",
                UnicodeCategory.Format when !UnicodeClasses.IsFormatKeptInDisplayText(c) => "invisible format characters",
                _ => null,
            },
            _ => UnicodeClasses.IsBidiOverride(c) ? "bidirectional embeddings, overrides or isolates"
                : category == UnicodeCategory.Control && c != '\n' && c != '\t' ? "control characters other than line feed and tab"
                : null,
        };
    }
}
