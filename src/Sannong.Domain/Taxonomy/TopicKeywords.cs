using Sannong.Domain.Utility;

namespace Sannong.Domain.Taxonomy;

/// <summary>The rules of classifier keywords, shared by the builder and the classifier.</summary>
internal static class TopicKeywords
{
    /// <summary>The greatest length of a keyword.</summary>
    internal const int MaxLength = 64;

    /// <summary>Checks a keyword; returns why it is invalid, or null when it is valid.</summary>
    internal static string? Problem(string? keyword)
    {
        if (keyword is null)
        {
            return "it must not be null";
        }
        if (Preconditions.TextProblem(keyword, TextRule.Label, MaxLength) is { } problem)
        {
            return "it " + problem;
        }
        if (TextFolding.Fold(keyword).Length == 0)
        {
            return "it must keep at least one character once case and accents are removed";
        }
        return null;
    }

    /// <summary>
    /// Validates keywords to add to a topic that already has <paramref name="existing"/> keywords: each is valid and
    /// none equals another (or an existing one) once case and accents are removed.
    /// </summary>
    internal static List<string> Check(IEnumerable<string> keywords, IReadOnlyCollection<string> existing, string code, string paramName)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string k in existing)
        {
            seen[TextFolding.Fold(k)] = k;
        }
        var result = new List<string>();
        int index = 0;
        foreach (string keyword in keywords)
        {
            if (Problem(keyword) is string problem)
            {
                throw new ArgumentException($"{paramName}[{index}] of topic '{TextEscaping.ForMessage(code)}' is not a valid keyword: {problem}, but was '{TextEscaping.ForMessage(keyword)}'.", paramName);
            }
            string folded = TextFolding.Fold(keyword);
            if (seen.TryGetValue(folded, out string? earlier))
            {
                throw new ArgumentException(
                    $"{paramName}[{index}] of topic '{TextEscaping.ForMessage(code)}' must differ from the topic's other keywords ignoring case and accents, but '{TextEscaping.ForMessage(keyword)}' repeats '{TextEscaping.ForMessage(earlier)}'.",
                    paramName);
            }
            seen.Add(folded, keyword);
            result.Add(keyword);
            index++;
        }
        return result;
    }
}
