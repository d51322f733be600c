using System;
using System.Collections.Immutable;
using NodaTime;

namespace Sannong.Domain.Programmes;

/// <summary>
/// End-of-day running net totals (cash in fen, traffic in impressions) of one group of ledger entries, over the
/// days on which the group has entries, in date order; read as of any date by binary search.
/// </summary>
internal sealed class LedgerSeries
{
    private readonly LocalDate[] _days;
    private readonly long[] _netCash;
    private readonly long[] _netTraffic;

    private LedgerSeries(LocalDate[] days, long[] netCash, long[] netTraffic)
    {
        _days = days;
        _netCash = netCash;
        _netTraffic = netTraffic;
    }

    /// <summary>A series with no days: every total is zero.</summary>
    internal static LedgerSeries Empty { get; } = new([], [], []);

    /// <summary>The net cash in fen at the end of the last day on or before <paramref name="asOf"/>; O(log days).</summary>
    internal long NetCashAsOf(LocalDate asOf)
    {
        int day = LastOnOrBefore(_days, asOf);
        return day < 0 ? 0 : _netCash[day];
    }

    /// <summary>The net impressions at the end of the last day on or before <paramref name="asOf"/>; O(log days).</summary>
    internal long NetTrafficAsOf(LocalDate asOf)
    {
        int day = LastOnOrBefore(_days, asOf);
        return day < 0 ? 0 : _netTraffic[day];
    }

    /// <summary>The net cash in fen after all entries.</summary>
    internal long TotalCash => _netCash.Length == 0 ? 0 : _netCash[^1];

    /// <summary>The net impressions after all entries.</summary>
    internal long TotalTraffic => _netTraffic.Length == 0 ? 0 : _netTraffic[^1];

    /// <summary>The index of the last of <paramref name="days"/> (ascending, distinct) on or before
    /// <paramref name="date"/>, or -1 when there is none.</summary>
    internal static int LastOnOrBefore(LocalDate[] days, LocalDate date)
    {
        int found = Array.BinarySearch(days, date);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>The index of the last of <paramref name="days"/> (ascending, distinct) strictly before
    /// <paramref name="date"/>, or -1 when there is none.</summary>
    internal static int LastBefore(LocalDate[] days, LocalDate date)
    {
        int found = Array.BinarySearch(days, date);
        return found >= 0 ? found - 1 : ~found - 1;
    }

    /// <summary>The series of the entries at <paramref name="members"/> (indexes into <paramref name="entries"/>, in
    /// date order): arrays of exactly the number of days, filled in two passes without growing lists.</summary>
    internal static LedgerSeries Of(ImmutableArray<LedgerEntry> entries, ReadOnlySpan<int> members)
    {
        if (members.IsEmpty)
        {
            return Empty;
        }
        int count = 0;
        LocalDate last = default;
        foreach (int member in members)
        {
            LocalDate date = entries[member].Date;
            if (count == 0 || date != last)
            {
                count++;
                last = date;
            }
        }
        var days = new LocalDate[count];
        long[] netCash = new long[count];
        long[] netTraffic = new long[count];
        int day = -1;
        foreach (int member in members)
        {
            LedgerEntry entry = entries[member];
            if (day < 0 || days[day] != entry.Date)
            {
                day++;
                days[day] = entry.Date;
                netCash[day] = day == 0 ? 0 : netCash[day - 1];
                netTraffic[day] = day == 0 ? 0 : netTraffic[day - 1];
            }
            netCash[day] += entry.SignedCash.Fen;
            netTraffic[day] += entry.SignedImpressions;
        }
        return new LedgerSeries(days, netCash, netTraffic);
    }
}
