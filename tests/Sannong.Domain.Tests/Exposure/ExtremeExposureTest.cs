using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Exposure;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Exposure;

/// <summary>
/// Valid is computable (issue 14): every extreme valid dataset is exposed (views per creator and per group, the
/// inequality report, the Theil decompositions) without an exception, and every measure lies in its documented range.
/// </summary>
public sealed class ExtremeExposureTest
{
    [Property(MaxTest = 100)]
    public Property Every_extreme_valid_dataset_is_exposed_with_measures_in_range() =>
        Prop.ForAll(DomainArbitraries.ExtremeProgrammeDataGen.ToArbitrary(), data =>
        {
            Int128 totalViews = data.Content.Aggregate((Int128)0, (sum, item) => sum + item.Engagement.Views);
            Assert.True(totalViews <= long.MaxValue); // the bound RecordTotals keeps

            ImmutableSortedDictionary<InfluencerId, long> views = ExposureCalculator.ViewsByCreator(data);
            Assert.Equal(data.Influencers.Select(i => i.Id).Concat(data.Content.Select(c => c.Author)).Distinct().Count(), views.Count);
            Assert.All(views.Values, v => Assert.True(v >= 0));
            Assert.Equal(totalViews, views.Values.Aggregate((Int128)0, (sum, v) => sum + v));
            Assert.Equal(totalViews, ExposureCalculator.ViewsByGroup(data, i => i.Tier).Values.Aggregate((Int128)0, (sum, v) => sum + v));
            Assert.Equal(
                Engagement.Sum(data.Content.Select(c => c.Engagement)).Views,
                (long)totalViews);

            InequalityReport byCreator = ExposureCalculator.ByCreator(data);
            CheckReport(byCreator, views.Count);
            // ByCreator adds views in 128 bits; on valid data it measures exactly the long views per creator.
            InequalityReport fromLongs = InequalityMeasures.Report(views.Values);
            Assert.Equal((fromLongs.Total, fromLongs.Gini, fromLongs.Hhi, fromLongs.Theil, fromLongs.Coverage),
                (byCreator.Total, byCreator.Gini, byCreator.Hhi, byCreator.Theil, byCreator.Coverage));
            CheckReport(InequalityMeasures.Report(views.Values.Select(v => (double)v), 2.0, GiniForm.SampleCorrected), views.Count);
            foreach (TheilDecomposition d in new[] { ExposureCalculator.ByIssue(data), ExposureCalculator.ByTier(data) })
            {
                Assert.InRange(d.Groups, 1, data.Influencers.Length);
                Assert.True(double.IsFinite(d.Total) && double.IsFinite(d.Between) && double.IsFinite(d.Within));
                Assert.True(d.Total >= 0.0 && d.Total <= Math.Log(data.Influencers.Length) + 1e-9, $"Theil T {d.Total}");
                Assert.InRange(d.BetweenShare, -1e-9, 1.0 + 1e-9);
            }
        });

    [Fact]
    public void A_monopoly_has_a_sample_corrected_Gini_of_one_never_more()
    {
        // One member of n holds everything: the population Gini is (n - 1)/n and the sample-corrected one
        // (n - 1)/n * n/(n - 1) = 1. In doubles the product can round to 1.0000000000000002 (found by the extreme
        // property with 8 creators; with n = 4 and x = 1,880,131,201,860,954,699, for one); the measure is documented
        // to lie in [0, 1], so it is 1 to within rounding, never above.
        foreach (int n in Enumerable.Range(2, 60))
        {
            foreach (long x in new[] { 1L, 3L, 1_000_000_007L, 1_880_131_201_860_954_699L, 8_500_292_027_669_719_342L, long.MaxValue })
            {
                long[] amounts = Enumerable.Repeat(0L, n - 1).Append(x).ToArray();
                Assert.InRange(InequalityMeasures.Gini(amounts, GiniForm.SampleCorrected)!.Value, 1.0 - 1e-15, 1.0);
                Assert.InRange(InequalityMeasures.Gini(amounts, GiniForm.Population)!.Value, (n - 1.0) / n - 1e-15, (n - 1.0) / n + 1e-15);
            }
        }
    }

    internal static void CheckReport(InequalityReport report, int count)
    {
        Assert.Equal(count, report.Count);
        Assert.True(report.Total >= 0.0 && double.IsFinite(report.Total));
        InRange(report.Gini, 0.0, 1.0);
        InRange(report.TopOnePercentShare, 0.0, 1.0);
        InRange(report.TopTenPercentShare, 0.0, 1.0);
        InRange(report.BottomHalfShare, 0.0, 1.0);
        InRange(report.Hhi, 0.0, 10_000.0);
        InRange(report.Theil, 0.0, Math.Log(Math.Max(count, 1)));
        InRange(report.Atkinson, 0.0, 1.0);
        InRange(report.Entropy, 0.0, 1.0);
        InRange(report.Coverage, 0.0, 1.0);
        Assert.Equal(report.Total > 0.0, !report.Lorenz.IsEmpty);
        if (!report.Lorenz.IsEmpty)
        {
            Assert.Equal(count + 1, report.Lorenz.Length);
            Assert.Equal((1.0, 1.0), (report.Lorenz[^1].PopulationShare, report.Lorenz[^1].AmountShare));
            for (int i = 1; i < report.Lorenz.Length; i++)
            {
                Assert.True(report.Lorenz[i].AmountShare >= report.Lorenz[i - 1].AmountShare);
            }
        }
        _ = report.Band;
    }

    private static void InRange(double? value, double low, double high) =>
        Assert.True(value is not { } v || (v >= low && v <= high), $"expected null or a value in [{low}, {high}], but was {value}");
}
