using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Sannong.Domain;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>
/// Valid is computable (issue 14), end to end: extreme datasets that validate are scored in every format and charted,
/// and exposed and charted, with exit code 0 and no exception. The datasets are built by hand here (the domain tests'
/// FsCheck generators cover the class; these are the handful the commands run on).
/// </summary>
public sealed class ExtremeDatasetTest
{
    private const long Max = long.MaxValue;

    private static readonly LocalDate First = LocalDate.MinIsoValue; // -9998-01-01
    private static readonly LocalDate Last = LocalDate.MaxIsoValue;  // 9999-12-31

    /// <summary>The datasets and the as-of dates each is scored at.</summary>
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach ((string name, _, LocalDate[] dates) in Datasets())
        {
            foreach (LocalDate date in dates)
            {
                cases.Add(name, LocalDatePattern.Iso.Format(date));
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_extreme_dataset_is_scored_in_every_format_and_charted(string name, string asOf)
    {
        string data = Write(name);
        string chart = Path.Combine(Path.GetTempPath(), $"sannong-extreme-{Guid.NewGuid():N}.png");
        try
        {
            foreach (string format in new[] { "table", "markdown", "json" })
            {
                (int exit, string output, string error) = CliRun.Of("scorecard", "--data", data, "--as-of", asOf, "--format", format);
                Assert.True(exit == 0, $"{name} as of {asOf}, {format}: exit {exit}: {error}");
                Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
                Assert.NotEmpty(output);
                if (format == "json")
                {
                    using JsonDocument json = JsonDocument.Parse(output);
                    Assert.Equal(asOf, json.RootElement.GetProperty("asOf").GetString());
                }
            }
            (int chartExit, _, string chartError) = CliRun.Of("scorecard", "--data", data, "--as-of", asOf, "--format", "json", "--chart", chart);
            Assert.True(chartExit == 0, $"{name} as of {asOf}, chart: exit {chartExit}: {chartError}");
            Assert.DoesNotContain("Exception", chartError, StringComparison.Ordinal);
            AssertPng(chart);
        }
        finally
        {
            File.Delete(data);
            File.Delete(chart);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void An_extreme_dataset_is_exposed_and_charted(string name)
    {
        string data = Write(name);
        string chart = Path.Combine(Path.GetTempPath(), $"sannong-extreme-{Guid.NewGuid():N}.png");
        try
        {
            (int exit, string output, string error) = CliRun.Of("exposure", "--data", data, "--chart", chart);
            if (name == "thousands-no-content")
            {
                // Issue 17: no content, no views to measure: one line and exit 1, not a table of dashes, no chart.
                Assert.Equal(1, exit);
                Assert.Equal("", output);
                Assert.Equal($"sannong: {data}: no content items, so no views to measure: exposure needs the content " +
                    "(content.ndjson in a dataset folder, or the content array of a dataset document).", error.TrimEnd());
                Assert.False(File.Exists(chart));
                return;
            }
            Assert.True(exit == 0, $"{name}: exit {exit}: {error}");
            Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
            Assert.Contains("Views by creator", output, StringComparison.Ordinal);
            AssertPng(chart);
        }
        finally
        {
            File.Delete(data);
            File.Delete(chart);
        }
    }

    [Fact]
    public void Cash_projections_past_the_range_print_as_undefined()
    {
        // 10 days of 2024, B = s = Max fen spent on day 1, as of day 1: s * N / e = 10 * Max fen is past the range,
        // so projectedAtEnd and estimateAtCompletion (s * T / a = 10 * Max with T = 10, a = 1) are null in the JSON.
        string data = Write("projection-past-range");
        try
        {
            (int exit, string output, string error) = CliRun.Of("scorecard", "--data", data, "--as-of", "2024-01-01", "--format", "json");
            Assert.True(exit == 0, error);
            using JsonDocument json = JsonDocument.Parse(output);
            JsonElement cash = json.RootElement.GetProperty("cash");
            Assert.Equal(JsonValueKind.Null, cash.GetProperty("projectedAtEnd").ValueKind);
            Assert.Equal(JsonValueKind.Null, cash.GetProperty("estimateAtCompletion").ValueKind);
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("traffic").GetProperty("projectedAtEnd").ValueKind);
        }
        finally
        {
            File.Delete(data);
        }
    }

    /// <summary>The names of the datasets.</summary>
    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach ((string name, _, _) in Datasets())
        {
            names.Add(name);
        }
        return names;
    }

    private static string Write(string name)
    {
        ProgrammeData data = Datasets().Single(d => d.Name == name).Data;
        string path = Path.Combine(Path.GetTempPath(), $"sannong-extreme-{name}-{Guid.NewGuid():N}.json");
        SannongJson.WriteDatasetFile(new SannongDataset(data), path);
        return path;
    }

    private static void AssertPng(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 8, $"{path} is empty");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes.Take(4).ToArray());
    }

