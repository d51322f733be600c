using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Exposure;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Serialization;

/// <summary>
/// The kebab-case names of the library's enumerations, as the dataset format, the scorecard JSON and the command line
/// write them (<c>traffic-grant</c>, <c>on-track</c>, <c>e-commerce</c>), and the English labels of the keys of the
/// scorecard's breakdowns. Each name is fixed here, independent of the C# member's name: renaming a member never
/// changes a format.
/// </summary>
/// <remarks><c>Name</c> gives a member's name; <c>TryParse</c> reads one back (ordinal, case-sensitive: exactly the
/// names <c>Name</c> gives), so <c>TryParse(Name(x), out y)</c> always gives <c>y == x</c>.</remarks>
/// <threadsafety>This type is stateless (its tables are immutable); its methods are safe to call from several
/// threads.</threadsafety>
public static class SannongNames
{
    /// <summary>The name of a ledger entry's kind: <c>disbursement</c>, <c>refund</c>, <c>traffic-grant</c> or <c>traffic-reversal</c>.</summary>
    /// <param name="kind">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="LedgerEntryKind"/>.</exception>
    public static string Name(LedgerEntryKind kind) => LedgerEntryKinds.Name(kind, nameof(kind));

    /// <summary>Reads the name of a ledger entry's kind (see <see cref="Name(LedgerEntryKind)"/>).</summary>
    /// <param name="text">The name, or null.</param>
    /// <param name="kind">The value named, or <c>default</c> when false is returned.</param>
    /// <returns>True when <paramref name="text"/> is one of the names.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out LedgerEntryKind kind) => LedgerEntryKinds.TryParse(text, out kind);

    /// <summary>The name of an earning's source: <c>advertising</c>, <c>live-gifts</c>, <c>e-commerce</c>, <c>brand-deals</c> or <c>other</c>.</summary>
    /// <param name="source">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a defined <see cref="EarningSource"/>.</exception>
    public static string Name(EarningSource source) => EarningSources.Name(source, nameof(source));

    /// <summary>Reads the name of an earning's source (see <see cref="Name(EarningSource)"/>).</summary>
    /// <param name="text">The name, or null.</param>
    /// <param name="source">The value named, or <c>default</c> when false is returned.</param>
    /// <returns>True when <paramref name="text"/> is one of the names.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out EarningSource source) => EarningSources.TryParse(text, out source);

    /// <summary>The name of a content item's kind: <c>short-video</c>, <c>live-stream</c>, <c>image</c> or <c>article</c>.</summary>
    /// <param name="kind">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="ContentKind"/>.</exception>
    public static string Name(ContentKind kind) => ContentKinds.Name(kind, nameof(kind));

    /// <summary>Reads the name of a content item's kind (see <see cref="Name(ContentKind)"/>).</summary>
    /// <param name="text">The name, or null.</param>
    /// <param name="kind">The value named, or <c>default</c> when false is returned.</param>
    /// <returns>True when <paramref name="text"/> is one of the names.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ContentKind kind) => ContentKinds.TryParse(text, out kind);

    /// <summary>The name of a goal's status: <c>not-started</c>, <c>on-track</c>, <c>at-risk</c>, <c>off-track</c>, <c>achieved</c> or <c>missed</c>.</summary>
    /// <param name="status">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined <see cref="GoalStatus"/>.</exception>
    public static string Name(GoalStatus status) => GoalStatuses.Name(status, nameof(status));

    /// <summary>Reads the name of a goal's status (see <see cref="Name(GoalStatus)"/>).</summary>
    /// <param name="text">The name, or null.</param>
    /// <param name="status">The value named, or <c>default</c> when false is returned.</param>
    /// <returns>True when <paramref name="text"/> is one of the names.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out GoalStatus status) => GoalStatuses.TryParse(text, out status);

    /// <summary>The name of a budget's status: <c>not-started</c>, <c>behind</c>, <c>on-track</c>, <c>ahead</c> or <c>overspent</c>.</summary>
    /// <param name="status">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined <see cref="BudgetStatus"/>.</exception>
    public static string Name(BudgetStatus status) => BudgetStatuses.Name(status, nameof(status));

    /// <summary>Reads the name of a budget's status (see <see cref="Name(BudgetStatus)"/>).</summary>
    /// <param name="text">The name, or null.</param>
    /// <param name="status">The value named, or <c>default</c> when false is returned.</param>
    /// <returns>True when <paramref name="text"/> is one of the names.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out BudgetStatus status) => BudgetStatuses.TryParse(text, out status);

    /// <summary>The name of the monetisation goal's status: <c>no-data</c>, <c>met</c>, <c>below</c>, <c>not-met</c> or <c>inconclusive</c>.</summary>
    /// <param name="status">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined <see cref="MonetisationStatus"/>.</exception>
    public static string Name(MonetisationStatus status) => MonetisationStatuses.Name(status, nameof(status));

