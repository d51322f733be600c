using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Exposure;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>SannongNames: one name per defined member, unique, read back to the same member; and today's names pinned,
/// so that renaming a member in C# cannot change the dataset format, the scorecard JSON or the command line.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class SannongNamesTest
{
    private delegate bool TryParse<T>(string? text, out T value);

    // The public enumerations that have no names (none is written by a format or printed by name), so that a new
    // enumeration must be given a table or be listed here.
    private static readonly Type[] Unnamed = [typeof(TopicLanguage), typeof(RegionLevel), typeof(MonthlyAllocation), typeof(DataProblemKind), typeof(DataRecordKind)];

    private static readonly Type[] Named =
    [
        typeof(LedgerEntryKind), typeof(EarningSource), typeof(ContentKind), typeof(GoalStatus), typeof(BudgetStatus),
        typeof(MonetisationStatus), typeof(RuralIssue), typeof(FollowerTier), typeof(ProvincialDivisionKind),
        typeof(ConcentrationBand), typeof(GiniForm), typeof(FeedPolicy),
    ];

    [Fact]
    public void Every_defined_member_has_a_unique_name_that_reads_back()
    {
        RoundTrip<LedgerEntryKind>(SannongNames.Name, SannongNames.TryParse);
        RoundTrip<EarningSource>(SannongNames.Name, SannongNames.TryParse);
        RoundTrip<ContentKind>(SannongNames.Name, SannongNames.TryParse);
        RoundTrip<GoalStatus>(SannongNames.Name, SannongNames.TryParse);
        RoundTrip<BudgetStatus>(SannongNames.Name, SannongNames.TryParse);
        RoundTrip<MonetisationStatus>(SannongNames.Name, SannongNames.TryParse);
        RoundTrip<RuralIssue>(SannongNames.Name, SannongNames.TryParse);
        RoundTrip<FollowerTier>(SannongNames.Name, SannongNames.TryParse);
        RoundTrip<ProvincialDivisionKind>(SannongNames.Name, SannongNames.TryParse);
        RoundTrip<ConcentrationBand>(SannongNames.Name, SannongNames.TryParse);
        RoundTrip<GiniForm>(SannongNames.Name, SannongNames.TryParse);
        RoundTrip<FeedPolicy>(SannongNames.Name, SannongNames.TryParse);
    }

    [Fact]
    public void Every_public_enumeration_is_named_or_listed_as_unnamed()
    {
        Type[] enums = typeof(Money).Assembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();
        Assert.Equal(enums, Named.Concat(Unnamed).OrderBy(t => t.FullName, StringComparer.Ordinal));
    }

    [Fact]
    public void Todays_names_are_pinned()
    {
        Pin(SannongNames.Name, (LedgerEntryKind.Disbursement, "disbursement"), (LedgerEntryKind.Refund, "refund"),
            (LedgerEntryKind.TrafficGrant, "traffic-grant"), (LedgerEntryKind.TrafficReversal, "traffic-reversal"));
        Pin(SannongNames.Name, (EarningSource.Advertising, "advertising"), (EarningSource.LiveGifts, "live-gifts"),
            (EarningSource.ECommerce, "e-commerce"), (EarningSource.BrandDeals, "brand-deals"), (EarningSource.Other, "other"));
        Pin(SannongNames.Name, (ContentKind.ShortVideo, "short-video"), (ContentKind.LiveStream, "live-stream"),
            (ContentKind.Image, "image"), (ContentKind.Article, "article"));
        Pin(SannongNames.Name, (GoalStatus.NotStarted, "not-started"), (GoalStatus.OnTrack, "on-track"), (GoalStatus.AtRisk, "at-risk"),
            (GoalStatus.OffTrack, "off-track"), (GoalStatus.Achieved, "achieved"), (GoalStatus.Missed, "missed"));
        Pin(SannongNames.Name, (BudgetStatus.NotStarted, "not-started"), (BudgetStatus.Behind, "behind"), (BudgetStatus.OnTrack, "on-track"),
            (BudgetStatus.Ahead, "ahead"), (BudgetStatus.Overspent, "overspent"));
        Pin(SannongNames.Name, (MonetisationStatus.NoData, "no-data"), (MonetisationStatus.Met, "met"), (MonetisationStatus.Below, "below"),
            (MonetisationStatus.NotMet, "not-met"), (MonetisationStatus.Inconclusive, "inconclusive"));
        Pin(SannongNames.Name, (RuralIssue.Agriculture, "agriculture"), (RuralIssue.Villages, "villages"), (RuralIssue.Farmers, "farmers"));
        Pin(SannongNames.Name, (FollowerTier.Emerging, "emerging"), (FollowerTier.Nano, "nano"), (FollowerTier.Micro, "micro"),
            (FollowerTier.Mid, "mid"), (FollowerTier.Macro, "macro"), (FollowerTier.Mega, "mega"));
        Pin(SannongNames.Name, (ProvincialDivisionKind.Province, "province"), (ProvincialDivisionKind.AutonomousRegion, "autonomous-region"),
            (ProvincialDivisionKind.Municipality, "municipality"), (ProvincialDivisionKind.SpecialAdministrativeRegion, "special-administrative-region"));
        Pin(SannongNames.Name, (ConcentrationBand.Unconcentrated, "unconcentrated"),
            (ConcentrationBand.ModeratelyConcentrated, "moderately-concentrated"), (ConcentrationBand.HighlyConcentrated, "highly-concentrated"));
        Pin(SannongNames.Name, (GiniForm.Population, "population"), (GiniForm.SampleCorrected, "sample-corrected"));
        Pin(SannongNames.Name, (FeedPolicy.Popularity, "popularity"), (FeedPolicy.Capped, "capped"));
    }

    [Fact]
    public void Todays_labels_are_pinned()
    {
        Pin(SannongNames.Label, (RuralIssue.Agriculture, "Agriculture"), (RuralIssue.Villages, "Villages"), (RuralIssue.Farmers, "Farmers"));
        Pin(SannongNames.Label, (FollowerTier.Emerging, "Emerging"), (FollowerTier.Nano, "Nano"), (FollowerTier.Micro, "Micro"),
            (FollowerTier.Mid, "Mid"), (FollowerTier.Macro, "Macro"), (FollowerTier.Mega, "Mega"));
    }

    [Fact]
    public void An_undefined_value_has_no_name_and_reading_is_exact()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => SannongNames.Name((GoalStatus)99));
        Assert.Equal("status must be a defined GoalStatus, but was 99. (Parameter 'status')", e.Message);
        Assert.Equal("tier", Assert.Throws<ArgumentOutOfRangeException>(() => SannongNames.Label((FollowerTier)0)).ParamName);
        Assert.False(SannongNames.TryParse("On-Track", out GoalStatus _));
        Assert.False(SannongNames.TryParse(" on-track", out GoalStatus _));
        Assert.False(SannongNames.TryParse(null, out GoalStatus none));
        Assert.Equal(default, none);
        Assert.False(SannongNames.TryParse("OnTrack", out GoalStatus _));
    }

    [Fact]
    public void Messages_list_the_names_in_the_tables_order()
    {
        Assert.Equal("disbursement, refund, traffic-grant or traffic-reversal", SannongNames.LedgerEntryKinds.Expected);
        Assert.Equal("advertising, live-gifts, e-commerce, brand-deals or other", SannongNames.EarningSources.Expected);
        Assert.Equal("short-video, live-stream, image or article", SannongNames.ContentKinds.Expected);
    }

    [Fact]
    public void A_table_refuses_a_repeated_value_or_name()
    {
        Assert.Throws<ArgumentException>(() => new NameTable<GiniForm>((GiniForm.Population, "a"), (GiniForm.Population, "b")));
        Assert.Throws<ArgumentException>(() => new NameTable<GiniForm>((GiniForm.Population, "a"), (GiniForm.SampleCorrected, "a")));
        Assert.Throws<ArgumentException>(() => new NameTable<GiniForm>((GiniForm.Population, "")));
    }

    [Property]
    public bool Only_a_name_reads_back(string? text) =>
        !SannongNames.TryParse(text, out LedgerEntryKind kind) || SannongNames.Name(kind) == text;

    [Property]
    public bool A_ledger_entry_says_its_kind_by_its_name(LedgerEntry entry) =>
        entry.ToString().Contains(" " + SannongNames.Name(entry.Kind) + " ", StringComparison.Ordinal);

    private static void RoundTrip<T>(Func<T, string> name, TryParse<T> parse)
        where T : struct, Enum
    {
        T[] values = Enum.GetValues<T>();
        string[] names = values.Select(name).ToArray();
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        foreach (T value in values)
        {
            Assert.True(parse(name(value), out T back), $"{typeof(T).Name}.{value}");
            Assert.Equal(value, back);
            Assert.Matches("^[a-z]+(-[a-z]+)*$", name(value));
        }
    }

    private static void Pin<T>(Func<T, string> name, params (T Value, string Name)[] expected)
        where T : struct, Enum
    {
        Assert.Equal(Enum.GetValues<T>().Length, expected.Length);
        Assert.Equal(expected.Select(e => e.Name), expected.Select(e => name(e.Value)));
    }
}
