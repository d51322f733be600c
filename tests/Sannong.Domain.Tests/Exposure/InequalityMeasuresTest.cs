using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Exposure;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Exposure;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public class InequalityMeasuresTest
{
    private static Arbitrary<long[]> Amounts => DomainArbitraries.ExposureAmountsGen.ToArbitrary();

    [Fact]
    public void Gini_of_one_to_four()
    {
        // Ascending 1,2,3,4, n = 4, Σx = 10; weights 2i − n − 1 = −3, −1, 1, 3:
        // (−3·1 − 1·2 + 1·3 + 3·4) / (4·10) = (−3 − 2 + 3 + 12)/40 = 10/40 = 0.25.
        Assert.Equal(0.25, InequalityMeasures.Gini(new long[] { 3, 1, 4, 2 })!.Value, 12);
        // Sample-corrected: 0.25 × 4/3 = 1/3.
        Assert.Equal(1.0 / 3.0, InequalityMeasures.Gini(new long[] { 1, 2, 3, 4 }, GiniForm.SampleCorrected)!.Value, 12);
    }

    [Fact]
    public void Gini_when_one_has_everything()
    {
        // 0,0,0,10: only the last weight counts, 3·10/(4·10) = 0.75 = (n − 1)/n; sample-corrected 0.75·4/3 = 1.
        Assert.Equal(0.75, InequalityMeasures.Gini(new long[] { 0, 10, 0, 0 })!.Value, 12);
        Assert.Equal(1.0, InequalityMeasures.Gini(new long[] { 0, 10, 0, 0 }, GiniForm.SampleCorrected)!.Value, 12);
    }

    [Fact]
    public void Undefined_measures_are_null()
    {
        // Empty input and a zero total: every share is 0/0.
        InequalityReport empty = InequalityMeasures.Report(Array.Empty<long>());
        Assert.Equal(0, empty.Count);
        Assert.Null(empty.Gini);
        Assert.Null(empty.Hhi);
        Assert.Null(empty.Coverage);
        Assert.True(empty.Lorenz.IsEmpty);
        InequalityReport zeros = InequalityMeasures.Report(new long[] { 0, 0, 0 });
        Assert.Null(zeros.Gini);
        Assert.Null(zeros.Theil);
        Assert.Null(zeros.TopTenPercentShare);
        Assert.Equal(0.0, zeros.Coverage); // three creators, none with any exposure
        // One amount: the sample-corrected Gini divides by n − 1 = 0; entropy by ln 1 = 0.
        Assert.Null(InequalityMeasures.Gini(new long[] { 5 }, GiniForm.SampleCorrected));
        Assert.Equal(0.0, InequalityMeasures.Gini(new long[] { 5 }));
        Assert.Null(InequalityMeasures.Entropy(new double[] { 5 }));
    }

    [Fact]
    public void Hhi_theil_entropy_atkinson_by_hand()
    {
        // [50, 50]: shares 50% each, 50² + 50² = 5,000; Theil: x/μ = 1, 1·ln 1 = 0; entropy 2·(−½ ln ½)/ln 2 = 1.
        Assert.Equal(5_000.0, InequalityMeasures.Hhi(new double[] { 50, 50 })!.Value, 9);
        Assert.Equal(0.0, InequalityMeasures.Theil(new double[] { 1, 1 })!.Value, 12);
        Assert.Equal(1.0, InequalityMeasures.Entropy(new double[] { 50, 50 })!.Value, 12);
        // [1, 3]: μ = 2; Theil = ½(½ ln ½ + 3/2 ln 3/2) = ½(−0.346574 + 0.608198) = 0.130812.
        Assert.Equal(0.5 * ((0.5 * Math.Log(0.5)) + (1.5 * Math.Log(1.5))), InequalityMeasures.Theil(new double[] { 1, 3 })!.Value, 12);
        // Atkinson ε = 1 of [1, 4]: geometric mean 2, mean 2.5, 1 − 2/2.5 = 0.2.
        Assert.Equal(0.2, InequalityMeasures.Atkinson(new double[] { 1, 4 }, 1.0)!.Value, 12);
        // ε = 2 of [1, 4]: harmonic mean 2/(1 + ¼) = 1.6, 1 − 1.6/2.5 = 0.36.
        Assert.Equal(0.36, InequalityMeasures.Atkinson(new double[] { 1, 4 }, 2.0)!.Value, 12);
        // A zero amount with ε ≥ 1: the equally distributed equivalent is 0, the index 1; with ε = ½ it is not.
        Assert.Equal(1.0, InequalityMeasures.Atkinson(new double[] { 0, 4 }, 1.0));
        // ε = ½ of [0, 4]: ((0 + 2)/2)² = 1, 1 − 1/2 = 0.5.
        Assert.Equal(0.5, InequalityMeasures.Atkinson(new double[] { 0, 4 }, 0.5)!.Value, 12);
        // Coverage of [0, 4, 0, 1]: 2 of 4.
        Assert.Equal(0.5, InequalityMeasures.Coverage(new double[] { 0, 4, 0, 1 }));
    }

    [Fact]
    public void Shares_interpolate_on_the_lorenz_curve()
    {
        // 1..10, Σ = 55. Bottom half: 1+2+3+4+5 = 15 → 15/55. Top 10% = one member: 10/55.
        double[] x = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();
        Assert.Equal(15.0 / 55.0, InequalityMeasures.BottomShare(x, 0.5)!.Value, 12);
        Assert.Equal(10.0 / 55.0, InequalityMeasures.TopShare(x, 0.1)!.Value, 12);
        // Top 1% = a tenth of the richest member: 0.1·10/55 = 1/55.
        Assert.Equal(1.0 / 55.0, InequalityMeasures.TopShare(x, 0.01)!.Value, 12);
        // [1, 3]: bottom 50% = the first member, 1/4; the Lorenz curve (0,0), (½,¼), (1,1).
        Assert.Equal(new[] { new LorenzPoint(0, 0), new LorenzPoint(0.5, 0.25), new LorenzPoint(1, 1) },
            InequalityMeasures.Lorenz(new double[] { 3, 1 }).ToArray());
    }

    [Fact]
    public void Hhi_bands_of_the_2023_guidelines()
    {
        Assert.Equal(ConcentrationBand.Unconcentrated, InequalityMeasures.BandOf(999.9));
        Assert.Equal(ConcentrationBand.ModeratelyConcentrated, InequalityMeasures.BandOf(1_000));
        Assert.Equal(ConcentrationBand.ModeratelyConcentrated, InequalityMeasures.BandOf(1_800));
        Assert.Equal(ConcentrationBand.HighlyConcentrated, InequalityMeasures.BandOf(1_800.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => InequalityMeasures.BandOf(-1));
    }

    [Fact]
    public void Invalid_input_is_refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => InequalityMeasures.Gini(new long[] { 1, -3 }));
        Assert.Contains("negative", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => InequalityMeasures.Gini(new[] { 1.0, double.NaN }));
        Assert.Throws<ArgumentOutOfRangeException>(() => InequalityMeasures.Atkinson(new[] { 1.0 }, -0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => InequalityMeasures.Gini(new[] { 1.0 }, (GiniForm)7));
        Assert.Throws<ArgumentNullException>(() => InequalityMeasures.Gini((double[])null!));
    }

    [Fact]
    public void A_sequence_that_is_not_a_collection_is_read_once()
    {
        int reads = 0;
        System.Collections.Generic.IEnumerable<long> Once()
        {
            reads++;
            for (long i = 1; i <= 100; i++)
            {
                yield return i;
            }
        }
        InequalityReport report = InequalityMeasures.Report(Once());
        Assert.Equal(1, reads);
        Assert.Equal(100, report.Count);
        // 1..100: G = (n + 1)/(3n) · ... exactly Σ(2i − 101)i / (100·5050) = (2·338350 − 101·5050)/505000 = 0.33.
        Assert.Equal(0.33, report.Gini!.Value, 12);
    }

    [Property]
    public Property Gini_is_in_zero_to_one_and_at_most_n_minus_one_over_n() =>
        Prop.ForAll(Amounts, x =>
        {
            double g = InequalityMeasures.Gini(x)!.Value;
            return g >= 0.0 && g < 1.0 && g <= ((x.Length - 1.0) / x.Length) + 1e-12;
        });

    [Property]
    public Property Gini_is_n_minus_one_over_n_when_one_has_everything() =>
        Prop.ForAll(Gen.Choose(1, 500).ToArbitrary(), Gen.Choose(1, 1_000_000).ToArbitrary(), (n, amount) =>
        {
            long[] x = new long[n];
            x[n / 2] = amount;
            return Math.Abs(InequalityMeasures.Gini(x)!.Value - ((n - 1.0) / n)) < 1e-12;
        });

    [Property]
    public Property Measures_do_not_change_under_permutation_or_scaling() =>
        Prop.ForAll(Amounts, Gen.Choose(1, 1_000).ToArbitrary(), (x, k) =>
        {
            InequalityReport a = InequalityMeasures.Report(x, 0.5, GiniForm.Population);
            InequalityReport b = InequalityMeasures.Report(Enumerable.Reverse(x).Select(v => v * 0.25 * k).ToArray(), 0.5, GiniForm.Population);
            return Close(a.Gini, b.Gini) && Close(a.Theil, b.Theil) && Close(a.Hhi, b.Hhi, 1e-6)
                && Close(a.Atkinson, b.Atkinson) && Close(a.Entropy, b.Entropy) && Close(a.TopTenPercentShare, b.TopTenPercentShare);
        });

    [Property]
    public Property A_transfer_from_richer_to_poorer_never_raises_gini() =>
        Prop.ForAll(TransferCases, c =>
        {
            (long[] x, int i0, int j0, int percent) = c;
            int i = i0 % x.Length;
            int j = j0 % x.Length;
            double[] before = x.Select(v => (double)v).ToArray();
            (int rich, int poor) = before[i] >= before[j] ? (i, j) : (j, i);
            // A transfer of at most half the gap keeps the order of the pair: the richer stays at least as rich.
            double transfer = (before[rich] - before[poor]) / 2.0 * percent / 100.0;
            double[] after = (double[])before.Clone();
            after[rich] -= transfer;
            after[poor] += transfer;
            return InequalityMeasures.Gini(after)!.Value <= InequalityMeasures.Gini(before)!.Value + 1e-12;
        });

    private static Arbitrary<(long[], int, int, int)> TransferCases =>
        (from x in DomainArbitraries.ExposureAmountsGen
         from i in Gen.Choose(0, 1000)
         from j in Gen.Choose(0, 1000)
         from percent in Gen.Choose(0, 100)
         select (x, i, j, percent)).ToArbitrary();

    [Property]
    public Property Theil_between_plus_within_is_the_total() =>
        Prop.ForAll(DomainArbitraries.ExposureGroupedAmountsGen.ToArbitrary(), m =>
        {
            TheilDecomposition d = InequalityMeasures.DecomposeTheil(m, x => (double)x.Amount, x => x.Group);
            double direct = InequalityMeasures.Theil(m.Select(x => (double)x.Amount))!.Value;
            return Math.Abs(d.Between + d.Within - d.Total) < 1e-9 && Math.Abs(d.Total - direct) < 1e-9
                && d.Between >= -1e-12 && d.Within >= -1e-12;
        });

    [Property]
    public Property Hhi_lies_between_ten_thousand_over_n_and_ten_thousand() =>
        Prop.ForAll(Amounts, x =>
        {
            double h = InequalityMeasures.Hhi(x.Select(v => (double)v))!.Value;
            return h >= (10_000.0 / x.Length) - 1e-6 && h <= 10_000.0 + 1e-6;
        });

    [Property]
    public bool Reports_are_consistent(InequalityReport r) =>
        r.Lorenz.Length == r.Count + 1
        && r.Lorenz[^1].AmountShare == 1.0
        && r.Coverage > 0.0 && r.Coverage <= 1.0
        && r.BottomHalfShare <= 0.5 + 1e-12
        && r.TopTenPercentShare >= 0.1 - 1e-12
        && r.TopOnePercentShare <= r.TopTenPercentShare + 1e-12
        && r.Atkinson >= 0.0 && r.Atkinson <= 1.0
        && r.Band is not null;

    [Property]
    public bool Lorenz_points_lie_on_or_below_the_diagonal(LorenzPoint p) => p.AmountShare <= p.PopulationShare + 1e-12;

    [Property]
    public bool Lorenz_point_equality(LorenzPoint a, LorenzPoint b) =>
        (a == b) == a.Equals(b) && (a != b) == !a.Equals(b) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode())
        && a.Equals(new LorenzPoint(a.PopulationShare, a.AmountShare));

    [Property]
    public bool Decompositions_add_up(TheilDecomposition d) =>
        Math.Abs(d.Between + d.Within - d.Total) < 1e-9 && d.BetweenShare >= -1e-9 && d.BetweenShare <= 1.0 + 1e-9;

    private static bool Close(double? a, double? b, double tolerance = 1e-9) =>
        a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= tolerance * Math.Max(1.0, Math.Abs(a.Value));
}
