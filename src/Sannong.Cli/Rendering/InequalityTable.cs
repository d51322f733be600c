using System.Collections.Generic;
using System.Linq;
using Sannong.Domain.Exposure;
using Sannong.Domain.Serialization;
using Spectre.Console;
using Text = Sannong.Cli.Rendering.Text;

namespace Sannong.Cli.Rendering;

/// <summary>Inequality reports side by side as a Spectre.Console table, one column per report.</summary>
internal static class InequalityTable
{
    internal static Table Of(IReadOnlyList<(string Label, InequalityReport Report)> columns)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Measure");
        foreach ((string label, _) in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(label)).RightAligned());
        }
        void Row(string name, System.Func<InequalityReport, string> value) =>
            table.AddRow(new[] { name }.Concat(columns.Select(c => Markup.Escape(value(c.Report)))).ToArray());
        Row("Members", r => Text.Count(r.Count));
        Row("Total", r => Text.Number(r.Total, 0)); // a double: (long) of a total that rounds to 2^63 would overflow
        Row("Gini", r => Text.Number(r.Gini, 3));
        Row("Top 1% share", r => Text.Percent(r.TopOnePercentShare));
        Row("Top 10% share", r => Text.Percent(r.TopTenPercentShare));
        Row("Bottom 50% share", r => Text.Percent(r.BottomHalfShare));
        Row("HHI", r => Text.Number(r.Hhi, 0));
        Row("HHI band (2023 US guidelines)", r => r.Band is { } band ? SannongNames.Name(band) : "-");
        Row("Theil T", r => Text.Number(r.Theil, 3));
        Row("Atkinson (e = 1)", r => Text.Number(r.Atkinson, 3));
        Row("Normalised entropy", r => Text.Number(r.Entropy, 3));
        Row("Coverage", r => Text.Percent(r.Coverage));
        return table;
    }
}
