using Sannong.Domain.Exposure;
using Sannong.Domain.Progress;
using Xunit;

namespace Sannong.Domain.Tests.Contracts;

/// <summary>The figures ToString states, computed by hand.</summary>
public sealed class ResultToStringFactsTest
{
    [Fact]
    public void An_inequality_report_states_every_measure()
    {
        // Amounts 0, 0, 0, 100: n = 4, total 100, one member has everything.
        // Gini (population) = (n - 1)/n = 0.75. Lorenz (0,0) (.25,0) (.5,0) (.75,0) (1,1): L(0.99) = 0.24/0.25 = 0.96,
        // so top 1% = 4%; L(0.9) = 0.6, top 10% = 40%; L(0.5) = 0, bottom 50% = 0%. HHI = 100^2 = 10,000.
        // Theil = (1/4)(100/25) ln(100/25) = ln 4 = 1.386. Atkinson(1) = 1 (an amount is 0). Entropy = 0 (one share
        // of 1). Coverage = 1/4 = 25%.
        InequalityReport report = InequalityMeasures.Report(new long[] { 0, 0, 0, 100 });
        Assert.Equal(
            "Gini 0.75, top 1% 4%, top 10% 40%, bottom 50% 0%, HHI 10,000, Theil 1.386, Atkinson(1) 1, entropy 0, coverage 25% over 4 members (total 100)",
            report.ToString());
    }

    [Fact]
    public void An_empty_report_says_its_measures_are_undefined() =>
        Assert.Equal(
            "Gini n/a, top 1% n/a, top 10% n/a, bottom 50% n/a, HHI n/a, Theil n/a, Atkinson(1) n/a, entropy n/a, coverage n/a over 0 members (total 0)",
            InequalityMeasures.Report(System.Array.Empty<long>()).ToString());

    [Fact]
    public void A_theil_decomposition_states_its_parts()
    {
        // Groups A = {10, 10}, B = {20, 20}: total 60, mean 15; each group is equal inside, so within = 0.
        // Between = (20/60) ln(10/15) + (40/60) ln(20/15) = -0.135155 + 0.191788 = 0.056633, all of the total.
        TheilDecomposition theil = InequalityMeasures.DecomposeTheil(
            new[] { ("A", 10.0), ("A", 10.0), ("B", 20.0), ("B", 20.0) }, m => m.Item2, m => m.Item1);
        Assert.Equal("Theil 0.057 = between 0.057 (100%) + within 0 over 2 groups", theil.ToString());
    }

    [Fact]
    public void A_breakdown_of_more_than_four_rows_states_its_totals_and_three_largest_rows()
    {
        // a 0/1, b 1/5, c 3/3, d 5/5, e 0/2: 16 mentees, 9 earn = 56.25%. Largest by mentees, ties in key order:
        // b (5), d (5), c (3); a and e are the 2 more.
        var builder = new BreakdownBuilder<string>(System.StringComparer.Ordinal);
        builder.Add("a", 1, 0);
        builder.Add("b", 5, 1);
        builder.Add("c", 3, 3);
        builder.Add("d", 5, 5);
        builder.Add("e", 2, 0);
        Assert.Equal(
            "16 mentees, 9 earn (56.25%) in 5 groups, largest: b: 1 of 5 earn (20%); d: 5 of 5 earn (100%); c: 3 of 3 earn (100%); and 2 more",
            builder.Build().ToString());
        Assert.Equal("16 mentees, 9 earners under 5 keys so far", builder.ToString());
        Assert.Equal("0 mentees, 0 earn (no mentees) in 0 groups", new BreakdownBuilder<string>().Build().ToString());
    }
}
