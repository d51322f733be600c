using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Exposure;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Exposure;

/// <summary>Views by creator: adding is exact and all-or-nothing, merging partial tallies gives the tally of all the
/// items whatever the partitioning and order, and the report of a tally is, to the last bit, the report of the same
/// amounts read as a sequence.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class CreatorViewTallyTest
{
    private static CreatorViewTally TallyOf(int creators, ReadOnlySpan<CreatorViews> items)
    {
        var tally = new CreatorViewTally(creators);
        foreach (CreatorViews item in items)
        {
            tally.Add(item);
        }
        return tally;
    }

    // The views per creator counted the slow, obvious way.
    private static long[] Expected(int creators, CreatorViews[] items)
    {
        long[] views = new long[creators];
        foreach (CreatorViews item in items)
        {
            views[item.Creator] += item.Views;
        }
        return views;
    }

    internal static void AssertSameReport(InequalityReport expected, InequalityReport actual)
    {
        // Exact equality, not a tolerance: the same sorted doubles go through the same arithmetic.
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.GiniForm, actual.GiniForm);
        Assert.Equal(expected.Gini, actual.Gini);
        Assert.Equal(expected.Lorenz.AsEnumerable(), actual.Lorenz.AsEnumerable());
        Assert.Equal(expected.TopOnePercentShare, actual.TopOnePercentShare);
        Assert.Equal(expected.TopTenPercentShare, actual.TopTenPercentShare);
        Assert.Equal(expected.BottomHalfShare, actual.BottomHalfShare);
        Assert.Equal(expected.Hhi, actual.Hhi);
        Assert.Equal(expected.Theil, actual.Theil);
        Assert.Equal(expected.AtkinsonEpsilon, actual.AtkinsonEpsilon);
        Assert.Equal(expected.Atkinson, actual.Atkinson);
        Assert.Equal(expected.Entropy, actual.Entropy);
        Assert.Equal(expected.Coverage, actual.Coverage);
        Assert.Equal(expected.Band, actual.Band);
    }

    [Property]
    public Property AddingCountsEveryItemsViewsToItsCreator() =>
        Prop.ForAll(DomainArbitraries.CreatorItemsGen.ToArbitrary(), c =>
        {
            CreatorViewTally tally = TallyOf(c.Creators, c.Items);
            Assert.Equal(Expected(c.Creators, c.Items), tally.Views.ToArray());
            Assert.Equal(c.Items.Length, tally.Items);
            Assert.Equal(c.Items.Sum(i => i.Views), tally.TotalViews);
            Assert.Equal(c.Creators, tally.Creators);
        });

    [Property]
    public Property AddRangeIsAddOneAtATime() =>
        Prop.ForAll(DomainArbitraries.CreatorItemsGen.ToArbitrary(), Gen.Choose(0, 200).ToArbitrary(), (c, cut) =>
        {
            int at = Math.Min(cut, c.Items.Length);
            var tally = new CreatorViewTally(c.Creators);
            tally.AddRange(c.Items.AsSpan(0, at));
            tally.AddRange(c.Items.AsSpan(at));
            CreatorViewTally one = TallyOf(c.Creators, c.Items);
            Assert.Equal(one.Views.ToArray(), tally.Views.ToArray());
            Assert.Equal(one.Items, tally.Items);
            Assert.Equal(one.TotalViews, tally.TotalViews);
        });

    [Property]
    public Property MergingPartitionsInAnyOrderIsOnePass() =>
        Prop.ForAll(DomainArbitraries.CreatorItemsGen.ToArbitrary(), Gen.Choose(1, 6).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(), (c, parts, shuffle) =>
            {
                // Deal the items to the partitions by a seeded shuffle of the partition numbers, not by position.
                var random = new Random(shuffle);
                int[] partOf = c.Items.Select(_ => random.Next(parts)).ToArray();
                CreatorViewTally[] tallies = Enumerable.Range(0, parts)
                    .Select(p => TallyOf(c.Creators, c.Items.Where((_, i) => partOf[i] == p).ToArray()))
                    .ToArray();
                int[] order = Enumerable.Range(0, parts).OrderBy(_ => random.Next()).ToArray();
                CreatorViewTally merged = tallies[order[0]];
                foreach (int p in order.Skip(1))
                {
                    merged.Merge(tallies[p]);
                }
                CreatorViewTally one = TallyOf(c.Creators, c.Items);
                Assert.Equal(one.Views.ToArray(), merged.Views.ToArray());
                Assert.Equal(one.Items, merged.Items);
                Assert.Equal(one.TotalViews, merged.TotalViews);
            });

    [Property]
    public Property TheReportOfATallyIsTheReportOfItsViews() =>
        Prop.ForAll(DomainArbitraries.CreatorItemsGen.ToArbitrary(), Gen.Elements(0.0, 0.5, 1.0, 2.0).ToArbitrary(),
            Gen.Elements(GiniForm.Population, GiniForm.SampleCorrected).ToArbitrary(), (c, epsilon, form) =>
            {
                CreatorViewTally tally = TallyOf(c.Creators, c.Items);
                AssertSameReport(InequalityMeasures.Report(tally.Views.ToArray().Select(x => x), epsilon, form),
                    tally.Report(epsilon, form));
                AssertSameReport(InequalityMeasures.Report(tally.Views.ToArray()), tally.Report());
            });

    [Property(MaxTest = 60)]
    public Property TheCountSortGivesTheReportOfTheComparisonSortForAmountsOfEverySize() =>
        Prop.ForAll(DomainArbitraries.WideCountsGen.ToArbitrary(), amounts =>
        {
            double[] expected = amounts.Select(x => (double)x).ToArray();
            Array.Sort(expected);
            Assert.Equal(expected, CountSort.SortedAscending(amounts));
            AssertSameReport(InequalityMeasures.Report(amounts.Select(x => x), 1.0, GiniForm.Population),
                InequalityMeasures.ReportOfCounts(amounts, 1.0, GiniForm.Population));
        });

    [Fact]
    public void ATinyTallyByHand()
    {
        // Items (creator, views): (0, 5), (2, 1), (0, 3), (1, 0) over 3 creators: views [8, 0, 1], 4 items, 9 views.
        var tally = new CreatorViewTally(3);
        tally.Add(0, 5);
        tally.Add(new CreatorViews(2, 1));
        tally.AddRange([new CreatorViews(0, 3), new CreatorViews(1, 0)]);
        Assert.Equal(new long[] { 8, 0, 1 }, tally.Views.ToArray());
        Assert.Equal(8, tally[0]);
        Assert.Equal(4, tally.Items);
        Assert.Equal(9, tally.TotalViews);
        InequalityReport report = tally.Report();
        // Ascending 0, 1, 8; n = 3, Σ = 9; weights 2i − n − 1 = −2, 0, 2: (−2·0 + 0·1 + 2·8) / (3·9) = 16/27.
        Assert.Equal(16.0 / 27.0, report.Gini!.Value, 15);
        // Shares 8/9 and 1/9 in percent: (800/9)² + (100/9)² = 650,000/81 = 8,024.69...
        Assert.Equal(650_000.0 / 81.0, report.Hhi!.Value, 9);
        // Two creators of three have views.
        Assert.Equal(2.0 / 3.0, report.Coverage!.Value, 15);
        Assert.Equal(ConcentrationBand.HighlyConcentrated, report.Band);
    }

    [Fact]
    public void MergingTwoTalliesByHand()
    {
        // [8, 0, 1] (4 items) + [0, 2, 7] (2 items) = [8, 2, 8], 6 items, 18 views; merging with itself doubles.
        var a = new CreatorViewTally(3);
        a.AddRange([new CreatorViews(0, 5), new CreatorViews(2, 1), new CreatorViews(0, 3), new CreatorViews(1, 0)]);
        var b = new CreatorViewTally(3);
        b.AddRange([new CreatorViews(1, 2), new CreatorViews(2, 7)]);
        a.Merge(b);
        Assert.Equal(new long[] { 8, 2, 8 }, a.Views.ToArray());
        Assert.Equal((6L, 18L), (a.Items, a.TotalViews));
        Assert.Equal(new long[] { 0, 2, 7 }, b.Views.ToArray());
        a.Merge(a);
        Assert.Equal(new long[] { 16, 4, 16 }, a.Views.ToArray());
        Assert.Equal((12L, 36L), (a.Items, a.TotalViews));
    }

    [Fact]
    public void AFailedAdditionChangesNothing()
    {
        var tally = new CreatorViewTally(2);
        tally.Add(0, long.MaxValue - 1);
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(2, 1));
        Assert.Equal("creator must be between 0 and 1, but was 2. (Parameter 'creator')", range.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(-1, 1));
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(1, -1));
        Assert.StartsWith("views must not be negative, but was -1.", negative.Message, StringComparison.Ordinal);
        // long.MaxValue − 1 + 2 would overflow the total: refused before anything changes.
        Assert.Throws<OverflowException>(() => tally.Add(1, 2));
        // A batch whose second item is out of range, or whose total overflows, adds none of its items.
        var inBatch = Assert.Throws<ArgumentOutOfRangeException>(() => tally.AddRange([new CreatorViews(1, 1), new CreatorViews(5, 1)]));
        Assert.Equal("items", inBatch.ParamName);
        Assert.Throws<OverflowException>(() => tally.AddRange([new CreatorViews(1, 1), new CreatorViews(1, 1)]));
        Assert.Equal(new long[] { long.MaxValue - 1, 0 }, tally.Views.ToArray());
        Assert.Equal((1L, long.MaxValue - 1), (tally.Items, tally.TotalViews));
        // The last view that fits is accepted.
        tally.Add(1, 1);
        Assert.Equal(long.MaxValue, tally.TotalViews);
        var other = new CreatorViewTally(2);
        other.Add(1, 1);
        Assert.Throws<OverflowException>(() => tally.Merge(other));
        Assert.Equal(new long[] { long.MaxValue - 1, 1 }, tally.Views.ToArray());
    }

    [Fact]
    public void TalliesOfDifferentCreatorsDoNotMerge()
    {
        var three = new CreatorViewTally(3);
        var e = Assert.Throws<ArgumentException>(() => three.Merge(new CreatorViewTally(4)));
        Assert.Equal("other must count the same number of creators, 3, but counts 4. (Parameter 'other')", e.Message);
        Assert.Throws<ArgumentNullException>(() => three.Merge(null!));
    }

    [Fact]
    public void TheNumberOfCreatorsIsChecked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CreatorViewTally(-1));
        var none = new CreatorViewTally(0);
        Assert.Equal(0, none.Report().Count);
        Assert.Null(none.Report().Gini);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => none.Add(0, 1));
        Assert.StartsWith("creator must be a creator of the tally, but the tally has none and creator was 0.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemsCreatorAndViewsAreNotNegative()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CreatorViews(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CreatorViews(0, -1));
        Assert.Equal(new CreatorViews(0, 0), default);
        Assert.Equal("creator 12: 345 views", new CreatorViews(12, 345).ToString());
        Assert.True(new CreatorViews(1, 2) != new CreatorViews(2, 1));
    }
}
