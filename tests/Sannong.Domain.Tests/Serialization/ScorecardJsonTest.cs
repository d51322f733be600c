using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Sannong.Domain.Tests.Progress;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>The scorecard's JSON form, checked member by member on the worked example of <see cref="ScorecardTest"/>.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ScorecardJsonTest
{
    private static readonly Scorecard Card = ScorecardCalculator.Compute(ScorecardTest.Small(), new LocalDate(2024, 1, 5));

    [Fact]
    public void The_worked_example_in_its_json_form()
    {
        using JsonDocument doc = JsonDocument.Parse(ScorecardJson.ToJson(Card, indented: false));
        JsonElement root = doc.RootElement;
        Assert.Equal(
            new[] { "format", "programme", "programmeName", "asOf", "periodDays", "daysElapsed", "elapsedShare", "mentees", "cash", "traffic", "monetisation", "breakdown", "costs" },
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("sannong-scorecard/1", root.GetProperty("format").GetString());
        Assert.Equal("pilot", root.GetProperty("programme").GetString());
        Assert.Equal("Pilot", root.GetProperty("programmeName").GetString());
        Assert.Equal("2024-01-05", root.GetProperty("asOf").GetString());
        Assert.Equal(0.5, root.GetProperty("elapsedShare").GetDouble());

        // The hand-worked numbers of ScorecardTest, in their JSON spelling (money as strings, statuses kebab-case).
        Assert.Equal(
            """{"target":4,"actual":3,"progress":0.75,"expected":2,"paceRatio":1.5,"status":"on-track","requiredPerDay":0.2,"projectedAtEnd":6,"projectedCompletion":"2024-01-07"}""",
            root.GetProperty("mentees").GetRawText());
        JsonElement cash = root.GetProperty("cash");
        Assert.Equal(("1000.00", "450.00", "550.00", "500.00"), (Str(cash, "budget"), Str(cash, "spent"), Str(cash, "remaining"), Str(cash, "expected")));
        Assert.Equal(("90.00", "900.00", "2024-01-12", "on-track", "600.00"),
            (Str(cash, "burnPerDay"), Str(cash, "projectedAtEnd"), Str(cash, "runwayEnds"), Str(cash, "status"), Str(cash, "estimateAtCompletion")));
        Assert.Equal(750.0 / 450.0, cash.GetProperty("cpi").GetDouble(), 12);
        // Traffic: 4,000 of 10,000 after 5 of 10 days: 800 a day, 8,000 projected; runway ceil(10000 * 5 / 4000) = 13 days,
        // so S + 12 = 13 January.
        Assert.Equal(
            """{"budget":10000,"granted":4000,"remaining":6000,"grantedShare":0.4,"expected":5000,"paceRatio":0.8,"perDay":800,"projectedAtEnd":8000,"runwayEnds":"2024-01-13","status":"on-track"}""",
            root.GetProperty("traffic").GetRawText());

        // Monetisation: 1 earner of 3. Wilson at 95% (z = 1.959964, z^2 = 3.841459): centre = (1/3 + 3.841459/6) /
        // (1 + 3.841459/3) = 0.973576 / 2.280486 = 0.426915; half = z * sqrt(2/27 + 3.841459/36) / 2.280486
        // = 1.959964 * 0.425184 / 2.280486 = 0.365424; low = 0.061491, high = 0.792339.
        JsonElement m = root.GetProperty("monetisation");
        Assert.Equal(("below", "2024-01", "2024-01"), (Str(m, "status"), Str(m, "windowStart"), Str(m, "windowEnd")));
        Assert.Equal(1.0 / 3.0, m.GetProperty("share").GetDouble());
        Assert.Equal(0.061491, m.GetProperty("low").GetDouble(), 5);
        Assert.Equal(0.792339, m.GetProperty("high").GetDouble(), 5);

        Assert.Equal(
            """[{"key":"43","name":"Hunan","mentees":2,"earners":1,"earnerShare":0.5},{"key":"51","name":"Sichuan","mentees":1,"earners":0,"earnerShare":0}]""",
            root.GetProperty("breakdown").GetProperty("byProvince").GetRawText());
        Assert.Equal("agriculture villages farmers",
            string.Join(" ", root.GetProperty("breakdown").GetProperty("byIssue").EnumerateArray().Select(r => r.GetProperty("key").GetString())));
        Assert.Equal("emerging micro mega",
            string.Join(" ", root.GetProperty("breakdown").GetProperty("byTier").EnumerateArray().Select(r => r.GetProperty("key").GetString())));
        Assert.Equal("""{"perMentee":"150.00","remainingPerRemainingMentee":"550.00"}""", root.GetProperty("costs").GetRawText());
    }

    [Fact]
    public void Absent_budgets_and_undefined_values_are_null_not_omitted()
    {
        ProgrammeData small = ScorecardTest.Small();
        ProgrammeData data = ProgrammeData.Create(small.Programme.WithBudgets(ProgrammeBudgets.None), small.Influencers,
            small.Enrolments, Array.Empty<LedgerEntry>(), small.Earnings, small.Content);
        // Before the start: nothing expected, so no pace ratio; no mentee yet, so no share.
        using JsonDocument doc = JsonDocument.Parse(ScorecardJson.ToJson(ScorecardCalculator.Compute(data, new LocalDate(2023, 12, 31)), indented: false));
        JsonElement root = doc.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("cash").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("traffic").ValueKind);
        Assert.Equal("not-started", root.GetProperty("mentees").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("mentees").GetProperty("paceRatio").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("monetisation").GetProperty("share").ValueKind);
        Assert.Equal("no-data", root.GetProperty("monetisation").GetProperty("status").GetString());
    }

    [Property(MaxTest = 40)]
    public Property Writing_is_deterministic_and_always_valid_json(ProgrammeData data) =>
        Prop.ForAll(Gen.Choose(-30, data.Programme.Days + 30).Select(d => data.Programme.Start.PlusDays(d)).ToArbitrary(), asOf =>
        {
            Scorecard card = ScorecardCalculator.Compute(data, asOf);
            string once = ScorecardJson.ToJson(card);
            using JsonDocument doc = JsonDocument.Parse(once);
            return once == ScorecardJson.ToJson(ScorecardCalculator.Compute(data, asOf))
                && doc.RootElement.GetProperty("mentees").GetProperty("actual").GetInt32() == card.Mentees.Actual;
        });

    private static string? Str(JsonElement e, string name) => e.GetProperty(name).GetString();
}
