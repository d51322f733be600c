using Sannong.Domain.Content;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>The kebab-case names of the domain's enumerations in the dataset format.</summary>
internal static class EnumText
{
    internal const string LedgerKinds = "disbursement, refund, traffic-grant or traffic-reversal";
    internal const string EarningSources = "advertising, live-gifts, e-commerce, brand-deals or other";
    internal const string ContentKindNames = "short-video, live-stream, image or article";

    // The names in the order of the values below them, for matching a JSON string without building it.
    internal static readonly string[] LedgerKindTexts = ["disbursement", "refund", "traffic-grant", "traffic-reversal"];
    internal static readonly LedgerEntryKind[] LedgerKindValues =
        [LedgerEntryKind.Disbursement, LedgerEntryKind.Refund, LedgerEntryKind.TrafficGrant, LedgerEntryKind.TrafficReversal];
    internal static readonly string[] EarningSourceTexts = ["advertising", "live-gifts", "e-commerce", "brand-deals", "other"];
    internal static readonly EarningSource[] EarningSourceValues =
        [EarningSource.Advertising, EarningSource.LiveGifts, EarningSource.ECommerce, EarningSource.BrandDeals, EarningSource.Other];
    internal static readonly string[] ContentKindTexts = ["short-video", "live-stream", "image", "article"];
    internal static readonly ContentKind[] ContentKindValues =
        [ContentKind.ShortVideo, ContentKind.LiveStream, ContentKind.Image, ContentKind.Article];

    internal static string Name(LedgerEntryKind kind) => LedgerEntry.KindName(kind);

    internal static LedgerEntryKind? ParseLedgerKind(string text) => text switch
    {
        "disbursement" => LedgerEntryKind.Disbursement,
        "refund" => LedgerEntryKind.Refund,
        "traffic-grant" => LedgerEntryKind.TrafficGrant,
        "traffic-reversal" => LedgerEntryKind.TrafficReversal,
        _ => null,
    };

    internal static string Name(EarningSource source) => Earning.SourceName(source);

    internal static EarningSource? ParseEarningSource(string text) => text switch
    {
        "advertising" => EarningSource.Advertising,
        "live-gifts" => EarningSource.LiveGifts,
        "e-commerce" => EarningSource.ECommerce,
        "brand-deals" => EarningSource.BrandDeals,
        "other" => EarningSource.Other,
        _ => null,
    };

    internal static string Name(ContentKind kind) => kind switch
    {
        ContentKind.ShortVideo => "short-video",
        ContentKind.LiveStream => "live-stream",
        ContentKind.Image => "image",
        _ => "article",
    };

    internal static ContentKind? ParseContentKind(string text) => text switch
    {
        "short-video" => ContentKind.ShortVideo,
        "live-stream" => ContentKind.LiveStream,
        "image" => ContentKind.Image,
        "article" => ContentKind.Article,
        _ => null,
    };
}
