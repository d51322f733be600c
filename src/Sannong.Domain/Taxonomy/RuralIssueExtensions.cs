using Sannong.Domain.Utility;

namespace Sannong.Domain.Taxonomy;

/// <summary>Helpers for <see cref="RuralIssue"/>: the code and the labels of each issue's root topic.</summary>
/// <threadsafety>This type is stateless and safe to use from several threads at once.</threadsafety>
public static class RuralIssueExtensions
{
    /// <summary>
    /// The code of the issue's root topic, which is also the first segment of every code below it:
    /// <c>agriculture</c>, <c>villages</c> or <c>farmers</c>.
    /// </summary>
    /// <param name="issue">The issue.</param>
    /// <returns>The root code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issue"/> is not a defined <see cref="RuralIssue"/>.</exception>
    public static string ToCode(this RuralIssue issue) => issue switch
    {
        RuralIssue.Agriculture => "agriculture",
        RuralIssue.Villages => "villages",
        RuralIssue.Farmers => "farmers",
        _ => throw Preconditions.Undefined(issue),
    };

    /// <summary>
    /// The labels of the issue in the standard taxonomy: 农业 nóngyè Agriculture, 农村 nóngcūn Villages,
    /// 农民 nóngmín Farmers (with their French labels).
    /// </summary>
    /// <param name="issue">The issue.</param>
    /// <returns>The labels of the issue's root topic in <see cref="SannongTaxonomy.Standard"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issue"/> is not a defined <see cref="RuralIssue"/>.</exception>
    public static TopicLabels GetLabels(this RuralIssue issue) => SannongTaxonomy.Standard.GetByIssue(issue).Labels;

    /// <summary>The issue whose root code is <paramref name="code"/>, if any.</summary>
    internal static bool TryFromRootCode(string code, out RuralIssue issue)
    {
        issue = code switch
        {
            "agriculture" => RuralIssue.Agriculture,
            "villages" => RuralIssue.Villages,
            "farmers" => RuralIssue.Farmers,
            _ => default,
        };
        return issue != default;
    }
}
