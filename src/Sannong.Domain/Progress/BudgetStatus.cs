namespace Sannong.Domain.Progress;

/// <summary>How a budget is being used as of a date (see <see cref="CashProgress.Status"/> for the rule).</summary>
public enum BudgetStatus
{
    /// <summary>The as-of date is before the programme's first day.</summary>
    NotStarted,

    /// <summary>Spent less than the behind share of what the pace expects (default below 80%).</summary>
    Behind,

    /// <summary>Spent within the thresholds of what the pace expects (default 80% to 120%).</summary>
    OnTrack,

    /// <summary>Spent more than the ahead share of what the pace expects (default above 120%), without exceeding the budget.</summary>
    Ahead,

    /// <summary>Spent more than the whole budget.</summary>
    Overspent,
}
