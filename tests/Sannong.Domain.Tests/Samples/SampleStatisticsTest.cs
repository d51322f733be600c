using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Taxonomy;
using Xunit;

namespace Sannong.Domain.Tests.Samples;

/// <summary>
/// The sample's statistics at scale 0.05 (2,200 mentees) fall in the ranges docs/sample-programme.md documents. Each
/// band is centred on the value the documented parameters give and is several standard errors wide.
/// </summary>
public sealed class SampleStatisticsTest
{
    private static readonly Lazy<SannongDataset> Sample = new(() => SampleProgramme.Generate(2024, 0.05));

    private static ProgrammeData Data => Sample.Value.Data;

    private static LocalDate AsOf => SampleProgramme.AsOf;

    [Fact]
    public void Regions_AreMostlyVillagesAndTownshipCentres()
    {
        // Villages 60% + township centres 20% = 80% rural (2xx); 2,200 draws: standard error 0.9%.
        double rural = Data.Influencers.Count(i => i.HomeRegion.IsRural == true) / (double)Data.Influencers.Length;
        double villages = Data.Influencers.Count(i => i.HomeRegion.UrbanRural == UrbanRuralCode.Village) / (double)Data.Influencers.Length;
        Assert.InRange(rural, 0.76, 0.84);
        Assert.InRange(villages, 0.55, 0.65);
        Assert.All(Data.Influencers, i => Assert.Equal(RegionLevel.County, i.HomeRegion.Level));
    }

    [Fact]
    public void Regions_WeighRuralProvincesMost()
    {
        // Henan, Shandong and Sichuan weigh 100 + 90 + 90 = 280 of 1,083 = 25.9%; the three municipalities
        // Beijing, Tianjin and Shanghai 3 + 3 + 2 = 8 of 1,083 = 0.7%.
        int Count(params string[] provinces) => Data.Influencers.Count(i => provinces.Contains(i.HomeRegion.Code[..2]));
        double big = Count("41", "37", "51") / (double)Data.Influencers.Length;
        double cities = Count("11", "12", "31") / (double)Data.Influencers.Length;
        Assert.InRange(big, 0.22, 0.30);
        Assert.InRange(cities, 0.0, 0.02);
        Assert.True(Count("41") > Count("44"), "Henan has more creators than Guangdong");
    }

    [Fact]
    public void Followers_AreHeavyTailed()
    {
        // Log-normal, median 3,000, σ = 1.8: the sample median is within ±15% (about 3 standard errors), and the top 1%
        // holds 1 − Φ(2.326 − 1.8) = 30% of all followers in theory (a noisy figure: band 18% to 45%).
        long[] followers = Data.Influencers.Select(i => i.Followers).OrderBy(f => f).ToArray();
        long median = followers[followers.Length / 2];
        int top = followers.Length / 100;
        double topShare = followers.Skip(followers.Length - top).Sum() / (double)followers.Sum();
        Assert.InRange(median, 2_550, 3_450);
        Assert.InRange(topShare, 0.18, 0.45);
        Assert.True(followers[^1] > 100 * median, "the largest creator has over a hundred times the median following");
    }

