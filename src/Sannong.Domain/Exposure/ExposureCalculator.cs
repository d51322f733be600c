using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Exposure;

/// <summary>
/// From a programme's content to exposure per creator, and the inequality of that exposure broken down by the
/// creators' primary rural issue (三农 sānnóng) and follower tier.
/// </summary>
/// <remarks>
/// <para>Over a <see cref="ProgrammeData"/> nothing here overflows: validation bounds the total of views over all
/// content to <see cref="long.MaxValue"/> (the record totals of <see cref="ProgrammeData.Validate"/>), so every
/// creator's and every group's views fit; and the measures (<see cref="ByCreator"/>, <see cref="ByIssue"/>,
/// <see cref="ByTier"/>) add views in 128 bits anyway, so they never overflow. Only the methods that return views as
/// <see cref="long"/>s, given records that were not validated, can pass the range.</para>
/// <threadsafety>This type is a static class of pure functions, safe to call from any thread.</threadsafety>
/// </remarks>
public static class ExposureCalculator
{
    /// <summary>Views per author: the sum of <see cref="Engagement.Views"/> over each author's items.</summary>
    /// <param name="content">The content items.</param>
    /// <returns>Views by author, in identifier order; authors with no item are absent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null or holds null.</exception>
    /// <exception cref="OverflowException">An author's views exceed <see cref="long.MaxValue"/>.</exception>
    public static ImmutableSortedDictionary<InfluencerId, long> ViewsByCreator(IEnumerable<ContentItem> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var views = new SortedDictionary<InfluencerId, long>();
        foreach (ContentItem item in content)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(content));
            views.TryGetValue(item.Author, out long sum);
            views[item.Author] = checked(sum + item.Engagement.Views);
        }
        return views.ToImmutableSortedDictionary();
    }

    /// <summary>Views per creator of the programme: every influencer, 0 for those with no content (so that coverage
    /// counts them), plus any author of content who is not among the influencers.</summary>
    /// <param name="data">The programme data.</param>
    /// <returns>Views by creator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="OverflowException">A creator's views exceed <see cref="long.MaxValue"/>: not for validated data,
    /// whose total of views fits.</exception>
    public static ImmutableSortedDictionary<InfluencerId, long> ViewsByCreator(ProgrammeData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        ImmutableSortedDictionary<InfluencerId, long> fromContent = ViewsByCreator(data.Content);
        ImmutableSortedDictionary<InfluencerId, long>.Builder builder = fromContent.ToBuilder();
        foreach (Influencer influencer in data.Influencers)
        {
            if (!builder.ContainsKey(influencer.Id))
            {
                builder.Add(influencer.Id, 0);
            }
        }
        return builder.ToImmutable();
    }

    /// <summary>The inequality of views per creator of the programme (see <see cref="ViewsByCreator(ProgrammeData)"/>).</summary>
    /// <param name="data">The programme data.</param>
    /// <returns>The report over creators. Views are added in 128 bits and measured as <see cref="double"/>s, so the
    /// report never overflows, whatever the views.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static InequalityReport ByCreator(ProgrammeData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Dictionary<InfluencerId, Int128> views = WideViews(data.Content);
        var amounts = new List<double>(data.Influencers.Length + views.Count);
        foreach (Influencer influencer in data.Influencers)
        {
            amounts.Add(views.Remove(influencer.Id, out Int128 sum) ? (double)sum : 0.0);
        }
        foreach (Int128 sum in views.Values)
        {
            amounts.Add((double)sum); // authors who are not influencers of the programme
        }
        return InequalityMeasures.Report(amounts);
    }

    /// <summary>The Theil decomposition of views per creator by the creator's primary rural issue; authors who are not
    /// influencers of the programme are left out.</summary>
    /// <param name="data">The programme data.</param>
    /// <returns>The decomposition (views added in 128 bits: it never overflows).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static TheilDecomposition ByIssue(ProgrammeData data) => By(data, i => i.PrimaryIssue);

    /// <summary>The Theil decomposition of views per creator by follower tier; authors who are not influencers of the
    /// programme are left out.</summary>
    /// <param name="data">The programme data.</param>
    /// <returns>The decomposition (views added in 128 bits: it never overflows).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static TheilDecomposition ByTier(ProgrammeData data) => By(data, i => i.Tier);

    /// <summary>Views per group of creators (the group totals), for a per-group table or HHI across groups.</summary>
    /// <typeparam name="TKey">The group key.</typeparam>
    /// <param name="data">The programme data.</param>
    /// <param name="group">An influencer's group.</param>
    /// <returns>Views per group, in key order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OverflowException">A group's views exceed <see cref="long.MaxValue"/>: not for validated data,
    /// whose total of views fits.</exception>
    public static ImmutableSortedDictionary<TKey, long> ViewsByGroup<TKey>(ProgrammeData data, Func<Influencer, TKey> group)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(group);
        ImmutableSortedDictionary<InfluencerId, long> views = ViewsByCreator(data.Content);
        var totals = new SortedDictionary<TKey, long>();
        foreach (Influencer influencer in data.Influencers)
        {
            TKey key = group(influencer);
            totals.TryGetValue(key, out long sum);
            totals[key] = checked(sum + views.GetValueOrDefault(influencer.Id));
        }
        return totals.ToImmutableSortedDictionary();
    }

    private static TheilDecomposition By<TKey>(ProgrammeData data, Func<Influencer, TKey> group)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(data);
        Dictionary<InfluencerId, Int128> views = WideViews(data.Content);
        return InequalityMeasures.DecomposeTheil(data.Influencers, i => (double)views.GetValueOrDefault(i.Id), group);
    }

    /// <summary>Views per author in 128 bits: no sum of <see cref="long"/> views can overflow it.</summary>
    private static Dictionary<InfluencerId, Int128> WideViews(IEnumerable<ContentItem> content)
    {
        var views = new Dictionary<InfluencerId, Int128>();
        foreach (ContentItem item in content)
        {
            views[item.Author] = views.GetValueOrDefault(item.Author) + item.Engagement.Views;
        }
        return views;
    }
}
