using System;
using System.IO;
using System.Text;
using Spectre.Console;

namespace Sannong.Cli;

/// <summary>Where a command reads and writes: the process's streams, or test doubles; and what the command line said
/// about error reporting.</summary>
internal sealed class CliContext
{
    private readonly Stream? _input;
    private TextReader? _reader;

    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="input">Standard input as bytes, or null for the process's own standard input.</param>
    internal CliContext(TextWriter output, TextWriter error, Stream? input)
    {
        Output = output;
        Error = error;
        _input = input;
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

    /// <summary>The context of the `sannong` process: its own streams, with progress drawn only when standard error is a
    /// terminal (not redirected).</summary>
    internal static CliContext ForProcess() =>
        new(System.Console.Out, System.Console.Error, null) { ErrorIsTerminal = !System.Console.IsErrorRedirected };

    /// <summary>Standard output, for results.</summary>
    internal TextWriter Output { get; }

    /// <summary>Standard error, for problems and progress.</summary>
    internal TextWriter Error { get; }

    /// <summary>Standard input as text (UTF-8), for commands that read lines.</summary>
    internal TextReader Input => _reader ??= _input is null ? System.Console.In : new StreamReader(_input, Encoding.UTF8, leaveOpen: true);

    /// <summary>Spectre.Console over <see cref="Output"/>, for tables and colour (plain text when not a terminal).</summary>
    internal IAnsiConsole Console { get; }

    /// <summary>True when <see cref="Error"/> is the process's standard error and that is a terminal (not redirected to
    /// a file or a pipe): only then is progress drawn (see <see cref="Progress.ProgressLine"/>).</summary>
    internal bool ErrorIsTerminal { get; init; }

    /// <summary>How long work runs before its progress line is first drawn: one second, so that short work shows
    /// nothing (tests set it to zero).</summary>
    internal TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Set by --verbose: print the stack trace of unexpected errors too.</summary>
    internal bool Verbose { get; set; }

    /// <summary>The name of the command being run ("scorecard", ...), for the hint of a usage error; null at the root.</summary>
    internal string? CommandName { get; set; }

    /// <summary>Standard input as bytes, for a document read from `-`. The caller must not dispose the process's stream
    /// twice; disposing it is harmless.</summary>
    internal Stream OpenInput() => _input ?? System.Console.OpenStandardInput();
}
