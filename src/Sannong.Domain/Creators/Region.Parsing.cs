using Sannong.Domain.Utility;

namespace Sannong.Domain.Creators;

/// <content>Parsing of the text form <c>430524</c> or <c>430524/220</c>.</content>
public readonly partial struct Region
{
    /// <summary>Parses the text form of a region: <c>430524</c> or <c>430524/220</c>.</summary>
    /// <param name="s">The text: six ASCII digits, optionally a slash and a three-digit urban-rural code; it is not trimmed.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid region.</exception>
    public static Region Parse(string s) => IInvariantParsable<Region>.ParseString(s);

    /// <summary>Parses the text form of a region: <c>430524</c> or <c>430524/220</c>.</summary>
    /// <param name="s">The text: six ASCII digits, optionally a slash and a three-digit urban-rural code; it is not trimmed.</param>
    /// <returns>The region.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid region.</exception>
    public static Region Parse(ReadOnlySpan<char> s)
    {
        string? problem = TryParseCore(s, out Region result);
        return problem is null ? result : throw new FormatException($"'{TextEscaping.ForMessage(s.ToString())}' is not a valid {TypeName}: {problem}.");
    }

    /// <summary>Tries to parse the text form of a region.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The region, or <c>default</c> when parsing fails.</param>
    /// <returns>True when <paramref name="s"/> is a valid region.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Region result) => IInvariantParsable<Region>.TryParseString(s, out result);

    /// <summary>Tries to parse the text form of a region.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The region, or <c>default</c> when parsing fails.</param>
    /// <returns>True when <paramref name="s"/> is a valid region.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Region result) => TryParseCore(s, out result) is null;

    /// <summary>Null on success, else the rule that <paramref name="s"/> breaks.</summary>
    private static string? TryParseCore(ReadOnlySpan<char> s, out Region result)
    {
        result = default;
        int slash = s.IndexOf('/');
        ReadOnlySpan<char> codeText = slash < 0 ? s : s[..slash];
        string? problem = CodeProblem(codeText, out int number, out ProvincialDivision? province);
        if (problem is not null)
        {
            return $"the division code {problem}";
        }
        short urbanRural = 0;
        if (slash >= 0)
        {
            ReadOnlySpan<char> urbanRuralText = s[(slash + 1)..];
            if (!UrbanRuralCode.TryParse(urbanRuralText, out UrbanRuralCode code))
            {
                return UrbanRuralCode.Problem(urbanRuralText)!;
            }
            urbanRural = (short)code.Value;
        }
        result = new Region(province!, number, urbanRural);
        return null;
    }
}
