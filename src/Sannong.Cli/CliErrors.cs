using System;

namespace Sannong.Cli;

/// <summary>Turns a command's failure into one clear line on stderr and a non-zero exit code.</summary>
internal static class CliErrors
{
    /// <summary>Set by --verbose: print the stack trace of unexpected errors too.</summary>
    internal static bool Verbose { get; set; }

    internal static int Guard(CliContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (CliUsageException e)
        {
            context.Error.WriteLine($"sannong: {e.Message}");
            context.Error.WriteLine("Run 'sannong --help' for usage.");
            return SannongCli.UsageError;
        }
        catch (CliException e)
        {
            context.Error.WriteLine($"sannong: {e.Message}");
            return SannongCli.Problems;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.IO.IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"sannong: {e.Message}");
            if (Verbose)
            {
                context.Error.WriteLine(e);
            }
            return SannongCli.Problems;
        }
    }
}
