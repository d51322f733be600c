using System.Collections.Generic;
using System.Linq;
using Sannong.Domain.Exposure;

namespace Sannong.Cli.Rendering;

/// <summary>The --chart PNG of the exposure commands: Lorenz curves against the line of equality.</summary>
internal static class LorenzChart
{
    internal static void Write(string path, string title, IEnumerable<(string Label, InequalityReport Report)> curves)
    {
        var plot = new ScottPlot.Plot();
        plot.Title(title);
        plot.Axes.Bottom.Label.Text = "Share of members, poorest first";
        plot.Axes.Left.Label.Text = "Share of the total";
        var equality = plot.Add.Scatter(new[] { 0.0, 1.0 }, new[] { 0.0, 1.0 });
        equality.LegendText = "Equality";
        equality.MarkerSize = 0;
        equality.LinePattern = ScottPlot.LinePattern.Dashed;
        foreach ((string label, InequalityReport report) in curves)
        {
            if (report.Lorenz.IsEmpty)
            {
                continue;
            }
            var line = plot.Add.Scatter(report.Lorenz.Select(p => p.PopulationShare).ToArray(), report.Lorenz.Select(p => p.AmountShare).ToArray());
            line.LegendText = $"{label} (Gini {Text.Number(report.Gini ?? 0, 3)})";
            line.MarkerSize = 0;
            line.LineWidth = 2;
        }
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        plot.SavePng(path, 800, 700);
    }
}
