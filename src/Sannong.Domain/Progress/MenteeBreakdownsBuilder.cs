using Sannong.Domain.Creators;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Progress;

/// <summary>
/// Accumulates the three scorecard breakdowns (by rural issue, province and follower tier) one mentee at a time,
/// and builds <see cref="MenteeBreakdowns"/>. Builders over partitions combine exactly with <see cref="Merge"/>.
/// </summary>
/// <threadsafety>This type is mutable and not thread-safe: use one builder per thread or partition and merge them.</threadsafety>
public sealed class MenteeBreakdownsBuilder
{
    private readonly BreakdownBuilder<RuralIssue> _byIssue = BreakdownBuilder.ByIssue();
    private readonly BreakdownBuilder<ProvincialDivision> _byProvince = BreakdownBuilder.ByProvince();
    private readonly BreakdownBuilder<FollowerTier> _byTier = BreakdownBuilder.ByTier();

    /// <summary>Counts one mentee under its primary rural issue, its home province and its follower tier.</summary>
    /// <param name="mentee">The mentee; count each mentee once.</param>
    /// <param name="isEarner">True when the mentee is an earner.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mentee"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The mentee's home region is <c>default(Region)</c>.</exception>
    public void Add(Influencer mentee, bool isEarner)
    {
        Preconditions.CheckNotNull(mentee);
        ProvincialDivision province = mentee.HomeRegion.Province;
        _byIssue.Add(mentee.PrimaryIssue, isEarner);
        _byProvince.Add(province, isEarner);
        _byTier.Add(mentee.Tier, isEarner);
    }

    /// <summary>Adds the counts of another builder (a partition of the same mentees) to this one.</summary>
    /// <param name="other">The builder to add; it is unchanged.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Merge(MenteeBreakdownsBuilder other)
    {
        Preconditions.CheckNotNull(other);
        _byIssue.Merge(other._byIssue);
        _byProvince.Merge(other._byProvince);
        _byTier.Merge(other._byTier);
    }

    /// <summary>Builds the three breakdowns of the counts so far.</summary>
    /// <returns>The breakdowns.</returns>
    public MenteeBreakdowns Build() => new(_byIssue.Build(), _byProvince.Build(), _byTier.Build());

    /// <summary>States what has been counted so far, on one culture-free line (the counts by issue, which cover
    /// every mentee).</summary>
    /// <returns>For example <c>6 mentees, 3 earners under 2 keys so far</c>.</returns>
    public override string ToString() => _byIssue.ToString();
}
