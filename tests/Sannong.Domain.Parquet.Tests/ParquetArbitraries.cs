using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Parquet.Tests;

/// <summary>The generators of this test project (one class): valid records of every type over the range the Parquet
/// columns hold exactly (dates and instants in the years 1 to 9999, instants to the microsecond, money below 10^16
/// yuan), with the awkward values the format must keep: extreme counts, empty and Unicode text, no topics.</summary>
public static class ParquetArbitraries
{
    private static readonly Topic[] AllTopics = [.. SannongTaxonomy.Standard.Topics];

    private static Gen<string> Ids { get; } =
        from n in Gen.Choose(0, 60)
        from style in Gen.Elements("kol-{0}", "达人{0}", "id with space {0}", "{0}", "x")
        select string.Format(System.Globalization.CultureInfo.InvariantCulture, style, n);

    private static Gen<string> Text(int max) => Gen.Frequency(
        (5, from count in Gen.Choose(1, 8)
            from pieces in Gen.ArrayOf(Gen.Elements("湘西", "赶山", "Farm", "er", " ", "🌾", "é", "'", "\"", ",", "李"), count)
            let text = string.Concat(pieces).Trim()
            where text.Length > 0
            select text),
        (1, Gen.Constant(new string('农', max))));

    private static Gen<long> Counts { get; } = Gen.Frequency(
        (5, Gen.Choose(0, 100_000).Select(n => (long)n)),
        (1, Gen.Elements(0L, 1L, long.MaxValue / 4, long.MaxValue)));

    private static Gen<LocalDate> Dates { get; } = Gen.Frequency(
        (5, Gen.Choose(0, 3_000).Select(d => new LocalDate(2020, 1, 1).PlusDays(d))),
        (1, Gen.Elements(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(1969, 12, 31), new LocalDate(2024, 2, 29))));

    private static Gen<Instant> Instants { get; } =
        from date in Dates
        from micros in Gen.Frequency((3, Gen.Constant(0L)), (1, Gen.Choose(0, int.MaxValue).Select(n => (long)n * 40L % 86_400_000_000L)))
        select date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + Duration.FromTicks(micros * 10);

    private static Gen<Money> Amounts(bool zero) => Gen.Frequency(
        (5, Gen.Choose(zero ? 0 : 1, 10_000_000).Select(f => Money.FromFen(f))),
        (1, Gen.Elements(Money.FromFen(1), Money.FromFen(999_999_999_999_999_999L), Money.FromYuan(123_456.78m))))
        .Where(m => zero || m > Money.Zero);

    private static Gen<Topic[]> TopicLists(int min) =>
        from count in Gen.Choose(min, 4)
        from shuffled in Gen.Shuffle(AllTopics)
        select shuffled.Take(count).ToArray();

    public static Arbitrary<Influencer> Influencers() =>
        (from id in Ids
         from handle in Text(Influencer.MaxHandleLength)
         from province in Gen.Elements(ProvincialDivisions.All.ToArray())
         from county in Gen.Elements("0000", "0524", "3101")
         from settlement in Gen.OneOf(Gen.Constant((UrbanRuralCode?)null), Gen.Elements(UrbanRuralCode.All.ToArray()).Select(u => (UrbanRuralCode?)u))
         from topics in TopicLists(1)
         from followers in Counts
         from joined in Dates
         let region = settlement is { } u ? new Region(province.Code + county, u) : new Region(province.Code + county)
         select new Influencer(new InfluencerId(id), handle, region, topics, followers, joined)).ToArbitrary();

    public static Arbitrary<Enrolment> Enrolments() =>
        (from id in Ids
         from date in Dates.Where(d => d.Year < 9999)
         from mentor in Gen.OneOf(Gen.Constant((MentorId?)null), Ids.Select(m => (MentorId?)new MentorId("m-" + m)))
         from stay in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(0, 400).Select(d => (int?)d))
         select new Enrolment(new InfluencerId(id), date, mentor, stay is { } s ? date.PlusDays(s) : null)).ToArbitrary();

    public static Arbitrary<LedgerEntry> LedgerEntries() =>
        (from date in Dates
         from kind in Gen.Choose(0, 3)
         from cash in Amounts(zero: false)
         from impressions in Gen.Choose(1, int.MaxValue).Select(n => new Impressions(n))
         from beneficiary in Gen.OneOf(Gen.Constant((InfluencerId?)null), Ids.Select(i => (InfluencerId?)new InfluencerId(i)))
         from memo in Gen.OneOf(Gen.Constant(""), Text(LedgerEntry.MaxMemoLength))
         select kind switch
         {
             0 => LedgerEntry.Disbursement(date, cash, beneficiary, memo),
             1 => LedgerEntry.Refund(date, cash, beneficiary, memo),
             2 => LedgerEntry.TrafficGrant(date, impressions, beneficiary, memo),
             _ => LedgerEntry.TrafficReversal(date, impressions, beneficiary, memo),
         }).ToArbitrary();

    public static Arbitrary<Earning> Earnings() =>
        (from id in Ids
         from date in Dates
         from amount in Amounts(zero: true)
         from source in Gen.Elements(Enum.GetValues<EarningSource>())
         select new Earning(new InfluencerId(id), new YearMonth(date.Year, date.Month), amount, source)).ToArbitrary();

    public static Arbitrary<ContentItem> ContentItems() =>
        (from id in Ids
         from author in Ids
         from kind in Gen.Elements(Enum.GetValues<ContentKind>())
         from published in Instants
         from seconds in Gen.OneOf(Gen.Constant((long?)null), Gen.Elements(1L, 59L, 1_000_000_000L).Select(s => (long?)s))
         from caption in Gen.OneOf(Gen.Constant(""), Text(2_000), Gen.Constant("line one\nline\ttwo"))
         from topics in TopicLists(0)
         from views in Counts
         from likes in Counts
         from comments in Gen.Choose(0, 1000)
         from shares in Gen.Choose(0, 1000)
         let length = seconds is { } s && ContentKinds.HasLength(kind) ? Duration.FromSeconds(s) : (Duration?)null
         select new ContentItem(new ContentId("c-" + id), new InfluencerId(author), kind, published, length, caption, topics,
             new Engagement(views, likes / 2, comments, shares))).ToArbitrary();
}
