using System.Text;

namespace Sannong.Domain.Taxonomy;

/// <summary>
/// The one text normalisation of the taxonomy, shared by label lookup and the classifier. It works one
/// character at a time, so folding a concatenation is the concatenation of the folded parts:
/// ASCII letters are lower-cased; full-width ASCII forms (ＡＢＣ１２３) become ASCII; Latin letters lose their
/// diacritics (canonical decomposition, NormalizationForm.FormD, keeping the base letter) and are lower-cased
/// invariantly; non-spacing marks are dropped; every other character is lower-cased invariantly (Han characters
/// are unchanged).
/// </summary>
internal static class TextFolding
{
    // Latin-1 Supplement, Latin Extended-A and -B (pinyin's ǖǘǚǜ live there) and Latin Extended Additional.
    private const char LatinStart = '\u0080';
    private const char LatinEnd = '\u024F';
    private const char LatinAdditionalStart = '\u1E00';
    private const char LatinAdditionalEnd = '\u1EFF';
    private const char Dropped = '\uFFFF';

    private static readonly char[] LatinTable = BuildTable(LatinStart, LatinEnd);
    private static readonly char[] LatinAdditionalTable = BuildTable(LatinAdditionalStart, LatinAdditionalEnd);

    /// <summary>Folds one character; returns false when the character is dropped (a non-spacing mark).</summary>
    internal static bool TryFold(char c, out char folded)
    {
        if (c < LatinStart)
        {
            folded = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            return true;
        }
        if (c <= LatinEnd)
        {
            folded = LatinTable[c - LatinStart];
        }
        else if (c is >= LatinAdditionalStart and <= LatinAdditionalEnd)
        {
            folded = LatinAdditionalTable[c - LatinAdditionalStart];
        }
        else if (c is >= '\uFF01' and <= '\uFF5E')
        {
            // Full-width ASCII forms, common in Chinese captions.
            return TryFold((char)(c - 0xFEE0), out folded);
        }
        else if (IsCjk(c))
        {
            folded = c;
        }
        else
        {
            folded = CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? Dropped : char.ToLowerInvariant(c);
        }
        return folded != Dropped;
    }

    /// <summary>Folds a whole string.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (TryFold(c, out char folded))
            {
                builder.Append(folded);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// True for a character that continues a Latin-script word: a letter or digit that is not CJK. Han, kana
    /// and hangul characters are letters to Unicode but are not part of a Latin word, so "村播vlog" has a word
    /// boundary before "vlog".
    /// </summary>
    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !IsCjk(c);

    /// <summary>True for a CJK character (Han ideographs, kana, hangul and the CJK symbol blocks).</summary>
    internal static bool IsCjk(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>True for a Han ideograph (CJK Unified Ideographs and Extension A, compatibility ideographs).</summary>
    internal static bool IsHan(char c) =>
        c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    private static char[] BuildTable(char start, char end)
    {
        var table = new char[end - start + 1];
        for (char c = start; c <= end; c++)
        {
            string decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            char folded = Dropped;
            foreach (char d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    folded = char.ToLowerInvariant(d);
                    break;
                }
            }
            table[c - start] = folded;
        }
        return table;
    }
}
