namespace Sannong.Domain.Utility;

/// <summary>
/// The kinds of text the library takes, each with its rules, checked by one implementation
/// (<see cref="Preconditions.TextProblem"/>).
/// </summary>
/// <remarks>
/// <para>Every kind refuses what is not text at all (lone surrogates, noncharacters) and has a maximum length in
/// UTF-16 code units, given with the check.</para>
/// <para>Display text (a handle, a name) is one line that people read to tell things apart: it must show at least one
/// visible character, and it refuses what hides, reorders or breaks text: controls, bidirectional controls, line and
/// paragraph separators, and format characters other than the joiners U+200C and U+200D (needed inside emoji
/// sequences such as 👨‍🌾 and by several scripts), the emoji tag characters and the visible prepended concatenation
/// marks.</para>
/// <para>Free text (a caption) is permissive: lines, tabs, zero width characters and bidirectional marks (LRM, RLM,
/// ALM) stay, but not the embeddings, overrides and isolates that reorder a run of text (U+202A..U+202E,
/// U+2066..U+2069).</para>
/// </remarks>
internal enum TextRule
{
    /// <summary>An identifier: not empty, no leading or trailing white space, no control, format or other invisible
    /// character, no line or paragraph separator and no white space other than U+0020, so that two identifiers that
    /// print alike differ in a character a person can see.</summary>
    Identifier,

    /// <summary>Display text: not empty, no leading or trailing white space, at least one visible character, none of the
    /// characters the remarks of the type list.</summary>
    DisplayText,

    /// <summary>Display text whose control characters are reported with their index ("<c>… but contains U+0007 at
    /// index 2.</c>") before any other rule but length: a programme's name.</summary>
    Name,

    /// <summary>Free text: may be empty and span lines; no control characters other than line feed and tab, no
    /// bidirectional embeddings, overrides or isolates.</summary>
    FreeText,

    /// <summary>Single-line free text: free text with no control character at all (not even line feed or tab), reported
    /// with its index ("<c>… but had U+000A at index 3.</c>"), and a shorter length message ("<c>must be at most 500
    /// characters, but had 501.</c>"): a ledger entry's memo.</summary>
    Memo,

    /// <summary>A label or keyword of the taxonomy, written by the taxonomy's author rather than taken from data: not
    /// empty, no leading or trailing white space, no control character (the message names no code point), and a length
    /// message of its own ("<c>must be at most 64 characters long, but has 65</c>").</summary>
    Label,
}
