using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Progress;

/// <summary>
/// Gathers, in one pass and without keeping the records, what a <see cref="Scorecard"/> needs from a programme's
/// enrolments and earnings: each influencer's first enrolment date and their earnings within the earning rule's
/// window. Partial accumulators over any partitions of the records combine exactly with <see cref="Merge"/>, so a
/// large dataset can be scored in parallel.
/// </summary>
/// <remarks>
/// <para>Per influencer it keeps two numbers: the earliest enrolment date (merging takes the minimum) and the sum of
/// earnings in the window (merging adds), held in 128 bits so that no total overflows, whatever the records. Both combine exactly whatever the partitioning, so partitions need not be
/// by influencer, and the order of the records never matters. Memory grows with the number of distinct influencers,
/// not with the number of records; adding a record allocates nothing beyond the growth of two hash tables.</para>
/// <para>The ledger is not accumulated here: <see cref="BudgetLedger"/> already answers totals as of a date in
/// O(log n).</para>
/// </remarks>
/// <threadsafety>This type is mutable and not thread-safe: give each thread its own accumulator and
/// <see cref="Merge"/> them afterwards.</threadsafety>
public sealed class ScorecardAccumulator
{
    private readonly Dictionary<InfluencerId, LocalDate> _firstEnrolment = new();
    private readonly Dictionary<InfluencerId, Int128> _windowFen = new();

