using System.CommandLine;
using System.Globalization;
using Sannong.Cli.Rendering;
using Sannong.Domain.Exposure;
using Spectre.Console;
using Text = Sannong.Cli.Rendering.Text;

namespace Sannong.Cli.Commands;

/// <summary>`sannong simulate-feed`: the popularity and capped feed policies side by side (a model, not a platform's algorithm).</summary>
internal static class SimulateFeedCommand
{
    internal static Command Create(CliContext context)
    {
        var items = new Option<int>("--items") { Description = "Items in the pool.", DefaultValueFactory = _ => 10_000 };
        var creators = new Option<int?>("--creators") { Description = "Creators (default: a tenth of the items, at least 1)." };
        var impressions = new Option<long>("--impressions") { Description = "Impressions served.", DefaultValueFactory = _ => 100_000 };
        var cap = new Option<long>("--cap") { Description = "V: views at which the capped policy cuts an item's weight.", DefaultValueFactory = _ => 100 };
        var cut = new Option<double>("--cut") { Description = "F in [0, 1]: the cut factor (0 removes the item).", DefaultValueFactory = _ => 0.1 };
        var alpha = new Option<double>("--alpha") { Description = "Popularity exponent: weight = appeal x (views + 1)^alpha.", DefaultValueFactory = _ => 1.0 };
        var audience = new Option<long>("--audience") { Description = "Views a creator needs to count as reaching an audience.", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Seed of the pseudo-random numbers.", DefaultValueFactory = _ => 1 };
        var chart = new Option<string?>("--chart") { Description = "Also write a PNG of both policies' Lorenz curves by creator." };
        var command = new Command("simulate-feed", "Simulate a feed under the popularity and capped policies, side by side.")
        {
            items, creators, impressions, cap, cut, alpha, audience, seed, chart,
        };
        command.SetAction(parsed => CliErrors.Guard(context, () =>
        {
            int n = parsed.GetValue(items);
            FeedSimulationOptions options;
            try
            {
                options = new FeedSimulationOptions(n, parsed.GetValue(creators) ?? System.Math.Max(1, n / 10), parsed.GetValue(impressions),
                    parsed.GetValue(cap), parsed.GetValue(cut), parsed.GetValue(alpha), parsed.GetValue(audience), parsed.GetValue(seed));
            }
            catch (System.ArgumentException e)
            {
                // The library names its parameter; the user typed an option. The rule itself stays in the library.
                string? option = e.ParamName switch
                {
                    "items" => "--items",
                    "creators" => "--creators",
                    "impressions" => "--impressions",
                    "viewCap" => "--cap",
                    "cutFactor" => "--cut",
                    "popularityExponent" => "--alpha",
                    "audience" => "--audience",
                    _ => null,
                };
                string message = e.Message.Split('(')[0].Trim();
                throw new CliUsageException(option is null ? message : $"{option}: {message}");
            }
            FeedSimulationResult result = FeedSimulation.Run(options);
            context.Console.Write(new Rule("[bold]Feed simulation[/] (a model, not any platform's algorithm)").LeftJustified());
            context.Console.WriteLine(options.ToString());
            var columns = new[] { ("Popularity", result.Popularity.Report), ("Capped", result.Capped.Report) };
            Table table = InequalityTable.Of(columns);
            table.AddRow("Impressions served", Text.Count(result.Popularity.Served), Text.Count(result.Capped.Served));
            table.AddRow($"Creators reaching {options.Audience.ToString(CultureInfo.InvariantCulture)} views",
                Text.Count(result.Popularity.CreatorsReachingAudience), Text.Count(result.Capped.CreatorsReachingAudience));
            table.AddRow("Engagement (appeal x views)", Text.Number(result.Popularity.Engagement, 0), Text.Number(result.Capped.Engagement, 0));
            context.Console.Write(table);
            if (parsed.GetValue(chart) is { } path)
            {
                LorenzChart.Write(path, "Views by creator: popularity and capped feeds", columns);
                context.Error.WriteLine($"Chart written to {path}.");
            }
            return SannongCli.Success;
        }));
        return command;
    }
}
