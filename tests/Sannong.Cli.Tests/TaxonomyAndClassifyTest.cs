using System;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>`sannong taxonomy` and `sannong classify`.</summary>
public sealed class TaxonomyAndClassifyTest
{
    [Theory]
    [InlineData("zh", "种植业 agriculture.crops")]
    [InlineData("pinyin", "zhòngzhíyè agriculture.crops")]
    [InlineData("en", "Crops agriculture.crops")]
    [InlineData("fr", "Cultures agriculture.crops")]
    public void Taxonomy_prints_the_tree_in_the_language_asked(string lang, string line)
    {
        (int exit, string output, string error) = CliRun.Of("taxonomy", "--lang", lang);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains(line, output, StringComparison.Ordinal);
        Assert.Contains("villages.sports", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error_on_stderr()
    {
        (int exit, string output, string error) = CliRun.Of("taxonomy", "--lang", "de");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("sannong: --lang: 'de' is not one of zh, pinyin, en, fr. (see 'sannong taxonomy --help')", error.TrimEnd());
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public void Classify_finds_topics_in_arguments()
    {
        (int exit, string output, _) = CliRun.Of("classify", "今天做#乡村美食# 柴火饭", "hello world");
        Assert.Equal(0, exit);
        Assert.Contains("farmers.cuisine 乡村美食 Rural cuisine", output, StringComparison.Ordinal);
        Assert.Contains("(none)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_reads_lines_from_standard_input_without_arguments()
    {
        (int exit, string output, _) = CliRun.WithInput("#村BA 比赛\n\n采茶季\n", "classify");
        Assert.Equal(0, exit);
        Assert.Contains("villages.sports", output, StringComparison.Ordinal);
        Assert.Contains("agriculture.crops.tea", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        (int exit, string output, _) = CliRun.Of("--help");
        Assert.Equal(0, exit);
        Assert.Contains("taxonomy", output, StringComparison.Ordinal);
        Assert.Contains("classify", output, StringComparison.Ordinal);
    }
}
