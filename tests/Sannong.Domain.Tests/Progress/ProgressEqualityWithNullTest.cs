using NodaTime;
using Sannong.Domain.Progress;
using Sannong.Domain.Taxonomy;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>The equality operators of the Progress reference types with null on either side, and Equals(object)
/// with null and another type. (Pins mutants that survived tests/mutation/run.sh Progress; see
/// tests/mutation/RESULTS.md.)</summary>
public sealed class ProgressEqualityWithNullTest
{
    private static readonly DateInterval Small = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10));

    [Fact]
    public void Pace_compares_with_null()
    {
        Pace pace = Pace.Linear(Small);
        Pace? none = null;
        Assert.False(pace == none);
        Assert.False(none == pace);
        Assert.True(none == null);
        Assert.True(pace != none);
        Assert.True(none != pace);
        Assert.False(none != null);
        Assert.False(pace.Equals(none));
        Assert.False(pace.Equals((object?)null));
        Assert.False(pace.Equals("linear"));
        Assert.True(pace == Pace.Linear(Small));
    }

    [Fact]
    public void MenteeTally_compares_with_null()
    {
        MenteeTally tally = MenteeTally.FromFirstEnrolments([new LocalDate(2024, 1, 2)]);
        MenteeTally? none = null;
        Assert.False(tally == none);
        Assert.False(none == tally);
        Assert.True(none == null);
        Assert.True(tally != none);
        Assert.False(none != null);
        Assert.False(tally.Equals((object?)null));
        Assert.True(tally == MenteeTally.FromFirstEnrolments([new LocalDate(2024, 1, 2)]));
    }

    [Fact]
    public void Breakdowns_compare_with_null()
    {
        BreakdownBuilder<RuralIssue> builder = BreakdownBuilder.ByIssue();
        builder.Add(RuralIssue.Farmers, true);
        Breakdown<RuralIssue> breakdown = builder.Build();
        Breakdown<RuralIssue>? none = null;
        Assert.False(breakdown == none);
        Assert.False(none == breakdown);
        Assert.True(none == null);
        Assert.True(breakdown != none);
        Assert.False(none != null);
        Assert.False(breakdown.Equals((object?)null));
        Assert.True(breakdown == builder.Build());
    }
}
