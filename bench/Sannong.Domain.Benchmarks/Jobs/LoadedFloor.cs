using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Benchmarks.Jobs;

/// <summary>The records of a programme already loaded, as plain arrays: the input of the compute floor.</summary>
internal sealed class LoadedArrays
{
    internal LoadedArrays(ProgrammeData data, LocalDate asOf)
    {
        Programme = data.Programme;
        AsOf = asOf;
        Influencers = [.. data.Influencers];
        Enrolments = [.. data.Enrolments];
        Ledger = [.. data.Ledger.Entries];
        Earnings = [.. data.Earnings];
        Content = [.. data.Content];
    }

    internal Programme Programme { get; }

    internal LocalDate AsOf { get; }

    internal Influencer[] Influencers { get; }

    internal Enrolment[] Enrolments { get; }

    internal LedgerEntry[] Ledger { get; }

    internal Earning[] Earnings { get; }

    internal ContentItem[] Content { get; }
}

/// <summary>The floor for computing: bare loops over arrays of loaded records that sum the same fields into the same
/// numbers, with the least machinery that can (one dictionary per grouping, no validation, no result objects).</summary>
internal static class LoadedFloor
{
    internal static ScorecardNumbers Scorecard(LoadedArrays a)
    {
        LocalDate asOf = a.AsOf;
        var first = new Dictionary<InfluencerId, LocalDate>(a.Enrolments.Length);
        foreach (Enrolment e in a.Enrolments)
        {
            ref LocalDate known = ref CollectionsMarshal.GetValueRefOrAddDefault(first, e.Influencer, out bool exists);
            if (!exists || e.Enrolled < known)
            {
                known = e.Enrolled;
            }
        }
        YearMonth last = asOf.ToYearMonth();
        YearMonth firstMonth = last.PlusMonths(1 - a.Programme.EarningRule.WindowMonths);
        var windowFen = new Dictionary<InfluencerId, long>(first.Count);
        foreach (Earning e in a.Earnings)
        {
            if (e.Month >= firstMonth && e.Month <= last)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(windowFen, e.Influencer, out _) += e.Amount.Fen;
            }
        }
        long minimum = a.Programme.EarningRule.Minimum.Fen;
        long[] mentees = new long[3];
        long[] earners = new long[3];
        foreach (Influencer influencer in a.Influencers)
        {
            if (first.TryGetValue(influencer.Id, out LocalDate enrolled) && enrolled <= asOf)
            {
                int issue = (int)influencer.PrimaryIssue - 1;
                mentees[issue]++;
                if (windowFen.TryGetValue(influencer.Id, out long fen) && fen >= minimum)
                {
                    earners[issue]++;
                }
            }
        }
        long cash = 0;
        long traffic = 0;
        foreach (LedgerEntry entry in a.Ledger)
        {
            if (entry.Date <= asOf)
            {
                switch (entry.Kind)
                {
                    case LedgerEntryKind.Disbursement: cash += entry.Cash.Fen; break;
                    case LedgerEntryKind.Refund: cash -= entry.Cash.Fen; break;
                    case LedgerEntryKind.TrafficGrant: traffic += entry.Impressions.Count; break;
                    default: traffic -= entry.Impressions.Count; break;
                }
            }
        }
        return new ScorecardNumbers(Sum(mentees), Sum(earners), cash, traffic, mentees, earners);
    }

    internal static ExposureNumbers Exposure(ContentItem[] content)
    {
        var views = new Dictionary<InfluencerId, long>();
        foreach (ContentItem item in content)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(views, item.Author, out _) += item.Engagement.Views;
        }
        long[] sorted = new long[views.Count];
        views.Values.CopyTo(sorted, 0);
        Array.Sort(sorted);
        return ExposureNumbers.FromSorted(sorted);
    }

    private static long Sum(long[] values) => values[0] + values[1] + values[2];
}
