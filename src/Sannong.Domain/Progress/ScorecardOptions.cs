using Sannong.Domain.Utility;

namespace Sannong.Domain.Progress;

/// <summary>
/// How a <see cref="Scorecard"/> is computed: the status thresholds and confidence (<see cref="ProgressOptions"/>),
/// the pace the goals and budgets are measured against, and whether the earnings records cover every mentee or only
/// a sample of them.
/// </summary>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed record ScorecardOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="progress">Thresholds and confidence; null for <see cref="ProgressOptions.Default"/>.</param>
    /// <param name="pace">The pace over the programme's period, used for the mentee goal and both budgets; null for
    /// linear pace. A pace built for another period is rejected when the scorecard is computed.</param>
    /// <param name="earningsAreSample">True when the earnings records are a sample of the mentees (the monetisation
    /// status then reads the Wilson interval); false (the default) when they cover every mentee.</param>
    public ScorecardOptions(ProgressOptions? progress = null, Pace? pace = null, bool earningsAreSample = false)
    {
        Progress = progress ?? ProgressOptions.Default;
        Pace = pace;
        EarningsAreSample = earningsAreSample;
    }

    /// <summary>The defaults: <see cref="ProgressOptions.Default"/>, linear pace, earnings covering every mentee.</summary>
    public static ScorecardOptions Default { get; } = new();

    /// <summary>Thresholds and the monetisation confidence.</summary>
    public ProgressOptions Progress { get; }

    /// <summary>The pace, or null for linear pace over the programme's period.</summary>
    public Pace? Pace { get; }

    /// <summary>Whether the earnings records are a sample of the mentees rather than all of them.</summary>
    public bool EarningsAreSample { get; }

    /// <summary>States the options on one culture-free line.</summary>
    /// <returns>The progress thresholds, the pace and whether the earnings are a sample.</returns>
    public override string ToString() =>
        $"{Progress}; pace {(Pace is null ? "linear over the programme" : Pace.ToString())}; earnings {(EarningsAreSample ? "a sample" : "complete")}";
}
