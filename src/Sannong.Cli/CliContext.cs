using System.IO;
using Spectre.Console;

namespace Sannong.Cli;

/// <summary>Where a command reads and writes: the process's streams, or test doubles.</summary>
internal sealed class CliContext
{
    internal CliContext(TextWriter output, TextWriter error, TextReader input)
    {
        Output = output;
        Error = error;
        Input = input;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, System.Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ReferenceEquals(output, System.Console.Out) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!ReferenceEquals(output, System.Console.Out) || System.Console.IsOutputRedirected)
        {
            // Not a terminal (a file, a pipe, a test): give tables room instead of Spectre's 80-column default.
            Console.Profile.Width = 132;
        }
    }

    /// <summary>Standard output, for results.</summary>
    internal TextWriter Output { get; }

    /// <summary>Standard error, for problems and progress.</summary>
    internal TextWriter Error { get; }

    /// <summary>Standard input.</summary>
    internal TextReader Input { get; }

    /// <summary>Spectre.Console over <see cref="Output"/>, for tables and colour (plain text when not a terminal).</summary>
    internal IAnsiConsole Console { get; }
}
