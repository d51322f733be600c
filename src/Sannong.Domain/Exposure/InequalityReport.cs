using Sannong.Domain.Utility;

namespace Sannong.Domain.Exposure;

/// <summary>
/// Every inequality measure of one set of non-negative amounts (views, impressions, earnings per creator, item or
/// group), built by <see cref="InequalityMeasures.Report(System.Collections.Generic.IEnumerable{long}, double, GiniForm)"/>.
/// </summary>
/// <remarks>
/// <para>A measure that is undefined for the input is null: every ratio measure when there is no amount or the total is
/// zero (0/0: there is no distribution to be unequal), the sample-corrected Gini for a single amount, the normalised
/// entropy for fewer than two amounts, and coverage for no amount.</para>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
/// </remarks>
public sealed class InequalityReport
{
    internal InequalityReport(SortedAmounts a, GiniForm form, double atkinsonEpsilon)
    {
        Count = a.Count;
        Total = a.Total;
        GiniForm = form;
        Gini = InequalityMath.Gini(a, form);
        Lorenz = InequalityMath.Lorenz(a);
        TopOnePercentShare = 1.0 - InequalityMath.LorenzAt(a, 0.99);
        TopTenPercentShare = 1.0 - InequalityMath.LorenzAt(a, 0.90);
        BottomHalfShare = InequalityMath.LorenzAt(a, 0.5);
        Hhi = InequalityMath.Hhi(a);
        Theil = InequalityMath.Theil(a);
        AtkinsonEpsilon = atkinsonEpsilon;
        Atkinson = InequalityMath.Atkinson(a, atkinsonEpsilon);
        Entropy = InequalityMath.Entropy(a);
        Coverage = InequalityMath.Coverage(a);
    }

    // Rebuilds a report from its figures exactly as written (ExposureJson's reader); the caller checks them.
    internal InequalityReport(int count, double total, GiniForm form, double? gini, ImmutableArray<LorenzPoint> lorenz,
        double? topOnePercentShare, double? topTenPercentShare, double? bottomHalfShare, double? hhi, double? theil,
        double atkinsonEpsilon, double? atkinson, double? entropy, double? coverage)
    {
        Count = count;
        Total = total;
        GiniForm = form;
        Gini = gini;
        Lorenz = lorenz;
        TopOnePercentShare = topOnePercentShare;
        TopTenPercentShare = topTenPercentShare;
        BottomHalfShare = bottomHalfShare;
        Hhi = hhi;
        Theil = theil;
        AtkinsonEpsilon = atkinsonEpsilon;
        Atkinson = atkinson;
        Entropy = entropy;
        Coverage = coverage;
    }

    /// <summary>How many amounts (members: creators, items or groups).</summary>
    public int Count { get; }

    /// <summary>The sum of the amounts, in their unit, as a <see cref="double"/>: exact up to 2^53
    /// (9,007,199,254,740,992), rounded to the nearest double above. The sum of any number of <see cref="long"/> amounts
    /// is finite, but may round to 2^63 or more, so do not cast it to <see cref="long"/>.</summary>
    public double Total { get; }

    /// <summary>The form of <see cref="Gini"/>.</summary>
    public GiniForm GiniForm { get; }

    /// <summary>The Gini coefficient (基尼系数 jīní xìshù) in the form <see cref="GiniForm"/>: 0 when all amounts are
    /// equal, (n − 1)/n (population form) when one member has everything.</summary>
    public double? Gini { get; }

    /// <summary>The Lorenz curve: n + 1 points from (0, 0) to (1, 1), poorest first; empty when undefined.</summary>
    public ImmutableArray<LorenzPoint> Lorenz { get; }

    /// <summary>The share of the total held by the richest 1% of members, 1 − L(0.99) on the interpolated Lorenz
    /// curve (so a fraction of a member counts with that fraction of its amount).</summary>
    public double? TopOnePercentShare { get; }

    /// <summary>The share held by the richest 10%, 1 − L(0.9).</summary>
    public double? TopTenPercentShare { get; }

    /// <summary>The share held by the poorest 50%, L(0.5).</summary>
    public double? BottomHalfShare { get; }

    /// <summary>The Herfindahl–Hirschman index: the sum of squared percentage shares, from 10,000/n to 10,000.</summary>
    public double? Hhi { get; }

    /// <summary>The Theil T index, (1/n) Σ (x/μ) ln(x/μ), from 0 to ln n.</summary>
    public double? Theil { get; }

    /// <summary>The inequality aversion ε of <see cref="Atkinson"/>.</summary>
    public double AtkinsonEpsilon { get; }

    /// <summary>The Atkinson index for <see cref="AtkinsonEpsilon"/>, in [0, 1]; 1 when ε ≥ 1 and any amount is 0.</summary>
    public double? Atkinson { get; }

    /// <summary>The Shannon entropy of the shares divided by ln n, in [0, 1]: 1 when all amounts are equal.</summary>
    public double? Entropy { get; }

    /// <summary>The share of members with a positive amount (any exposure at all), in [0, 1].</summary>
    public double? Coverage { get; }

    /// <summary>The HHI band of the 2023 US Merger Guidelines, or null when <see cref="Hhi"/> is.</summary>
    public ConcentrationBand? Band => Hhi is { } h ? InequalityMeasures.BandOf(h) : null;

    /// <summary>States the main figures on one culture-free line: Gini, the top 1% and 10% and bottom half shares,
    /// HHI, Theil, Atkinson, entropy and coverage, over how many members; an undefined measure is <c>n/a</c>.</summary>
    /// <returns>For example <c>Gini 0.827, top 1% 12.3%, top 10% 75.2%, bottom 50% 1.1%, HHI 512, Theil 1.42, Atkinson(1) 0.76, entropy 0.77, coverage 96.1% over 440 members (total 1,234,567)</c>.</returns>
    public override string ToString() =>
        $"Gini {Figures.Ratio(Gini)}, top 1% {Figures.Percent(TopOnePercentShare)}, top 10% {Figures.Percent(TopTenPercentShare)}, "
        + $"bottom 50% {Figures.Percent(BottomHalfShare)}, HHI {(Hhi is { } h ? Figures.Count(h) : Figures.Undefined)}, Theil {Figures.Ratio(Theil)}, "
        + $"Atkinson({Figures.Ratio(AtkinsonEpsilon)}) {Figures.Ratio(Atkinson)}, entropy {Figures.Ratio(Entropy)}, coverage {Figures.Percent(Coverage)} "
        + $"over {Figures.Count(Count)} members (total {Figures.Count(Total)})";
}
