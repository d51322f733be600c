using System.Linq;
using NodaTime;
using Sannong.Cli.Rendering;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Samples;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>The --chart PNG only draws: its pace line is the library's expected count, point for point, so it cannot
/// differ from the table's Expected.</summary>
public sealed class ScorecardChartTest
{
    public static TheoryData<string> Paces => new() { "linear", "milestones" };

    private static Pace? PaceOf(string kind, DateInterval period) => kind == "linear"
        ? null
        : Pace.Milestones(period, [(period.Start.PlusDays(99), 0.07), (period.Start.PlusDays(700), 0.61)]);

    [Theory]
    [MemberData(nameof(Paces))]
    public void The_pace_line_is_the_expected_mentees_of_the_goal_calculator_on_every_drawn_day(string kind)
    {
        SannongDataset sample = SampleProgramme.Default;
        ProgrammeData data = sample.Data;
        Programme programme = data.Programme;
        Pace? pace = PaceOf(kind, programme.Period);
        Scorecard card = ScorecardCalculator.Compute(data, SampleProgramme.AsOf, new ScorecardOptions(pace: pace));
        var tally = MenteeTally.FromFirstEnrolments(data.FirstEnrolments.Values);

        ScorecardChart.Lines lines = ScorecardChart.Points(data, card, pace);

        Assert.Equal(programme.Period.Length, lines.Days.Length);   // 1,096 days: every one is drawn
        for (int i = 0; i < lines.Days.Length; i++)
        {
            GoalProgress goal = GoalCalculator.Mentees(programme.Period, programme.Targets.Mentees, tally, lines.Days[i], pace);
            Assert.Equal(goal.Expected, lines.MenteesExpected[i]);
        }
        // On the as-of day the line passes through the table's Expected.
        Assert.Equal(card.Mentees.Expected, lines.MenteesExpected[System.Array.IndexOf(lines.Days, card.AsOf)]);
    }

    [Fact]
    public void The_linear_pace_line_is_exact_where_the_old_share_formula_was_not()
    {
        // T = 1,000 over 1,096 days: T * e / N exactly, rounded once; the chart's old T * (e / N) is off by an ulp on
        // some days, so the drawn line could differ from the table.
        SannongDataset sample = SampleProgramme.Default;
        Programme programme = sample.Data.Programme;
        Scorecard card = ScorecardCalculator.Compute(sample.Data, SampleProgramme.AsOf);
        ScorecardChart.Lines lines = ScorecardChart.Points(sample.Data, card, null);
        int n = programme.Period.Length;
        Assert.Equal(
            Enumerable.Range(1, n).Select(e => (double)(programme.Targets.Mentees * (long)e) / n),
            lines.MenteesExpected);
        Pace linear = Pace.Linear(programme.Period);
        Assert.Contains(lines.Days, d => programme.Targets.Mentees * linear.ExpectedShare(d) != linear.ExpectedCount(programme.Targets.Mentees, d));
    }
}
