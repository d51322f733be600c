namespace Sannong.Domain.Programmes;

/// <summary>
/// Where an <see cref="Earning"/> came from (收入来源 shōurù láiyuán): the channels through which Kuaishou says
/// rural creators earn from their content.
/// </summary>
/// <remarks>
/// <c>default(EarningSource)</c> (0) is not a valid source: <see cref="Earning"/> rejects it. In text and JSON the
/// sources are written <c>advertising</c>, <c>live-gifts</c>, <c>e-commerce</c>, <c>brand-deals</c> and <c>other</c>.
/// </remarks>
public enum EarningSource
{
    /// <summary>Advertising revenue (广告 guǎnggào): the platform's share of ads shown with the creator's content.</summary>
    Advertising = 1,

    /// <summary>Virtual gifts from viewers during live streams (直播打赏 zhíbō dǎshǎng).</summary>
    LiveGifts = 2,

    /// <summary>Sales through the creator's shop or live commerce (电商 diànshāng), including farm-produce group-buys
    /// (农产品团购 nóngchǎnpǐn tuángòu).</summary>
    ECommerce = 3,

    /// <summary>Brand partnerships and sponsored content (品牌合作 pǐnpái hézuò).</summary>
    BrandDeals = 4,

    /// <summary>Any other income from content (for example platform rewards).</summary>
    Other = 5,
}
