using System;
using System.CommandLine;
using NodaTime;
using Sannong.Cli.Rendering;
using Sannong.Domain.Progress;
using Sannong.Domain.Serialization;
using Sannong.Domain.Programmes;

namespace Sannong.Cli.Commands;

/// <summary>`sannong scorecard`: the main job. The programme's scorecard as a table, JSON or Markdown, and a chart.</summary>
internal static class ScorecardCommand
{
    internal static Command Create(CliContext context, Func<LocalDate> today)
    {
        Option<string?> data = CliOptions.Data();
        Option<string?> columns = CliOptions.Columns();
        Option<double?> scale = CliOptions.SampleScale();
        Option<LocalDate?> asOf = CliOptions.Date("--as-of",
            "The as-of date, yyyy-MM-dd. Default: the dataset's asOf, else today in this machine's time zone.");
        Option<string> format = CliOptions.Choice("--format",
            "table (default), json (exactly the scorecard JSON, nothing else on stdout) or markdown.", "table", "table", "json", "markdown");
        Option<string?> chart = CliOptions.OutputFile("--chart",
            "Also write a PNG chart to this file: mentees against the pace line, cash spent against the budget.");
        var sample = new Option<bool>("--earnings-sample")
        {
            Description = "The earnings records are a sample of the mentees: judge monetisation by its confidence interval.",
        };
        var command = new Command("scorecard", "Score a programme against its goals as of a date.") { data, columns, scale, asOf, format, chart, sample };
        command.SetAction(parsed => CliErrors.Guard(context, () =>
        {
            string? path = parsed.GetValue(data);
            SannongDataset dataset = DataLoading.Load(context, path, parsed.GetValue(scale), parsed.GetValue(columns));
            RecordNeeds.CheckBeside(path, dataset.Data, RecordNeeds.Scorecard);
            LocalDate date = parsed.GetValue(asOf) ?? dataset.AsOf ?? today();
            var options = new ScorecardOptions(earningsAreSample: parsed.GetValue(sample));
            Scorecard card = ScorecardCalculator.Compute(dataset.Data, date, options);
            switch (parsed.GetValue(format))
            {
                case "json":
                    context.Output.WriteLine(ScorecardJson.ToJson(card));
                    break;
                case "markdown":
                    ScorecardMarkdown.Write(context.Output, card);
                    break;
                default:
                    ScorecardTable.Write(context.Console, card);
                    break;
            }
            ChartFile.WriteIfAsked(context, parsed.GetValue(chart), p => ScorecardChart.Write(p, dataset.Data, card, options.Pace));
            return SannongCli.Success;
        }));
        return command;
    }
}
