using System;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>The messages of the Progress layer's refusals, word for word where the existing tests checked only the
/// parameter name, and the boundaries of the options' ordering rules (equal thresholds are allowed).
/// (Pins mutants that survived tests/mutation/run.sh Progress; see tests/mutation/RESULTS.md.)</summary>
public sealed class ProgressRejectionMessagesTest
{
    private static readonly DateInterval Small = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10));

    private static LocalDate Jan(int day) => new(2024, 1, day);

    private static void AssertMessage<T>(string param, string message, Func<object?> act)
        where T : ArgumentException
    {
        T e = Assert.Throws<T>(act);
        Assert.Equal(param, e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merging_accumulators_says_why_it_refuses()
    {
        ProgrammeData data = ScorecardTest.Small();
        var one = new ScorecardAccumulator(data.Programme, Jan(5));
        AssertMessage<ArgumentException>("other", "other must accumulate the same programme as of the same date.",
            () => { one.Merge(new ScorecardAccumulator(data.Programme, Jan(6))); return null; });
        AssertMessage<ArgumentException>("other", "other must not be this accumulator: merging it with itself would count every record twice.",
            () => { one.Merge(one); return null; });
    }

    [Fact]
    public void An_unknown_mentee_is_named()
    {
        ProgrammeData data = ScorecardTest.Small();
        var one = new ScorecardAccumulator(data.Programme, Jan(5));
        one.Add(new Enrolment(new InfluencerId("stranger"), Jan(1)));
        AssertMessage<ArgumentException>("influencers", "influencers does not know the mentee 'stranger'.",
            () => one.ToScorecard(_ => null, data.Ledger));
    }

    [Fact]
    public void A_date_in_another_calendar_is_refused_with_the_calendar_named()
    {
        ProgrammeData data = ScorecardTest.Small();
        var julian = new LocalDate(2024, 1, 5, CalendarSystem.Julian);
        AssertMessage<ArgumentException>("asOf", "asOf must be in the ISO calendar, but was in the Julian calendar.",
            () => new ScorecardAccumulator(data.Programme, julian));
        AssertMessage<ArgumentException>("date", "date must be in the ISO calendar, but was in the Julian calendar.",
            () => Pace.Linear(Small).ExpectedShare(julian));
        AssertMessage<ArgumentException>("asOf", "asOf must be in the ISO calendar, but was in the Julian calendar.",
            () => new ProgrammeClock(Small, julian));
        AssertMessage<ArgumentException>("firstEnrolmentDates",
            "firstEnrolmentDates must be in the ISO calendar, but had a date in the Julian calendar.",
            () => MenteeTally.FromFirstEnrolments([julian]));
        AssertMessage<ArgumentException>("asOf", "asOf must be in the ISO calendar, but was in the Julian calendar.",
            () => MenteeTally.Empty.CountAsOf(julian));
    }

    [Fact]
    public void A_traffic_budget_of_zero_is_refused_with_its_value()
    {
        AssertMessage<ArgumentOutOfRangeException>("budget", "budget must be positive, but was 0.",
            () => BudgetCalculator.Traffic(Impressions.Zero, BudgetLedger.Empty, Small, Jan(1)));
    }

    [Fact]
    public void Equal_thresholds_are_allowed()
    {
        // The rules are atRisk <= onTrack and behind <= ahead: equality is not "above".
        var o = new ProgressOptions(onTrackThreshold: 0.9, atRiskThreshold: 0.9, behindThreshold: 1.0, aheadThreshold: 1.0);
        Assert.Equal((0.9, 0.9, 1.0, 1.0), (o.OnTrackThreshold, o.AtRiskThreshold, o.BehindThreshold, o.AheadThreshold));
    }
}
