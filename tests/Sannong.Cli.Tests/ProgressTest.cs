using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Sannong.Cli.Progress;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>
/// Progress on standard error (issue 16): a line rewritten with a carriage return while long work runs, only when
/// standard error is a terminal, erased at the end; never a byte of it in redirected output. The delay before the
/// first line is set to zero here, so that short work draws it too and the tests can see it.
/// </summary>
public sealed class ProgressTest
{
    private static (int Exit, string Out, string Err) Run(bool terminal, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var context = new CliContext(output, error, new MemoryStream()) { ErrorIsTerminal = terminal, ProgressDelay = TimeSpan.Zero };
        int exit = SannongCli.Run(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Generating_the_sample_on_a_terminal_draws_a_line_and_erases_it()
    {
        using var files = new TestFiles();
        string path = Path.Combine(files.Folder, "s.json");
        (int exit, string output, string error) = Run(true, "sample", "--scale", "0.01", "--out", path);
        Assert.Equal(0, exit);
        Assert.Equal("", output);
        Assert.StartsWith("\rGenerating the sample programme (seed 1, scale 0.01)... 0.", error, StringComparison.Ordinal);
        Assert.Contains("\rWriting " + path + "... ", error, StringComparison.Ordinal);
        // Each line is erased (spaces over it, back to the start) before the next message starts on a clean line.
        string last = error[..error.LastIndexOf("Wrote ", StringComparison.Ordinal)];
        Assert.Matches("\r +\r$", last);
        Assert.EndsWith($"Wrote {path}." + Environment.NewLine, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_file_on_a_terminal_draws_its_progress_and_leaves_the_output_unchanged()
    {
        using var files = new TestFiles();
        string path = files.Write("hand.json", TestFiles.Document());
        (int exit, string output, string error) = Run(true, "scorecard", "--data", path, "--format", "json");
        Assert.Equal(0, exit);
        Assert.StartsWith("\rReading hand.json: 0% of 0.0 MB... 0.", error, StringComparison.Ordinal);
        Assert.Matches("\r +\r$", error);
        // Standard output is byte for byte what it is without a terminal.
        (int plainExit, string plainOutput, string plainError) = Run(false, "scorecard", "--data", path, "--format", "json");
        Assert.Equal(0, plainExit);
        Assert.Equal(plainOutput, output);
        Assert.Equal("", plainError);
    }

    [Fact]
    public void Reading_a_folder_on_a_terminal_says_which_and_how_long_and_leaves_the_output_unchanged()
    {
        using var files = new TestFiles();
        string folder = Path.Combine(files.Folder, "d");
        Assert.Equal(0, Run(false, "sample", "--scale", "0.002", "--out", folder).Exit);
        (int exit, string output, string error) = Run(true, "scorecard", "--data", folder, "--format", "json");
        Assert.Equal(0, exit);
        Assert.StartsWith($"\rReading {folder}... 0.", error, StringComparison.Ordinal);
        Assert.Matches("\r +\r$", error);
        (int plainExit, string plainOutput, string plainError) = Run(false, "scorecard", "--data", folder, "--format", "json");
        Assert.Equal(0, plainExit);
        Assert.Equal(plainOutput, output);
        Assert.Equal("", plainError);
    }

    [Theory]
    [InlineData("sample", "--scale", "0.01", "--out", "{0}/s.json")]
    [InlineData("sample", "--scale", "0.01", "--out", "{0}/split/")]
    [InlineData("scorecard", "--scale", "0.01")]
    [InlineData("exposure", "--scale", "0.01")]
    [InlineData("scorecard", "--data", "{0}/hand.json")]
    [InlineData("validate", "{0}/hand.json")]
    [InlineData("convert", "{0}/hand.json", "{0}/folder")]
    [InlineData("validate", "{0}")]
    public void Redirected_standard_error_carries_no_progress_byte(params string[] args)
    {
        using var files = new TestFiles();
        files.Write("hand.json", TestFiles.Document());
        if (args[^1] == "{0}")
        {
            // The temporary folder as a dataset folder: its dataset.json, with hand.json beside it (ignored).
            files.Write("dataset.json", TestFiles.Document());
        }
        string[] resolved = args.Select(a => a.Replace("{0}", files.Folder, StringComparison.Ordinal)).ToArray();
        (int exit, string output, string error) = Run(false, resolved);
        Assert.Equal(0, exit);
        Assert.DoesNotContain('\r', error);
        Assert.DoesNotContain('\r', output);
        Assert.DoesNotContain("Generating", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Reading", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Writing", error, StringComparison.Ordinal);
        // What is left on stderr is the one closing line of `sample --out`, or nothing.
        Assert.True(error.Length == 0 || (error.StartsWith("Wrote ", StringComparison.Ordinal) && error.Count(c => c == '\n') == 1), error);
    }

    [Fact]
    public void The_process_draws_progress_only_when_its_standard_error_is_not_redirected()
    {
        // Under the test runner standard error is a pipe: the process's context must not draw progress into it.
        Assert.True(Console.IsErrorRedirected);
        CliContext context = CliContext.ForProcess();
        Assert.False(context.ErrorIsTerminal);
        Assert.Same(Console.Error, context.Error);
        Assert.Equal(TimeSpan.FromSeconds(1), context.ProgressDelay);
    }

    [Fact]
    public void The_counting_stream_counts_every_byte_and_changes_none()
    {
        byte[] bytes = Enumerable.Range(0, 10_000).Select(i => (byte)(i % 251)).ToArray();
        using var stream = new CountingStream(new MemoryStream(bytes));
        Assert.Equal(10_000, stream.TotalBytes);
        var copy = new MemoryStream();
        stream.CopyTo(copy, 777);
        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(10_000, stream.BytesRead);
    }

    [Fact]
    public void Columns_count_wide_characters_twice()
    {
        // "Reading " is 8 columns; 快手 is 2 characters of 2 columns each.
        Assert.Equal(12, ProgressLine.Columns("Reading 快手"));
    }

    [Theory]
    [InlineData("sample")]
    [InlineData("scorecard")]
    [InlineData("exposure")]
    public void Without_scale_the_sample_is_the_real_plan(string command)
    {
        // The sample command's --scale defaults to 1, like the sample that scorecard and exposure fall back to.
        var context = new CliContext(TextWriter.Null, TextWriter.Null, new MemoryStream());
        ParseResult parsed = SannongCli.Build(context).Parse([command]);
        Assert.Equal(1.0, DataLoading.DefaultScale);
        object? scale = parsed.CommandResult.Command.Options.Single(o => o.Name == "--scale") switch
        {
            Option<double> o => parsed.GetValue(o),
            Option<double?> o => parsed.GetValue(o) ?? DataLoading.DefaultScale,
            _ => null,
        };
        Assert.Equal(1.0, scale);
    }
}
