using System;
using System.IO;
using System.Linq;
using Sannong.Domain.Exposure;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Xunit;

namespace Sannong.Cli.Tests;

public class ExposureCommandTest
{
    [Fact]
    public void Exposure_on_the_real_plan_prints_the_library_numbers()
    {
        // Without --data, the sample programme at full scale (issue 16), as `sannong scorecard` scores it.
        (int exit, string output, _) = CliRun.Of("exposure");
        Assert.Equal(0, exit);
        InequalityReport report = ExposureCalculator.ByCreator(SampleProgramme.Generate(SampleProgramme.DefaultSeed, 1.0).Data);
        Assert.Contains("│ Members ", output);
        Assert.Contains(" " + report.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " │", output);
        Assert.Contains(report.Gini!.Value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), output);
        Assert.Contains("Rural issue", output);
        Assert.Contains("Follower tier", output);
        // The HHI band by its name in the one table of names (as the JSON would write it), not by ToString().
        Assert.Contains("│ HHI band (2023 US guidelines) │ " + SannongNames.Name(report.Band!.Value), output);
    }

    [Fact]
    public void One_item_gets_every_impression()
    {
        // One item, one creator: all 5 impressions go to it; a single member has Gini 0 (weights 2·1 − 1 − 1 = 0).
        (int exit, string output, _) = CliRun.Of("simulate-feed", "--items", "1", "--impressions", "5", "--cap", "100", "--audience", "5");
        Assert.Equal(0, exit);
        Assert.Equal(new[] { "Gini", "0.000", "0.000" }, Cells(output, "│ Gini"));
        Assert.Equal(new[] { "Creators reaching 5 views", "1", "1" }, Cells(output, "│ Creators reaching"));
        Assert.Equal(new[] { "Impressions served", "5", "5" }, Cells(output, "│ Impressions served"));
    }

    private static string[] Cells(string output, string start) =>
        output.Split('\n').Single(l => l.StartsWith(start, System.StringComparison.Ordinal))
            .Split('│', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);

    [Fact]
    public void A_cap_above_the_impressions_gives_equal_columns_and_a_chart()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sannong-feed-{System.Guid.NewGuid():N}.png");
        (int exit, string output, string error) = CliRun.Of("simulate-feed", "--items", "200", "--impressions", "1000", "--cap", "1001", "--chart", path);
        Assert.Equal(0, exit);
        foreach (string line in output.Split('\n').Where(l => l.StartsWith("│ Gini") || l.StartsWith("│ Engagement")))
        {
            string[] cells = line.Split('│', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
            Assert.Equal(cells[1], cells[2]);
        }
        Assert.True(new FileInfo(path).Length > 0);
        Assert.Contains("Chart written", error);
        File.Delete(path);
    }

    [Fact]
    public void A_cut_factor_outside_zero_to_one_is_refused()
    {
        // A value the library refuses is a usage error: exit code 2, the option named, the library's rule quoted.
        (int exit, _, string error) = CliRun.Of("simulate-feed", "--cut", "2");
        Assert.Equal(2, exit);
        // The library's parameter (cutFactor) is replaced by the option the user typed; one line, with the help hint.
        Assert.Equal("sannong: --cut must be between 0 and 1, but was 2. (see 'sannong simulate-feed --help')", error.TrimEnd());
    }

    [Fact]
    public void A_view_cap_below_one_is_a_usage_error_naming_the_option()
    {
        (int exit, _, string error) = CliRun.Of("simulate-feed", "--cap", "0");
        Assert.Equal(2, exit);
        Assert.StartsWith("sannong: --cap must be between 1 and ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }
}
