using System;
using System.IO;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>Issue 14 part 6: usage errors are exit 2 in one line naming the option; every exception is caught and said in
/// one line; the stack trace only with --verbose.</summary>
public sealed class MessagesTest
{
    [Theory]
    [InlineData("sample", "--scale", "2", "sannong: --scale must be greater than 0 and at most 1")]
    [InlineData("sample", "--scale", "0", "sannong: --scale must be greater than 0 and at most 1")]
    [InlineData("sample", "--scale", "NaN", "sannong: --scale: 'NaN' is not a number; write it with a decimal point, as in 0.05.")]
    [InlineData("sample", "--scale", "1e400", "sannong: --scale: '1e400' is not a number; write it with a decimal point, as in 0.05.")]
    [InlineData("sample", "--seed", "1.5", "sannong: --seed: '1.5' is not a whole number from -2147483648 to 2147483647.")]
    [InlineData("sample", "--seed", "99999999999", "sannong: --seed: '99999999999' is not a whole number from -2147483648 to 2147483647.")]
    [InlineData("simulate-feed", "--items", "abc", "sannong: --items: 'abc' is not a whole number from -2147483648 to 2147483647.")]
    [InlineData("simulate-feed", "--items", "0", "sannong: --items must be")]
    [InlineData("simulate-feed", "--impressions", "-5", "sannong: --impressions must be")]
    [InlineData("simulate-feed", "--alpha", "1,5", "sannong: --alpha: '1,5' is not a number; write it with a decimal point, as in 0.05.")]
    [InlineData("simulate-feed", "--cut", "0,1", "sannong: --cut: '0,1' is not a number; write it with a decimal point, as in 0.05.")]
    [InlineData("simulate-feed", "--creators", "x", "sannong: --creators: 'x' is not a whole number from -2147483648 to 2147483647.")]
    [InlineData("scorecard", "--as-of", "2024-13-01", "sannong: --as-of: '2024-13-01' is not a date of the form yyyy-MM-dd.")]
    [InlineData("scorecard", "--format", "xml", "sannong: --format: 'xml' is not one of table, json, markdown.")]
    [InlineData("validate", "--max-problems", "0", "sannong: --max-problems: '0' is not a whole number from 1 to 2147483647.")]
    [InlineData("validate", "--max-problems", "many", "sannong: --max-problems: 'many' is not a whole number from 1 to 2147483647.")]
    [InlineData("taxonomy", "--lang", "de", "sannong: --lang: 'de' is not one of zh, pinyin, en, fr.")]
    public void A_bad_option_value_is_exit_2_and_one_line_naming_the_option_and_the_rule(string command, string option, string value, string start)
    {
        string[] args = command == "validate" ? [command, option, value, "x.json"] : [command, option, value];
        (int exit, string output, string error) = CliRun.Of(args);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        string line = Assert.Single(Terminal.Lines(error));
        Assert.StartsWith(start, line, StringComparison.Ordinal);
        Assert.EndsWith($"(see 'sannong {command} --help')", line, StringComparison.Ordinal);
        // .NET's two-line argument messages are gone: no "(Parameter 'scale')", no "Actual value was 2.".
        Assert.DoesNotContain("(Parameter", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scale_refused_by_the_library_is_quoted_in_one_line()
    {
        // Issue 14: "... (Parameter 'scale')" / "Actual value was 2." on two lines, and exit code 1.
        (int exit, _, string error) = CliRun.Of("sample", "--scale", "2");
        Assert.Equal(2, exit);
        Assert.Equal("sannong: --scale must be greater than 0 and at most 1, but was 2. (see 'sannong sample --help')", error.TrimEnd());
    }

    [Fact]
    public void An_argument_exception_reads_as_one_line_without_what_dotnet_appends()
    {
        // .NET writes "scale must be ... (Parameter 'scale')" and, for an out-of-range value, "Actual value was 2." below.
        var outOfRange = new ArgumentOutOfRangeException("scale", 2.0, "scale must be at most 1, but was 2.");
        Assert.Contains("Actual value was 2.", outOfRange.Message, StringComparison.Ordinal);
        Assert.Equal("scale must be at most 1, but was 2.", CliErrors.OneLine(outOfRange));
        Assert.Equal("handle must not be empty.", CliErrors.OneLine(new ArgumentException("handle must not be empty.", "handle")));
        Assert.Equal("name \\u001b[2J is odd\\u000asecond", CliErrors.OneLine(new ArgumentException("name \u001b[2J is odd\nsecond", "name")));
        Assert.Equal("plain", CliErrors.OneLine(new InvalidOperationException("plain")));
    }

    [Fact]
    public void Unknown_options_and_arguments_are_one_line()
    {
        (int exit, _, string error) = CliRun.Of("scorecard", "--nope", "x");
        Assert.Equal(2, exit);
        string line = Assert.Single(Terminal.Lines(error));
        Assert.StartsWith("sannong: ", line, StringComparison.Ordinal);
        Assert.Contains("--nope", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_internal_error_with_the_message_escaped()
    {
        // A standard input that fails in a way no one planned for: the CLI still says one line, and exit code 1.
        using var input = new FailingStream(new InvalidCastException("boom\u001b[2J\nsecond line"));
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = SannongCli.Run(["scorecard", "--data", "-"], output, error, input);
        Assert.Equal(1, exit);
        Assert.Equal("sannong: internal error: boom\\u001b[2J\\u000asecond line", error.ToString().TrimEnd());
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void With_verbose_the_stack_trace_follows_escaped()
    {
        using var input = new FailingStream(new InvalidCastException("boom\u0007"));
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = SannongCli.Run(["scorecard", "--data", "-", "--verbose"], output, error, input);
        Assert.Equal(1, exit);
        string[] lines = Terminal.Lines(error.ToString());
        Assert.Equal("sannong: internal error: boom\\u0007", lines[0]);
        Assert.Contains(lines, l => l.Contains("   at ", StringComparison.Ordinal));
        Terminal.AssertSafe(error.ToString());
    }

    [Fact]
    public void Chart_on_a_folder_says_so_in_one_line_before_any_work()
    {
        using var files = new TestFiles();
        (int exit, string output, string error) = CliRun.Of("exposure", "--chart", files.Folder);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"sannong: --chart: '{files.Folder}' is a folder; give the path of a file to write, such as chart.png. (see 'sannong exposure --help')",
            error.TrimEnd());
        (exit, _, error) = CliRun.Of("scorecard", "--chart", files.Folder + "/");
        Assert.Equal(2, exit);
        Assert.DoesNotContain("permission denied", error, StringComparison.OrdinalIgnoreCase);
        Assert.Single(Terminal.Lines(error));
    }

    [Fact]
    public void Chart_in_a_missing_folder_says_so_in_one_line()
    {
        using var files = new TestFiles();
        string path = Path.Combine(files.Folder, "no", "such", "chart.png");
        (int exit, _, string error) = CliRun.Of("simulate-feed", "--items", "50", "--impressions", "500", "--chart", path);
        Assert.Equal(1, exit);
        Assert.Equal($"sannong: --chart: cannot write '{path}': '{Path.GetDirectoryName(path)}' is not an existing folder.", error.TrimEnd());
        // Under a file rather than a folder: the same line.
        string file = files.Write("a-file", "x");
        (exit, _, error) = CliRun.Of("simulate-feed", "--items", "50", "--impressions", "500", "--chart", Path.Combine(file, "chart.png"));
        Assert.Equal(1, exit);
        Assert.Equal($"sannong: --chart: cannot write '{Path.Combine(file, "chart.png")}': '{file}' is not an existing folder.", error.TrimEnd());
    }

    [Fact]
    public void Data_that_is_a_folder_without_dataset_json_says_what_a_dataset_folder_holds_not_permission_denied()
    {
        // Issue 17: a folder is a dataset folder, read as a whole; an empty one lacks its dataset.json.
        using var files = new TestFiles();
        (int exit, string output, string error) = CliRun.Of("scorecard", "--data", files.Folder);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Single(Terminal.Lines(error));
        Assert.StartsWith($"sannong: {files.Folder}: 1 problem(s): [dataset.json] $: MissingField: the folder has no dataset.json", error, StringComparison.Ordinal);
    }

    /// <summary>A readable stream whose every read throws the given exception.</summary>
    private sealed class FailingStream(Exception failure) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw failure;
        public override int Read(Span<byte> buffer) => throw failure;
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
