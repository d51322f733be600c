using System;
using System.IO;
using System.Text.Json;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>`sannong scorecard`, the main job: on the sample programme at full scale and smaller, on a hand-written file, and on bad input.</summary>
public sealed class ScorecardCommandTest
{
    [Fact]
    public void Without_data_the_real_plan_is_scored_as_a_table()
    {
        // Issue 16: the main job scores the seed plan at its real size, scale 1: 100,000 mentees targeted,
        // 10,000,000.00 yuan, 1,000,000,000 impressions; 44% of 100,000 = 44,000 enrolled.
        (int exit, string output, string error) = CliRun.Of("scorecard");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("sample (seed 1, scale 1) as of 2025-05-01", output, StringComparison.Ordinal);
        Assert.Contains("│ 44,000 / 100,000 ", output, StringComparison.Ordinal);
        Assert.Contains("/ 1,000,000,000 ", output, StringComparison.Ordinal);
        Assert.Contains("10,000,000.00", output, StringComparison.Ordinal);
        // The statuses docs/sample-programme.md states for every scale.
        Assert.Contains("at-risk", output, StringComparison.Ordinal);
        Assert.Contains("on-track", output, StringComparison.Ordinal);
        Assert.Contains("ahead", output, StringComparison.Ordinal);
        Assert.Contains("By province", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_exactly_the_scorecard_document()
    {
        (int exit, string output, string error) = CliRun.Of("scorecard", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        Assert.Equal("2025-05-01", root.GetProperty("asOf").GetString());
        // Scale 1: target 100,000; enrolled 44% = 44,000; expected 100,000 × 548/1,096 = 50,000; 0.88: at risk.
        JsonElement mentees = root.GetProperty("mentees");
        Assert.Equal(100_000, mentees.GetProperty("target").GetInt32());
        Assert.Equal(44_000, mentees.GetProperty("actual").GetInt32());
        Assert.Equal(50_000, mentees.GetProperty("expected").GetInt32());
        Assert.Equal("at-risk", mentees.GetProperty("status").GetString());
        // Cash: budget 10,000,000.00, expected half of it; 46% disbursed less refunds is on track.
        JsonElement cash = root.GetProperty("cash");
        Assert.Equal("10000000.00", cash.GetProperty("budget").GetString());
        Assert.Equal("5000000.00", cash.GetProperty("expected").GetString());
        Assert.Equal("on-track", cash.GetProperty("status").GetString());
        // Traffic: budget 1,000,000,000, expected 500,000,000; 65% granted less reversals is ahead.
        JsonElement traffic = root.GetProperty("traffic");
        Assert.Equal(1_000_000_000, traffic.GetProperty("budget").GetInt64());
        Assert.Equal(500_000_000, traffic.GetProperty("expected").GetInt64());
        Assert.Equal("ahead", traffic.GetProperty("status").GetString());
        Assert.Equal(44_000, root.GetProperty("monetisation").GetProperty("mentees").GetInt32());
        Assert.Equal("below", root.GetProperty("monetisation").GetProperty("status").GetString());
        // Every other figure is the library's own scorecard of the full-scale sample, written by the library.
        SannongDataset sample = SampleProgramme.Generate(SampleProgramme.DefaultSeed, 1.0);
        Assert.Equal(ScorecardJson.ToJson(ScorecardCalculator.Compute(sample.Data, SampleProgramme.AsOf)), output.TrimEnd('\n', '\r'));
    }

    [Fact]
    public void Scale_picks_a_smaller_sample()
    {
        // Scale 0.01: target 1,000, enrolled 44% = 440 (the old default's figures); budgets a hundredth of the plan's.
        (int exit, string output, string error) = CliRun.Of("scorecard", "--scale", "0.01", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement mentees = doc.RootElement.GetProperty("mentees");
        Assert.Equal(1_000, mentees.GetProperty("target").GetInt32());
        Assert.Equal(440, mentees.GetProperty("actual").GetInt32());
        Assert.Equal("100000.00", doc.RootElement.GetProperty("cash").GetProperty("budget").GetString());
        Assert.Equal(10_000_000, doc.RootElement.GetProperty("traffic").GetProperty("budget").GetInt64());
    }

    [Theory]
    [InlineData("0", "sannong: --scale must be greater than 0 and at most 1, but was 0. (see 'sannong scorecard --help')")]
    [InlineData("1.5", "sannong: --scale must be greater than 0 and at most 1, but was 1.5. (see 'sannong scorecard --help')")]
    [InlineData("x", "sannong: --scale: 'x' is not a number; write it with a decimal point, as in 0.05. (see 'sannong scorecard --help')")]
    public void A_bad_scale_is_a_usage_error(string scale, string message)
    {
        (int exit, string output, string error) = CliRun.Of("scorecard", "--scale", scale);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal(message, error.TrimEnd());
    }

    [Fact]
    public void Scale_with_data_is_a_usage_error()
    {
        // --scale sizes the sample, which --data replaces: both at once is a mistake, not silently ignored.
        using var files = new TestFiles();
        string path = files.Write("hand.json", TestFiles.Document());
        (int exit, string output, string error) = CliRun.Of("scorecard", "--data", path, "--scale", "0.5");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("sannong: --scale: the size of the sample programme, which is used only without --data", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_written_file_gives_the_numbers_worked_by_hand()
    {
        // Ten days, target 4 mentees; a enrols on the 1st, b on the 3rd; 300.00 of 1,000.00 disbursed on the 2nd.
        // As of the 5th: e = 5, a = 2, expected 4 * 5/10 = 2: pace ratio 1.0, on track. Cash: expected 500.00,
        // spent 300.00, ratio 0.6 < 0.80: behind. Earner: a earned 50.00 in January (window Nov to Jan): 1 of 2.
        // The document is TestFiles.Document(), the hand-made pilot.
        using var files = new TestFiles();
        string path = files.Write("hand.json", TestFiles.Document());
        (int exit, string output, string error) = CliRun.Of("scorecard", "--data", path, "--format", "json");
        Assert.True(exit == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        Assert.Equal("2024-01-05", root.GetProperty("asOf").GetString());
        Assert.Equal(2, root.GetProperty("mentees").GetProperty("actual").GetInt32());
        Assert.Equal(1.0, root.GetProperty("mentees").GetProperty("paceRatio").GetDouble());
        Assert.Equal("on-track", root.GetProperty("mentees").GetProperty("status").GetString());
        Assert.Equal("300.00", root.GetProperty("cash").GetProperty("spent").GetString());
        Assert.Equal("500.00", root.GetProperty("cash").GetProperty("expected").GetString());
        Assert.Equal("behind", root.GetProperty("cash").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("traffic").ValueKind);
        Assert.Equal(1, root.GetProperty("monetisation").GetProperty("earners").GetInt32());

        // --as-of overrides the document's asOf: on the 10th (the last day) a = 2 < 4: missed.
        (exit, output, _) = CliRun.Of("scorecard", "--data", path, "--format", "json", "--as-of", "2024-01-10");
        Assert.Equal(0, exit);
        using JsonDocument later = JsonDocument.Parse(output);
        Assert.Equal("missed", later.RootElement.GetProperty("mentees").GetProperty("status").GetString());

        (exit, output, _) = CliRun.Of("scorecard", "--data", path, "--format", "markdown");
        Assert.Equal(0, exit);
        Assert.StartsWith("# Hand-made pilot: scorecard as of 2024-01-05", output, StringComparison.Ordinal);
        Assert.Contains("| Mentees | 2 | 4 | 50% | 2 | on-track |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_is_a_png_of_the_documented_size()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sannong-chart-{Guid.NewGuid():N}.png");
        try
        {
            (int exit, _, string error) = CliRun.Of("scorecard", "--scale", "0.01", "--format", "json", "--chart", path);
            Assert.Equal(0, exit);
            Assert.Contains("Chart written to", error, StringComparison.Ordinal);
            byte[] png = File.ReadAllBytes(path);
            // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers at bytes 16 and 20.
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
            Assert.Equal(1000, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
            Assert.Equal(560, (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--data", "/no/such/dir/x.json", "sannong: /no/such/dir/x.json: no such directory.")]
    public void Bad_input_is_one_line_on_stderr_and_exit_1(string option, string value, string message)
    {
        (int exit, string output, string error) = CliRun.Of("scorecard", option, value);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal(message, error.TrimEnd());
    }

    [Theory]
    // Issue 14: a bad --as-of was exit code 1, where the README promises 2 for usage errors.
    [InlineData("--as-of", "2025-02-30", "sannong: --as-of: '2025-02-30' is not a date of the form yyyy-MM-dd. (see 'sannong scorecard --help')")]
    [InlineData("--as-of", "30.01.2025", "sannong: --as-of: '30.01.2025' is not a date of the form yyyy-MM-dd. (see 'sannong scorecard --help')")]
    [InlineData("--format", "xml", "sannong: --format: 'xml' is not one of table, json, markdown. (see 'sannong scorecard --help')")]
    public void A_bad_option_value_is_one_line_on_stderr_and_exit_2(string option, string value, string message)
    {
        (int exit, string output, string error) = CliRun.Of("scorecard", option, value);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal(message, error.TrimEnd());
    }

    [Fact]
    public void Malformed_json_names_the_file_and_the_problem()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sannong-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"format\": ");
        try
        {
            (int exit, string output, string error) = CliRun.Of("scorecard", "--data", path);
            Assert.Equal(1, exit);
            Assert.Equal("", output);
            Assert.StartsWith($"sannong: {path}: 1 problem(s): ", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
