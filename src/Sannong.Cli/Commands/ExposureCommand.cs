using System.CommandLine;
using Sannong.Cli.Rendering;
using Sannong.Domain.Exposure;
using Sannong.Domain.Serialization;
using Spectre.Console;
using Text = Sannong.Cli.Rendering.Text;
using Sannong.Domain.Programmes;

namespace Sannong.Cli.Commands;

/// <summary>`sannong exposure`: the inequality of views by creator, and its Theil decomposition by issue and tier.</summary>
internal static class ExposureCommand
{
    internal static Command Create(CliContext context)
    {
        Option<string?> data = CliOptions.Data();
        Option<string?> columns = CliOptions.Columns();
        Option<double?> scale = CliOptions.SampleScale();
        Option<string> format = CliOptions.Choice("--format",
            "table (default) or json (exactly the sannong-exposure/1 JSON, nothing else on stdout).", "table", "table", "json");
        Option<string?> chart = CliOptions.OutputFile("--chart", "Also write a PNG of the Lorenz curve of views by creator.");
        var command = new Command("exposure", "Inequality of exposure (views) by creator and by group.") { data, columns, scale, format, chart };
        command.SetAction(parsed => CliErrors.Guard(context, () =>
        {
            string? path = parsed.GetValue(data);
            SannongDataset dataset = DataLoading.Load(context, path, parsed.GetValue(scale), parsed.GetValue(columns));
            RecordNeeds.RequireContent(path, dataset.Data);
            ExposureSummary summary = ExposureSummary.Of(dataset.Data);
            InequalityReport byCreator = summary.ByCreator;
            if (parsed.GetValue(format) == "json")
            {
                context.Output.WriteLine(ExposureJson.ToJson(summary));
                ChartFile.WriteIfAsked(context, parsed.GetValue(chart), p => LorenzChart.Write(p, "Views by creator", new[] { ("Creators", byCreator) }));
                return SannongCli.Success;
            }
            context.Console.Write(new Rule("[bold]Views by creator[/]").LeftJustified());
            context.Console.Write(InequalityTable.Of(new[] { ("Creators", byCreator) }));
            var groups = new Table().Border(TableBorder.Rounded).AddColumns("Grouping", "Groups", "Theil T", "Between", "Within", "Between share");
            foreach ((string name, TheilDecomposition d) in new[] { ("Rural issue", summary.ByIssue), ("Follower tier", summary.ByTier) })
            {
                groups.AddRow(name, Text.Count(d.Groups), Text.Number(d.Total, 3), Text.Number(d.Between, 3), Text.Number(d.Within, 3), Text.Percent(d.BetweenShare));
            }
            context.Console.Write(new Rule("[bold]Theil decomposition by group[/]").LeftJustified());
            context.Console.Write(groups);
            ChartFile.WriteIfAsked(context, parsed.GetValue(chart), p => LorenzChart.Write(p, "Views by creator", new[] { ("Creators", byCreator) }));
            return SannongCli.Success;
        }));
        return command;
    }
}
