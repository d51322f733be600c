using System.IO;

namespace Sannong.Cli.Tests;

/// <summary>Runs `sannong` in-process and captures what it writes.</summary>
internal static class CliRun
{
    internal static (int Exit, string Out, string Err) Of(params string[] args) => WithInput(null, args);

    internal static (int Exit, string Out, string Err) WithInput(string? stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin ?? string.Empty);
        int exit = SannongCli.Run(args, output, error, input);
        return (exit, output.ToString(), error.ToString());
    }
}
