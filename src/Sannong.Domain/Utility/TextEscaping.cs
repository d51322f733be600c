using System.Text;

namespace Sannong.Domain.Utility;

/// <summary>
/// Escapes user text before it is put in a message or printed, so that no input can drive a terminal (retitle it,
/// clear it, move the cursor) or hide and reorder what a person reads.
/// </summary>
/// <remarks>
/// <para>The characters escaped are: controls (C0 U+0000..U+001F, DEL U+007F, C1 U+0080..U+009F), format characters
/// (Unicode category Cf, among them the bidirectional controls U+202A..U+202E and U+2066..U+2069, U+061C, U+200B..U+200F
/// and the byte order mark U+FEFF), the line and paragraph separators U+2028 and U+2029, lone surrogates and
/// noncharacters (U+FDD0..U+FDEF and U+xFFFE, U+xFFFF in every plane). Each becomes <c>\u</c> and four lower-case
/// hexadecimal digits (ESC is <c>\u001b</c>); an astral noncharacter becomes <c>\U</c> and eight (<c>\U0010ffff</c>).</para>
/// <para>Everything else is kept, the backslash included, so escaping is idempotent (escaping escaped text changes
/// nothing) and text without such characters comes back as the same instance. The price is that a literal
/// <c>\u001b</c> typed by a user reads the same as an escaped ESC: the escaped form is for people, not for parsing.</para>
/// </remarks>
/// <threadsafety>This type is a static class and is thread-safe; it holds no state.</threadsafety>
public static class TextEscaping
{
    /// <summary>Escapes every character that may not appear raw in a message (see the remarks of the type).</summary>
    /// <param name="text">The text; null is treated as empty.</param>
    /// <returns><paramref name="text"/> with those characters escaped; the same instance when there is none.</returns>
    public static string ForMessage(string? text) => Escape(text, keepJoiners: false);

    /// <summary>
    /// Escapes like <see cref="ForMessage"/> but keeps the zero width non-joiner and joiner (U+200C, U+200D) and the emoji
    /// tag characters (U+E0020..U+E007F), which emoji sequences (👨‍🌾) and some scripts need and which cannot move the
    /// cursor or reorder text: for user text shown as data, such as a table of captions.
    /// </summary>
    /// <param name="text">The text; null is treated as empty.</param>
    /// <returns><paramref name="text"/> with the unsafe characters escaped; the same instance when there is none.</returns>
    public static string ForDisplay(string? text) => Escape(text, keepJoiners: true);

    private static string Escape(string? text, bool keepJoiners)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        int first = FirstToEscape(text, keepJoiners);
        if (first < 0)
        {
            return text;
        }
        var result = new StringBuilder(text.Length + 16).Append(text, 0, first);
        int i = first;
        while (i < text.Length)
        {
            int codePoint = UnicodeClasses.CodePointAt(text, i, out int length);
            if (MustEscape(codePoint, keepJoiners))
            {
                result.Append(codePoint > 0xFFFF
                    ? "\\U" + codePoint.ToString("x8", CultureInfo.InvariantCulture)
                    : "\\u" + codePoint.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append(text, i, length);
            }
            i += length;
        }
        return result.ToString();
    }

    private static int FirstToEscape(string text, bool keepJoiners)
    {
        for (int i = 0; i < text.Length;)
        {
            int codePoint = UnicodeClasses.CodePointAt(text, i, out int length);
            if (MustEscape(codePoint, keepJoiners))
            {
                return i;
            }
            i += length;
        }
        return -1;
    }

    private static bool MustEscape(int codePoint, bool keepJoiners) =>
        !UnicodeClasses.IsPrintableAscii(codePoint)
        && UnicodeClasses.IsUnsafeInMessage(codePoint)
        && !(keepJoiners && (codePoint is 0x200C or 0x200D or >= 0xE0020 and <= 0xE007F));
}
