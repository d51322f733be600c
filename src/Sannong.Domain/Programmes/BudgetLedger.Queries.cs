using System;
using System.Collections.Immutable;
using NodaTime;

namespace Sannong.Domain.Programmes;

// The questions a ledger answers: totals as of a date, per beneficiary, per month, and when a total was reached.
// Each reads the end-of-day running totals built once by the constructor.
public sealed partial class BudgetLedger
{
    /// <summary>The cash disbursed up to and including <paramref name="asOf"/> (gross, before refunds); O(log n).</summary>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>The sum of the disbursements dated on or before <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Money DisbursedAsOf(LocalDate asOf) => Money.FromFen(At(_disbursed, asOf));

    /// <summary>The cash refunded up to and including <paramref name="asOf"/>; O(log n).</summary>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>The sum of the refunds dated on or before <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Money RefundedAsOf(LocalDate asOf) => Money.FromFen(At(_refunded, asOf));

    /// <summary>The cash spent up to and including <paramref name="asOf"/>: disbursed minus refunded, never negative; O(log n).</summary>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>The net cash given by the end of <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Money SpentAsOf(LocalDate asOf)
    {
        int day = DayOnOrBefore(asOf);
        return day < 0 ? Money.Zero : Money.FromFen(_disbursed[day] - _refunded[day]);
    }

    /// <summary>The impressions granted up to and including <paramref name="asOf"/> (gross, before reversals); O(log n).</summary>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>The sum of the traffic grants dated on or before <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Impressions TrafficGrantedAsOf(LocalDate asOf) => new(At(_granted, asOf));

    /// <summary>The impressions reversed up to and including <paramref name="asOf"/>; O(log n).</summary>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>The sum of the traffic reversals dated on or before <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Impressions TrafficReversedAsOf(LocalDate asOf) => new(At(_reversed, asOf));

    /// <summary>The traffic given up to and including <paramref name="asOf"/>: granted minus reversed; O(log n).</summary>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>The net impressions given by the end of <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Impressions GrantedAsOf(LocalDate asOf)
    {
        int day = DayOnOrBefore(asOf);
        return day < 0 ? Impressions.Zero : new Impressions(_granted[day] - _reversed[day]);
    }

    /// <summary>The net cash of the whole ledger: every disbursement minus every refund.</summary>
    public Money TotalSpent => _days.Length == 0 ? Money.Zero : Money.FromFen(_disbursed[^1] - _refunded[^1]);

    /// <summary>The net traffic of the whole ledger: every grant minus every reversal.</summary>
    public Impressions TotalGranted => _days.Length == 0 ? Impressions.Zero : new Impressions(_granted[^1] - _reversed[^1]);

    /// <summary>The net cash given to one beneficiary (or to no one in particular) up to and including
    /// <paramref name="asOf"/>; O(log n).</summary>
    /// <param name="beneficiary">The influencer, or null for the entries without a beneficiary. An influencer the
    /// ledger does not name has zero.</param>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>Disbursed minus refunded for that group by the end of <paramref name="asOf"/>; never negative.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Money SpentBy(InfluencerId? beneficiary, LocalDate asOf) =>
        Money.FromFen(SeriesOf(beneficiary).NetCashAsOf(Utility.Preconditions.CheckIso(asOf)));

    /// <summary>The net cash given to one beneficiary (or to no one in particular) over the whole ledger.</summary>
    /// <param name="beneficiary">The influencer, or null for the entries without a beneficiary.</param>
    /// <returns>Disbursed minus refunded for that group; zero for an influencer the ledger does not name.</returns>
    public Money SpentBy(InfluencerId? beneficiary) => Money.FromFen(SeriesOf(beneficiary).TotalCash);

    /// <summary>The net traffic given to one beneficiary (or to no one in particular) up to and including
    /// <paramref name="asOf"/>; O(log n).</summary>
    /// <param name="beneficiary">The influencer, or null for the entries without a beneficiary. An influencer the
    /// ledger does not name has zero.</param>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>Granted minus reversed for that group by the end of <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Impressions GrantedTo(InfluencerId? beneficiary, LocalDate asOf) =>
        new(SeriesOf(beneficiary).NetTrafficAsOf(Utility.Preconditions.CheckIso(asOf)));

    /// <summary>The net traffic given to one beneficiary (or to no one in particular) over the whole ledger.</summary>
    /// <param name="beneficiary">The influencer, or null for the entries without a beneficiary.</param>
    /// <returns>Granted minus reversed for that group; zero for an influencer the ledger does not name.</returns>
    public Impressions GrantedTo(InfluencerId? beneficiary) => new(SeriesOf(beneficiary).TotalTraffic);

    /// <summary>The net cash of one calendar month: its disbursements minus its refunds; O(log n).</summary>
    /// <param name="month">The month; ISO calendar.</param>
    /// <returns>The month's net cash; negative when refunds exceed disbursements that month; zero outside the ledger.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    public Money SpentIn(YearMonth month)
    {
        (int before, int last) = MonthBounds(month);
        return Money.FromFen(NetAt(_disbursed, _refunded, last) - NetAt(_disbursed, _refunded, before));
    }

