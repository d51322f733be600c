using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;

namespace Sannong.Cli.Rendering;

/// <summary>
/// The --chart PNG: cumulative mentees against the pace line to the end of the period (left axis), and cash spent
/// against the budget (right axis). Every number comes from the library; this class only draws.
/// </summary>
/// <remarks>Any period NodaTime supports is drawn (years -9998 to 9999): the x axis is the day number since
/// <see cref="Epoch"/>, not an OLE Automation date (which starts in year 100), and its ticks are labelled with ISO
/// dates. A long period is drawn at no more than <see cref="MaxPoints"/> days, evenly spaced, with the first and
/// last days of the period and of the data always among them.</remarks>
internal static class ScorecardChart
{
    internal const int Width = 1000;
    internal const int Height = 560;

    /// <summary>The most days drawn per line: about two per pixel of the plot's width.</summary>
    internal const int MaxPoints = 2 * Width;

    /// <summary>The day the x axis counts from.</summary>
    internal static readonly LocalDate Epoch = new(2000, 1, 1);

    private const int Ticks = 6;

    internal static void Write(string path, ProgrammeData data, Scorecard card, Pace? pace)
    {
        Programme programme = data.Programme;
        Lines lines = Points(data, card, pace);

        var plot = new ScottPlot.Plot();
        plot.Title($"{programme.Name}: as of {Text.Date(card.AsOf)}");
        plot.Axes.Bottom.TickGenerator = DateTicks(programme.Period.Start, programme.Period.End);
        plot.Axes.Left.Label.Text = "Mentees";

        var expected = plot.Add.Scatter(lines.XAll, lines.MenteesExpected);
        expected.LegendText = "Mentees expected (pace)";
        expected.MarkerSize = 0;
        expected.LinePattern = ScottPlot.LinePattern.Dashed;
        if (lines.XDone.Length > 0)
        {
            var actual = plot.Add.Scatter(lines.XDone, lines.MenteesEnrolled);
            actual.LegendText = "Mentees enrolled";
            actual.MarkerSize = 0;
            actual.LineWidth = 2;
        }

        if (lines.CashBudget is { } budget)
        {
            plot.Axes.Right.Label.Text = "Cash (yuan)";
            var cap = plot.Add.Scatter(new[] { lines.XAll[0], lines.XAll[^1] }, new[] { budget, budget });
            cap.LegendText = "Cash budget";
            cap.MarkerSize = 0;
            cap.LinePattern = ScottPlot.LinePattern.Dotted;
            cap.Axes.YAxis = plot.Axes.Right;
            if (lines.XDone.Length > 0)
            {
                var spent = plot.Add.Scatter(lines.XDone, lines.CashSpent);
                spent.LegendText = "Cash spent";
                spent.MarkerSize = 0;
                spent.Axes.YAxis = plot.Axes.Right;
            }
        }
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        plot.SavePng(path, Width, Height);
    }

    /// <summary>The points of the chart's lines, each value read from the library: the pace line is
    /// <see cref="Pace.ExpectedCount"/> of the mentee target on each drawn day (the table's Expected on the as-of
    /// day), the enrolled line <see cref="MenteeTally.CountAsOf"/>, the cash line <see cref="BudgetLedger.SpentAsOf"/>.</summary>
    internal static Lines Points(ProgrammeData data, Scorecard card, Pace? pace)
    {
        Programme programme = data.Programme;
        DateInterval period = programme.Period;
        Pace paceOf = pace ?? Pace.Linear(period);
        LocalDate lastActual = card.AsOf < period.End ? card.AsOf : period.End;
        var tally = MenteeTally.FromFirstEnrolments(data.FirstEnrolments.Values);

        LocalDate[] all = Days(period.Start, period.End, lastActual);
        LocalDate[] done = all.Where(d => d <= lastActual).ToArray();
        return new Lines(
            all,
            all.Select(X).ToArray(),
            done.Select(X).ToArray(),
            all.Select(d => paceOf.ExpectedCount(programme.Targets.Mentees, d)).ToArray(),
            done.Select(d => (double)tally.CountAsOf(d)).ToArray(),
            programme.Budgets.Cash is { } budget ? (double)budget.Yuan : null,
            programme.Budgets.Cash is null ? [] : done.Select(d => (double)data.Ledger.SpentAsOf(d).Yuan).ToArray());
    }

    /// <summary>The points of the chart: the drawn days and their x, and the y of each line (mentees, and cash in yuan).</summary>
    internal sealed record Lines(
        LocalDate[] Days, double[] XAll, double[] XDone, double[] MenteesExpected, double[] MenteesEnrolled,
        double? CashBudget, double[] CashSpent);

    /// <summary>Every day from <paramref name="first"/> to <paramref name="last"/>, or, for a longer span,
    /// <see cref="MaxPoints"/> evenly spaced days with both ends and <paramref name="alsoInclude"/> (when in the span).</summary>
    internal static LocalDate[] Days(LocalDate first, LocalDate last, LocalDate alsoInclude)
    {
        long span = Period.DaysBetween(first, last);
        if (span < MaxPoints)
        {
            return Enumerable.Range(0, (int)span + 1).Select(first.PlusDays).ToArray();
        }
        var days = new SortedSet<LocalDate>();
        for (int i = 0; i < MaxPoints; i++)
        {
            days.Add(first.PlusDays((int)(span * i / (MaxPoints - 1))));
        }
        if (alsoInclude >= first && alsoInclude <= last)
        {
            days.Add(alsoInclude);
        }
        return days.ToArray();
    }

    /// <summary>The x of a day: its number of days since <see cref="Epoch"/> (negative before it).</summary>
    internal static double X(LocalDate date) => Period.DaysBetween(Epoch, date);

    /// <summary>Ticks at evenly spaced days of the period, labelled with their ISO dates.</summary>
    private static ScottPlot.TickGenerators.NumericManual DateTicks(LocalDate first, LocalDate last)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        long span = Period.DaysBetween(first, last);
        int count = (int)Math.Min(Ticks, span + 1);
        var seen = new HashSet<LocalDate>();
        for (int i = 0; i < count; i++)
        {
            LocalDate day = count == 1 ? first : first.PlusDays((int)(span * i / (count - 1)));
            if (seen.Add(day))
            {
                ticks.AddMajor(X(day), Text.Date(day));
            }
        }
        return ticks;
    }
}
