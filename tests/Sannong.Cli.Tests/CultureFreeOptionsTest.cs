using System;
using System.IO;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>Issue 14 part 3: options parse and print with the invariant culture whatever the user's locale. Under
/// LANG=de_DE.UTF-8, `simulate-feed --cut 0.1` ran with cut = 1 (the dot read as a group separator) and exited 0; under
/// fr_FR, `sample --scale 0.05` was refused.</summary>
public sealed class CultureFreeOptionsTest
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void A_decimal_point_means_a_decimal_point_in_every_culture(string culture)
    {
        (int exit, string output, string error) = CliRun.InCulture(culture,
            "simulate-feed", "--items", "200", "--impressions", "2000", "--cut", "0.1", "--alpha", "1.5");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        // The options line prints back what was read, invariantly: 0.1 and 1.5, not 1 and 15 (nor 0,1).
        Assert.Contains("items=200 creators=20 impressions=2000 cap=100 cut=0.1 alpha=1.5 audience=100 seed=1", output, StringComparison.Ordinal);
        Assert.Contains("2,000", output, StringComparison.Ordinal); // impressions served, grouped invariantly
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void A_decimal_comma_is_a_usage_error_in_every_culture(string culture)
    {
        (int exit, string output, string error) = CliRun.InCulture(culture, "simulate-feed", "--cut", "0,1");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("sannong: --cut: '0,1' is not a number; write it with a decimal point, as in 0.05. (see 'sannong simulate-feed --help')",
            error.TrimEnd());
        // A grouped whole number is refused too: 1.000 is not one thousand, in any culture.
        (exit, _, error) = CliRun.InCulture(culture, "simulate-feed", "--items", "1.000");
        Assert.Equal(2, exit);
        Assert.StartsWith("sannong: --items: '1.000' is not a whole number", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    public void Sample_scale_0_05_is_accepted_and_gives_the_same_bytes_as_in_the_invariant_culture(string culture)
    {
        using var files = new TestFiles();
        string local = Path.Combine(files.Folder, "local.json");
        string invariant = Path.Combine(files.Folder, "invariant.json");
        (int exit, _, string error) = CliRun.InCulture(culture, "sample", "--scale", "0.05", "--seed", "3", "--out", local);
        Assert.Equal(0, exit);
        Assert.Equal($"Wrote {local}.", error.TrimEnd());
        Assert.Equal(0, CliRun.InCulture("", "sample", "--scale", "0.05", "--seed", "3", "--out", invariant).Exit);
        Assert.Equal(File.ReadAllBytes(invariant), File.ReadAllBytes(local));
    }

    [Fact]
    public void As_of_is_an_iso_date_in_every_culture()
    {
        (int exit, string output, _) = CliRun.InCulture("de-DE", "scorecard", "--scale", "0.01", "--as-of", "2025-03-01", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Contains("\"asOf\": \"2025-03-01\"", output.Replace("\"asOf\":\"", "\"asOf\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
        (exit, _, _) = CliRun.InCulture("de-DE", "scorecard", "--as-of", "01.03.2025");
        Assert.Equal(2, exit);
    }
}
