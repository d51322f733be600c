using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sannong.Domain.Exposure;
using Sannong.Domain.Progress;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Benchmarks;

/// <summary>The numbers of the scorecard that every alternative of job 1 computes: mentees enrolled as of the date,
/// earners among them (earnings in the window reach the minimum), cash spent in fen and traffic granted as of the
/// date, and mentees and earners by rural issue (agriculture, villages, farmers; the issue of the primary topic).</summary>
internal sealed record ScorecardNumbers(long Mentees, long Earners, long CashSpentFen, long TrafficGranted, long[] MenteesByIssue, long[] EarnersByIssue)
{
    internal static readonly string[] Issues = ["agriculture", "villages", "farmers"];

    internal static ScorecardNumbers From(Scorecard card)
    {
        long[] mentees = new long[3];
        long[] earners = new long[3];
        foreach (BreakdownRow<RuralIssue> row in card.Breakdown.ByIssue.Rows)
        {
            mentees[(int)row.Key - 1] = row.Mentees;
            earners[(int)row.Key - 1] = row.Earners;
        }
        return new ScorecardNumbers(
            card.Mentees.Actual, card.Monetisation.Earners, card.Cash!.Spent.Fen, card.Traffic!.Granted.Count, mentees, earners);
    }

    /// <summary>0, 1 or 2 for a topic code's first segment.</summary>
    internal static int IssueIndex(string topicCode)
    {
        int dot = topicCode.IndexOf('.', StringComparison.Ordinal);
        string root = dot < 0 ? topicCode : topicCode[..dot];
        int index = Array.IndexOf(Issues, root);
        return index >= 0 ? index : throw new ArgumentException($"'{topicCode}' is not under a rural issue.", nameof(topicCode));
    }

    /// <summary>Every field equal (money and counts are exact).</summary>
    internal bool SameAs(ScorecardNumbers other) =>
        Mentees == other.Mentees && Earners == other.Earners && CashSpentFen == other.CashSpentFen
        && TrafficGranted == other.TrafficGranted
        && MenteesByIssue.SequenceEqual(other.MenteesByIssue) && EarnersByIssue.SequenceEqual(other.EarnersByIssue);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"mentees {Mentees}, earners {Earners}, cash spent {CashSpentFen} fen, traffic {TrafficGranted}, by issue mentees [{string.Join(' ', MenteesByIssue)}] earners [{string.Join(' ', EarnersByIssue)}]");
}

/// <summary>The numbers of job 2: creators with content, their total views, the Gini coefficient of views by creator
/// (population form) and the share of views of the top 10% of creators (interpolated as the library's Lorenz curve).</summary>
internal sealed record ExposureNumbers(long Creators, long TotalViews, double Gini, double TopTenShare)
{
    /// <summary>The tolerance for Gini and top share: absolute 1e-9 (the sums are of doubles in different orders).</summary>
    internal const double Tolerance = 1e-9;

    internal static ExposureNumbers From(InequalityReport report) =>
        new(report.Count, checked((long)report.Total), report.Gini ?? double.NaN, report.TopTenPercentShare ?? double.NaN);

    /// <summary>The same numbers from views by creator sorted ascending, with the library's formulas:
    /// G = Σ (2i − n − 1)·x_i / (n·Σx) and top share = 1 − L(0.9), L interpolated between order statistics.</summary>
    internal static ExposureNumbers FromSorted(ReadOnlySpan<long> sorted)
    {
        int n = sorted.Length;
        double total = 0.0;
        long totalViews = 0;
        double weighted = 0.0;
        for (int i = 0; i < n; i++)
        {
            total += sorted[i];
            totalViews += sorted[i];
            weighted += ((2.0 * (i + 1)) - n - 1.0) * sorted[i];
        }
        double gini = Math.Max(0.0, weighted / (n * total));
        double k = 0.9 * n;
        int whole = (int)Math.Floor(k);
        double below = 0.0;
        for (int i = 0; i < whole && i < n; i++)
        {
            below += sorted[i];
        }
        if (whole < n)
        {
            below += (k - whole) * sorted[whole];
        }
        double top = 1.0 - Math.Clamp(below / total, 0.0, 1.0);
        return new ExposureNumbers(n, totalViews, gini, top);
    }

    internal bool SameAs(ExposureNumbers other) =>
        Creators == other.Creators && TotalViews == other.TotalViews
        && Math.Abs(Gini - other.Gini) <= Tolerance && Math.Abs(TopTenShare - other.TopTenShare) <= Tolerance;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"creators {Creators}, views {TotalViews}, Gini {Gini:F12}, top-10% share {TopTenShare:F12}");
}
