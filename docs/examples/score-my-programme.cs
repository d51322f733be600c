#:project ../../src/Sannong.Domain/Sannong.Domain.csproj
// Getting started, steps 2 to 5: build a programme, record a ledger, score it, read and write JSON.
// Run from the repository root: dotnet run docs/examples/score-my-programme.cs
using System;
using NodaTime;
using Sannong.Domain;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;

// 2. Build a programme: six months, 4 mentees, half of them earning, 10,000 yuan and 1,000,000 impressions.
var programme = new Programme(
    new ProgrammeId("yunnan-tea-2024"),
    "Yunnan tea growers pilot (云南茶农试点)",
    new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30)),
    new ProgrammeTargets(mentees: 4, earningShare: Share.FromRatio(0.5)),
    ProgrammeBudgets.Of(Money.FromYuan(10_000m), new Impressions(1_000_000)),
    new Eligibility(minimumFollowers: 1_000),
    new EarningRule(windowMonths: 3, minimum: Money.FromYuan(100m)));

var tea = SannongTaxonomy.Standard.GetByCode("agriculture.crops.tea");
var ayi = InfluencerId.Parse("kol-ayi");
var bo = InfluencerId.Parse("kol-bo");
Influencer[] influencers =
{
    new(ayi, "普洱阿依", Region.Parse("530800"), new[] { tea }, 25_000, new LocalDate(2021, 4, 1)),
    new(bo, "勐海小波", Region.Parse("532800"), new[] { tea }, 3_200, new LocalDate(2022, 9, 15)),
};
Enrolment[] enrolments =
{
    new(ayi, new LocalDate(2024, 1, 10), new MentorId("mentor-li")),
    new(bo, new LocalDate(2024, 2, 20), new MentorId("mentor-li")),
};

// 3. Record a ledger: cash paid out (and a refund), traffic granted.
LedgerEntry[] ledger =
{
    LedgerEntry.Disbursement(new LocalDate(2024, 1, 15), Money.FromYuan(2_000m), ayi, "starter grant"),
    LedgerEntry.Disbursement(new LocalDate(2024, 2, 25), Money.FromYuan(2_000m), bo, "starter grant"),
    LedgerEntry.Refund(new LocalDate(2024, 3, 1), Money.FromYuan(500m), bo, "unused equipment money"),
    LedgerEntry.TrafficGrant(new LocalDate(2024, 2, 1), new Impressions(300_000), ayi),
    LedgerEntry.TrafficGrant(new LocalDate(2024, 3, 1), new Impressions(200_000), bo),
};
Earning[] earnings =
{
    new(ayi, new YearMonth(2024, 3), Money.FromYuan(420.50m), EarningSource.ECommerce),
    new(bo, new YearMonth(2024, 3), Money.FromYuan(35m), EarningSource.LiveGifts),
};
ProgrammeData data = ProgrammeData.Create(programme, influencers, enrolments, ledger, earnings, Array.Empty<ContentItem>());
Console.WriteLine(data);

// 4. Score it as of a date.
Scorecard card = ScorecardCalculator.Compute(data, new LocalDate(2024, 3, 31));
Console.WriteLine($"Mentees:      {card.Mentees.Actual} of {card.Mentees.Target}, {card.Mentees.Status}");
Console.WriteLine($"Cash:         {card.Cash!.Spent} of {card.Cash.Budget} yuan, {card.Cash.Status}");
Console.WriteLine($"Traffic:      {card.Traffic!.Granted} of {card.Traffic.Budget} impressions, {card.Traffic.Status}");
Console.WriteLine($"Monetisation: {card.Monetisation.Earners} of {card.Monetisation.Mentees} earning, {card.Monetisation.Status}");

// 5. Write the data as a sannong-dataset/1 document, read it back, and write the scorecard as JSON.
string json = SannongJson.ToJson(new SannongDataset(data, card.AsOf));
SannongDataset back = SannongJson.ParseDataset(json);
Console.WriteLine($"Round trip equal: {back.Data == data}, as of {back.AsOf:uuuu-MM-dd}");
string scorecardJson = ScorecardJson.ToJson(card);
Console.WriteLine($"Dataset JSON: {json.Split('\n')[1].Trim()}");
Console.WriteLine($"Scorecard JSON has {scorecardJson.Split('\n').Length} lines.");
