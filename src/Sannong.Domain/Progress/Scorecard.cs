using System.Text;
using Sannong.Domain.Programmes;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Progress;

/// <summary>
/// A programme's scorecard as of a date: every goal's progress (mentees, cash, traffic, monetisation), the breakdowns
/// of mentees and earners by rural issue, province and follower tier, and the cost figures. This is what a programme
/// manager reads; <see cref="ScorecardCalculator"/> computes it in one pass over the records.
/// </summary>
/// <remarks>
/// <para>Each part is documented on its own type, with its formula: <see cref="GoalProgress"/>,
/// <see cref="CashProgress"/>, <see cref="TrafficProgress"/>, <see cref="MonetisationProgress"/>,
/// <see cref="MenteeBreakdowns"/>, <see cref="CostCalculator"/>.</para>
/// <para>Two scorecards are equal when every value is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed record Scorecard
{
    internal Scorecard(
        Programme programme, ProgrammeClock clock, GoalProgress mentees, CashProgress? cash, TrafficProgress? traffic,
        MonetisationProgress monetisation, MenteeBreakdowns breakdown, Money? costPerMentee, Money? remainingCashPerRemainingMentee)
    {
        Programme = programme;
        Clock = clock;
        Mentees = mentees;
        Cash = cash;
        Traffic = traffic;
        Monetisation = monetisation;
        Breakdown = breakdown;
        CostPerMentee = costPerMentee;
        RemainingCashPerRemainingMentee = remainingCashPerRemainingMentee;
    }

    /// <summary>The programme scored.</summary>
    public Programme Programme { get; }

    /// <summary>The as-of date, the period's length N, the days elapsed e and the elapsed share t.</summary>
    public ProgrammeClock Clock { get; }

    /// <summary>The as-of date d.</summary>
    public LocalDate AsOf => Clock.AsOf;

    /// <summary>The mentee goal: distinct influencers whose first enrolment is on or before d, against the target.</summary>
    public GoalProgress Mentees { get; }

    /// <summary>The cash budget's progress, or null when the programme has no cash budget.</summary>
    public CashProgress? Cash { get; }

    /// <summary>The traffic budget's progress, or null when the programme has no traffic budget.</summary>
    public TrafficProgress? Traffic { get; }

    /// <summary>The share of mentees who earn money from content, under the programme's <see cref="EarningRule"/>.</summary>
    public MonetisationProgress Monetisation { get; }

    /// <summary>Mentees and earners by rural issue (of each mentee's first topic), province and follower tier.</summary>
    public MenteeBreakdowns Breakdown { get; }

    /// <summary>Cash spent per mentee, s / a, to the fen; null without a cash budget or before any mentee.</summary>
    public Money? CostPerMentee { get; }

    /// <summary>Cash left per mentee still to enrol, (B − s) / (T − a), to the fen (negative when overspent); null
    /// without a cash budget or once the mentee target is reached.</summary>
    public Money? RemainingCashPerRemainingMentee { get; }

    /// <summary>States the scorecard on a few culture-free lines: the programme's name and the as-of date, then each
    /// goal's progress as its own ToString states it, then the cost figures.</summary>
    /// <returns>Up to six lines separated by <c>\n</c>; the name is escaped for display.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(TextEscaping.ForDisplay(Programme.Name)).Append(" as of ").Append(AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
            .Append(": ").Append(Clock.DaysElapsed.ToString(CultureInfo.InvariantCulture)).Append(" of ")
            .Append(Clock.PeriodDays.ToString(CultureInfo.InvariantCulture)).Append(" days elapsed");
        text.Append('\n').Append(Mentees);
        if (Cash is not null)
        {
            text.Append('\n').Append(Cash);
        }
        if (Traffic is not null)
        {
            text.Append('\n').Append(Traffic);
        }
        text.Append('\n').Append(Monetisation);
        text.Append("\ncost per mentee ").Append(CostPerMentee?.ToString() ?? Figures.Undefined)
            .Append(", cash left per mentee to enrol ").Append(RemainingCashPerRemainingMentee?.ToString() ?? Figures.Undefined);
        return text.ToString();
    }
}
