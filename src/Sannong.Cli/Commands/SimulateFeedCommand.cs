using System.CommandLine;
using System.Globalization;
using Sannong.Cli.Rendering;
using Sannong.Domain.Exposure;
using Sannong.Domain.Serialization;
using Spectre.Console;
using Text = Sannong.Cli.Rendering.Text;

namespace Sannong.Cli.Commands;

/// <summary>`sannong simulate-feed`: the popularity and capped feed policies side by side (a model, not a platform's algorithm).</summary>
internal static class SimulateFeedCommand
{
    internal static Command Create(CliContext context)
    {
        Option<int> items = CliOptions.Int("--items", "Items in the pool.", 10_000);
        Option<int?> creators = CliOptions.OptionalInt("--creators", "Creators (default: a tenth of the items, at least 1).");
        Option<long> impressions = CliOptions.Long("--impressions", "Impressions served.", 100_000);
        Option<long> cap = CliOptions.Long("--cap", "V: views at which the capped policy cuts an item's weight.", 100);
        Option<double> cut = CliOptions.Double("--cut", "F in [0, 1]: the cut factor (0 removes the item).", 0.1);
        Option<double> alpha = CliOptions.Double("--alpha", "Popularity exponent: weight = appeal x (views + 1)^alpha.", 1.0);
        Option<long> audience = CliOptions.Long("--audience", "Views a creator needs to count as reaching an audience.", 100);
        Option<int> seed = CliOptions.Int("--seed", "Seed of the pseudo-random numbers.", 1);
        Option<string> format = CliOptions.Choice("--format",
            "table (default) or json (exactly the sannong-simulation/1 JSON, nothing else on stdout).", "table", "table", "json");
        Option<string?> chart = CliOptions.OutputFile("--chart", "Also write a PNG of both policies' Lorenz curves by creator.");
        var command = new Command("simulate-feed", "Simulate a feed under the popularity and capped policies, side by side.")
        {
            items, creators, impressions, cap, cut, alpha, audience, seed, format, chart,
        };
        command.SetAction(parsed => CliErrors.Guard(context, () =>
        {
            int n = parsed.GetValue(items);
            // The library names its parameters; the user typed options. The rules themselves stay in the library.
            FeedSimulationOptions options = OptionArguments.Check(
                () => new FeedSimulationOptions(n, parsed.GetValue(creators) ?? System.Math.Max(1, n / 10), parsed.GetValue(impressions),
                    parsed.GetValue(cap), parsed.GetValue(cut), parsed.GetValue(alpha), parsed.GetValue(audience), parsed.GetValue(seed)),
                ("items", "--items"), ("creators", "--creators"), ("impressions", "--impressions"), ("viewCap", "--cap"),
                ("cutFactor", "--cut"), ("popularityExponent", "--alpha"), ("audience", "--audience"));
            FeedSimulationResult result = FeedSimulation.Run(options);
            var columns = new[] { ("Popularity", result.Popularity.Report), ("Capped", result.Capped.Report) };
            if (parsed.GetValue(format) == "json")
            {
                context.Output.WriteLine(SimulationJson.ToJson(result));
                ChartFile.WriteIfAsked(context, parsed.GetValue(chart), p => LorenzChart.Write(p, "Views by creator: popularity and capped feeds", columns));
                return SannongCli.Success;
            }
            context.Console.Write(new Rule("[bold]Feed simulation[/] (a model, not any platform's algorithm)").LeftJustified());
            context.Console.WriteLine(options.ToString());
            Table table = InequalityTable.Of(columns);
            table.AddRow("Impressions served", Text.Count(result.Popularity.Served), Text.Count(result.Capped.Served));
            table.AddRow($"Creators reaching {options.Audience.ToString(CultureInfo.InvariantCulture)} views",
                Text.Count(result.Popularity.CreatorsReachingAudience), Text.Count(result.Capped.CreatorsReachingAudience));
            table.AddRow("Engagement (appeal x views)", Text.Number(result.Popularity.Engagement, 0), Text.Number(result.Capped.Engagement, 0));
            context.Console.Write(table);
            ChartFile.WriteIfAsked(context, parsed.GetValue(chart), p => LorenzChart.Write(p, "Views by creator: popularity and capped feeds", columns));
            return SannongCli.Success;
        }));
        return command;
    }
}
