namespace Sannong.Domain.Taxonomy;

/// <summary>The rules of topic codes: dotted, lowercase ASCII segments, each a letter followed by letters or digits.</summary>
internal static class TopicCodes
{
    /// <summary>The greatest length of a code.</summary>
    internal const int MaxLength = 128;

    internal const string Rule =
        "it must be dotted segments of lowercase ASCII letters and digits, each starting with a letter (such as 'agriculture.crops'), at most 128 characters";

    internal static bool IsValid(string code)
    {
        if (code.Length == 0 || code.Length > MaxLength)
        {
            return false;
        }
        bool segmentStart = true;
        foreach (char c in code)
        {
            if (c == '.')
            {
                if (segmentStart)
                {
                    return false;
                }
                segmentStart = true;
            }
            else if (c is >= 'a' and <= 'z')
            {
                segmentStart = false;
            }
            else if (c is >= '0' and <= '9' && !segmentStart)
            {
                // digits may follow a letter
            }
            else
            {
                return false;
            }
        }
        return !segmentStart;
    }

    /// <summary>The code of the parent (everything before the last dot), or null for a root code.</summary>
    internal static string? ParentOf(string code)
    {
        int dot = code.LastIndexOf('.');
        return dot < 0 ? null : code[..dot];
    }

    /// <summary>The first segment of a code, which names its issue.</summary>
    internal static string RootOf(string code)
    {
        int dot = code.IndexOf('.', System.StringComparison.Ordinal);
        return dot < 0 ? code : code[..dot];
    }
}
