namespace Sannong.Domain.Programmes;

/// <summary>
/// A whole ledger's end-of-day running totals, on the days with entries: gross per kind of entry (cash disbursed and
/// refunded, traffic granted and reversed, in fen and impressions), net (cash spent, traffic granted minus reversed),
/// and the peak of each net, so that "the first day the net reached N" is a binary search although a net can fall.
/// </summary>
internal sealed class LedgerTotals
{
    private LedgerTotals(DailySeries disbursed, DailySeries refunded, DailySeries grossGranted, DailySeries reversed, DailySeries spent, DailySeries granted)
    {
        Disbursed = disbursed;
        Refunded = refunded;
        GrossGranted = grossGranted;
        Reversed = reversed;
        Spent = spent;
        Granted = granted;
        SpentPeak = spent.RunningPeak();
        GrantedPeak = granted.RunningPeak();
    }

    /// <summary>Cash disbursed, in fen (gross).</summary>
    internal DailySeries Disbursed { get; }

    /// <summary>Cash refunded, in fen (gross).</summary>
    internal DailySeries Refunded { get; }

    /// <summary>Impressions granted (gross).</summary>
    internal DailySeries GrossGranted { get; }

    /// <summary>Impressions reversed (gross).</summary>
    internal DailySeries Reversed { get; }

    /// <summary>Net cash spent, in fen: disbursed minus refunded.</summary>
    internal DailySeries Spent { get; }

    /// <summary>Net impressions granted: granted minus reversed.</summary>
    internal DailySeries Granted { get; }

    /// <summary>The highest net cash spent by the end of each day.</summary>
    internal DailySeries SpentPeak { get; }

    /// <summary>The highest net traffic granted by the end of each day.</summary>
    internal DailySeries GrantedPeak { get; }

    /// <summary>The totals of entries already checked (no total overflows) and in date order; O(n).</summary>
    internal static LedgerTotals Of(ImmutableArray<LedgerEntry> entries)
    {
        int count = CountDays(entries);
        var days = new LocalDate[count];
        long[] disbursed = new long[count];
        long[] refunded = new long[count];
        long[] grossGranted = new long[count];
        long[] reversed = new long[count];
        int day = -1;
        foreach (LedgerEntry entry in entries)
        {
            if (day < 0 || days[day] != entry.Date)
            {
                days[++day] = entry.Date;
            }
            switch (entry.Kind)
            {
                case LedgerEntryKind.Disbursement:
                    disbursed[day] += entry.Cash.Fen;
                    break;
                case LedgerEntryKind.Refund:
                    refunded[day] += entry.Cash.Fen;
                    break;
                case LedgerEntryKind.TrafficGrant:
                    grossGranted[day] += entry.Impressions.Count;
                    break;
                default:
                    reversed[day] += entry.Impressions.Count;
                    break;
            }
        }
        // The nets are taken from the amounts of each day, before those become running totals in place.
        long[] spent = Difference(disbursed, refunded);
        long[] granted = Difference(grossGranted, reversed);
        return new LedgerTotals(
            DailySeries.FromDailyAmounts(days, disbursed),
            DailySeries.FromDailyAmounts(days, refunded),
            DailySeries.FromDailyAmounts(days, grossGranted),
            DailySeries.FromDailyAmounts(days, reversed),
            DailySeries.FromDailyAmounts(days, spent),
            DailySeries.FromDailyAmounts(days, granted));
    }

    private static int CountDays(ImmutableArray<LedgerEntry> entries)
    {
        int count = 0;
        for (int i = 0; i < entries.Length; i++)
        {
            if (i == 0 || entries[i].Date != entries[i - 1].Date)
            {
                count++;
            }
        }
        return count;
    }

    private static long[] Difference(long[] added, long[] removed)
    {
        long[] net = new long[added.Length];
        for (int i = 0; i < net.Length; i++)
        {
            net[i] = added[i] - removed[i];
        }
        return net;
    }
}
