namespace Sannong.Domain.Programmes;

// The questions a ledger answers: totals as of a date, per beneficiary, per month, and when a total was reached.
// Each reads one of the daily cumulative series built once by the constructor. Names: Spent and Granted are net
// (after refunds and reversals); Disbursed, Refunded, GrossGranted and Reversed are gross, one kind of entry each.
public sealed partial class BudgetLedger
{
    /// <summary>The cash disbursed up to and including <paramref name="asOf"/> (gross, before refunds); O(log n).</summary>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>The sum of the disbursements dated on or before <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Money DisbursedAsOf(LocalDate asOf) => Money.FromFen(_totals.Disbursed.AsOf(CheckIso(asOf)));

    /// <summary>The cash refunded up to and including <paramref name="asOf"/>; O(log n).</summary>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>The sum of the refunds dated on or before <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Money RefundedAsOf(LocalDate asOf) => Money.FromFen(_totals.Refunded.AsOf(CheckIso(asOf)));

    /// <summary>The cash spent up to and including <paramref name="asOf"/>: disbursed minus refunded, never negative; O(log n).</summary>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>The net cash given by the end of <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Money SpentAsOf(LocalDate asOf) => Money.FromFen(_totals.Spent.AsOf(CheckIso(asOf)));

    /// <summary>The impressions granted up to and including <paramref name="asOf"/> (gross, before reversals); O(log n).</summary>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>The sum of the traffic grants dated on or before <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Impressions GrossGrantedAsOf(LocalDate asOf) => new(_totals.GrossGranted.AsOf(CheckIso(asOf)));

    /// <summary>The impressions reversed up to and including <paramref name="asOf"/>; O(log n).</summary>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>The sum of the traffic reversals dated on or before <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Impressions ReversedAsOf(LocalDate asOf) => new(_totals.Reversed.AsOf(CheckIso(asOf)));

    /// <summary>The traffic given up to and including <paramref name="asOf"/>: granted minus reversed; O(log n).</summary>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>The net impressions given by the end of <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Impressions GrantedAsOf(LocalDate asOf) => new(_totals.Granted.AsOf(CheckIso(asOf)));

    /// <summary>The net cash of the whole ledger: every disbursement minus every refund.</summary>
    public Money TotalSpent => Money.FromFen(_totals.Spent.Total);

    /// <summary>The net traffic of the whole ledger: every grant minus every reversal.</summary>
    public Impressions TotalGranted => new(_totals.Granted.Total);

    /// <summary>The net cash given to one beneficiary (or to no one in particular) up to and including
    /// <paramref name="asOf"/>; O(log n).</summary>
    /// <param name="beneficiary">The influencer, or null for the entries without a beneficiary. An influencer the
    /// ledger does not name has zero.</param>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>Disbursed minus refunded for that group by the end of <paramref name="asOf"/>; never negative.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Money SpentBy(InfluencerId? beneficiary, LocalDate asOf) =>
        Money.FromFen(_byBeneficiary.Cash(beneficiary).AsOf(CheckIso(asOf)));

    /// <summary>The net cash given to one beneficiary (or to no one in particular) over the whole ledger.</summary>
    /// <param name="beneficiary">The influencer, or null for the entries without a beneficiary.</param>
    /// <returns>Disbursed minus refunded for that group; zero for an influencer the ledger does not name.</returns>
    public Money SpentBy(InfluencerId? beneficiary) => Money.FromFen(_byBeneficiary.Cash(beneficiary).Total);

    /// <summary>The net traffic given to one beneficiary (or to no one in particular) up to and including
    /// <paramref name="asOf"/>; O(log n).</summary>
    /// <param name="beneficiary">The influencer, or null for the entries without a beneficiary. An influencer the
    /// ledger does not name has zero.</param>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>Granted minus reversed for that group by the end of <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public Impressions GrantedTo(InfluencerId? beneficiary, LocalDate asOf) =>
        new(_byBeneficiary.Traffic(beneficiary).AsOf(CheckIso(asOf)));

    /// <summary>The net traffic given to one beneficiary (or to no one in particular) over the whole ledger.</summary>
    /// <param name="beneficiary">The influencer, or null for the entries without a beneficiary.</param>
    /// <returns>Granted minus reversed for that group; zero for an influencer the ledger does not name.</returns>
    public Impressions GrantedTo(InfluencerId? beneficiary) => new(_byBeneficiary.Traffic(beneficiary).Total);

    /// <summary>The net cash of one calendar month: its disbursements minus its refunds; O(log n).</summary>
    /// <param name="month">The month; ISO calendar.</param>
    /// <returns>The month's net cash; negative when refunds exceed disbursements that month; zero outside the ledger.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    public Money SpentIn(YearMonth month) => Money.FromFen(ChangeIn(_totals.Spent, month));

    /// <summary>The net impressions of one calendar month: its grants minus its reversals; O(log n).</summary>
    /// <param name="month">The month; ISO calendar.</param>
    /// <returns>The month's net impressions; negative when reversals exceed grants that month (so a count, not an
    /// <see cref="Impressions"/>); zero outside the ledger.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    public long GrantedIn(YearMonth month) => ChangeIn(_totals.Granted, month);

    /// <summary>The net cash of every month from the first entry's month to the last entry's, months without
    /// entries included (with zero); O(n + months).</summary>
    /// <returns>The months in order with their net cash (see <see cref="SpentIn"/>); empty for an empty ledger.</returns>
    public ImmutableArray<(YearMonth Month, Money Spent)> MonthlySpending()
    {
        long[] byMonth = _totals.Spent.MonthlyChanges(out YearMonth first);
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
        long[] byMonth = _totals.Granted.MonthlyChanges(out YearMonth first);
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
        return _totals.SpentPeak.FirstReaching(amount.Fen);
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
        return _totals.GrantedPeak.FirstReaching(amount.Count);
    }

    private static LocalDate CheckIso(LocalDate asOf) => Utility.Preconditions.CheckIso(asOf);

    private static long ChangeIn(DailySeries series, YearMonth month)
    {
        DateInterval days = Utility.Preconditions.CheckIso(month).ToDateInterval();
        return series.ChangeOver(days.Start, days.End);
    }
}
