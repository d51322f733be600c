using System;
using System.Collections.Generic;
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

    /// <summary>Collects a group's entries in date order.</summary>
    internal sealed class Builder
    {
        private readonly List<LocalDate> _days = new();
        private readonly List<long> _netCash = new();
        private readonly List<long> _netTraffic = new();

        /// <summary>Adds an entry; entries must come in date order.</summary>
        internal void Add(LedgerEntry entry)
        {
            if (_days.Count == 0 || _days[^1] != entry.Date)
            {
                _days.Add(entry.Date);
                _netCash.Add(_netCash.Count == 0 ? 0 : _netCash[^1]);
                _netTraffic.Add(_netTraffic.Count == 0 ? 0 : _netTraffic[^1]);
            }
            _netCash[^1] += entry.SignedCash.Fen;
            _netTraffic[^1] += entry.SignedImpressions;
        }

        /// <summary>The finished series.</summary>
        internal LedgerSeries Build() =>
            _days.Count == 0 ? Empty : new LedgerSeries(_days.ToArray(), _netCash.ToArray(), _netTraffic.ToArray());
    }
}
