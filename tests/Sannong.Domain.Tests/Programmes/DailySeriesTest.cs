using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>The daily cumulative series that the ledger (overall and per beneficiary) and the mentee tally read:
/// its answers against naive sums, and a hand-worked example.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class DailySeriesTest
{
    // Every day the generator can produce (40 gaps of at most 40 days), plus one on each side.
    private static readonly LocalDate[] Window =
        Enumerable.Range(-1, 1_603).Select(d => new LocalDate(2023, 12, 1).PlusDays(d)).ToArray();

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static DailySeries Series(DailyAmounts input) =>
        DailySeries.FromDailyAmounts(input.Days, (long[])input.Amounts.Clone());

    private static long SumOn(DailyAmounts input, LocalDate first, LocalDate last) =>
        input.Days.Select((day, i) => day >= first && day <= last ? input.Amounts[i] : 0).Sum();

    [Property]
    public bool The_total_as_of_a_date_is_the_sum_of_the_amounts_up_to_it(DailyAmounts input)
    {
        DailySeries series = Series(input);
        return Window.Where((_, i) => i % 7 == 0).All(d => series.AsOf(d) == SumOn(input, LocalDate.MinIsoValue, d))
            && series.Total == input.Amounts.Sum()
            && series.FirstDay == (input.Days.Length == 0 ? null : input.Days[0])
            && series.LastDay == (input.Days.Length == 0 ? null : input.Days[^1]);
    }

    [Property]
    public bool The_change_over_days_is_the_sum_of_their_amounts(DailyAmounts input, PositiveInt from, PositiveInt span)
    {
        DailySeries series = Series(input);
        LocalDate first = Window[from.Get % Window.Length];
        LocalDate last = first.PlusDays(span.Get % 100);
        return series.ChangeOver(first, last) == SumOn(input, first, last);
    }

    [Property]
    public bool The_first_day_a_total_reached_a_target_is_the_first_whose_running_total_did(DailyAmounts input, PositiveInt target)
    {
        DailySeries peak = Series(input).RunningPeak();
        long running = 0;
        LocalDate? expected = null;
        for (int i = 0; i < input.Days.Length && expected is null; i++)
        {
            running += input.Amounts[i];
            expected = running >= target.Get ? input.Days[i] : null;
        }
        return peak.FirstReaching(target.Get) == expected;
    }

    [Property]
    public bool Monthly_changes_are_the_sums_of_each_month(DailyAmounts input)
    {
        long[] changes = Series(input).MonthlyChanges(out YearMonth first);
        if (input.Days.Length == 0)
        {
            return changes.Length == 0;
        }
        return first == input.Days[0].ToYearMonth()
            && first.PlusMonths(changes.Length - 1) == input.Days[^1].ToYearMonth()
            && changes.Select((change, i) => (change, month: first.PlusMonths(i).ToDateInterval()))
                .All(m => m.change == SumOn(input, m.month.Start, m.month.End));
    }

    [Property]
    public Property A_segment_of_shared_arrays_reads_as_the_series_alone() =>
        Prop.ForAll(DomainArbitraries.DailyAmountsGen.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (input, padding) =>
        {
            // Other groups' days before and after the segment, with amounts that must not leak into it.
            LocalDate[] days = [.. Enumerable.Repeat(D(2023, 1, 1), padding), .. input.Days, .. Enumerable.Repeat(D(2030, 1, 1), padding)];
            long[] totals = [.. Enumerable.Repeat(999L, padding), .. input.Amounts.Select((_, i) => input.Amounts.Take(i + 1).Sum()), .. Enumerable.Repeat(999L, padding)];
            var segment = new DailySeries(days, totals, padding, input.Days.Length);
            DailySeries alone = Series(input);
            return Window.Where((_, i) => i % 5 == 0).All(d => segment.AsOf(d) == alone.AsOf(d) && segment.ChangeOver(d, d.PlusDays(30)) == alone.ChangeOver(d, d.PlusDays(30)))
                && segment.Total == alone.Total && segment.FirstDay == alone.FirstDay && segment.LastDay == alone.LastDay;
        });

    [Fact]
    public void A_hand_worked_net_series()
    {
        // +5 on 2024-01-30, -3 on 2024-02-02, +10 on 2024-03-01: running totals 5, 2, 12.
        DailySeries series = DailySeries.FromDailyAmounts([D(2024, 1, 30), D(2024, 2, 2), D(2024, 3, 1)], [5, -3, 10]);
        Assert.Equal(0, series.AsOf(D(2024, 1, 29)));
        Assert.Equal(5, series.AsOf(D(2024, 1, 30)));
        Assert.Equal(5, series.AsOf(D(2024, 2, 1)));
        Assert.Equal(2, series.AsOf(D(2024, 2, 15)));
        Assert.Equal(12, series.AsOf(D(2099, 1, 1)));
        Assert.Equal(12, series.Total);
        Assert.Equal(-3, series.ChangeOver(D(2024, 2, 1), D(2024, 2, 29)));   // February: only the -3
        Assert.Equal(7, series.ChangeOver(D(2024, 1, 31), D(2024, 3, 1)));    // -3 + 10
        Assert.Equal([5L, -3L, 10L], series.MonthlyChanges(out YearMonth first));
        Assert.Equal(new YearMonth(2024, 1), first);
        // The peaks are 5, 5, 12: 5 was first reached on 01-30, 6 only on 03-01, 13 never.
        DailySeries peak = series.RunningPeak();
        Assert.Equal(D(2024, 1, 30), peak.FirstReaching(5));
        Assert.Equal(D(2024, 3, 1), peak.FirstReaching(6));
        Assert.Null(peak.FirstReaching(13));
    }

    [Fact]
    public void The_empty_series_is_zero_everywhere()
    {
        DailySeries empty = default;
        Assert.Equal(0, empty.AsOf(D(2024, 1, 1)));
        Assert.Equal(0, empty.Total);
        Assert.Equal(0, empty.ChangeOver(D(2024, 1, 1), D(2024, 12, 31)));
        Assert.Null(empty.FirstDay);
        Assert.Null(empty.FirstReaching(1));
        Assert.Empty(empty.MonthlyChanges(out _));
        Assert.Null(empty.RunningPeak().FirstReaching(1));
    }
}
