using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Tests.Generators;

/// <summary>Generators of the Creators and Content layers.</summary>
public static partial class DomainArbitraries
{
    private static readonly long[] TierBounds = { 0, 999, 1_000, 9_999, 10_000, 99_999, 100_000, 499_999, 500_000, 999_999, 1_000_000 };

    /// <summary>Follower counts: around the tier bounds, small, medium and very large.</summary>
    public static Gen<long> FollowerCounts { get; } = Gen.Frequency(
        (3, from bound in Gen.Elements(TierBounds) from delta in Gen.Choose(-2, 2) select System.Math.Max(0L, bound + delta)),
        (3, Gen.Choose(0, 2_000_000).Select(n => (long)n)),
        (2, from high in Gen.Choose(0, int.MaxValue) from low in Gen.Choose(0, 999) select (high * 1000L) + low),
        (1, Gen.Elements(long.MaxValue, long.MaxValue - 1)));

    /// <summary>Regions: every province, all three levels (a few prefecture and county digits, so that equal pairs
    /// occur), with and without an urban-rural code.</summary>
    public static Arbitrary<Region> Regions() =>
        (from province in Gen.Elements(ProvincialDivisions.All.ToArray())
         from prefecture in Gen.Elements(0, 1, 5, 90)
         from county in Gen.Elements(0, 1, 24, 81)
         from urbanRural in Gen.OneOf(Gen.Constant((UrbanRuralCode?)null), Gen.Elements(UrbanRuralCode.All.ToArray()).Select(u => (UrbanRuralCode?)u))
         let code = $"{province.Code}{prefecture:D2}{county:D2}"
         select urbanRural is { } u ? new Region(code, u) : new Region(code)).ToArbitrary();

    /// <summary>The seven valid urban-rural codes.</summary>
    public static Arbitrary<UrbanRuralCode> UrbanRuralCodes() => Gen.Elements(UrbanRuralCode.All.ToArray()).ToArbitrary();

    /// <summary>The 34 provincial-level divisions.</summary>
    public static Arbitrary<ProvincialDivision> ProvincialDivisionValues() => Gen.Elements(ProvincialDivisions.All.ToArray()).ToArbitrary();

    /// <summary>The four kinds of provincial-level division.</summary>
    public static Arbitrary<ProvincialDivisionKind> ProvincialDivisionKindValues() =>
        Gen.Elements(ProvincialDivisionKind.Province, ProvincialDivisionKind.AutonomousRegion,
            ProvincialDivisionKind.Municipality, ProvincialDivisionKind.SpecialAdministrativeRegion).ToArbitrary();

    /// <summary>The three region levels.</summary>
    public static Arbitrary<RegionLevel> RegionLevelValues() =>
        Gen.Elements(RegionLevel.Province, RegionLevel.Prefecture, RegionLevel.County).ToArbitrary();

    /// <summary>The six follower tiers.</summary>
    public static Arbitrary<FollowerTier> FollowerTierValues() => Gen.Elements(FollowerTiers.All.ToArray()).ToArbitrary();

    /// <summary>Valid handles: Chinese, Latin and emoji pieces, 1 to 100 characters, no surrounding white space.</summary>
    public static Gen<string> HandleText { get; } = Gen.Frequency(
        (20, from count in Gen.Choose(1, 12)
             from pieces in Gen.ArrayOf(Gen.Elements("湘西", "阿哥", "村", "农民", "小", "Farm", "er", " ", "-", "_", "🌾", "李", "·", "é"), count)
             let text = string.Concat(pieces).Trim()
             where text.Length > 0
             select text),
        (1, Gen.Constant(new string('农', Influencer.MaxHandleLength))));

    /// <summary>Non-empty lists of distinct topics drawn from the standard taxonomy, in random order.</summary>
    public static Gen<Topic[]> DistinctTopicLists(int minimum) =>
        from shuffled in Gen.Shuffle(SannongTaxonomy.Standard.Topics.ToArray())
        from count in Gen.Choose(minimum, shuffled.Length)
        select shuffled.Take(count).ToArray();

    /// <summary>Valid influencers.</summary>
    public static Arbitrary<Influencer> Influencers() =>
        (from id in IdentifierText
         from handle in HandleText
         from region in Regions().Generator
         from topics in DistinctTopicLists(1)
         from followers in FollowerCounts
         from days in Gen.Choose(0, 6000)
         select new Influencer(new InfluencerId(id), handle, region, topics, followers, new LocalDate(2010, 1, 1).PlusDays(days))).ToArbitrary();

    /// <summary>The four content kinds.</summary>
    public static Arbitrary<ContentKind> ContentKindValues() => Gen.Elements(ContentKinds.All.ToArray()).ToArbitrary();

    /// <summary>One engagement count: often zero or small, sometimes up to <see cref="int.MaxValue"/>, so that sums of a
    /// few tallies cannot overflow.</summary>
    public static Gen<long> EngagementCounts { get; } = Gen.Frequency(
        (1, Gen.Constant(0L)),
        (3, Gen.Choose(0, 1000).Select(n => (long)n)),
        (2, Gen.Choose(0, int.MaxValue).Select(n => (long)n)));

    /// <summary>Valid engagement tallies (counts up to <see cref="int.MaxValue"/>).</summary>
    public static Arbitrary<Engagement> Engagements() =>
        (from views in EngagementCounts
         from likes in EngagementCounts
         from comments in EngagementCounts
         from shares in EngagementCounts
         select new Engagement(views, likes, comments, shares)).ToArbitrary();

    /// <summary>Valid content items: a length only for short videos and live streams, captions with lines and tabs.</summary>
    public static Arbitrary<ContentItem> ContentItems() =>
        (from id in IdentifierText
         from author in IdentifierText
         from kind in ContentKindValues().Generator
         from seconds in Gen.Choose(1_500_000_000, 1_800_000_000)
         from lengthSeconds in Gen.Choose(0, 36_000)
         from captionPieces in Gen.ArrayOf(Gen.Elements("", "今天", "收玉米", "啦", " ", "\n", "\t", "#三农", "harvest", "🌽"))
         from topics in DistinctTopicLists(0)
         from engagement in Engagements().Generator
         let length = ContentKinds.HasLength(kind) && lengthSeconds > 0 ? Duration.FromSeconds(lengthSeconds) : (Duration?)null
         select new ContentItem(new ContentId(id), new InfluencerId(author), kind, Instant.FromUnixTimeSeconds(seconds), length,
             string.Concat(captionPieces), topics, engagement)).ToArbitrary();
}