    [Fact]
    public void Topics_CoverTheTaxonomy_WithCuisineAndVillageLifeAboveForestry()
    {
        Dictionary<string, int> primary = Data.Influencers.GroupBy(i => i.PrimaryTopic.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // Every topic has a weight of at least 8 per 1,000: about 18 of 2,200 expected even for the rarest.
        Assert.All(SannongTaxonomy.Standard.Topics, t => Assert.True(primary.ContainsKey(t.Code), t.Code));
        // Rural cuisine 15%, village life 12%, forestry 0.8%.
        int cuisine = primary["farmers.cuisine"];
        int life = primary["villages.life"];
        int forestry = primary["agriculture.forestry"];
        Assert.InRange(cuisine / (double)Data.Influencers.Length, 0.12, 0.18);
        Assert.True(cuisine > 5 * forestry, $"cuisine {cuisine} against forestry {forestry}");
        Assert.True(life > 5 * forestry, $"village life {life} against forestry {forestry}");
    }

    [Fact]
    public void Enrolments_RiseOverTime()
    {
        // Density ∝ 1 + 2u: the first half of the days before the as-of date holds (0.5 + 0.25)/2 = 37.5%.
        LocalDate start = Data.Programme.Start;
        LocalDate middle = start.PlusDays(Period.DaysBetween(start, AsOf) / 2);
        double firstHalf = Data.Enrolments.Count(e => e.Enrolled < middle) / (double)Data.Enrolments.Length;
        Assert.InRange(firstHalf, 0.33, 0.42);
        // Each enrolment has a mentor, and ids follow enrolment order.
        Assert.All(Data.Enrolments, e => Assert.NotNull(e.Mentor));
        Assert.Equal(Data.Enrolments.Select(e => e.Enrolled).OrderBy(d => d), Data.Enrolments.Select(e => e.Enrolled));
    }

    [Fact]
    public void Ledger_IsMonthlyBatchesWithFewCorrections()
    {
        LedgerEntry[] entries = [.. Data.Ledger.Entries];
        Assert.All(entries.Where(e => e.Kind is LedgerEntryKind.Disbursement or LedgerEntryKind.TrafficGrant),
            e => Assert.Equal(15, e.Date.Day));
        Assert.All(entries, e => Assert.NotNull(e.Beneficiary));
        int refunds = entries.Count(e => e.Kind == LedgerEntryKind.Refund);
        int reversals = entries.Count(e => e.Kind == LedgerEntryKind.TrafficReversal);
        int disbursements = entries.Count(e => e.Kind == LedgerEntryKind.Disbursement);
        Assert.InRange(refunds, 1, disbursements / 50);
        Assert.InRange(reversals, 1, disbursements / 50);
        // Bounded size: under 10 entries per mentee (about 6.6 at any scale).
        Assert.InRange(entries.Length, Data.Influencers.Length, 10 * Data.Influencers.Length);
    }

    [Fact]
    public void Earnings_StartAfterEnrolmentAndGrow()
    {
        Dictionary<InfluencerId, YearMonth> enrolled = Data.Enrolments.ToDictionary(e => e.Influencer, e => e.Enrolled.ToYearMonth());
        Assert.All(Data.Earnings, e => Assert.True(e.Month > enrolled[e.Influencer], $"{e} is after the month of enrolment"));

        // The average earner earns more in 2025-04 than in 2024-06.
        double PerEarner(YearMonth month)
        {
            Earning[] inMonth = Data.Earnings.Where(e => e.Month == month).ToArray();
            return inMonth.Sum(e => (double)e.Amount.Yuan) / inMonth.Select(e => e.Influencer).Distinct().Count();
        }
        Assert.True(PerEarner(new YearMonth(2025, 4)) > PerEarner(new YearMonth(2024, 6)));

        // E-commerce and live gifts are the main sources (40% and 30% of primary sources).
        Dictionary<EarningSource, int> bySource = Data.Earnings.GroupBy(e => e.Source).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(bySource[EarningSource.ECommerce] > bySource[EarningSource.Advertising]);
        Assert.True(bySource[EarningSource.LiveGifts] > bySource[EarningSource.BrandDeals]);
        Assert.InRange(Data.Earnings.Length, Data.Influencers.Length, 5 * Data.Influencers.Length);
    }

    [Fact]
    public void Earners_AreADocumentedShareOfMentees()
    {
        // 60% ever earn; those enrolled in the last months have not started yet: about 42% in the window 2025-03..05.
        (YearMonth first, YearMonth last) = Data.Programme.EarningRule.Window(AsOf);
        int earners = Data.Earnings.Where(e => e.Month >= first && e.Month <= last).Select(e => e.Influencer).Distinct().Count();
        Assert.InRange(earners / (double)Data.Influencers.Length, 0.37, 0.48);
    }

    [Fact]
    public void Content_HasOneToThreeItemsPerMentee_OnTheirTopics()
    {
        Dictionary<InfluencerId, int> perAuthor = Data.Content.GroupBy(c => c.Author).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Data.Influencers.Length, perAuthor.Count);
        Assert.All(perAuthor.Values, n => Assert.InRange(n, 1, 3));
        Dictionary<InfluencerId, Influencer> authors = Data.Influencers.ToDictionary(i => i.Id);
        Instant asOf = AsOf.AtMidnight().WithOffset(Offset.FromHours(8)).ToInstant();
        Assert.All(Data.Content, c =>
        {
            Topic topic = Assert.Single(c.Topics);
            Assert.Contains(authors[c.Author].Topics, t => t.Code == topic.Code);
            Assert.True(c.Published < asOf);
            Assert.Equal(ContentKinds.HasLength(c.Kind), c.Length is not null);
            Assert.True(c.Engagement.Likes <= c.Engagement.Views);
        });
        Assert.True(Data.Content.Count(c => c.Kind == ContentKind.ShortVideo) > Data.Content.Length / 2);
    }

    [Fact]
    public void Captions_AreClassifiedToTheirTopic()
    {
        int recognised = Data.Content.Count(c =>
            TopicClassifier.Standard.Classify(c.Caption) is { Length: > 0 } matches && matches[0].Topic.Code == c.Topics[0].Code);
        Assert.True(recognised >= 0.9 * Data.Content.Length, $"{recognised} of {Data.Content.Length} captions are classified to their topic");
    }
}
