using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Tests.Generators;

// Generators of EXTREME VALID datasets (issue 14, "valid is computable"): every value at or near a documented limit
// (Money and Impressions at the whole range, followers and views at long.MaxValue, shares 0 and 1, targets of one and
// of int.MaxValue, one influencer or thousands, no content), dates anywhere NodaTime supports (-9998-01-01 to
// 9999-12-31, years 1 to 99 included), and ledger entries, earnings and views whose totals reach the limits exactly.
// Each dataset is built through ProgrammeData.Validate, so it is valid by the library's own definition.
// The generators are properties computed on each call (=>), not initialised fields: a static initialiser here would
// run in an order relative to the other partial files' that C# does not define.
public static partial class DomainArbitraries
{
    /// <summary>The earliest year of a generated ledger entry: the first year NodaTime's ISO calendar holds (ledger
    /// validation orders entries by a day number of its own, so years before 1 are ordered too).</summary>
    internal const int ExtremeLedgerFirstYear = -9998;

    private static readonly LocalDate[] ExtremeDateEdges =
    [
        LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusDays(1), new(-1, 12, 31), new(0, 1, 1), new(0, 2, 29),
        new(1, 1, 1), new(50, 6, 15), new(99, 12, 31), new(100, 1, 1), new(100, 3, 1), new(1899, 12, 30), new(1970, 1, 1),
        new(2024, 2, 29), new(9998, 12, 31), new(9999, 1, 1), LocalDate.MaxIsoValue.PlusDays(-1), LocalDate.MaxIsoValue,
    ];