    /// <summary>Reads the name of the monetisation goal's status (see <see cref="Name(MonetisationStatus)"/>).</summary>
    /// <param name="text">The name, or null.</param>
    /// <param name="status">The value named, or <c>default</c> when false is returned.</param>
    /// <returns>True when <paramref name="text"/> is one of the names.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MonetisationStatus status) => MonetisationStatuses.TryParse(text, out status);

    /// <summary>The name of a rural issue: <c>agriculture</c>, <c>villages</c> or <c>farmers</c>.</summary>
    /// <param name="issue">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issue"/> is not a defined <see cref="RuralIssue"/>.</exception>
    public static string Name(RuralIssue issue) => RuralIssues.Name(issue, nameof(issue));

    /// <summary>Reads the name of a rural issue (see <see cref="Name(RuralIssue)"/>).</summary>
    /// <param name="text">The name, or null.</param>
    /// <param name="issue">The value named, or <c>default</c> when false is returned.</param>
    /// <returns>True when <paramref name="text"/> is one of the names.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RuralIssue issue) => RuralIssues.TryParse(text, out issue);

    /// <summary>The name of a follower tier: <c>emerging</c>, <c>nano</c>, <c>micro</c>, <c>mid</c>, <c>macro</c> or <c>mega</c>.</summary>
    /// <param name="tier">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined <see cref="FollowerTier"/>.</exception>
    public static string Name(FollowerTier tier) => FollowerTiers.Name(tier, nameof(tier));

    /// <summary>Reads the name of a follower tier (see <see cref="Name(FollowerTier)"/>).</summary>
    /// <param name="text">The name, or null.</param>
    /// <param name="tier">The value named, or <c>default</c> when false is returned.</param>
    /// <returns>True when <paramref name="text"/> is one of the names.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out FollowerTier tier) => FollowerTiers.TryParse(text, out tier);

    /// <summary>The name of a provincial-level division's kind: <c>province</c>, <c>autonomous-region</c>, <c>municipality</c> or <c>special-administrative-region</c>.</summary>
    /// <param name="kind">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="ProvincialDivisionKind"/>.</exception>
    public static string Name(ProvincialDivisionKind kind) => ProvincialDivisionKinds.Name(kind, nameof(kind));

    /// <summary>Reads the name of a provincial-level division's kind (see <see cref="Name(ProvincialDivisionKind)"/>).</summary>
    /// <param name="text">The name, or null.</param>
    /// <param name="kind">The value named, or <c>default</c> when false is returned.</param>
    /// <returns>True when <paramref name="text"/> is one of the names.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ProvincialDivisionKind kind) => ProvincialDivisionKinds.TryParse(text, out kind);

    /// <summary>The name of a concentration band: <c>unconcentrated</c>, <c>moderately-concentrated</c> or <c>highly-concentrated</c>.</summary>
    /// <param name="band">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="band"/> is not a defined <see cref="ConcentrationBand"/>.</exception>
    public static string Name(ConcentrationBand band) => ConcentrationBands.Name(band, nameof(band));

    /// <summary>Reads the name of a concentration band (see <see cref="Name(ConcentrationBand)"/>).</summary>
    /// <param name="text">The name, or null.</param>
    /// <param name="band">The value named, or <c>default</c> when false is returned.</param>
    /// <returns>True when <paramref name="text"/> is one of the names.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ConcentrationBand band) => ConcentrationBands.TryParse(text, out band);

    /// <summary>The name of a form of the Gini coefficient: <c>population</c> or <c>sample-corrected</c>.</summary>
    /// <param name="form">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is not a defined <see cref="GiniForm"/>.</exception>
    public static string Name(GiniForm form) => GiniForms.Name(form, nameof(form));

    /// <summary>Reads the name of a form of the Gini coefficient (see <see cref="Name(GiniForm)"/>).</summary>
    /// <param name="text">The name, or null.</param>
    /// <param name="form">The value named, or <c>default</c> when false is returned.</param>
    /// <returns>True when <paramref name="text"/> is one of the names.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out GiniForm form) => GiniForms.TryParse(text, out form);

    /// <summary>The name of a feed policy: <c>popularity</c> or <c>capped</c>.</summary>
    /// <param name="policy">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not a defined <see cref="FeedPolicy"/>.</exception>
    public static string Name(FeedPolicy policy) => FeedPolicies.Name(policy, nameof(policy));

    /// <summary>Reads the name of a feed policy (see <see cref="Name(FeedPolicy)"/>).</summary>
    /// <param name="text">The name, or null.</param>
    /// <param name="policy">The value named, or <c>default</c> when false is returned.</param>
    /// <returns>True when <paramref name="text"/> is one of the names.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out FeedPolicy policy) => FeedPolicies.TryParse(text, out policy);

