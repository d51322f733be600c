using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Exposure;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Serialization;

/// <summary>The one name table of each enumeration that the dataset format, the scorecard JSON or the command line
/// writes: every name below is written nowhere else. A member renamed in C# keeps its name here (NameTablesTest pins
/// them), so the formats cannot change by accident.</summary>
internal static class NameTables
{
    internal static readonly NameTable<LedgerEntryKind> LedgerEntryKind = new(
        (Programmes.LedgerEntryKind.Disbursement, "disbursement", null),
        (Programmes.LedgerEntryKind.Refund, "refund", null),
        (Programmes.LedgerEntryKind.TrafficGrant, "traffic-grant", null),
        (Programmes.LedgerEntryKind.TrafficReversal, "traffic-reversal", null));

    internal static readonly NameTable<EarningSource> EarningSource = new(
        (Programmes.EarningSource.Advertising, "advertising", null),
        (Programmes.EarningSource.LiveGifts, "live-gifts", null),
        (Programmes.EarningSource.ECommerce, "e-commerce", null),
        (Programmes.EarningSource.BrandDeals, "brand-deals", null),
        (Programmes.EarningSource.Other, "other", null));

    internal static readonly NameTable<ContentKind> ContentKind = new(
        (Content.ContentKind.ShortVideo, "short-video", null),
        (Content.ContentKind.LiveStream, "live-stream", null),
        (Content.ContentKind.Image, "image", null),
        (Content.ContentKind.Article, "article", null));

    internal static readonly NameTable<GoalStatus> GoalStatus = new(
        (Progress.GoalStatus.NotStarted, "not-started", null),
        (Progress.GoalStatus.OnTrack, "on-track", null),
        (Progress.GoalStatus.AtRisk, "at-risk", null),
        (Progress.GoalStatus.OffTrack, "off-track", null),
        (Progress.GoalStatus.Achieved, "achieved", null),
        (Progress.GoalStatus.Missed, "missed", null));

    internal static readonly NameTable<BudgetStatus> BudgetStatus = new(
        (Progress.BudgetStatus.NotStarted, "not-started", null),
        (Progress.BudgetStatus.Behind, "behind", null),
        (Progress.BudgetStatus.OnTrack, "on-track", null),
        (Progress.BudgetStatus.Ahead, "ahead", null),
        (Progress.BudgetStatus.Overspent, "overspent", null));

    internal static readonly NameTable<MonetisationStatus> MonetisationStatus = new(
        (Progress.MonetisationStatus.NoData, "no-data", null),
        (Progress.MonetisationStatus.Met, "met", null),
        (Progress.MonetisationStatus.Below, "below", null),
        (Progress.MonetisationStatus.NotMet, "not-met", null),
        (Progress.MonetisationStatus.Inconclusive, "inconclusive", null));

    internal static readonly NameTable<RuralIssue> RuralIssue = new(
        (Taxonomy.RuralIssue.Agriculture, "agriculture", "Agriculture"),
        (Taxonomy.RuralIssue.Villages, "villages", "Villages"),
        (Taxonomy.RuralIssue.Farmers, "farmers", "Farmers"));

    internal static readonly NameTable<FollowerTier> FollowerTier = new(
        (Creators.FollowerTier.Emerging, "emerging", "Emerging"),
        (Creators.FollowerTier.Nano, "nano", "Nano"),
        (Creators.FollowerTier.Micro, "micro", "Micro"),
        (Creators.FollowerTier.Mid, "mid", "Mid"),
        (Creators.FollowerTier.Macro, "macro", "Macro"),
        (Creators.FollowerTier.Mega, "mega", "Mega"));

    internal static readonly NameTable<ProvincialDivisionKind> ProvincialDivisionKind = new(
        (Creators.ProvincialDivisionKind.Province, "province", null),
        (Creators.ProvincialDivisionKind.AutonomousRegion, "autonomous-region", null),
        (Creators.ProvincialDivisionKind.Municipality, "municipality", null),
        (Creators.ProvincialDivisionKind.SpecialAdministrativeRegion, "special-administrative-region", null));

    internal static readonly NameTable<ConcentrationBand> ConcentrationBand = new(
        (Exposure.ConcentrationBand.Unconcentrated, "unconcentrated", null),
        (Exposure.ConcentrationBand.ModeratelyConcentrated, "moderately-concentrated", null),
        (Exposure.ConcentrationBand.HighlyConcentrated, "highly-concentrated", null));

    internal static readonly NameTable<GiniForm> GiniForm = new(
        (Exposure.GiniForm.Population, "population", null),
        (Exposure.GiniForm.SampleCorrected, "sample-corrected", null));

    internal static readonly NameTable<FeedPolicy> FeedPolicy = new(
        (Exposure.FeedPolicy.Popularity, "popularity", null),
        (Exposure.FeedPolicy.Capped, "capped", null));
}
