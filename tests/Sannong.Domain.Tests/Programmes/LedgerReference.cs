using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>
/// A naive reference implementation of the ledger's questions, written straight from the rules by filtering and
/// summing the entries (quadratic, obviously right), for the properties to compare the ledger with.
/// </summary>
internal static class LedgerReference
{
    /// <summary>Net cash in fen of the entries dated on or before <paramref name="asOf"/> that pass the filter.</summary>
    internal static long NetCash(IEnumerable<LedgerEntry> entries, LocalDate asOf, Func<LedgerEntry, bool>? filter = null) =>
        entries.Where(e => e.Date <= asOf && (filter is null || filter(e))).Sum(e => e.Kind switch
        {
            LedgerEntryKind.Disbursement => e.Cash.Fen,
            LedgerEntryKind.Refund => -e.Cash.Fen,
            _ => 0L,
        });

    /// <summary>Net impressions of the entries dated on or before <paramref name="asOf"/> that pass the filter.</summary>
    internal static long NetTraffic(IEnumerable<LedgerEntry> entries, LocalDate asOf, Func<LedgerEntry, bool>? filter = null) =>
        entries.Where(e => e.Date <= asOf && (filter is null || filter(e))).Sum(e => e.Kind switch
        {
            LedgerEntryKind.TrafficGrant => e.Impressions.Count,
            LedgerEntryKind.TrafficReversal => -e.Impressions.Count,
            _ => 0L,
        });

    /// <summary>
    /// The problems the rule asks for, as (input index, kind): for each beneficiary group and each day on which the
    /// group has a refund (reversal) and its end-of-day net is negative, one problem at the group's first refund
    /// (reversal) of that day in input order.
    /// </summary>
    internal static List<(int Index, DataProblemKind Kind)> ExpectedProblems(IReadOnlyList<LedgerEntry> entries)
    {
        var expected = new List<(int Index, DataProblemKind Kind)>();
        var indexed = entries.Select((entry, index) => (entry, index)).ToList();
        foreach (InfluencerId? group in entries.Select(e => e.Beneficiary).Distinct())
        {
            var mine = indexed.Where(x => Nullable.Equals(x.entry.Beneficiary, group)).ToList();
            foreach (LocalDate day in mine.Select(x => x.entry.Date).Distinct())
            {
                var today = mine.Where(x => x.entry.Date == day).ToList();
                var refunds = today.Where(x => x.entry.Kind == LedgerEntryKind.Refund).ToList();
                if (refunds.Count > 0 && NetCash(mine.Select(x => x.entry), day) < 0)
                {
                    expected.Add((refunds.Min(x => x.index), DataProblemKind.RefundExceedsDisbursed));
                }
                var reversals = today.Where(x => x.entry.Kind == LedgerEntryKind.TrafficReversal).ToList();
                if (reversals.Count > 0 && NetTraffic(mine.Select(x => x.entry), day) < 0)
                {
                    expected.Add((reversals.Min(x => x.index), DataProblemKind.ReversalExceedsGranted));
                }
            }
        }
        return expected.OrderBy(p => p.Index).ToList();
    }

    /// <summary>True when some group's (or the whole ledger's) net cash or traffic is negative at the end of some day.</summary>
    internal static bool SomeEndOfDayNetIsNegative(IReadOnlyList<LedgerEntry> entries) =>
        entries.Select(e => e.Date).Distinct().Any(day =>
            NetCash(entries, day) < 0 || NetTraffic(entries, day) < 0
            || entries.Select(e => e.Beneficiary).Distinct().Any(group =>
                NetCash(entries, day, e => Nullable.Equals(e.Beneficiary, group)) < 0
                || NetTraffic(entries, day, e => Nullable.Equals(e.Beneficiary, group)) < 0));

    /// <summary>The first distinct entry date by whose end the net cash reaches <paramref name="fen"/>, or null.</summary>
    internal static LocalDate? FirstDateSpendReaches(IReadOnlyList<LedgerEntry> entries, long fen) =>
        entries.Select(e => e.Date).Distinct().OrderBy(d => d).Cast<LocalDate?>()
            .FirstOrDefault(d => NetCash(entries, d!.Value) >= fen);

    /// <summary>A deterministic shuffle (Fisher-Yates) of a copy.</summary>
    internal static LedgerEntry[] Shuffled(IEnumerable<LedgerEntry> entries, int seed)
    {
        LedgerEntry[] copy = entries.ToArray();
        var random = new Random(seed);
        for (int i = copy.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }
        return copy;
    }

    /// <summary>The entries as a multiset key, ignoring recording order: sorted by date, then by their text.</summary>
    internal static string[] Canonical(IEnumerable<LedgerEntry> entries) =>
        entries.Select(e => e.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToArray();
}
