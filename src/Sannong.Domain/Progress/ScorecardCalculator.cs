using Sannong.Domain.Programmes;

namespace Sannong.Domain.Progress;

/// <summary>
/// Scores a programme as of a date: the one call that gives a programme manager every number of the
/// <see cref="Scorecard"/>. Pure: the as-of date is an argument, nothing reads a clock.
/// </summary>
/// <remarks>One pass over the enrolments and earnings (through a <see cref="ScorecardAccumulator"/>), O(log n) queries
/// of the ledger, and one lookup per mentee. To score partitions in parallel, give each its own
/// <see cref="ScorecardAccumulator"/>, <see cref="ScorecardAccumulator.Merge"/> them, then call
/// <see cref="ScorecardAccumulator.ToScorecard"/>: the result equals this method's.</remarks>
/// <threadsafety>This type is stateless; its methods are safe to call from several threads.</threadsafety>
public static class ScorecardCalculator
{
    /// <summary>Computes the scorecard of a programme's data as of a date.</summary>
    /// <param name="data">The programme and its records.</param>
    /// <param name="asOf">The as-of date d (the day counts as done).</param>
    /// <param name="options">Thresholds, pace and sampling; null for <see cref="ScorecardOptions.Default"/>.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar, or the options' pace is
    /// for another period.</exception>
    public static Scorecard Compute(ProgrammeData data, LocalDate asOf, ScorecardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var accumulator = new ScorecardAccumulator(data.Programme, asOf);
        accumulator.AddRange(data.Enrolments);
        accumulator.AddRange(data.Earnings);
        return accumulator.ToScorecard(id => data.TryGetInfluencer(id, out var influencer) ? influencer : null, data.Ledger, options);
    }
}
