using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Generators;

// Generators of whole programme datasets: every reference valid, so that tests can break one thing at a time.
public static partial class DomainArbitraries
{
    /// <summary>The ids every generated dataset's influencers include: the union of the ledger's and the programmes'
    /// pools, so that generated ledger entries and earnings always refer to a known influencer.</summary>
    internal static readonly InfluencerId[] DatasetInfluencerIds =
        new[] { "kol-1", "kol-2", "kol-3", "村播-4", "李子柒", "farmer 7" }.Select(s => new InfluencerId(s)).ToArray();

    /// <summary>Valid datasets: a programme, the pooled influencers (and a few more), enrolments within the period,
    /// a valid ledger, earnings and content items with unique ids.</summary>
    public static Arbitrary<ProgrammeData> ProgrammeDataValues() => ProgrammeDataGen.ToArbitrary();

    /// <summary>The generator behind <see cref="ProgrammeDataValues"/>.</summary>
    public static Gen<ProgrammeData> ProgrammeDataGen =>
        from programme in Programmes().Generator
        from pooled in Gen.CollectToArray(DatasetInfluencerIds, id => Influencers().Generator.Select(p => WithId(p, id)))
        from extra in Gen.Choose(0, 3)
        from others in Gen.ArrayOf(Influencers().Generator, extra)
        let people = pooled.Concat(others.Select((p, i) => WithId(p, new InfluencerId($"extra-{i}")))).ToArray()
        from enrolments in Gen.ArrayOf(
            from who in Gen.Elements(people.Select(p => p.Id).ToArray())
            from day in Gen.Choose(0, programme.Days - 1)
            from mentor in Gen.Elements<MentorId?>(null, new MentorId("m-1"))
            select new Enrolment(who, programme.Start.PlusDays(day), mentor))
        from ledger in ValidLedgerEntryArrays
        from earnings in Gen.ArrayOf(ProgrammeEarningGen(ProgrammePooledInfluencerGen))
        from content in Gen.ArrayOf(
            from item in ContentItems().Generator
            from author in Gen.Elements(people.Select(p => p.Id).ToArray())
            select (item, author))
        select ProgrammeData.Create(
            programme,
            people,
            enrolments,
            ledger,
            earnings,
            content.Select((c, i) => new ContentItem(new ContentId($"c-{i}"), c.author, c.item.Kind, c.item.Published,
                c.item.Length, c.item.Caption, c.item.Topics, c.item.Engagement)));

    private static Influencer WithId(Influencer p, InfluencerId id) =>
        new(id, p.Handle, p.HomeRegion, p.Topics, p.Followers, p.Joined);
}
