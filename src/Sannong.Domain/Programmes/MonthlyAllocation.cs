namespace Sannong.Domain.Programmes;

/// <summary>How <see cref="BudgetAllocation"/> spreads a budget over the calendar months of a period.</summary>
/// <remarks><c>default(MonthlyAllocation)</c> is <see cref="ByDays"/>.</remarks>
public enum MonthlyAllocation
{
    /// <summary>In proportion to the number of days of the period in each month: a month the period covers fully
    /// gets more than a partial one, and a 31-day month more than February.</summary>
    ByDays = 0,

    /// <summary>Equal parts per month, whatever the number of days of the period in it (differing by at most one
    /// unit, the earlier months receiving the extra units).</summary>
    Even = 1,
}
