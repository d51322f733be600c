using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>
/// Issue 17 at the command line: a dataset is a folder. `sample --out DIR` writes it, every command reads it, `validate
/// DIR` checks it as a whole (references across its files), `validate FILE...` says it checks each file alone, a
/// command whose data lacks the records it needs says so in one line, and `convert` turns a document into a folder and
/// back, byte-exact. Every expected number comes from the same data run as one document, or is worked by hand.
/// </summary>
public sealed class DatasetFolderCommandTest
{
    /// <summary>The six files of a dataset folder, in ordinal order.</summary>
    private static readonly string[] FolderFiles =
        ["content.ndjson", "dataset.json", "earnings.ndjson", "enrolments.ndjson", "influencers.ndjson", "ledger.ndjson"];

    private const string Scale = "0.01";

    /// <summary>The sample at <see cref="Scale"/> written as a folder (returned) and as one document.</summary>
    private static (string Folder, string Document) WriteBoth(TestFiles files)
    {
        string folder = Path.Combine(files.Folder, "sample");
        string document = Path.Combine(files.Folder, "sample.json");
        Assert.Equal(0, CliRun.Of("sample", "--scale", Scale, "--out", folder).Exit);
        Assert.Equal(0, CliRun.Of("sample", "--scale", Scale, "--out", document).Exit);
        return (folder, document);
    }

    [Fact]
    public void Scorecard_exposure_and_validate_of_the_sample_folder_equal_those_of_the_same_document()
    {
        using var files = new TestFiles();
        (string folder, string document) = WriteBoth(files);
        // A path without extension that does not exist is a folder: dataset.json and a file per kind of record.
        Assert.Equal(FolderFiles, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());

        foreach (string[] command in new[]
        {
            new[] { "scorecard", "--format", "json" }, new[] { "scorecard" }, new[] { "scorecard", "--format", "markdown" }, new[] { "exposure" },
        })
        {
            (int exitOfDocument, string ofDocument, string errorOfDocument) = CliRun.Of([.. command, "--data", document]);
            (int exitOfFolder, string ofFolder, string errorOfFolder) = CliRun.Of([.. command, "--data", folder]);
            Assert.True(exitOfDocument == 0, errorOfDocument);
            Assert.True(exitOfFolder == 0, errorOfFolder);
            Assert.Equal(ofDocument, ofFolder);
        }

        // The equality is not that of two empty answers: the document's scorecard counts mentees and spends cash.
        using JsonDocument card = JsonDocument.Parse(CliRun.Of("scorecard", "--format", "json", "--data", document).Out);
        Assert.True(card.RootElement.GetProperty("mentees").GetProperty("actual").GetInt32() > 0);
        Assert.NotEqual("0.00", card.RootElement.GetProperty("cash").GetProperty("spent").GetString());

        (int exit, string output, string error) = CliRun.Of("validate", folder);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal($"{folder}: valid", output.TrimEnd());
    }

