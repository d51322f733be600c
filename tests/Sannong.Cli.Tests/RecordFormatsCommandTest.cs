using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>
/// Issue 18 at the command line: a dataset folder's record files may be CSV or Parquet. `convert --to csv|parquet`
/// writes such a folder, every command reads it with the same numbers as the document, and it converts back to the
/// same document bytes. Every expected output comes from the same data run as one document.
/// </summary>
public sealed class RecordFormatsCommandTest
{
    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void A_folder_of_csv_or_parquet_files_scores_as_the_document_and_converts_back_byte_exact(string format)
    {
        using var files = new TestFiles();
        string document = Path.Combine(files.Folder, "sample.json");
        Assert.Equal(0, CliRun.Of("sample", "--scale", "0.01", "--out", document).Exit);
        string folder = Path.Combine(files.Folder, format);
        (int exit, _, string error) = CliRun.Of("convert", document, folder, "--to", format);
        Assert.True(exit == 0, error);
        Assert.Contains($"each kind in its .{format} file", error, StringComparison.Ordinal);
        Assert.Equal(
            new[] { "content", "dataset", "earnings", "enrolments", "influencers", "ledger" }.Select(n => n == "dataset" ? "dataset.json" : $"{n}.{format}"),
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        foreach (string[] command in new[] { new[] { "scorecard", "--format", "json" }, new[] { "exposure" } })
        {
            (int exitOfDocument, string ofDocument, string errorOfDocument) = CliRun.Of([.. command, "--data", document]);
            (int exitOfFolder, string ofFolder, string errorOfFolder) = CliRun.Of([.. command, "--data", folder]);
            Assert.True(exitOfDocument == 0, errorOfDocument);
            Assert.True(exitOfFolder == 0, errorOfFolder);
            Assert.Equal(ofDocument, ofFolder);
        }
        Assert.Equal($"{folder}: valid", CliRun.Of("validate", folder).Out.TrimEnd());

        string back = Path.Combine(files.Folder, "back.json");
        (exit, _, error) = CliRun.Of("convert", folder, back);
        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllBytes(document), File.ReadAllBytes(back));
    }

    [Fact]
    public void A_column_map_that_is_not_one_is_a_usage_error_naming_the_option_and_a_missing_one_a_problem()
    {
        using var files = new TestFiles();
        string map = Path.Combine(files.Folder, "map.json");
        File.WriteAllText(map, "[1, 2]");
        (int exit, _, string error) = CliRun.Of("scorecard", "--data", files.Folder, "--columns", map);
        Assert.Equal(2, exit);
        Assert.StartsWith("sannong: --columns: ", error, StringComparison.Ordinal);

        (exit, _, error) = CliRun.Of("scorecard", "--data", files.Folder, "--columns", Path.Combine(files.Folder, "none.json"));
        Assert.Equal(1, exit);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }
}
