using System;
using System.Linq;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;

namespace Sannong.Cli.Rendering;

/// <summary>
/// The --chart PNG: cumulative mentees against the pace line to the end of the period (left axis), and cash spent
/// against the budget (right axis). Every number comes from the library; this class only draws.
/// </summary>
internal static class ScorecardChart
{
    internal const int Width = 1000;
    internal const int Height = 560;

    internal static void Write(string path, ProgrammeData data, Scorecard card, Pace? pace)
    {
        Programme programme = data.Programme;
        DateInterval period = programme.Period;
        Pace paceOf = pace ?? Pace.Linear(period);
        LocalDate lastActual = card.AsOf < period.End ? card.AsOf : period.End;
        var tally = MenteeTally.FromFirstEnrolments(data.FirstEnrolments.Values);

        LocalDate[] all = Days(period.Start, period.End);
        LocalDate[] done = all.Where(d => d <= lastActual).ToArray();
        double[] xAll = all.Select(X).ToArray();
        double[] xDone = done.Select(X).ToArray();

        var plot = new ScottPlot.Plot();
        plot.Title($"{programme.Name}: as of {Text.Date(card.AsOf)}");
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.Label.Text = "Mentees";

        var expected = plot.Add.Scatter(xAll, all.Select(d => programme.Targets.Mentees * paceOf.ExpectedShare(d)).ToArray());
        expected.LegendText = "Mentees expected (pace)";
        expected.MarkerSize = 0;
        expected.LinePattern = ScottPlot.LinePattern.Dashed;
        if (done.Length > 0)
        {
            var actual = plot.Add.Scatter(xDone, done.Select(d => (double)tally.CountAsOf(d)).ToArray());
            actual.LegendText = "Mentees enrolled";
            actual.MarkerSize = 0;
            actual.LineWidth = 2;
        }

        if (programme.Budgets.Cash is { } budget)
        {
            plot.Axes.Right.Label.Text = "Cash (yuan)";
            var cap = plot.Add.Scatter(new[] { xAll[0], xAll[^1] }, new[] { (double)budget.Yuan, (double)budget.Yuan });
            cap.LegendText = "Cash budget";
            cap.MarkerSize = 0;
            cap.LinePattern = ScottPlot.LinePattern.Dotted;
            cap.Axes.YAxis = plot.Axes.Right;
            if (done.Length > 0)
            {
                var spent = plot.Add.Scatter(xDone, done.Select(d => (double)data.Ledger.SpentAsOf(d).Yuan).ToArray());
                spent.LegendText = "Cash spent";
                spent.MarkerSize = 0;
                spent.Axes.YAxis = plot.Axes.Right;
            }
        }
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        plot.SavePng(path, Width, Height);
    }

    private static LocalDate[] Days(LocalDate first, LocalDate last)
    {
        int count = Period.DaysBetween(first, last) + 1;
        return Enumerable.Range(0, count).Select(first.PlusDays).ToArray();
    }

    private static double X(LocalDate date) => date.ToDateTimeUnspecified().ToOADate();
}
