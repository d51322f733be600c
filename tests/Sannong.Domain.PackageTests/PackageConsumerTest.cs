using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Reflection;
using NodaTime;
using Sannong.Domain;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;
using Xunit;

namespace Sannong.Domain.PackageTests;

/// <summary>Calls the packed library as an outside project would, on each target framework.</summary>
public sealed class PackageConsumerTest
{
    [Fact]
    public void The_library_comes_from_the_package_not_from_a_project()
    {
        string location = typeof(InfluencerId).Assembly.Location;
        // The test's output folder holds a copy, so check the assembly's identity instead: the package's
        // assembly carries its informational version and the NuGet metadata's version.
        AssemblyInformationalVersionAttribute? info = typeof(InfluencerId).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>();
        Assert.NotNull(info);
        Assert.StartsWith(Environment.GetEnvironmentVariable("SANNONG_EXPECTED_VERSION") ?? "0.1.0", info!.InformationalVersion, StringComparison.Ordinal);
        Assert.True(File.Exists(location));
    }

    [Fact]
    public void The_xml_documentation_ships_beside_the_assembly()
    {
        string xml = Path.ChangeExtension(typeof(InfluencerId).Assembly.Location, ".xml");
        Assert.True(File.Exists(xml), $"{xml} is missing: the package must ship its XML docs.");
        Assert.Contains("T:Sannong.Domain.InfluencerId", File.ReadAllText(xml), StringComparison.Ordinal);
    }

    [Fact]
    public void Identifiers_validate_and_compare()
    {
        InfluencerId id = InfluencerId.Parse("kol-001");
        Assert.Equal("kol-001", id.Value);
        Assert.Throws<ArgumentException>(() => new InfluencerId(" padded"));
    }

    [Fact]
    public void Money_is_exact_and_allocates_to_the_fen()
    {
        Money budget = Money.FromYuan(0.35m);
        ImmutableArray<Money> parts = budget.Split(10);
        // 35 fen over 10 parts: 3 fen each and 5 fen left over, one each to the first five parts.
        Assert.Equal("0.04 0.04 0.04 0.04 0.04 0.03 0.03 0.03 0.03 0.03", string.Join(" ", parts));
        Assert.Equal("¥1,234.56", Money.FromFen(123456).ToString("C", CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void The_embedded_taxonomy_table_loads_and_the_classifier_finds_topics()
    {
        // The topic table is an embedded resource: this fails if it did not make it into the package.
        Topic cuisine = SannongTaxonomy.Standard.GetByCode("farmers.cuisine");
        Assert.Equal("乡村美食", cuisine.Labels.ZhHans);
        Assert.Equal(RuralIssue.Farmers, cuisine.Issue);
        Assert.Contains(TopicClassifier.Standard.Classify("今天做#乡村美食#"), m => m.Topic.Code == "farmers.cuisine");
    }

    [Fact]
    public void Regions_and_the_ledger_work_from_the_package()
    {
        Assert.Equal("Hunan", Region.Parse("430524/220").Province.English);
        BudgetLedger ledger = BudgetLedger.Create(new[]
        {
            LedgerEntry.Disbursement(new LocalDate(2023, 12, 1), Money.FromYuan(1500m), InfluencerId.Parse("kol-1")),
            LedgerEntry.Refund(new LocalDate(2024, 1, 3), Money.FromYuan(500m), InfluencerId.Parse("kol-1")),
        });
        // 1,500.00 disbursed, 500.00 refunded: 1,000.00 spent by 3 January 2024.
        Assert.Equal(Money.FromYuan(1000m), ledger.SpentAsOf(new LocalDate(2024, 1, 3)));
    }

    [Fact]
    public void A_reference_plan_is_scored_from_the_package()
    {
        Programme seed = ReferencePlans.SeedPlan(new LocalDate(2023, 11, 1));
        Assert.Equal(1096, seed.Days);
        InfluencerId kol = InfluencerId.Parse("kol-1");
        ProgrammeData data = ProgrammeData.Create(
            seed,
            new[] { new Influencer(kol, "湘西阿妹", Region.Parse("430524/220"), new[] { SannongTaxonomy.Standard.GetByCode("farmers.cuisine") }, 12_000, new LocalDate(2019, 5, 2)) },
            new[] { new Enrolment(kol, new LocalDate(2023, 11, 15)) },
            new[] { LedgerEntry.Disbursement(new LocalDate(2023, 12, 1), Money.FromYuan(1500m), kol) },
            new[] { new Earning(kol, new YearMonth(2023, 12), Money.FromYuan(320.50m), EarningSource.ECommerce) },
            Array.Empty<Sannong.Domain.Content.ContentItem>());
        Scorecard card = ScorecardCalculator.Compute(data, new LocalDate(2023, 12, 31));
        // One mentee of 100,000, who earned 320.50 in the window (October to December 2023): 1 earner of 1.
        Assert.Equal(1, card.Mentees.Actual);
        Assert.Equal(1, card.Monetisation.Earners);
        Assert.Contains("\"spent\": \"1500.00\"", ScorecardJson.ToJson(card), StringComparison.Ordinal);
    }
}
