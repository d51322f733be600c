using Sannong.Domain.Creators;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Progress;

/// <summary>
/// The breakdown builders the programme scorecard uses: by the rural issue of each influencer's first topic, by
/// province (provincial-level division of the home region) and by follower tier.
/// </summary>
/// <remarks>The static companion of <see cref="BreakdownBuilder{TKey}"/>, as <c>ImmutableArray</c> is of <c>ImmutableArray&lt;T&gt;</c>.</remarks>
/// <threadsafety>This type is a static class; each call returns a new builder.</threadsafety>
public static class BreakdownBuilder
{
    /// <summary>The order of provincial-level divisions by code (11 Beijing first, 82 Macao last).</summary>
    public static IComparer<ProvincialDivision> ProvinceOrder { get; } =
        Comparer<ProvincialDivision>.Create((x, y) => ReferenceEquals(x, y) ? 0 : x is null ? -1 : y is null ? 1 : x.Number.CompareTo(y.Number));

    /// <summary>A builder by rural issue (三农 sānnóng: agriculture, villages, farmers), rows in the order
    /// Agriculture, Villages, Farmers.</summary>
    /// <returns>A new, empty builder.</returns>
    public static BreakdownBuilder<RuralIssue> ByIssue() => new();

    /// <summary>A builder by provincial-level division, rows ordered by code (see <see cref="ProvinceOrder"/>).</summary>
    /// <returns>A new, empty builder.</returns>
    public static BreakdownBuilder<ProvincialDivision> ByProvince() => new(ProvinceOrder);

    /// <summary>A builder by follower tier, rows from Emerging to Mega.</summary>
    /// <returns>A new, empty builder.</returns>
    public static BreakdownBuilder<FollowerTier> ByTier() => new();
}
