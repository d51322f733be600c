namespace Sannong.Domain.Progress;

/// <summary>Where a goal stands as of a date (see <see cref="GoalProgress.Status"/> for the rule).</summary>
public enum GoalStatus
{
    /// <summary>The as-of date is before the programme's first day.</summary>
    NotStarted,

    /// <summary>Running, not yet achieved, and at or above the on-track share of the expected progress (default 95%).</summary>
    OnTrack,

    /// <summary>Running, not yet achieved, below the on-track share but at or above the at-risk share (default 80%).</summary>
    AtRisk,

    /// <summary>Running, not yet achieved, and below the at-risk share of the expected progress.</summary>
    OffTrack,

    /// <summary>The target has been reached (on any date from the first day on, even after the end).</summary>
    Achieved,

    /// <summary>The last day is done and the target was not reached.</summary>
    Missed,
}
