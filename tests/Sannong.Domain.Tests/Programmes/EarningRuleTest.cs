using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>EarningRule: the trailing window of whole months, the minimum, and monotonicity in earnings.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class EarningRuleTest
{
    private static readonly InfluencerId Kol = new("kol-1");

    private static Earning Earned(int year, int month, long fen, EarningSource source = EarningSource.LiveGifts) =>
        new(Kol, new YearMonth(year, month), Money.FromFen(fen), source);

    [Property]
    public bool Equality_contract(EarningRule a, EarningRule b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && a == new EarningRule(a.WindowMonths, a.Minimum)
        && (a == b) == (a.WindowMonths == b.WindowMonths && a.Minimum == b.Minimum);

    [Property]
    public bool With_copies_revalidate(EarningRule rule, int window)
    {
        int bad = window is >= 1 and <= 120 ? window + 120 : window;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => rule.WithWindowMonths(bad));
        var m = Assert.Throws<ArgumentOutOfRangeException>(() => rule.WithMinimum(Money.Zero));
        return e.ParamName == "windowMonths"
            && e.Message.StartsWith($"windowMonths must be between 1 and 120 inclusive, but was {bad}.", StringComparison.Ordinal)
            && m.ParamName == "minimum"
            && m.Message.StartsWith("minimum must be positive, but was 0.00 yuan.", StringComparison.Ordinal)
            && rule.WithWindowMonths(7) == new EarningRule(7, rule.Minimum)
            && rule.WithMinimum(Money.FromFen(3)) == new EarningRule(rule.WindowMonths, Money.FromFen(3));
    }

    [Fact]
    public void The_default_is_any_earning_over_three_months()
    {
        Assert.Equal(3, EarningRule.Default.WindowMonths);
        Assert.Equal(Money.FromYuan(0.01m), EarningRule.Default.Minimum);
        Assert.Equal("at least 0.01 yuan over 3 months", EarningRule.Default.ToString());
    }

    [Theory]
    // W=3 as of 2025-05-17: the months 2025-05, 2025-04, 2025-03.
    [InlineData(3, "2025-05-17", 2025, 3, 2025, 5)]
    // W=3 as of 2024-02-10 crosses a year boundary: 2024-02, 2024-01, 2023-12.
    [InlineData(3, "2024-02-10", 2023, 12, 2024, 2)]
    // W=1: the as-of month alone.
    [InlineData(1, "2024-02-29", 2024, 2, 2024, 2)]
    // W=12 as of 2024-12-31: the whole of 2024.
    [InlineData(12, "2024-12-31", 2024, 1, 2024, 12)]
    // W=120 as of 2024-01-01: 119 months back from 2024-01 is 2014-02 (119 = 9 years and 11 months).
    [InlineData(120, "2024-01-01", 2014, 2, 2024, 1)]
    public void Window_is_the_W_months_ending_with_the_as_of_month(int window, string asOf, int y1, int m1, int y2, int m2)
    {
        var rule = new EarningRule(window, Money.FromFen(1));
        (YearMonth first, YearMonth last) = rule.Window(NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value);
        Assert.Equal(new YearMonth(y1, m1), first);
        Assert.Equal(new YearMonth(y2, m2), last);
    }

    [Fact]
    public void Earnings_across_a_year_boundary()
    {
        var asOf = new LocalDate(2024, 2, 10); // window 2023-12 .. 2024-02
        Assert.False(EarningRule.Default.IsEarner(new[] { Earned(2023, 11, 1_000) }, asOf)); // November is outside
        Assert.True(EarningRule.Default.IsEarner(new[] { Earned(2023, 12, 1) }, asOf)); // one fen in December is enough
        Assert.True(EarningRule.Default.IsEarner(new[] { Earned(2024, 2, 1) }, asOf)); // later in the as-of month still counts
        Assert.False(EarningRule.Default.IsEarner(new[] { Earned(2024, 3, 1_000) }, asOf)); // after the window
        Assert.False(EarningRule.Default.IsEarner(new[] { Earned(2024, 1, 0) }, asOf)); // zero earned is not earning
        Assert.False(EarningRule.Default.IsEarner(Array.Empty<Earning>(), asOf));
        Assert.True(EarningRule.Default.IncludesMonth(new YearMonth(2023, 12), asOf));
        Assert.False(EarningRule.Default.IncludesMonth(new YearMonth(2023, 11), asOf));
    }

    [Fact]
    public void A_higher_minimum_adds_up_the_window()
    {
        // 300.00 yuan over 3 months: 120.00 + 100.00 in the window (2024-04..2024-06) is 220.00, short of 300.00;
        // adding 80.00 of advertising in May makes exactly 300.00, which meets it. 500.00 in March is outside.
        var rule = new EarningRule(3, Money.FromYuan(300m));
        var asOf = new LocalDate(2024, 6, 1);
        var earnings = new List<Earning> { Earned(2024, 3, 50_000), Earned(2024, 4, 12_000), Earned(2024, 6, 10_000) };
        Assert.Equal(Money.FromYuan(220m), rule.TotalInWindow(earnings, asOf));
        Assert.False(rule.IsEarner(earnings, asOf));
        earnings.Add(Earned(2024, 5, 8_000, EarningSource.Advertising));
        Assert.True(rule.IsEarner(earnings, asOf));
        Assert.True(rule.IsMet(Money.FromYuan(300m)));
        Assert.False(rule.IsMet(Money.FromYuan(299.99m)));
    }

    [Fact]
    public void Earnings_of_two_influencers_are_rejected()
    {
        var mixed = new[] { Earned(2024, 1, 1), new Earning(new InfluencerId("kol-2"), new YearMonth(2024, 1), Money.FromFen(1), EarningSource.Other) };
        var e = Assert.Throws<ArgumentException>(() => EarningRule.Default.IsEarner(mixed, new LocalDate(2024, 1, 31)));
        Assert.Equal("earningsOfOneInfluencer", e.ParamName);
        Assert.StartsWith("earningsOfOneInfluencer must all belong to one influencer, but had kol-1 and kol-2.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_calendars_and_nulls_are_rejected()
    {
        var julian = new LocalDate(2024, 2, 10, CalendarSystem.Julian);
        Assert.Equal("asOf", Assert.Throws<ArgumentException>(() => EarningRule.Default.Window(julian)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentException>(() =>
            EarningRule.Default.IncludesMonth(new YearMonth(2024, 2, CalendarSystem.Julian), new LocalDate(2024, 2, 10))).ParamName);
        Assert.Equal("earningsOfOneInfluencer", Assert.Throws<ArgumentNullException>(() => EarningRule.Default.IsEarner(null!, new LocalDate(2024, 1, 1))).ParamName);
        Assert.Equal("earnings", Assert.Throws<ArgumentNullException>(() => EarningRule.Default.TotalInWindow(new Earning[] { null! }, new LocalDate(2024, 1, 1))).ParamName);
    }

    [Fact]
    public void The_window_total_is_checked_and_the_earner_test_never_overflows()
    {
        // long.MaxValue fen in January plus 1 fen in February: 2^63 fen, one past the range of Money. As a Money
        // total it overflows; as the earner test (kept in 128 bits) it is far above the 1-fen minimum: an earner.
        var huge = new[] { Earned(2024, 1, long.MaxValue), Earned(2024, 2, 1) };
        Assert.Throws<OverflowException>(() => EarningRule.Default.TotalInWindow(huge, new LocalDate(2024, 2, 1)));
        Assert.True(EarningRule.Default.IsEarner(huge, new LocalDate(2024, 2, 1)));
        // With a minimum of the whole range, the total 2^63 fen still meets it (exact comparison, no clamping).
        Assert.True(EarningRule.Default.WithMinimum(Money.FromFen(long.MaxValue)).IsEarner(huge, new LocalDate(2024, 2, 1)));
        // As of April the window is 2024-02..2024-04: only the 1 fen counts, below a 2-fen minimum.
        Assert.False(EarningRule.Default.WithMinimum(Money.FromFen(2)).IsEarner(huge, new LocalDate(2024, 4, 1)));
    }

    [Fact]
    public void The_window_is_cut_short_at_the_start_of_the_calendar_and_never_throws()
    {
        // As of -9998-02-10 a 3-month window would start in -9999-12, before NodaTime's first month (-9998-01): it
        // starts at -9998-01 instead and holds two months. As of -9998-01-01 it holds that month alone.
        Assert.Equal((new YearMonth(-9998, 1), new YearMonth(-9998, 2)), EarningRule.Default.Window(new LocalDate(-9998, 2, 10)));
        Assert.Equal((new YearMonth(-9998, 1), new YearMonth(-9998, 1)), EarningRule.Default.Window(LocalDate.MinIsoValue));
        // 120 months as of 9999-12-31: 9990-01 to 9999-12, nothing to clamp at the end.
        Assert.Equal((new YearMonth(9990, 1), new YearMonth(9999, 12)), EarningRule.Default.WithWindowMonths(120).Window(LocalDate.MaxIsoValue));
        // 120 months as of -9989-12-31: -9989-12 minus 119 months is exactly -9998-01, so it fits; as of -9989-11 it
        // would be -9999-12 and is clamped to -9998-01; as of -9988-12 it is -9997-01.
        Assert.Equal(new YearMonth(-9998, 1), EarningRule.Default.WithWindowMonths(120).Window(new LocalDate(-9989, 12, 31)).First);
        Assert.Equal(new YearMonth(-9998, 1), EarningRule.Default.WithWindowMonths(120).Window(new LocalDate(-9989, 11, 30)).First);
        Assert.Equal(new YearMonth(-9997, 1), EarningRule.Default.WithWindowMonths(120).Window(new LocalDate(-9988, 12, 1)).First);
        var early = new Earning(new InfluencerId("kol-1"), new YearMonth(-9998, 1), Money.FromFen(5), EarningSource.Other);
        Assert.True(EarningRule.Default.IsEarner(new[] { early }, LocalDate.MinIsoValue));
        Assert.Equal(Money.FromFen(5), EarningRule.Default.TotalInWindow(new[] { early }, new LocalDate(-9998, 3, 31)));
        Assert.False(EarningRule.Default.IncludesMonth(new YearMonth(-9998, 1), new LocalDate(-9998, 4, 1)));
    }

    [Property]
    public Property Window_has_W_months_ending_with_the_as_of_month() =>
        Prop.ForAll(DomainArbitraries.EarningRules(), DomainArbitraries.ProgrammeDateGen.ToArbitrary(), (rule, asOf) =>
        {
            (YearMonth first, YearMonth last) = rule.Window(asOf);
            int months = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
            return months == rule.WindowMonths && last == asOf.ToYearMonth();
        });

    [Property]
    public Property Total_in_window_is_the_sum_over_included_months() =>
        Prop.ForAll(DomainArbitraries.EarningRules(), OneInfluencersEarnings.ToArbitrary(), DomainArbitraries.ProgrammeDateGen.ToArbitrary(), (rule, earnings, asOf) =>
            rule.TotalInWindow(earnings, asOf).Fen == earnings.Where(e => rule.IncludesMonth(e.Month, asOf)).Sum(e => e.Amount.Fen)
            && rule.IsEarner(earnings, asOf) == rule.IsMet(rule.TotalInWindow(earnings, asOf)));

    /// <summary>The monetisation rule is monotone: adding earnings, or raising an amount, never turns an earner
    /// into a non-earner. Amounts and minimums are small and months near the as-of date, so that both earners and
    /// non-earners are common and totals often sit near the minimum.</summary>
    [Property]
    public Property More_earnings_never_turn_an_earner_into_a_non_earner() =>
        Prop.ForAll(NearTheThreshold.ToArbitrary(), c =>
        {
            (EarningRule rule, LocalDate asOf, Earning[] earnings, Earning[] extra, int raise) = c;
            bool before = rule.IsEarner(earnings, asOf);
            bool afterAdding = rule.IsEarner(earnings.Concat(extra), asOf);
            bool afterRaising = rule.IsEarner(earnings.Select(e => e.WithAmount(e.Amount + Money.FromFen(raise))), asOf);
            return (!before || afterAdding) && (!before || afterRaising);
        });

    private static Gen<(EarningRule, LocalDate, Earning[], Earning[], int)> NearTheThreshold { get; } =
        from window in Gen.Choose(1, 6)
        from minimum in Gen.Choose(1, 3_000)
        from asOf in DomainArbitraries.ProgrammeDateGen
        let small = from back in Gen.Choose(0, 7)
                    from fen in Gen.Choose(0, 400)
                    from source in DomainArbitraries.EarningSourceValues().Generator
                    select new Earning(Kol, asOf.ToYearMonth().PlusMonths(-back), Money.FromFen(fen), source)
        from earnings in Gen.ArrayOf(small)
        from extra in Gen.ArrayOf(small)
        from raise in Gen.Choose(0, 500)
        select (new EarningRule(window, Money.FromFen(minimum)), asOf, earnings, extra, raise);

    /// <summary>Earnings of kol-1 only, months near the generated dates so that windows catch some of them.</summary>
    private static Gen<Earning[]> OneInfluencersEarnings { get; } =
        Gen.ArrayOf(DomainArbitraries.ProgrammeEarningGen(Gen.Constant(Kol)));
}
