using System;
using System.IO;
using Sannong.Domain.Utility;

namespace Sannong.Cli;

/// <summary>What a command failed on, as one line for stderr (no stack trace): a problem of the data or of a file, exit
/// code 1. The message may quote user text: it is escaped when printed.</summary>
internal class CliException(string message) : Exception(message);

/// <summary>An option's value that is wrong or that the library refuses: a usage error (exit code 2), not a problem in
/// the data. The message names the option and the rule.</summary>
internal sealed class CliUsageException(string message) : CliException(message);

/// <summary>Turns a command's failure into exactly one line on stderr and a non-zero exit code; no exception escapes.</summary>
internal static class CliErrors
{
    /// <summary>Runs a command's action: a usage error is exit 2, a data or file problem exit 1, anything unexpected is
    /// one line "sannong: internal error: ..." and exit 1 (the stack trace too under --verbose).</summary>
    internal static int Guard(CliContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e)
        {
            return Report(context, e);
        }
    }

    /// <summary>Prints the one line that <paramref name="e"/> deserves and returns the exit code.</summary>
    internal static int Report(CliContext context, Exception e)
    {
        switch (e)
        {
            case CliUsageException usage:
                Usage(context, usage.Message);
                return SannongCli.UsageError;
            case CliException problem:
                context.Error.WriteLine($"sannong: {TextEscaping.ForMessage(problem.Message)}");
                return SannongCli.Problems;
            case ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException:
                // The library refused a value of the data, or a file could not be read or written: one line.
                context.Error.WriteLine($"sannong: {OneLine(e)}");
                StackTrace(context, e);
                return SannongCli.Problems;
            default:
                context.Error.WriteLine($"sannong: internal error: {OneLine(e)}");
                StackTrace(context, e);
                return SannongCli.Problems;
        }
    }

    /// <summary>Prints a usage error as one line, with the hint to the command's help on the same line.</summary>
    internal static void Usage(CliContext context, string message)
    {
        string help = context.CommandName is { } name ? $"sannong {name} --help" : "sannong --help";
        context.Error.WriteLine($"sannong: {TextEscaping.ForMessage(message.TrimEnd())} (see '{help}')");
    }

    /// <summary>
    /// The message of <paramref name="e"/> as one escaped line: for an <see cref="ArgumentException"/>, without the
    /// " (Parameter 'x')" that .NET appends nor the "Actual value was ..." line of an
    /// <see cref="ArgumentOutOfRangeException"/>; any other line break is escaped.
    /// </summary>
    internal static string OneLine(Exception e)
    {
        string message = e.Message;
        if (e is ArgumentException argument)
        {
            if (e is ArgumentOutOfRangeException && message.IndexOf(Environment.NewLine + "Actual value was ", StringComparison.Ordinal) is var actual and >= 0)
            {
                message = message[..actual];
            }
            if (argument.ParamName is { } name && message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal))
            {
                message = message[..^$" (Parameter '{name}')".Length];
            }
        }
        return TextEscaping.ForMessage(message.TrimEnd());
    }

    private static void StackTrace(CliContext context, Exception e)
    {
        if (!context.Verbose)
        {
            return;
        }
        foreach (string line in e.ToString().Split('\n'))
        {
            context.Error.WriteLine(TextEscaping.ForMessage(line.TrimEnd('\r')));
        }
    }
}