    /// <summary>Creates an empty accumulator for a programme as of a date.</summary>
    /// <param name="programme">The programme scored; its earning rule fixes the window of earnings kept.</param>
    /// <param name="asOf">The as-of date d: any ISO date NodaTime supports (the window is cut short near the start of
    /// the calendar, see <see cref="EarningRule.Window"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public ScorecardAccumulator(Programme programme, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(programme);
        Utility.Preconditions.CheckIso(asOf);
        Programme = programme;
        AsOf = asOf;
        (WindowFirst, WindowLast) = programme.EarningRule.Window(asOf);
    }

    /// <summary>The programme scored.</summary>
    public Programme Programme { get; }

    /// <summary>The as-of date d.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The first month of the earning window: the <see cref="EarningRule.WindowMonths"/> whole months ending
    /// with the month of <see cref="AsOf"/>.</summary>
    public YearMonth WindowFirst { get; }

    /// <summary>The last month of the earning window: the month of <see cref="AsOf"/>.</summary>
    public YearMonth WindowLast { get; }

    /// <summary>The number of distinct influencers enrolled so far (on any date, after <see cref="AsOf"/> included).</summary>
    public int EnrolledInfluencers => _firstEnrolment.Count;

    /// <summary>Records an enrolment: the influencer's first enrolment date becomes the earlier of the known one and this.</summary>
    /// <param name="enrolment">The enrolment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> is null.</exception>
    public void Add(Enrolment enrolment)
    {
        ArgumentNullException.ThrowIfNull(enrolment);
        if (!_firstEnrolment.TryGetValue(enrolment.Influencer, out LocalDate known) || enrolment.Enrolled < known)
        {
            _firstEnrolment[enrolment.Influencer] = enrolment.Enrolled;
        }
    }

    /// <summary>Records an earning: its amount counts when its month lies in the window, and is ignored otherwise.</summary>
    /// <param name="earning">The earning.</param>
    /// <exception cref="ArgumentNullException"><paramref name="earning"/> is null.</exception>
    public void Add(Earning earning)
    {
        ArgumentNullException.ThrowIfNull(earning);
        if (earning.Month >= WindowFirst && earning.Month <= WindowLast)
        {
            _windowFen[earning.Influencer] = _windowFen.TryGetValue(earning.Influencer, out Int128 fen)
                ? fen + earning.Amount.Fen
                : earning.Amount.Fen;
        }
    }

    /// <summary>Records every enrolment of a sequence, enumerating it once.</summary>
    /// <param name="enrolments">The enrolments.</param>
    /// <exception cref="ArgumentNullException"><paramref name="enrolments"/> is null or holds null.</exception>
    public void AddRange(IEnumerable<Enrolment> enrolments)
    {
        ArgumentNullException.ThrowIfNull(enrolments);
        foreach (Enrolment enrolment in enrolments)
        {
            Add(enrolment);
        }
    }

    /// <summary>Records every earning of a sequence, enumerating it once.</summary>
    /// <param name="earnings">The earnings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="earnings"/> is null or holds null.</exception>
    public void AddRange(IEnumerable<Earning> earnings)
    {
        ArgumentNullException.ThrowIfNull(earnings);
        foreach (Earning earning in earnings)
        {
            Add(earning);
        }
    }

    /// <summary>Adds what another accumulator of the same programme and date has gathered; <paramref name="other"/>
    /// is left unchanged. The result is the same as if this accumulator had seen both sets of records.</summary>
    /// <param name="other">An accumulator for the same programme (equal by value) and the same as-of date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is for another programme or date, or is this
    /// accumulator.</exception>
    public void Merge(ScorecardAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Programme != Programme || other.AsOf != AsOf)
        {
            throw new ArgumentException("other must accumulate the same programme as of the same date.", nameof(other));
        }
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("other must not be this accumulator: merging it with itself would count every record twice.", nameof(other));
        }
        foreach ((InfluencerId id, LocalDate date) in other._firstEnrolment)
        {
            if (!_firstEnrolment.TryGetValue(id, out LocalDate known) || date < known)
            {
                _firstEnrolment[id] = date;
            }
        }
        foreach ((InfluencerId id, Int128 fen) in other._windowFen)
        {
            _windowFen[id] = _windowFen.TryGetValue(id, out Int128 known) ? known + fen : fen;
        }
    }

    /// <summary>Computes the scorecard from what has been gathered.</summary>
    /// <param name="influencers">Finds a mentee's influencer record (for the breakdowns by issue, province and
    /// tier); it is called once per mentee counted and must know every one.</param>
    /// <param name="ledger">The programme's budget ledger (may be empty).</param>
    /// <param name="options">Thresholds, pace and sampling; null for <see cref="ScorecardOptions.Default"/>.</param>
    /// <returns>The scorecard as of <see cref="AsOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="influencers"/> or <paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="influencers"/> does not know a mentee, or the options' pace
    /// is for another period.</exception>
    public Scorecard ToScorecard(Func<InfluencerId, Influencer?> influencers, BudgetLedger ledger, ScorecardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(influencers);
        ArgumentNullException.ThrowIfNull(ledger);
        options ??= ScorecardOptions.Default;
        Programme programme = Programme;
        DateInterval period = programme.Period;
        int target = programme.Targets.Mentees;

        GoalProgress mentees = GoalCalculator.Mentees(
            period, target, MenteeTally.FromFirstEnrolments(_firstEnrolment.Values), AsOf, options.Pace, options.Progress);
        int actual = mentees.Actual;

        long minimumFen = programme.EarningRule.Minimum.Fen;
        long earners = 0;
        var breakdown = new MenteeBreakdownsBuilder();
        foreach ((InfluencerId id, LocalDate first) in _firstEnrolment)
        {
            if (first > AsOf)
            {
                continue;
            }
            Influencer influencer = influencers(id)
                ?? throw new ArgumentException($"influencers does not know the mentee '{id}'.", nameof(influencers));
            bool isEarner = _windowFen.TryGetValue(id, out Int128 fen) && fen >= minimumFen;
            if (isEarner)
            {
                earners++;
            }
            breakdown.Add(influencer, isEarner);
        }

        MonetisationProgress monetisation = MonetisationCalculator.Compute(
            programme.Targets.EarningShare, programme.EarningRule.WindowMonths, actual, earners, AsOf,
            options.Progress.MonetisationConfidence, options.EarningsAreSample);

        CashProgress? cash = null;
        Money? costPerMentee = null;
        Money? remainingPerMentee = null;
        if (programme.Budgets.Cash is { } cashBudget)
        {
            cash = BudgetCalculator.Cash(cashBudget, ledger, period, AsOf, target, actual, options.Pace, options.Progress);
            costPerMentee = CostCalculator.CostPerMentee(cash.Spent, actual);
            remainingPerMentee = CostCalculator.RemainingPerRemainingMentee(cashBudget, cash.Spent, target, actual);
        }
        TrafficProgress? traffic = programme.Budgets.Traffic is { } trafficBudget
            ? BudgetCalculator.Traffic(trafficBudget, ledger, period, AsOf, options.Pace, options.Progress)
            : null;

        return new Scorecard(programme, mentees.Clock, mentees, cash, traffic, monetisation, breakdown.Build(), costPerMentee, remainingPerMentee);
    }

    /// <summary>States what has been accumulated so far, on one culture-free line.</summary>
    /// <returns>For example <c>programme p1 as of 2024-06-30: 440 influencers enrolled, 300 with earnings in 2024-01 to 2024-06</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"programme {Programme.Id} as of {AsOf:uuuu-MM-dd}: {EnrolledInfluencers} influencers enrolled, {_windowFen.Count} with earnings in {WindowFirst:uuuu-MM} to {WindowLast:uuuu-MM}");
}