    private static IEnumerable<(string Name, ProgrammeData Data, LocalDate[] AsOf)> Datasets()
    {
        yield return ("whole-calendar", WholeCalendar(), new[] { First, new LocalDate(-1, 12, 31), new LocalDate(50, 6, 15), new LocalDate(2024, 2, 29), Last });
        yield return ("year-0050", Year50(), new[] { new LocalDate(50, 6, 30), new LocalDate(49, 12, 31), new LocalDate(51, 1, 1) });
        yield return ("last-day", LastDay(), new[] { Last.PlusDays(-1), Last });
        yield return ("projection-past-range", PastRange(), new[] { new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10) });
        yield return ("thousands-no-content", Thousands(), new[] { new LocalDate(2024, 6, 1) });
    }

    private static Influencer Person(int i, long followers, LocalDate joined) =>
        new(new InfluencerId($"k-{i}"), $"@k{i}", Region.Parse(i % 2 == 0 ? "430524" : "530000"),
            new[] { SannongTaxonomy.Standard.GetByCode(i % 3 == 0 ? "farmers.cuisine" : "agriculture.crops") }, followers, joined);

    private static Programme Plan(DateInterval period, int mentees, Money? cash, Impressions? traffic, EarningRule? rule = null) =>
        new(new ProgrammeId("extreme"), "Extreme (极限)", period, new ProgrammeTargets(mentees, Share.One),
            ProgrammeBudgets.Of(cash, traffic), new Eligibility(Max), rule);

    private static ContentItem Item(int i, Influencer author, long views, long likes, Instant published) =>
        new(new ContentId($"c-{i}"), author.Id, ContentKind.ShortVideo, published, Duration.FromSeconds(1_000_000_000), "",
            Array.Empty<Topic>(), new Engagement(views, likes, 0, 0));

    // The whole calendar: budgets, views and earnings at the whole range; enrolments on the first and last days.
    private static ProgrammeData WholeCalendar()
    {
        Influencer[] people = { Person(0, Max, First), Person(1, 0, Last), Person(2, 1_000_000, new LocalDate(1, 1, 1)) };
        return ProgrammeData.Create(
            Plan(new DateInterval(First, Last), int.MaxValue, Money.FromFen(Max), new Impressions(Max), new EarningRule(120, Money.FromFen(1))),
            people,
            new[] { new Enrolment(people[0].Id, First), new Enrolment(people[1].Id, Last, null, Last), new Enrolment(people[2].Id, new LocalDate(50, 1, 1)) },
            new[]
            {
                LedgerEntry.Disbursement(new LocalDate(1, 1, 1), Money.FromFen(Max - 1), people[0].Id),
                LedgerEntry.Disbursement(Last, Money.FromFen(1)),
                LedgerEntry.Refund(Last, Money.FromFen(Max - 1), people[0].Id),
                LedgerEntry.TrafficGrant(new LocalDate(99, 12, 31), new Impressions(Max), people[2].Id),
            },
            new[]
            {
                new Earning(people[0].Id, EarningRule.FirstSupportedMonth, Money.FromFen(Max - 1), EarningSource.Other),
                new Earning(people[2].Id, new YearMonth(9999, 12), Money.FromFen(1), EarningSource.Advertising),
                new Earning(people[1].Id, new YearMonth(50, 6), Money.Zero, EarningSource.LiveGifts),
            },
            new[]
            {
                Item(0, people[0], Max - 1, Max, Instant.MinValue),
                Item(1, people[1], 1, 0, Instant.MaxValue),
            });
    }

    // The example: a programme in year 0050, charted.
    private static ProgrammeData Year50()
    {
        Influencer[] people = { Person(0, 500, new LocalDate(49, 1, 1)), Person(1, 20_000, new LocalDate(50, 2, 1)) };
        return ProgrammeData.Create(
            Plan(new DateInterval(new LocalDate(50, 1, 1), new LocalDate(50, 12, 31)), 4, Money.FromYuan(1000m), null),
            people,
            new[] { new Enrolment(people[0].Id, new LocalDate(50, 1, 1)), new Enrolment(people[1].Id, new LocalDate(50, 3, 15)) },
            new[] { LedgerEntry.Disbursement(new LocalDate(50, 2, 1), Money.FromYuan(300m), people[0].Id) },
            new[] { new Earning(people[1].Id, new YearMonth(50, 5), Money.FromYuan(12.5m), EarningSource.ECommerce) },
            new[] { Item(0, people[0], 10, 1, Instant.FromUtc(50, 3, 1, 12, 0)), Item(1, people[1], 90, 2, Instant.FromUtc(50, 4, 1, 12, 0)) });
    }

    // A one-day programme on the last day NodaTime supports, spending the whole range that day.
    private static ProgrammeData LastDay()
    {
        Influencer[] people = { Person(0, Max, Last) };
        return ProgrammeData.Create(
            Plan(new DateInterval(Last, Last), 1, Money.FromFen(1), new Impressions(1)),
            people,
            new[] { new Enrolment(people[0].Id, Last) },
            new[] { LedgerEntry.Disbursement(Last, Money.FromFen(Max), people[0].Id), LedgerEntry.TrafficGrant(Last, new Impressions(Max)) },
            new[] { new Earning(people[0].Id, new YearMonth(9999, 12), Money.FromFen(Max), EarningSource.BrandDeals) },
            new[] { Item(0, people[0], Max, Max, Instant.MaxValue) });
    }

    // Ten days of 2024 whose spending on day 1 projects past the range.
    private static ProgrammeData PastRange()
    {
        Influencer[] people = { Person(0, 12_000, new LocalDate(2020, 1, 1)) };
        return ProgrammeData.Create(
            Plan(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10)), 10, Money.FromFen(Max), new Impressions(Max)),
            people,
            new[] { new Enrolment(people[0].Id, new LocalDate(2024, 1, 1)) },
            new[] { LedgerEntry.Disbursement(new LocalDate(2024, 1, 1), Money.FromFen(Max)), LedgerEntry.TrafficGrant(new LocalDate(2024, 1, 1), new Impressions(Max)) },
            Array.Empty<Earning>(),
            new[] { Item(0, people[0], Max, 0, Instant.FromUtc(2024, 1, 1, 0, 0)) });
    }

    // Two thousand influencers, all enrolled, no ledger, no earnings, no content: exposure has no views at all.
    private static ProgrammeData Thousands()
    {
        Influencer[] people = Enumerable.Range(0, 2_000).Select(i => Person(i, i * 1_000L, new LocalDate(2020, 1, 1))).ToArray();
        return ProgrammeData.Create(
            Plan(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31)), 100_000, null, null),
            people,
            people.Select((p, i) => new Enrolment(p.Id, new LocalDate(2024, 1, 1).PlusDays(i % 500))),
            Array.Empty<LedgerEntry>(),
            Array.Empty<Earning>(),
            Array.Empty<ContentItem>());
    }
}
