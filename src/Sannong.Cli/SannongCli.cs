using System;
using System.CommandLine;
using System.IO;
using Sannong.Cli.Commands;

namespace Sannong.Cli;

/// <summary>Builds the `sannong` command tree and runs it with the given output writers.</summary>
internal static class SannongCli
{
    /// <summary>Exit code: the command did its work and found nothing wrong.</summary>
    internal const int Success = 0;

    /// <summary>Exit code: the input has problems (validation found some), or a file could not be read.</summary>
    internal const int Problems = 1;

    /// <summary>Exit code: the command line itself is wrong (unknown option, bad value).</summary>
    internal const int UsageError = 2;

    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <returns>The process exit code.</returns>
    internal static int Run(string[] args, TextWriter output, TextWriter error, TextReader? input = null)
    {
        var context = new CliContext(output, error, input ?? Console.In);
        RootCommand root = Build(context);
        ParseResult parsed = root.Parse(args);
        CliErrors.Verbose = parsed.GetValue<bool>("--verbose");
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (System.CommandLine.Parsing.ParseError e in parsed.Errors)
            {
                error.WriteLine($"sannong: {e.Message}");
            }
            error.WriteLine("Run 'sannong --help' for usage.");
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>The root command with every subcommand.</summary>
    internal static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "sannong: score a rural-creator programme (三农 sānnóng) against its goals, validate datasets, classify " +
            "captions and explore the Three Rural Issues taxonomy.");
        var verbose = new Option<bool>("--verbose") { Description = "Print stack traces of unexpected errors.", Recursive = true };
        root.Options.Add(verbose);
        root.Subcommands.Add(ScorecardCommand.Create(context, () => NodaTime.SystemClock.Instance.GetCurrentInstant()
            .InZone(NodaTime.DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(SampleCommand.Create(context));
        root.Subcommands.Add(TaxonomyCommand.Create(context));
        root.Subcommands.Add(ClassifyCommand.Create(context));
        root.Subcommands.Add(ExposureCommand.Create(context));
        root.Subcommands.Add(SimulateFeedCommand.Create(context));
        return root;
    }
}
