using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>MonthlyAllocation: the two modes and the default.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class MonthlyAllocationTest
{
    [Fact]
    public void Default_is_by_days_and_there_are_two_modes()
    {
        Assert.Equal(MonthlyAllocation.ByDays, default(MonthlyAllocation));
        Assert.Equal(new[] { MonthlyAllocation.ByDays, MonthlyAllocation.Even }, Enum.GetValues<MonthlyAllocation>());
    }

    [Property]
    public bool Either_mode_gives_a_one_month_period_the_whole_amount(MonthlyAllocation mode, int fen)
    {
        var plan = BudgetAllocation.Monthly(Money.FromFen(Math.Abs((long)fen)), new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 31)), mode);
        return plan.Length == 1 && plan[0].Value.Fen == Math.Abs((long)fen) && plan.Single().Key == new YearMonth(2025, 1);
    }

    [Fact]
    public void The_default_overload_is_by_days()
    {
        var period = new DateInterval(new LocalDate(2024, 1, 15), new LocalDate(2024, 3, 1));
        Assert.True(BudgetAllocation.Monthly(Money.FromFen(1_000), period, MonthlyAllocation.ByDays).SequenceEqual(BudgetAllocation.Monthly(Money.FromFen(1_000), period)));
        Assert.False(BudgetAllocation.Monthly(Money.FromFen(1_000), period, MonthlyAllocation.Even).SequenceEqual(BudgetAllocation.Monthly(Money.FromFen(1_000), period)));
    }
}