    private static readonly int ExtremeDayCount = Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue);

    /// <summary>Any date NodaTime's ISO calendar supports: the edges (the first and last days, years 0, 1, 50, 99,
    /// 100, 9999), uniformly over the whole range, and recent dates.</summary>
    public static Gen<LocalDate> ExtremeDateGen => Gen.Frequency(
        (3, Gen.Elements(ExtremeDateEdges)),
        (2, Gen.Choose(0, ExtremeDayCount).Select(d => LocalDate.MinIsoValue.PlusDays(d))),
        (1, Gen.Choose(0, 3650).Select(d => new LocalDate(2020, 1, 1).PlusDays(d))));

    /// <summary>Any date from <paramref name="first"/> to <paramref name="last"/>: either end, or uniformly between.</summary>
    internal static Gen<LocalDate> ExtremeDateWithin(LocalDate first, LocalDate last) => Gen.Frequency(
        (2, Gen.Elements(first, last)),
        (3, Gen.Choose(0, Period.DaysBetween(first, last)).Select(first.PlusDays)));

    /// <summary>Periods at the edges: one day, the whole calendar, a year, and any start with any length up to the end
    /// of the calendar.</summary>
    public static Gen<DateInterval> ExtremePeriodGen => Gen.Frequency(
        (1, Gen.Constant(new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue))),
        (4, from start in ExtremeDateGen
            from end in Gen.Frequency(
                (2, Gen.Constant(start)),
                (2, Gen.Choose(0, 400).Select(d => Min(start.PlusDays(Math.Min(d, Period.DaysBetween(start, LocalDate.MaxIsoValue))), LocalDate.MaxIsoValue))),
                (1, ExtremeDateWithin(start, LocalDate.MaxIsoValue)))
            select new DateInterval(start, end)));

    /// <summary>Totals in whole units (fen or counts): the whole range, its neighbours, one, and any.</summary>
    internal static Gen<long> ExtremeTotalGen => Gen.Frequency(
        (3, Gen.Elements(long.MaxValue, long.MaxValue - 1, long.MaxValue / 2 + 1, 1L)),
        (2, AnyLongGen.Select(x => Math.Max(1L, x & long.MaxValue))),
        (1, Gen.Choose(1, 1_000_000).Select(x => (long)x)));

    /// <summary>Splits a total into 1 to <paramref name="maxParts"/> strictly positive parts that sum to it exactly
    /// (fewer parts when the total is smaller than the count asked for).</summary>
    internal static Gen<long[]> ExtremePartsGen(long total, int maxParts) =>
        from count in Gen.Frequency((2, Gen.Constant(1)), (3, Gen.Choose(1, maxParts)))
        let parts = (int)Math.Min(count, total)
        from weights in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(1L)), (1, Gen.Choose(1, int.MaxValue).Select(w => (long)w))), parts)
        select Money.FromFen(total).Allocate(weights).Select(m => m.Fen).Where(f => f > 0).ToArray();

    /// <summary>Extreme programmes: targets of 1 or int.MaxValue, shares 0 and 1, budgets at the whole range or one
    /// unit (or none), eligibility at long.MaxValue, earning rules with a 1- or 120-month window and a minimum of one
    /// fen or the whole range, periods anywhere.</summary>
    public static Gen<Programme> ExtremeProgrammeGen =>
        from period in ExtremePeriodGen
        from mentees in Gen.Frequency((2, Gen.Elements(1, int.MaxValue)), (1, Gen.Choose(1, 5_000)))
        from share in Gen.Elements(Share.Zero, Share.One, Share.FromRatio(0.5), Share.FromRatio(double.Epsilon))
        from cash in Gen.Frequency((1, Gen.Constant((long?)null)), (3, Gen.Elements(long.MaxValue, 1L, 100L).Select(f => (long?)f)))
        from traffic in Gen.Frequency((1, Gen.Constant((long?)null)), (3, Gen.Elements(long.MaxValue, 1L).Select(c => (long?)c)))
        from eligibility in Gen.Elements<Eligibility?>(null, new Eligibility(0), new Eligibility(long.MaxValue))
        from window in Gen.Elements(1, 3, 120)
        from minimum in Gen.Elements(1L, 100L, long.MaxValue)
        select new Programme(new ProgrammeId("extreme"), new string('农', Programme.MaxNameLength), period,
            new ProgrammeTargets(mentees, share),
            ProgrammeBudgets.Of(cash is { } c ? Money.FromFen(c) : null, traffic is { } t ? new Impressions(t) : null),
            eligibility, new EarningRule(window, Money.FromFen(minimum)));

    /// <summary>Influencers k-0 ... k-(n-1), n one, a few or thousands, with followers at the edges (0, tier bounds,
    /// long.MaxValue) and join dates anywhere.</summary>
    internal static Gen<Influencer[]> ExtremeInfluencersGen =>
        from count in Gen.Frequency((2, Gen.Constant(1)), (4, Gen.Choose(2, 12)), (1, Gen.Choose(1_000, 2_000)))
        from people in Gen.ArrayOf(
            from region in Regions().Generator
            from topics in DistinctTopicLists(1)
            from followers in Gen.Frequency((2, Gen.Elements(0L, long.MaxValue, 1_000_000L, 999_999L)), (1, FollowerCounts))
            from joined in ExtremeDateGen
            select (region, topics, followers, joined), count)
        select people.Select((p, i) => new Influencer(new InfluencerId($"k-{i}"), $"@k{i}", p.region, p.topics, p.followers, p.joined)).ToArray();

    /// <summary>Enrolments within the period: every influencer, some or none, on either end or anywhere between, a few
    /// enrolled twice.</summary>
    internal static Gen<Enrolment[]> ExtremeEnrolmentsGen(Programme programme, Influencer[] people) =>
        from all in Gen.Elements(true, false)
        from picked in Gen.ArrayOf(Gen.Elements(people), Math.Min(people.Length, 20))
        let who = all ? people : picked
        from dates in Gen.ArrayOf(ExtremeDateWithin(programme.Start, programme.End), who.Length)
        from left in Gen.ArrayOf(Gen.Elements(false, true), who.Length)
        select who.Select((p, i) => new Enrolment(p.Id, dates[i], null, left[i] ? LocalDate.MaxIsoValue : null)).ToArray();

    /// <summary>A valid ledger whose disbursements (or grants) total exactly <c>total</c>: the parts on dates anywhere
    /// from year <see cref="ExtremeLedgerFirstYear"/>, to anyone or no one, and some taken back in full on the same
    /// day or the last day of the calendar.</summary>
    internal static Gen<LedgerEntry[]> ExtremeLedgerGen(Influencer[] people, bool cash) =>
        from total in ExtremeTotalGen
        from parts in ExtremePartsGen(total, 6)
        from entries in Gen.CollectToArray(parts, part =>
            from date in ExtremeDateWithin(new LocalDate(ExtremeLedgerFirstYear, 1, 1), LocalDate.MaxIsoValue)
            from who in Gen.Frequency((1, Gen.Constant((InfluencerId?)null)), (2, Gen.Elements(people).Select(p => (InfluencerId?)p.Id)))
            from takeBack in Gen.Elements(0, 0, 1, 2)
            select cash
                ? new[] { LedgerEntry.Disbursement(date, Money.FromFen(part), who) }
                    .Concat(takeBack == 0 ? [] : [LedgerEntry.Refund(takeBack == 1 ? date : LocalDate.MaxIsoValue, Money.FromFen(part), who)])
                : new[] { LedgerEntry.TrafficGrant(date, new Impressions(part), who) }
                    .Concat(takeBack == 0 ? [] : [LedgerEntry.TrafficReversal(takeBack == 1 ? date : LocalDate.MaxIsoValue, new Impressions(part), who)]))
        from shuffled in Gen.Shuffle(entries.SelectMany(e => e))
        select shuffled;

    /// <summary>Earnings totalling exactly a total at the edges, in months anywhere (the first and last supported
    /// months, and the months of the period's ends), zero amounts included.</summary>
    internal static Gen<Earning[]> ExtremeEarningsGen(Programme programme, Influencer[] people) =>
        from total in ExtremeTotalGen
        from parts in ExtremePartsGen(total, 6)
        from zeros in Gen.Choose(0, 2)
        from earnings in Gen.CollectToArray(parts.Concat(Enumerable.Repeat(0L, zeros)), amount =>
            from who in Gen.Elements(people)
            from month in Gen.Frequency(
                (2, Gen.Elements(EarningRule.FirstSupportedMonth, LocalDate.MaxIsoValue.ToYearMonth(), programme.Start.ToYearMonth(), programme.End.ToYearMonth())),
                (1, ExtremeDateGen.Select(d => d.ToYearMonth())))
            from source in Gen.Elements(Enum.GetValues<EarningSource>())
            select new Earning(who.Id, month, Money.FromFen(amount), source))
        select earnings;

    /// <summary>Content whose views total exactly a total at the edges, and whose likes, comments and shares total at
    /// most long.MaxValue; or no content at all. Published at Instant's limits or anywhere; lengths in whole seconds
    /// up to the dataset format's 1,000,000,000.</summary>
    internal static Gen<ContentItem[]> ExtremeContentGen(Influencer[] people) =>
        Gen.Frequency(
            (1, Gen.Constant(Array.Empty<ContentItem>())),
            (3, from viewTotal in ExtremeTotalGen
                from views in ExtremePartsGen(viewTotal, 8)
                from interactionTotal in ExtremeTotalGen
                from interactions in ExtremePartsGen(interactionTotal, views.Length)
                from items in Gen.CollectToArray(views.Select((v, i) => (v, x: i < interactions.Length ? interactions[i] : 0L)), pair =>
                    from who in Gen.Elements(people)
                    from kind in Gen.Elements(ContentKinds.All.ToArray())
                    from published in Gen.Frequency(
                        (2, Gen.Elements(Instant.MinValue, Instant.MaxValue, Instant.FromUnixTimeSeconds(0))),
                        (1, ExtremeDateGen.Select(d => d.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant())))
                    from seconds in Gen.Elements(0L, 1L, 1_000_000_000L)
                    from split in Gen.Elements(0, 1, 2)
                    let length = ContentKinds.HasLength(kind) && seconds > 0 ? Duration.FromSeconds(seconds) : (Duration?)null
                    let engagement = split switch
                    {
                        0 => new Engagement(pair.v, pair.x, 0, 0),
                        1 => new Engagement(pair.v, 0, pair.x, 0),
                        _ => new Engagement(pair.v, pair.x / 2, 0, pair.x - (pair.x / 2)),
                    }
                    select (who, kind, published, length, engagement))
                select items.Select((c, i) => new ContentItem(new ContentId($"c-{i}"), c.who.Id, c.kind, c.published, c.length,
                    "", Array.Empty<Topic>(), c.engagement)).ToArray()));

    /// <summary>Extreme valid datasets, built through <see cref="ProgrammeData.Validate"/> (a dataset it refuses fails
    /// the generator loudly, listing the problems).</summary>
    public static Gen<ProgrammeData> ExtremeProgrammeDataGen =>
        from programme in ExtremeProgrammeGen
        from people in ExtremeInfluencersGen
        from enrolments in ExtremeEnrolmentsGen(programme, people)
        from cash in ExtremeLedgerGen(people, cash: true)
        from traffic in ExtremeLedgerGen(people, cash: false)
        from withLedger in Gen.Elements(true, true, false)
        from earnings in Gen.Frequency((1, Gen.Constant(Array.Empty<Earning>())), (3, ExtremeEarningsGen(programme, people)))
        from content in ExtremeContentGen(people)
        select ValidOrThrow(ProgrammeData.Validate(programme, people, enrolments,
            withLedger ? cash.Concat(traffic) : Array.Empty<LedgerEntry>(), earnings, content));

    // No Arbitrary<ProgrammeData> here: ProgrammeDataValues is the class's one; use the Gen properties explicitly.

    /// <summary>An extreme valid dataset with an as-of date anywhere NodaTime supports.</summary>
    public static Gen<(ProgrammeData Data, LocalDate AsOf)> ExtremeScoringGen =>
        from data in ExtremeProgrammeDataGen
        from asOf in Gen.Frequency(
            (3, ExtremeDateGen),
            (2, Gen.Elements(data.Programme.Start, data.Programme.End, data.Programme.Start.PlusDays(-Math.Min(1, Period.DaysBetween(LocalDate.MinIsoValue, data.Programme.Start))))))
        select (data, asOf);

    /// <summary>Extreme valid datasets as documents, with and without an as-of date.</summary>
    public static Gen<SannongDataset> ExtremeSannongDatasetGen =>
        from data in ExtremeProgrammeDataGen
        from asOf in Gen.OneOf(Gen.Constant((LocalDate?)null), ExtremeDateGen.Select(d => (LocalDate?)d))
        select new SannongDataset(data, asOf);

    private static ProgrammeData ValidOrThrow(ValidationResult<ProgrammeData> result) =>
        result.Value ?? throw new InvalidOperationException(
            "The extreme generator built an invalid dataset: " + string.Join("; ", result.Problems.Select(p => p.ToString())));

    private static LocalDate Min(LocalDate x, LocalDate y) => x <= y ? x : y;
}