    /// <summary>The English label of a rural issue, as a scorecard's breakdown row names it: <c>Agriculture</c>,
    /// <c>Villages</c> or <c>Farmers</c>.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issue"/> is not a defined <see cref="RuralIssue"/>.</exception>
    public static string Label(RuralIssue issue) => RuralIssues.Label(issue, nameof(issue));

    /// <summary>The English label of a follower tier, as a scorecard's breakdown row names it: <c>Emerging</c>,
    /// <c>Nano</c>, <c>Micro</c>, <c>Mid</c>, <c>Macro</c> or <c>Mega</c>.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined <see cref="FollowerTier"/>.</exception>
    public static string Label(FollowerTier tier) => FollowerTiers.Label(tier, nameof(tier));

    // The tables: every name of the formats is written here once, in the order messages list them.
    internal static readonly NameTable<LedgerEntryKind> LedgerEntryKinds = new(
        (LedgerEntryKind.Disbursement, "disbursement"), (LedgerEntryKind.Refund, "refund"),
        (LedgerEntryKind.TrafficGrant, "traffic-grant"), (LedgerEntryKind.TrafficReversal, "traffic-reversal"));

    internal static readonly NameTable<EarningSource> EarningSources = new(
        (EarningSource.Advertising, "advertising"), (EarningSource.LiveGifts, "live-gifts"),
        (EarningSource.ECommerce, "e-commerce"), (EarningSource.BrandDeals, "brand-deals"),
        (EarningSource.Other, "other"));

    internal static readonly NameTable<ContentKind> ContentKinds = new(
        (ContentKind.ShortVideo, "short-video"), (ContentKind.LiveStream, "live-stream"),
        (ContentKind.Image, "image"), (ContentKind.Article, "article"));

    internal static readonly NameTable<GoalStatus> GoalStatuses = new(
        (GoalStatus.NotStarted, "not-started"), (GoalStatus.OnTrack, "on-track"), (GoalStatus.AtRisk, "at-risk"),
        (GoalStatus.OffTrack, "off-track"), (GoalStatus.Achieved, "achieved"), (GoalStatus.Missed, "missed"));

    internal static readonly NameTable<BudgetStatus> BudgetStatuses = new(
        (BudgetStatus.NotStarted, "not-started"), (BudgetStatus.Behind, "behind"), (BudgetStatus.OnTrack, "on-track"),
        (BudgetStatus.Ahead, "ahead"), (BudgetStatus.Overspent, "overspent"));

    internal static readonly NameTable<MonetisationStatus> MonetisationStatuses = new(
        (MonetisationStatus.NoData, "no-data"), (MonetisationStatus.Met, "met"), (MonetisationStatus.Below, "below"),
        (MonetisationStatus.NotMet, "not-met"), (MonetisationStatus.Inconclusive, "inconclusive"));

    internal static readonly NameTable<RuralIssue> RuralIssues = new(
        (RuralIssue.Agriculture, "agriculture", "Agriculture"), (RuralIssue.Villages, "villages", "Villages"),
        (RuralIssue.Farmers, "farmers", "Farmers"));

    internal static readonly NameTable<FollowerTier> FollowerTiers = new(
        (FollowerTier.Emerging, "emerging", "Emerging"), (FollowerTier.Nano, "nano", "Nano"),
        (FollowerTier.Micro, "micro", "Micro"), (FollowerTier.Mid, "mid", "Mid"),
        (FollowerTier.Macro, "macro", "Macro"), (FollowerTier.Mega, "mega", "Mega"));

    internal static readonly NameTable<ProvincialDivisionKind> ProvincialDivisionKinds = new(
        (ProvincialDivisionKind.Province, "province"), (ProvincialDivisionKind.AutonomousRegion, "autonomous-region"),
        (ProvincialDivisionKind.Municipality, "municipality"),
        (ProvincialDivisionKind.SpecialAdministrativeRegion, "special-administrative-region"));

    internal static readonly NameTable<ConcentrationBand> ConcentrationBands = new(
        (ConcentrationBand.Unconcentrated, "unconcentrated"),
        (ConcentrationBand.ModeratelyConcentrated, "moderately-concentrated"),
        (ConcentrationBand.HighlyConcentrated, "highly-concentrated"));

    internal static readonly NameTable<GiniForm> GiniForms = new(
        (GiniForm.Population, "population"), (GiniForm.SampleCorrected, "sample-corrected"));

    internal static readonly NameTable<FeedPolicy> FeedPolicies = new(
        (FeedPolicy.Popularity, "popularity"), (FeedPolicy.Capped, "capped"));
}
