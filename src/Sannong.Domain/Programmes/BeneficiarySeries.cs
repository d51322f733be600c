namespace Sannong.Domain.Programmes;

/// <summary>
/// The net cash (fen) and net traffic (impressions) of each beneficiary group of a ledger, as daily cumulative series
/// over the days on which the group has entries. The series of every group lie one after the other in three flat
/// arrays, so that tens of thousands of beneficiaries cost three arrays, not three each.
/// </summary>
internal sealed class BeneficiarySeries
{
    private readonly BeneficiaryGroups _groups;
    private readonly LocalDate[] _days;
    private readonly long[] _cash;
    private readonly long[] _traffic;
    private readonly int[] _starts;

    private BeneficiarySeries(BeneficiaryGroups groups, LocalDate[] days, long[] cash, long[] traffic, int[] starts)
    {
        _groups = groups;
        _days = days;
        _cash = cash;
        _traffic = traffic;
        _starts = starts;
    }

    /// <summary>The net cash of one beneficiary (null: of the entries without one); empty for an id not named.</summary>
    internal DailySeries Cash(InfluencerId? beneficiary) => Series(_cash, _groups.GroupOf(beneficiary));

    /// <summary>The net traffic of one beneficiary (null: of the entries without one); empty for an id not named.</summary>
    internal DailySeries Traffic(InfluencerId? beneficiary) => Series(_traffic, _groups.GroupOf(beneficiary));

    /// <summary>The series of every group of <paramref name="entries"/> (in date order, checked); O(n).</summary>
    internal static BeneficiarySeries Of(ImmutableArray<LedgerEntry> entries, BeneficiaryGroups groups)
    {
        int[] starts = DayStarts(entries, groups);
        var days = new LocalDate[starts[^1]];
        long[] cash = new long[days.Length];
        long[] traffic = new long[days.Length];
        for (int g = 0; g < groups.Count; g++)
        {
            int day = starts[g] - 1;
            foreach (int member in groups.MembersOf(g))
            {
                LedgerEntry entry = entries[member];
                if (day < starts[g] || days[day] != entry.Date)
                {
                    days[++day] = entry.Date;
                }
                cash[day] += entry.SignedCash.Fen;
                traffic[day] += entry.SignedImpressions;
            }
            DailySeries.ToRunningTotals(cash.AsSpan(starts[g]..starts[g + 1]));
            DailySeries.ToRunningTotals(traffic.AsSpan(starts[g]..starts[g + 1]));
        }
        return new BeneficiarySeries(groups, days, cash, traffic, starts);
    }

    /// <summary>Where the days of each group begin in the flat arrays (one more than the groups: the last is the
    /// number of days of all groups).</summary>
    private static int[] DayStarts(ImmutableArray<LedgerEntry> entries, BeneficiaryGroups groups)
    {
        int[] starts = new int[groups.Count + 1];
        for (int g = 0; g < groups.Count; g++)
        {
            int days = 0;
            LocalDate last = default;
            foreach (int member in groups.MembersOf(g))
            {
                LocalDate date = entries[member].Date;
                if (days == 0 || date != last)
                {
                    days++;
                    last = date;
                }
            }
            starts[g + 1] = starts[g] + days;
        }
        return starts;
    }

    private DailySeries Series(long[] totals, int group) =>
        group < 0 ? default : new DailySeries(_days, totals, _starts[group], _starts[group + 1] - _starts[group]);
}
