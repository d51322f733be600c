using System;
using System.CommandLine;
using System.IO;
using System.Linq;
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

    /// <summary>Parses <paramref name="args"/> and runs the chosen command. No exception escapes: a usage error is one
    /// line and exit code 2, anything else one line and exit code 1 (see <see cref="CliErrors"/>).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="input">Standard input as bytes; null for the process's own.</param>
    /// <returns>The process exit code.</returns>
    internal static int Run(string[] args, TextWriter output, TextWriter error, Stream? input = null) =>
        Run(args, new CliContext(output, error, input));

    /// <summary>Runs <paramref name="args"/> in a given context (the process's streams and whether standard error is a
    /// terminal, or test doubles).</summary>
    internal static int Run(string[] args, CliContext context)
    {
        try
        {
            RootCommand root = Build(context);
            ParseResult parsed = root.Parse(args);
            context.Verbose = parsed.GetValue<bool>("--verbose");
            context.CommandName = parsed.CommandResult.Command is RootCommand ? null : parsed.CommandResult.Command.Name;
            if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
            {
                // One line: every error of the command line, then where to read the usage.
                CliErrors.Usage(context, string.Join("; ", parsed.Errors.Select(e => e.Message.TrimEnd().Replace('\n', ' ').Replace('\t', ' ').Replace("\r", "", StringComparison.Ordinal))));
                return UsageError;
            }
            return parsed.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return CliErrors.Report(context, e);
        }
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
        root.Subcommands.Add(ConvertCommand.Create(context));
        root.Subcommands.Add(TaxonomyCommand.Create(context));
        root.Subcommands.Add(ClassifyCommand.Create(context));
        root.Subcommands.Add(ExposureCommand.Create(context));
        root.Subcommands.Add(SimulateFeedCommand.Create(context));
        return root;
    }
}
