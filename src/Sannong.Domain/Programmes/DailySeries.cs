namespace Sannong.Domain.Programmes;

/// <summary>
/// A daily cumulative series: the days on which something was recorded (ascending, distinct) and, for each, the
/// running total by the end of that day. It answers "the total as of a date" and "the first day the total reached N"
/// by binary search, O(log days). The ledger's cash and traffic (overall and per beneficiary) and the mentee tally
/// are such series.
/// </summary>
/// <remarks>A view over arrays that it never copies and never changes once built: it may be a segment of larger
/// arrays shared by several series (the days of one group of ledger entries). <c>default</c> is the empty series,
/// whose every total is 0.</remarks>
internal readonly struct DailySeries
{
    private readonly LocalDate[] _days;
    private readonly long[] _totals;
    private readonly int _start;

    /// <summary>The series over the segment [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>)
    /// of <paramref name="days"/> (ascending, distinct) and <paramref name="totals"/> (the running totals).</summary>
    internal DailySeries(LocalDate[] days, long[] totals, int start, int count)
    {
        _days = days;
        _totals = totals;
        _start = start;
        Count = count;
    }

    /// <summary>The number of days.</summary>
    internal int Count { get; }

    /// <summary>The first day, or null for the empty series.</summary>
    internal LocalDate? FirstDay => Count == 0 ? null : _days[_start];

    /// <summary>The last day, or null for the empty series.</summary>
    internal LocalDate? LastDay => Count == 0 ? null : _days[_start + Count - 1];

    /// <summary>The total by the end of the last day; 0 for the empty series.</summary>
    internal long Total => Count == 0 ? 0 : _totals[_start + Count - 1];

    /// <summary>The series over whole arrays: <paramref name="amounts"/>, the amount of each of <paramref name="days"/>,
    /// become the running totals, in place.</summary>
    /// <exception cref="OverflowException">A running total passes the range of <see cref="long"/>.</exception>
    internal static DailySeries FromDailyAmounts(LocalDate[] days, long[] amounts)
    {
        ToRunningTotals(amounts);
        return new DailySeries(days, amounts, 0, days.Length);
    }

    /// <summary>Replaces each amount by the sum of it and every amount before it.</summary>
    /// <exception cref="OverflowException">A sum passes the range of <see cref="long"/>.</exception>
    internal static void ToRunningTotals(Span<long> amounts)
    {
        for (int i = 1; i < amounts.Length; i++)
        {
            amounts[i] += amounts[i - 1];
        }
    }

    /// <summary>The total by the end of <paramref name="date"/>: that of the last day on or before it, 0 when there is none.</summary>
    internal long AsOf(LocalDate date) => TotalAt(LastOnOrBefore(date));

    /// <summary>The change over the days from <paramref name="first"/> to <paramref name="last"/> (both included):
    /// the total by the end of <paramref name="last"/> minus the total before <paramref name="first"/>.</summary>
    internal long ChangeOver(LocalDate first, LocalDate last) => AsOf(last) - TotalAt(LastBefore(first));

    /// <summary>The first day by whose end the total reached <paramref name="target"/>, or null when it never does.
    /// The totals must not decrease (see <see cref="RunningPeak"/>).</summary>
    internal LocalDate? FirstReaching(long target)
    {
        int low = 0;
        int high = Count;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (_totals[_start + middle] >= target)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low < Count ? Day(low) : null;
    }

    /// <summary>The series of the highest total reached by the end of each day: it never decreases, so that
    /// <see cref="FirstReaching"/> finds the first day a total that can fall (a net) reached a target.</summary>
    internal DailySeries RunningPeak()
    {
        long[] peak = new long[_start + Count];
        long max = long.MinValue;
        for (int i = _start; i < _start + Count; i++)
        {
            max = Math.Max(max, _totals[i]);
            peak[i] = max;
        }
        return new DailySeries(_days, peak, _start, Count);
    }

    /// <summary>The change of every calendar month from the first day's month to the last day's, months without days
    /// included (with 0); empty for the empty series.</summary>
    /// <param name="first">The first month (default for the empty series).</param>
    internal long[] MonthlyChanges(out YearMonth first)
    {
        if (Count == 0)
        {
            first = default;
            return [];
        }
        LocalDate start = Day(0);
        first = start.ToYearMonth();
        long[] byMonth = new long[MonthsBetween(start, Day(Count - 1)) + 1];
        long previous = 0;
        for (int i = 0; i < Count; i++)
        {
            long total = _totals[_start + i];
            byMonth[MonthsBetween(start, Day(i))] += total - previous;
            previous = total;
        }
        return byMonth;
    }

    private LocalDate Day(int index) => _days[_start + index];

    private long TotalAt(int index) => index < 0 ? 0 : _totals[_start + index];

    /// <summary>The index of the last day on or before <paramref name="date"/>, or -1 when there is none.</summary>
    private int LastOnOrBefore(LocalDate date)
    {
        int found = Find(date);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>The index of the last day strictly before <paramref name="date"/>, or -1 when there is none.</summary>
    private int LastBefore(LocalDate date)
    {
        int found = Find(date);
        return found >= 0 ? found - 1 : ~found - 1;
    }

    /// <summary>The index of <paramref name="date"/> among the days, or the bitwise complement of the index of the
    /// first day after it (as <see cref="Array.BinarySearch{T}(T[], int, int, T)"/>, relative to the segment).</summary>
    private int Find(LocalDate date)
    {
        if (Count == 0)
        {
            return ~0;
        }
        int found = Array.BinarySearch(_days, _start, Count, date);
        return found >= 0 ? found - _start : ~(~found - _start);
    }

    private static int MonthsBetween(LocalDate first, LocalDate date) =>
        ((date.Year - first.Year) * 12) + date.Month - first.Month;
}
