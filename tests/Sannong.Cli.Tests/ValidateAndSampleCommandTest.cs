using System;
using System.IO;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>`sannong validate` and `sannong sample`.</summary>
public sealed class ValidateAndSampleCommandTest
{
    [Fact]
    public void A_written_sample_validates_and_is_the_same_bytes_for_the_same_seed()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"sannong-sample-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            string one = Path.Combine(folder, "one.json");
            string two = Path.Combine(folder, "two.json");
            Assert.Equal(0, CliRun.Of("sample", "--seed", "7", "--scale", "0.005", "--out", one).Exit);
            Assert.Equal(0, CliRun.Of("sample", "--seed", "7", "--scale", "0.005", "--out", two).Exit);
            Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(two));

            (int exit, string output, _) = CliRun.Of("validate", one);
            Assert.Equal(0, exit);
            Assert.Equal($"{one}: valid", output.TrimEnd());

            // A folder receives the dataset folder (issue 17): it validates as a whole, and its files each alone.
            string split = Path.Combine(folder, "split") + Path.DirectorySeparatorChar;
            Assert.Equal(0, CliRun.Of("sample", "--seed", "7", "--scale", "0.005", "--out", split).Exit);
            (exit, output, _) = CliRun.Of("validate", split);
            Assert.Equal(0, exit);
            Assert.Equal($"{split}: valid", output.TrimEnd());
            (exit, output, _) = CliRun.Of("validate", Path.Combine(split, "dataset.json"), Path.Combine(split, "content.ndjson"));
            Assert.Equal(0, exit);
            Assert.Contains("content.ndjson: valid", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_problem_of_every_file_is_listed_and_the_exit_code_is_1()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"sannong-validate-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            string bad = Path.Combine(folder, "bad.json");
            File.WriteAllText(bad, """{ "format": "sannong-dataset/1", "programme": 3, "influencers": [], "extra": true }""");
            string earnings = Path.Combine(folder, "earnings.ndjson");
            File.WriteAllText(earnings,
                "{\"influencer\":\"a\",\"month\":\"2024-01\",\"amount\":\"1.00\",\"source\":\"other\"}\n" +
                "{\"influencer\":\"a\",\"month\":\"2024-01\",\"amount\":\"-1.00\",\"source\":\"other\"}\n");
            (int exit, string output, _) = CliRun.Of("validate", bad, earnings);
            Assert.Equal(1, exit);
            Assert.Contains($"{bad}: ", output, StringComparison.Ordinal);
            Assert.Contains("$.extra", output, StringComparison.Ordinal);
            Assert.Contains($"{earnings}: 1 problem(s)", output, StringComparison.Ordinal);
            Assert.Contains("[line 2]", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Validate_without_a_file_is_a_usage_error()
    {
        (int exit, _, string error) = CliRun.Of("validate");
        Assert.Equal(2, exit);
        Assert.StartsWith("sannong: ", error, StringComparison.Ordinal);
    }
}