    /// <summary>The net impressions of one calendar month: its grants minus its reversals; O(log n).</summary>
    /// <param name="month">The month; ISO calendar.</param>
    /// <returns>The month's net impressions; negative when reversals exceed grants that month (so a count, not an
    /// <see cref="Impressions"/>); zero outside the ledger.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    public long GrantedIn(YearMonth month)
    {
        (int before, int last) = MonthBounds(month);
        return NetAt(_granted, _reversed, last) - NetAt(_granted, _reversed, before);
    }

    /// <summary>The net cash of every month from the first entry's month to the last entry's, months without
    /// entries included (with zero); O(n + months).</summary>
    /// <returns>The months in order with their net cash (see <see cref="SpentIn"/>); empty for an empty ledger.</returns>
    public ImmutableArray<(YearMonth Month, Money Spent)> MonthlySpending()
    {
        long[] byMonth = Monthly(_disbursed, _refunded, out YearMonth first);
        var result = ImmutableArray.CreateBuilder<(YearMonth, Money)>(byMonth.Length);
        for (int i = 0; i < byMonth.Length; i++)
        {
            result.Add((first.PlusMonths(i), Money.FromFen(byMonth[i])));
        }
        return result.MoveToImmutable();
    }

    /// <summary>The net impressions of every month from the first entry's month to the last entry's, months
    /// without entries included (with zero); O(n + months).</summary>
    /// <returns>The months in order with their net impressions (see <see cref="GrantedIn"/>); empty for an empty ledger.</returns>
    public ImmutableArray<(YearMonth Month, long Impressions)> MonthlyTraffic()
    {
        long[] byMonth = Monthly(_granted, _reversed, out YearMonth first);
        var result = ImmutableArray.CreateBuilder<(YearMonth, long)>(byMonth.Length);
        for (int i = 0; i < byMonth.Length; i++)
        {
            result.Add((first.PlusMonths(i), byMonth[i]));
        }
        return result.MoveToImmutable();
    }

    /// <summary>The first day by whose end the net cash spent (<see cref="SpentAsOf"/>) reached
    /// <paramref name="amount"/>; O(log n).</summary>
    /// <param name="amount">The amount to reach; strictly positive.</param>
    /// <returns>The first date D with <c>SpentAsOf(D) &gt;= amount</c>, or null when the ledger never reaches it.
    /// Net spend can fall after a refund; the answer is the first time it was reached.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or negative.</exception>
    public LocalDate? DateSpendReached(Money amount)
    {
        if (amount <= Money.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), $"amount must be positive, but was {amount}.");
        }
        return FirstReaching(_peakSpent, amount.Fen);
    }

    /// <summary>The first day by whose end the net traffic given (<see cref="GrantedAsOf"/>) reached
    /// <paramref name="amount"/>; O(log n).</summary>
    /// <param name="amount">The impressions to reach; strictly positive.</param>
    /// <returns>The first date D with <c>GrantedAsOf(D) &gt;= amount</c>, or null when the ledger never reaches it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero.</exception>
    public LocalDate? DateGrantedReached(Impressions amount)
    {
        if (amount <= Impressions.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), $"amount must be positive, but was {amount}.");
        }
        return FirstReaching(_peakGranted, amount.Count);
    }

    private int DayOnOrBefore(LocalDate asOf) => LedgerSeries.LastOnOrBefore(_days, Utility.Preconditions.CheckIso(asOf));

    private long At(long[] running, LocalDate asOf)
    {
        int day = DayOnOrBefore(asOf);
        return day < 0 ? 0 : running[day];
    }

    private static long NetAt(long[] added, long[] removed, int day) => day < 0 ? 0 : added[day] - removed[day];

    private LedgerSeries SeriesOf(InfluencerId? beneficiary) =>
        beneficiary is { } id ? (_byBeneficiary.TryGetValue(id, out LedgerSeries? series) ? series : LedgerSeries.Empty) : _unassigned;

    /// <summary>The last day before the month and the last day in or before it (indexes into the days, or -1).</summary>
    private (int Before, int Last) MonthBounds(YearMonth month)
    {
        DateInterval days = Utility.Preconditions.CheckIso(month).ToDateInterval();
        return (LedgerSeries.LastBefore(_days, days.Start), LedgerSeries.LastOnOrBefore(_days, days.End));
    }

    private long[] Monthly(long[] added, long[] removed, out YearMonth first)
    {
        if (_days.Length == 0)
        {
            first = default;
            return [];
        }
        first = _days[0].ToYearMonth();
        long[] byMonth = new long[MonthIndex(_days[^1]) - MonthIndex(_days[0]) + 1];
        long previous = 0;
        for (int day = 0; day < _days.Length; day++)
        {
            long net = added[day] - removed[day];
            byMonth[MonthIndex(_days[day]) - MonthIndex(_days[0])] += net - previous;
            previous = net;
        }
        return byMonth;
    }

    private static int MonthIndex(LocalDate date) => (date.Year * 12) + date.Month - 1;

    private LocalDate? FirstReaching(long[] peak, long target)
    {
        int low = 0;
        int high = peak.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (peak[middle] >= target)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low < peak.Length ? _days[low] : null;
    }
}