    [Fact]
    public void Convert_turns_a_document_into_the_folder_and_back_byte_exact()
    {
        using var files = new TestFiles();
        (string written, string document) = WriteBoth(files);

        // Document -> folder: the six files sample --out DIR writes.
        string folder = Path.Combine(files.Folder, "converted") + Path.DirectorySeparatorChar;
        (int exit, string output, string error) = CliRun.Of("convert", document, folder);
        Assert.True(exit == 0, error);
        Assert.Equal("", output);
        Assert.StartsWith($"Wrote the dataset folder {folder}: dataset.json and ", error, StringComparison.Ordinal);
        AssertSameFiles(written, folder);

        // Folder -> document: the document the library writes, that of sample --out x.json.
        string back = Path.Combine(files.Folder, "back.json");
        (exit, _, error) = CliRun.Of("convert", folder, back);
        Assert.True(exit == 0, error);
        Assert.Equal($"Wrote {back}.", error.TrimEnd());
        Assert.Equal(File.ReadAllBytes(document), File.ReadAllBytes(back));

        // And folder -> document -> folder gives the same six files, --to naming the form of a path with an extension.
        string again = Path.Combine(files.Folder, "again.d");
        (exit, _, error) = CliRun.Of("convert", back, again, "--to", "folder");
        Assert.True(exit == 0, error);
        AssertSameFiles(folder, again);
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        Assert.Equal(FolderFiles, Directory.GetFiles(actual).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        foreach (string name in FolderFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))), name);
        }
    }

    [Fact]
    public void Convert_refuses_nonsense_before_reading_anything()
    {
        using var files = new TestFiles();
        string document = files.Write("hand.json", TestFiles.Document());
        string missing = Path.Combine(files.Folder, "missing.json");
        (int exit, string output, string error) = CliRun.Of("convert", missing, Path.Combine(files.Folder, "out"));
        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"sannong: {missing}: no such file or folder.", error.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(files.Folder, "out")));

        (exit, _, error) = CliRun.Of("convert", document, document);
        Assert.Equal(2, exit);
        Assert.Equal($"sannong: OUT: writing '{document}' would overwrite IN '{document}'; write the converted dataset elsewhere. (see 'sannong convert --help')", error.TrimEnd());

        // The folder's own dataset.json as IN, the folder as OUT: IN would be overwritten.
        string folder = Path.Combine(files.Folder, "d");
        Assert.Equal(0, CliRun.Of("convert", document, folder).Exit);
        string inner = Path.Combine(folder, "dataset.json");
        (exit, _, error) = CliRun.Of("convert", inner, folder);
        Assert.Equal(2, exit);
        Assert.Contains("would overwrite IN", error, StringComparison.Ordinal);

        // An existing file where a folder is asked for, a folder where a document is, an NDJSON file.
        (exit, _, error) = CliRun.Of("convert", folder, document, "--to", "folder");
        Assert.Equal(2, exit);
        Assert.StartsWith($"sannong: OUT: '{document}' is a file; a dataset folder is written to a folder", error, StringComparison.Ordinal);
        string other = Path.Combine(files.Folder, "other");
        Directory.CreateDirectory(other);
        (exit, _, error) = CliRun.Of("convert", folder, other, "--to", "document");
        Assert.Equal(2, exit);
        Assert.StartsWith($"sannong: OUT: '{other}' is a folder; a document is written to a file", error, StringComparison.Ordinal);
        string ndjson = Path.Combine(files.Folder, "content.ndjson");
        (exit, _, error) = CliRun.Of("convert", document, ndjson);
        Assert.Equal(2, exit);
        Assert.StartsWith($"sannong: OUT: '{ndjson}' is an NDJSON file, which holds one kind of record", error, StringComparison.Ordinal);
        Assert.False(File.Exists(ndjson));
        Assert.Empty(Directory.GetFiles(other));
    }

    [Fact]
    public void Convert_of_data_with_problems_prints_them_as_validate_does_and_writes_nothing()
    {
        using var files = new TestFiles();
        string folder = HandFolder(files);
        string target = Path.Combine(files.Folder, "all.json");
        (int exit, string output, string error) = CliRun.Of("convert", folder, target);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        // The hand-made folder's one problem (see HandFolder), as validate prints it, under one heading.
        Assert.Equal(
            [
                $"sannong: {folder}: 1 problem(s); nothing written.",
                "  [earnings.ndjson, line 2] $.influencer: UnknownInfluencer: influencer 'zz' is not among the influencers.",
            ],
            Terminal.Lines(error));
        Assert.False(File.Exists(target));
    }

    /// <summary>A dataset folder with a problem across files: dataset.json holds the programme of TestFiles.Document,
    /// influencers.ndjson the influencer a, and earnings.ndjson two earnings, the second (line 2) of 'zz', whom no file
    /// names: one problem, [earnings.ndjson, line 2] at $.influencer, of kind UnknownInfluencer, with the library's
    /// message for it (RecordReferences: "influencer '{id}' is not among the influencers.").</summary>
    private static string HandFolder(TestFiles files)
    {
        string folder = Path.Combine(files.Folder, "hand");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "dataset.json"), """
            {
              "format": "sannong-dataset/1",
              "asOf": "2024-01-05",
              "programme": {
                "id": "hand", "name": "Hand-made pilot",
                "period": { "start": "2024-01-01", "end": "2024-01-10" },
                "targets": { "mentees": 4, "earningShare": 0.5 },
                "budgets": { "cash": "1000.00" }
              }
            }
            """);
        File.WriteAllText(Path.Combine(folder, "influencers.ndjson"),
            """{ "id": "a", "handle": "阿妹", "region": "430524", "topics": ["farmers.cuisine"], "followers": 12000, "joined": "2019-05-02" }""" + "\n");
        File.WriteAllText(Path.Combine(folder, "earnings.ndjson"),
            """{ "influencer": "a", "month": "2024-01", "amount": "50.00", "source": "e-commerce" }""" + "\n" +
            """{ "influencer": "zz", "month": "2024-01", "amount": "50.00", "source": "e-commerce" }""" + "\n");
        return folder;
    }

    [Fact]
    public void Validate_of_a_folder_prints_a_problem_across_files_with_its_file_and_line()
    {
        using var files = new TestFiles();
        string folder = HandFolder(files);
        (int exit, string output, _) = CliRun.Of("validate", folder);
        Assert.Equal(1, exit);
        Assert.Equal(
            [
                $"{folder}: 1 problem(s)",
                "  [earnings.ndjson, line 2] $.influencer: UnknownInfluencer: influencer 'zz' is not among the influencers.",
            ],
            Terminal.Lines(output));

        // Each file alone is valid: the reference is checked only across the folder, and validate says so.
        (exit, output, _) = CliRun.Of("validate", Path.Combine(folder, "earnings.ndjson"), Path.Combine(folder, "influencers.ndjson"));
        Assert.Equal(0, exit);
        Assert.Equal(
            [
                $"Each file is checked alone; validate the folder ('sannong validate {folder}') to check references across files.",
                $"{Path.Combine(folder, "earnings.ndjson")}: valid",
                $"{Path.Combine(folder, "influencers.ndjson")}: valid",
            ],
            Terminal.Lines(output));

        // A command reading the folder stops at the problem, in one line naming the file and the line.
        string error;
        (exit, output, error) = CliRun.Of("scorecard", "--data", folder);
        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"sannong: {folder}: 1 problem(s): [earnings.ndjson, line 2] $.influencer: UnknownInfluencer: influencer 'zz' is not among the influencers.",
            error.TrimEnd());
    }

    [Fact]
    public void Validate_says_files_are_checked_alone_for_an_ndjson_file_several_files_or_a_folders_document_and_only_then()
    {
        using var files = new TestFiles();
        string one = files.Write("one.json", TestFiles.Document());
        string two = files.Write("two.json", TestFiles.Document());
        const string Note = "Each file is checked alone; validate the folder to check references across files.";

        // One document alone, or one folder: no note.
        Assert.Equal([$"{one}: valid"], Terminal.Lines(CliRun.Of("validate", one).Out));
        string folder = HandFolder(files);
        Assert.DoesNotContain("checked alone", CliRun.Of("validate", folder).Out, StringComparison.Ordinal);

        // Two documents: each is checked alone.
        Assert.Equal([Note, $"{one}: valid", $"{two}: valid"], Terminal.Lines(CliRun.Of("validate", one, two).Out));

        // A folder's dataset.json alone: valid as a document, but its records are beside it.
        string inner = Path.Combine(folder, "dataset.json");
        (int exit, string output, _) = CliRun.Of("validate", inner);
        Assert.Equal(0, exit);
        Assert.Equal([$"Each file is checked alone; validate the folder ('sannong validate {folder}') to check references across files.", $"{inner}: valid"],
            Terminal.Lines(output));
    }

    [Fact]
    public void Exposure_of_data_without_content_says_so_in_one_line_and_exits_1()
    {
        using var files = new TestFiles();
        string document = files.Write("hand.json", TestFiles.Document());
        (int exit, string output, string error) = CliRun.Of("exposure", "--data", document);
        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"sannong: {document}: no content items, so no views to measure: exposure needs the content " +
            "(content.ndjson in a dataset folder, or the content array of a dataset document).", error.TrimEnd());

        // The document of a folder read alone: the folder beside it has the content, and the line says to give it.
        string folder = Path.Combine(files.Folder, "sample");
        Assert.Equal(0, CliRun.Of("sample", "--scale", "0.002", "--out", folder).Exit);
        string inner = Path.Combine(folder, "dataset.json");
        (exit, output, error) = CliRun.Of("exposure", "--data", inner);
        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"sannong: {inner}: has no influencers or content items, but the folder beside it holds influencers.ndjson and content.ndjson: " +
            $"give --data {folder} to read the dataset as a whole.", error.TrimEnd());

        // The scorecard too: its mentees, ledger and earnings are beside it.
        (exit, output, error) = CliRun.Of("scorecard", "--data", inner);
        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"sannong: {inner}: has no influencers, enrolments, ledger entries or earnings, but the folder beside it holds " +
            $"influencers.ndjson, enrolments.ndjson, ledger.ndjson and earnings.ndjson: give --data {folder} to read the dataset as a whole.",
            error.TrimEnd());
    }

    [Fact]
    public void Sample_out_decides_the_form_from_the_path()
    {
        using var files = new TestFiles();
        // An existing folder, and a path ending with a slash, receive the folder.
        string existing = Path.Combine(files.Folder, "existing.d");
        Directory.CreateDirectory(existing);
        Assert.Equal(0, CliRun.Of("sample", "--scale", "0.002", "--out", existing).Exit);
        Assert.Equal(FolderFiles, Directory.GetFiles(existing).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        string slash = Path.Combine(files.Folder, "slash.d") + "/";
        Assert.Equal(0, CliRun.Of("sample", "--scale", "0.002", "--out", slash).Exit);
        Assert.Equal(FolderFiles, Directory.GetFiles(slash).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());

        // An existing file without extension is replaced by a document.
        string file = files.Write("plain", "x");
        Assert.Equal(0, CliRun.Of("sample", "--scale", "0.002", "--out", file).Exit);
        Assert.Equal((byte)'{', File.ReadAllBytes(file)[0]);

        // A .ndjson path is refused before any work.
        string ndjson = Path.Combine(files.Folder, "sample.ndjson");
        (int exit, _, string error) = CliRun.Of("sample", "--scale", "0.002", "--out", ndjson);
        Assert.Equal(2, exit);
        Assert.StartsWith($"sannong: --out: '{ndjson}' is an NDJSON file, which holds one kind of record", error, StringComparison.Ordinal);
        Assert.False(File.Exists(ndjson));
    }
}
