using System.Linq;
using NodaTime;
using Sannong.Domain.Creators;
using Sannong.Domain.Progress;
using Sannong.Domain.Taxonomy;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>Values of the Progress layer that differ in exactly one part are unequal: equality must test every part,
/// not just one of them. (Pins the conjunctions of Equals against mutants of tests/mutation/run.sh Progress; see
/// tests/mutation/RESULTS.md.)</summary>
public sealed class ProgressEqualityFieldByFieldTest
{
    private static LocalDate Jan(int day) => new(2024, 1, day);

    private static Influencer Person(string id, string topic, string region, long followers) =>
        new(new InfluencerId(id), "@" + id, Region.Parse(region), new[] { SannongTaxonomy.Standard.GetByCode(topic) }, followers, new LocalDate(2020, 1, 1));

    [Fact]
    public void Wilson_intervals_differing_in_one_input_are_unequal()
    {
        WilsonInterval w = WilsonInterval.Compute(5, 10, 0.95);
        Assert.Equal(w, WilsonInterval.Compute(5, 10, 0.95));
        Assert.NotEqual(w, WilsonInterval.Compute(5, 20, 0.95));   // same successes, other trials
        Assert.NotEqual(w, WilsonInterval.Compute(6, 10, 0.95));   // same trials, other successes
        Assert.NotEqual(w, WilsonInterval.Compute(5, 10, 0.90));   // same counts, other confidence
        Assert.False(w == WilsonInterval.Compute(5, 10, 0.90));
        Assert.True(w != WilsonInterval.Compute(5, 10, 0.90));
        Assert.False(w.Equals((object?)null));
        Assert.True(w.Equals((object)WilsonInterval.Compute(5, 10, 0.95)));
    }

    [Fact]
    public void Paces_with_the_same_points_over_different_periods_are_unequal()
    {
        // Both have the points (Jan 5, 0.5) and (Jan 10, 1); only the start of the period differs.
        Pace a = Pace.Milestones(new DateInterval(Jan(1), Jan(10)), [(Jan(5), 0.5)]);
        Pace b = Pace.Milestones(new DateInterval(Jan(2), Jan(10)), [(Jan(5), 0.5)]);
        Assert.True(a.Points.SequenceEqual(b.Points));
        Assert.False(a == b);
        Assert.False(a.Equals(b));
        // Same period, different points.
        Assert.False(a == Pace.Milestones(new DateInterval(Jan(1), Jan(10)), [(Jan(5), 0.6)]));
    }

    [Fact]
    public void Mentee_breakdowns_differing_in_one_dimension_are_unequal()
    {
        // Same issue (farmers) and tier (Micro: 12,000 and 15,000 followers), different province (Hunan, Sichuan).
        MenteeBreakdowns hunan = Build(Person("a", "farmers.cuisine", "430524", 12_000));
        MenteeBreakdowns sichuan = Build(Person("a", "farmers.cuisine", "510100", 15_000));
        Assert.Equal(hunan.ByIssue, sichuan.ByIssue);
        Assert.Equal(hunan.ByTier, sichuan.ByTier);
        Assert.False(hunan == sichuan);
        Assert.True(hunan != sichuan);
        // Same province and tier, different issue.
        MenteeBreakdowns villages = Build(Person("a", "villages.tourism", "430524", 12_000));
        Assert.False(hunan == villages);
        // Same issue and province, different tier (Nano: 5,000 followers).
        MenteeBreakdowns nano = Build(Person("a", "farmers.cuisine", "430524", 5_000));
        Assert.False(hunan == nano);
        Assert.True(hunan == Build(Person("b", "farmers.cuisine", "430100", 20_000)));
        Assert.False(hunan.Equals((object?)null));
    }

    [Fact]
    public void Breakdown_rows_differing_in_one_count_are_unequal()
    {
        BreakdownBuilder<RuralIssue> oneEarner = BreakdownBuilder.ByIssue();
        oneEarner.Add(RuralIssue.Farmers, 3, 1);
        BreakdownBuilder<RuralIssue> twoEarners = BreakdownBuilder.ByIssue();
        twoEarners.Add(RuralIssue.Farmers, 3, 2);
        BreakdownBuilder<RuralIssue> fourMentees = BreakdownBuilder.ByIssue();
        fourMentees.Add(RuralIssue.Farmers, 4, 1);
        BreakdownRow<RuralIssue> row = oneEarner.Build().Rows[0];
        Assert.False(row == twoEarners.Build().Rows[0]);
        Assert.False(row == fourMentees.Build().Rows[0]);
        Assert.True(row != fourMentees.Build().Rows[0]);
        Assert.True(row == oneEarner.Build().Rows[0]);
        Assert.False(row.Equals((object?)null));
    }

    private static MenteeBreakdowns Build(Influencer mentee)
    {
        var builder = new MenteeBreakdownsBuilder();
        builder.Add(mentee, isEarner: true);
        return builder.Build();
    }
}
