using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>Allocation plans over months and keys: exact sums, shares within one unit, worked examples.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class BudgetAllocationTest
{
    private static readonly DateInterval SeedPeriod = new(new LocalDate(2023, 11, 1), new LocalDate(2026, 10, 31));

    /// <summary>True when every part is within one unit of its exact share total * w / W, i.e. |part * W - total * w| &lt; W.</summary>
    private static bool WithinOneUnit(long total, IReadOnlyList<long> parts, IReadOnlyList<BigInteger> weights)
    {
        BigInteger sum = weights.Aggregate(BigInteger.Zero, (a, b) => a + b);
        return parts.Select((p, i) => BigInteger.Abs((p * sum) - (total * weights[i])) < sum).All(ok => ok);
    }

    [Fact]
    public void Ten_million_yuan_by_days_over_the_seed_period()
    {
        // 10,000,000.00 yuan = 1,000,000,000 fen over 1,096 days (2023-11-01..2026-10-31), 36 months:
        // 12 months of 30 days, 21 of 31, Feb 2024 of 29 and two Februaries of 28 (12*30 + 21*31 + 29 + 2*28 = 1,096).
        // Exact shares, 1e9 * d / 1096 = 1e9 * d / (8 * 137):
        //   d=30: 3,750,000,000 / 137 = 27,372,262 remainder 106 (137 * 27,372,262 = 3,749,999,894)
        //   d=31: 3,875,000,000 / 137 = 28,284,671 remainder 73  (137 * 28,284,671 = 3,874,999,927)
        //   d=29: 3,625,000,000 / 137 = 26,459,854 remainder 2   (137 * 26,459,854 = 3,624,999,998)
        //   d=28: 3,500,000,000 / 137 = 25,547,445 remainder 35  (137 * 25,547,445 = 3,499,999,965)
        // Floors sum to 12*27,372,262 + 21*28,284,671 + 26,459,854 + 2*25,547,445 = 999,999,979, so 21 fen are left.
        // Largest remainders first: the twelve 30-day months (106/137) get one fen each, then the first nine of the
        // 31-day months (73/137), in month order: 2023-12, 2024-01, -03, -05, -07, -08, -10, -12, 2025-01.
        var plan = BudgetAllocation.Monthly(Money.FromYuan(10_000_000.00m), SeedPeriod);
        Assert.Equal(36, plan.Length);
        Assert.Equal(1_000_000_000L, plan.Sum(kv => kv.Value.Fen));
        Assert.Equal(new YearMonth(2023, 11), plan[0].Key);
        Assert.Equal(27_372_263L, plan[0].Value.Fen); // 273,722.63 yuan: 30/1096 of the budget, rounded up
        Assert.Equal("273722.63", plan[0].Value.ToString());
        Assert.Equal(new YearMonth(2026, 10), plan[^1].Key);
        var byMonth = plan.ToDictionary(kv => kv.Key, kv => kv.Value.Fen);
        Assert.Equal(28_284_672L, byMonth[new YearMonth(2023, 12)]);
        Assert.Equal(28_284_672L, byMonth[new YearMonth(2025, 1)]); // the ninth 31-day month still gets the extra fen
        Assert.Equal(28_284_671L, byMonth[new YearMonth(2025, 3)]); // the tenth does not
        Assert.Equal(26_459_854L, byMonth[new YearMonth(2024, 2)]);
        Assert.Equal(25_547_445L, byMonth[new YearMonth(2025, 2)]);
        Assert.Equal(27_372_263L, byMonth[new YearMonth(2026, 9)]);
    }

    [Fact]
    public void Even_split_over_three_months()
    {
        // 100.00 yuan = 10,000 fen over the months 2024-01, 2024-02, 2024-03: 3,333 each and 1 fen left, to the first.
        var plan = BudgetAllocation.Monthly(Money.FromYuan(100m), new DateInterval(new LocalDate(2024, 1, 15), new LocalDate(2024, 3, 1)), MonthlyAllocation.Even);
        Assert.Equal(new[] { "33.34", "33.33", "33.33" }, plan.Select(kv => kv.Value.ToString()));
        Assert.Equal(new[] { new YearMonth(2024, 1), new YearMonth(2024, 2), new YearMonth(2024, 3) }, plan.Select(kv => kv.Key));
    }

    [Fact]
    public void Traffic_by_days_over_a_partial_quarter()
    {
        // 1,000 impressions over 2024-01-15..2024-03-01: 17 + 29 + 1 = 47 days. 1000*17/47 = 361 r 33,
        // 1000*29/47 = 617 r 1, 1000*1/47 = 21 r 13: floors sum to 999, the one left goes to January (remainder 33).
        var plan = BudgetAllocation.Monthly(new Impressions(1_000), new DateInterval(new LocalDate(2024, 1, 15), new LocalDate(2024, 3, 1)));
        Assert.Equal(new[] { 362L, 617L, 21L }, plan.Select(kv => kv.Value.Count));
    }

    [Fact]
    public void Days_by_month_of_a_period()
    {
        var days = BudgetAllocation.DaysByMonth(new DateInterval(new LocalDate(2023, 11, 15), new LocalDate(2024, 1, 10)));
        Assert.Equal(
            new[] { KeyValuePair.Create(new YearMonth(2023, 11), 16), KeyValuePair.Create(new YearMonth(2023, 12), 31), KeyValuePair.Create(new YearMonth(2024, 1), 10) },
            days);
        Assert.Equal(new[] { KeyValuePair.Create(new YearMonth(2024, 2), 1) },
            BudgetAllocation.DaysByMonth(new DateInterval(new LocalDate(2024, 2, 29), new LocalDate(2024, 2, 29))));
    }

    [Fact]
    public void By_weights_over_rural_issues_keeps_the_callers_order()
    {
        // 1,000,000.00 yuan in the ratio 0.5 : 0.3 : 0.2 splits exactly: 500,000.00, 300,000.00, 200,000.00.
        var plan = BudgetAllocation.ByWeights(Money.FromYuan(1_000_000m), new[]
        {
            KeyValuePair.Create(RuralIssue.Farmers, 0.5m),
            KeyValuePair.Create(RuralIssue.Agriculture, 0.3m),
            KeyValuePair.Create(RuralIssue.Villages, 0.2m),
        });
        Assert.Equal(new[] { RuralIssue.Farmers, RuralIssue.Agriculture, RuralIssue.Villages }, plan.Select(kv => kv.Key));
        Assert.Equal(new[] { "500000.00", "300000.00", "200000.00" }, plan.Select(kv => kv.Value.ToString()));
    }

    [Fact]
    public void By_weights_over_provinces_with_counts()
    {
        // 1,000 impressions by mentees per province 1 : 1 : 1: 333 r 1 each, the one left to the first.
        var plan = BudgetAllocation.ByWeights(new Impressions(1_000), new[]
        {
            KeyValuePair.Create("530000", 1L), KeyValuePair.Create("510000", 1L), KeyValuePair.Create("450000", 1L),
        });
        Assert.Equal(new[] { 334L, 333L, 333L }, plan.Select(kv => kv.Value.Count));
        Assert.Equal(new[] { "530000", "510000", "450000" }, plan.Select(kv => kv.Key));
    }

    [Fact]
    public void Invalid_inputs_are_rejected_naming_the_field()
    {
        var dup = Assert.Throws<ArgumentException>(() => BudgetAllocation.ByWeights(Money.FromFen(100), new[] { KeyValuePair.Create("a", 1L), KeyValuePair.Create("a", 2L) }));
        Assert.Equal("weights", dup.ParamName);
        Assert.StartsWith("weights must not repeat a key, but a appears more than once.", dup.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => BudgetAllocation.Monthly(Money.FromFen(-1), SeedPeriod));
        Assert.Equal("total", negative.ParamName);
        Assert.StartsWith("total must not be negative, but was -0.01 yuan.", negative.Message, StringComparison.Ordinal);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => BudgetAllocation.ByWeights(Money.FromFen(1), Array.Empty<KeyValuePair<string, long>>())).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => BudgetAllocation.ByWeights(new Impressions(5), new[] { KeyValuePair.Create("a", -1m) })).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => BudgetAllocation.ByWeights(new Impressions(5), new[] { KeyValuePair.Create("a", 0L) })).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentNullException>(() => BudgetAllocation.ByWeights(Money.FromFen(1), (IEnumerable<KeyValuePair<string, long>>)null!)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => BudgetAllocation.Monthly(Money.FromFen(1), null!)).ParamName);
        var julian = new DateInterval(new LocalDate(2024, 1, 1, CalendarSystem.Julian), new LocalDate(2024, 2, 1, CalendarSystem.Julian));
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => BudgetAllocation.Monthly(new Impressions(1), julian)).ParamName);
        var mode = Assert.Throws<ArgumentOutOfRangeException>(() => BudgetAllocation.Monthly(Money.FromFen(1), SeedPeriod, (MonthlyAllocation)7));
        Assert.Equal("mode", mode.ParamName);
        Assert.StartsWith("mode must be a defined MonthlyAllocation, but was 7.", mode.Message, StringComparison.Ordinal);
    }

    private static Gen<long> Totals { get; } = Gen.Frequency(
        (1, Gen.Elements(0L, 1L, 7L, 1_000_000_000L, long.MaxValue / 2)),
        (4, Gen.Choose(0, int.MaxValue).Select(n => (long)n)));

    [Property]
    public Property Monthly_plans_sum_exactly_and_each_month_is_within_one_unit() =>
        Prop.ForAll(Totals.ToArbitrary(), DomainArbitraries.ProgrammePeriodGen.ToArbitrary(), DomainArbitraries.MonthlyAllocationValues(), (total, period, mode) =>
        {
            var days = BudgetAllocation.DaysByMonth(period);
            var cash = BudgetAllocation.Monthly(Money.FromFen(total), period, mode);
            var traffic = BudgetAllocation.Monthly(new Impressions(total), period, mode);
            BigInteger[] weights = days.Select(kv => (BigInteger)(mode == MonthlyAllocation.ByDays ? kv.Value : 1)).ToArray();
            return days.Sum(kv => kv.Value) == period.Length
                && days.Select(kv => kv.Key).SequenceEqual(Enumerable.Range(0, days.Length).Select(i => period.Start.ToYearMonth().PlusMonths(i)))
                && days[^1].Key == period.End.ToYearMonth()
                && cash.Select(kv => kv.Key).SequenceEqual(days.Select(kv => kv.Key))
                && traffic.Select(kv => kv.Key).SequenceEqual(days.Select(kv => kv.Key))
                && cash.Aggregate(Money.Zero, (s, kv) => s + kv.Value) == Money.FromFen(total)
                && traffic.Aggregate(BigInteger.Zero, (s, kv) => s + kv.Value.Count) == total
                && WithinOneUnit(total, cash.Select(kv => kv.Value.Fen).ToArray(), weights)
                && WithinOneUnit(total, traffic.Select(kv => kv.Value.Count).ToArray(), weights);
        });

    private static Gen<KeyValuePair<int, long>[]> KeyedWeights { get; } =
        from n in Gen.Choose(1, 12)
        from ws in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 1_000_000))), n)
        where ws.Any(w => w > 0)
        from offset in Gen.Choose(0, 100)
        select ws.Select((w, i) => KeyValuePair.Create((i * 37) + offset, (long)w)).ToArray();

    [Property]
    public Property Keyed_plans_sum_exactly_in_the_callers_order() =>
        Prop.ForAll(Totals.ToArbitrary(), KeyedWeights.ToArbitrary(), (total, weights) =>
        {
            var cash = BudgetAllocation.ByWeights(Money.FromFen(total), weights);
            var traffic = BudgetAllocation.ByWeights(new Impressions(total), weights);
            // The same weights as decimals scaled by 1/1000 give the same plan: the ratios are equal.
            var cashFromDecimals = BudgetAllocation.ByWeights(Money.FromFen(total), weights.Select(kv => KeyValuePair.Create(kv.Key, kv.Value / 1000m)));
            BigInteger[] w = weights.Select(kv => (BigInteger)kv.Value).ToArray();
            return cash.Select(kv => kv.Key).SequenceEqual(weights.Select(kv => kv.Key))
                && traffic.Select(kv => kv.Key).SequenceEqual(weights.Select(kv => kv.Key))
                && cash.Aggregate(BigInteger.Zero, (s, kv) => s + kv.Value.Fen) == total
                && traffic.Aggregate(BigInteger.Zero, (s, kv) => s + kv.Value.Count) == total
                && WithinOneUnit(total, cash.Select(kv => kv.Value.Fen).ToArray(), w)
                && WithinOneUnit(total, traffic.Select(kv => kv.Value.Count).ToArray(), w)
                && cashFromDecimals.SequenceEqual(cash)
                && cash.Zip(weights).All(p => p.Second.Value != 0 || p.First.Value == Money.Zero);
        });
}
