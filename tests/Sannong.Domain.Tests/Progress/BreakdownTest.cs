using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Creators;
using Sannong.Domain.Progress;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class BreakdownTest
{
    private static Breakdown<RuralIssue> ByIssue(IEnumerable<BreakdownEntry> entries)
    {
        BreakdownBuilder<RuralIssue> builder = BreakdownBuilder.ByIssue();
        foreach (BreakdownEntry e in entries)
        {
            builder.Add(e.Issue, e.IsEarner);
        }
        return builder.Build();
    }

    private static Breakdown<ProvincialDivision> ByProvince(IEnumerable<BreakdownEntry> entries)
    {
        BreakdownBuilder<ProvincialDivision> builder = BreakdownBuilder.ByProvince();
        foreach (BreakdownEntry e in entries)
        {
            builder.Add(e.Province, e.IsEarner);
        }
        return builder.Build();
    }

    [Fact]
    public void Rows_count_mentees_and_earners_per_key_in_key_order()
    {
        // Added out of order: Farmers (earns), Agriculture (earns), Villages, Agriculture, Agriculture (earns).
        // Agriculture: 3 mentees, 2 earners, 2/3; Villages: 1, 0, 0%; Farmers: 1, 1, 100%. Totals 5 and 3: 60%.
        BreakdownBuilder<RuralIssue> builder = BreakdownBuilder.ByIssue();
        builder.Add(RuralIssue.Farmers, true);
        builder.Add(RuralIssue.Agriculture, true);
        builder.Add(RuralIssue.Villages, false);
        builder.Add(RuralIssue.Agriculture, false);
        builder.Add(RuralIssue.Agriculture, true);
        Breakdown<RuralIssue> breakdown = builder.Build();

        Assert.Equal(new[] { RuralIssue.Agriculture, RuralIssue.Villages, RuralIssue.Farmers }, breakdown.Rows.Select(r => r.Key));
        Assert.Equal(new[] { 3L, 1L, 1L }, breakdown.Rows.Select(r => r.Mentees));
        Assert.Equal(new[] { 2L, 0L, 1L }, breakdown.Rows.Select(r => r.Earners));
        Assert.Equal(Share.Of(2, 3), breakdown.Rows[0].EarnerShare);
        Assert.Equal(Share.Zero, breakdown.Rows[1].EarnerShare);
        Assert.Equal(Share.One, breakdown.Rows[2].EarnerShare);
        Assert.Equal(5, breakdown.Mentees);
        Assert.Equal(3, breakdown.Earners);
        Assert.Equal(Share.FromPercentage(60), breakdown.EarnerShare);
        Assert.Equal("Agriculture: 2 of 3 earn (66.67%)", breakdown.Rows[0].ToString());
        // Up to four rows, the text is the totals and then every row.
        Assert.Equal("5 mentees, 3 earn (60%) in 3 groups: Agriculture: 2 of 3 earn (66.67%); Villages: 0 of 1 earn (0%); Farmers: 1 of 1 earn (100%)", breakdown.ToString());
    }

    [Fact]
    public void Provinces_are_ordered_by_code()
    {
        BreakdownBuilder<ProvincialDivision> builder = BreakdownBuilder.ByProvince();
        builder.Add(ProvincialDivisions.Get("43"), true);
        builder.Add(ProvincialDivisions.Get("11"), false);
        builder.Add(ProvincialDivisions.Get("65"), false);
        builder.Add(ProvincialDivisions.Get("43"), false);
        Breakdown<ProvincialDivision> breakdown = builder.Build();
        Assert.Equal(new[] { "11", "43", "65" }, breakdown.Rows.Select(r => r.Key.Code));
        Assert.True(breakdown.TryGetRow(ProvincialDivisions.Get("43"), out BreakdownRow<ProvincialDivision> hunan));
        Assert.Equal((2L, 1L), (hunan.Mentees, hunan.Earners));
        Assert.False(breakdown.TryGetRow(ProvincialDivisions.Get("44"), out BreakdownRow<ProvincialDivision> none));
        Assert.Equal(default, none);
    }

    [Fact]
    public void A_key_added_with_no_mentees_has_a_row_with_no_share()
    {
        BreakdownBuilder<FollowerTier> builder = BreakdownBuilder.ByTier();
        builder.Add(FollowerTier.Mega, 0, 0);
        builder.Add(FollowerTier.Nano, 10, 4);
        Breakdown<FollowerTier> breakdown = builder.Build();
        Assert.Equal(new[] { FollowerTier.Nano, FollowerTier.Mega }, breakdown.Rows.Select(r => r.Key));
        Assert.Null(breakdown.Rows[1].EarnerShare);
        Assert.Equal(Share.FromPercentage(40), breakdown.Rows[0].EarnerShare);
        Assert.Null(BreakdownBuilder.ByTier().Build().EarnerShare);
    }

    [Fact]
    public void Invalid_additions_are_rejected()
    {
        BreakdownBuilder<ProvincialDivision> builder = BreakdownBuilder.ByProvince();
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => builder.Add(null!, true)).ParamName);
        Assert.Equal("earners", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(ProvincialDivisions.Get("11"), 2, 3)).ParamName);
        Assert.Equal("mentees", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(ProvincialDivisions.Get("11"), -1, 0)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => builder.Merge(null!)).ParamName);
        Assert.Empty(builder.Build().Rows);
        BreakdownBuilder<RuralIssue> full = BreakdownBuilder.ByIssue();
        full.Add(RuralIssue.Farmers, long.MaxValue, 0);
        Assert.Throws<OverflowException>(() => full.Add(RuralIssue.Farmers, true));
    }

    [Fact]
    public void Merging_a_builder_with_itself_doubles_it()
    {
        BreakdownBuilder<RuralIssue> builder = BreakdownBuilder.ByIssue();
        builder.Add(RuralIssue.Villages, true);
        builder.Add(RuralIssue.Villages, false);
        builder.Merge(builder);
        BreakdownRow<RuralIssue> row = Assert.Single(builder.Build().Rows);
        Assert.Equal((4L, 2L), (row.Mentees, row.Earners));
    }

    [Property]
    public bool Totals_equal_the_overall_counts(BreakdownEntry[] entries)
    {
        Breakdown<RuralIssue> byIssue = ByIssue(entries);
        Breakdown<ProvincialDivision> byProvince = ByProvince(entries);
        long earners = entries.Count(e => e.IsEarner);
        return byIssue.Mentees == entries.Length && byIssue.Earners == earners
            && byProvince.Mentees == entries.Length && byProvince.Earners == earners
            && byIssue.Rows.Sum(r => r.Mentees) == entries.Length && byProvince.Rows.Sum(r => r.Earners) == earners;
    }

    [Property]
    public bool Each_row_counts_its_key_and_rows_are_strictly_ordered(BreakdownEntry[] entries)
    {
        Breakdown<ProvincialDivision> breakdown = ByProvince(entries);
        bool ordered = breakdown.Rows.Zip(breakdown.Rows.Skip(1), (a, b) => a.Key.Number < b.Key.Number).All(x => x);
        bool counted = breakdown.Rows.All(r =>
            r.Mentees == entries.Count(e => e.Province == r.Key)
            && r.Earners == entries.Count(e => e.Province == r.Key && e.IsEarner));
        return ordered && counted && breakdown.Rows.Length == entries.Select(e => e.Province).Distinct().Count();
    }

    [Property]
    public bool Merged_partitions_equal_the_whole(BreakdownEntry[] entries, int seed)
    {
        // Deal the entries into four partitions, count each, and merge in a random order.
        Random random = new(seed);
        BreakdownBuilder<RuralIssue>[] parts = Enumerable.Range(0, 4).Select(_ => BreakdownBuilder.ByIssue()).ToArray();
        foreach (BreakdownEntry e in entries)
        {
            parts[random.Next(parts.Length)].Add(e.Issue, e.IsEarner);
        }
        BreakdownBuilder<RuralIssue> merged = BreakdownBuilder.ByIssue();
        foreach (BreakdownBuilder<RuralIssue> part in parts.OrderBy(_ => random.Next()))
        {
            merged.Merge(part);
        }
        return merged.Build() == ByIssue(entries);
    }

    [Property]
    public bool Results_do_not_depend_on_the_order_of_the_input(BreakdownEntry[] entries, int seed)
    {
        Random random = new(seed);
        BreakdownEntry[] shuffled = entries.OrderBy(_ => random.Next()).ToArray();
        return ByIssue(shuffled) == ByIssue(entries) && ByProvince(shuffled) == ByProvince(entries);
    }

    [Property(MaxTest = 30)]
    public bool Mentee_breakdowns_of_merged_partitions_equal_the_whole(Influencer[] mentees, int seed)
    {
        Random random = new(seed);
        bool[] earners = mentees.Select(_ => random.Next(2) == 1).ToArray();
        MenteeBreakdowns whole = DomainArbitraries.BuildMenteeBreakdowns(mentees, earners);
        MenteeBreakdownsBuilder first = new();
        MenteeBreakdownsBuilder second = new();
        for (int i = 0; i < mentees.Length; i++)
        {
            (random.Next(2) == 0 ? first : second).Add(mentees[i], earners[i]);
        }
        first.Merge(second);
        MenteeBreakdowns merged = first.Build();
        long earnerCount = earners.Count(e => e);
        return merged == whole
            && whole.ByIssue.Mentees == mentees.Length && whole.ByProvince.Mentees == mentees.Length && whole.ByTier.Mentees == mentees.Length
            && whole.ByIssue.Earners == earnerCount && whole.ByProvince.Earners == earnerCount && whole.ByTier.Earners == earnerCount
            && whole.ByIssue.Rows.All(r => r.Mentees == mentees.Count(m => m.PrimaryIssue == r.Key))
            && whole.ByTier.Rows.All(r => r.Mentees == mentees.Count(m => m.Tier == r.Key))
            && whole.ByProvince.Rows.All(r => r.Mentees == mentees.Count(m => m.HomeRegion.Province == r.Key));
    }

    [Property]
    public bool Breakdown_equality_contract_holds(Breakdown<RuralIssue> a, Breakdown<RuralIssue> b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y);

    [Property]
    public bool Row_equality_contract_holds(BreakdownRow<RuralIssue> a, BreakdownRow<RuralIssue> b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y);

    [Property(MaxTest = 30)]
    public bool Mentee_breakdowns_equality_contract_holds(MenteeBreakdowns a, MenteeBreakdowns b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y);
}
