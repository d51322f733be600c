using Sannong.Domain.Creators;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Progress;

/// <summary>
/// The three breakdowns of a programme's mentees and earner share that the scorecard reports: by the rural issue of
/// each influencer's first topic, by province and by follower tier. Built by a <see cref="MenteeBreakdownsBuilder"/>.
/// </summary>
/// <remarks>Equality compares the three breakdowns. Each breakdown's totals are the overall mentee and earner counts.</remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class MenteeBreakdowns : IEquatable<MenteeBreakdowns>
{
    internal MenteeBreakdowns(Breakdown<RuralIssue> byIssue, Breakdown<ProvincialDivision> byProvince, Breakdown<FollowerTier> byTier)
    {
        ByIssue = byIssue;
        ByProvince = byProvince;
        ByTier = byTier;
    }

    /// <summary>By the rural issue of each influencer's first topic (<see cref="Influencer.PrimaryIssue"/>).</summary>
    public Breakdown<RuralIssue> ByIssue { get; }

    /// <summary>By the provincial-level division of each influencer's home region, ordered by code.</summary>
    public Breakdown<ProvincialDivision> ByProvince { get; }

    /// <summary>By follower tier (<see cref="Influencer.Tier"/>).</summary>
    public Breakdown<FollowerTier> ByTier { get; }

    /// <summary>Compares the three breakdowns.</summary>
    /// <param name="other">The breakdowns to compare with.</param>
    /// <returns>True when all three are equal.</returns>
    public bool Equals([NotNullWhen(true)] MenteeBreakdowns? other) =>
        other is not null && ByIssue == other.ByIssue && ByProvince == other.ByProvince && ByTier == other.ByTier;

    /// <summary>Compares with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is equal breakdowns.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as MenteeBreakdowns);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>A hash of the three breakdowns.</returns>
    public override int GetHashCode() => HashCode.Combine(ByIssue, ByProvince, ByTier);

    /// <summary>Compares for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(MenteeBreakdowns? left, MenteeBreakdowns? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(MenteeBreakdowns? left, MenteeBreakdowns? right) => !(left == right);

    /// <summary>States the three breakdowns on three culture-free lines (by issue, by province, by tier), each as
    /// <see cref="Breakdown{TKey}.ToString"/> does.</summary>
    /// <returns>Three lines separated by <c>\n</c>.</returns>
    public override string ToString() => $"by issue: {ByIssue}\nby province: {ByProvince}\nby tier: {ByTier}";
}
