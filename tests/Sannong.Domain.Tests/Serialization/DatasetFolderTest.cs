using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>A dataset folder (dataset.json and a .ndjson file per kind of record) reads as the same dataset as one
/// document, round-trips byte for byte, and is checked as a whole: every reference across files, each problem with
/// its file and line.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 25)]
public sealed class DatasetFolderTest
{
    /// <summary>valid-base.json as a folder written by hand: dataset.json with the format, asOf and programme, and each
    /// array as NDJSON, one record a line in the document's order (so line n is the record [n-1] of the document).</summary>
    private static Dictionary<string, List<string>> BaseFolder(out string document)
    {
        JsonObject root = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json")))!.AsObject();
        var files = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string name in new[] { "influencers", "enrolments", "ledger", "earnings", "content" })
        {
            JsonArray array = root[name]!.AsArray();
            files[name + ".ndjson"] = array.Select(record => record!.ToJsonString()).ToList();
            root.Remove(name);
        }
        document = root.ToJsonString();
        return files;
    }

    private static void Write(string folder, string document, Dictionary<string, List<string>> files)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "dataset.json"), document);
        foreach ((string name, List<string> lines) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), string.Concat(lines.Select(line => line + "\n")));
        }
    }

    private static ValidationResult<SannongDataset> ValidateBase(Action<Dictionary<string, List<string>>> change, ValidationOptions? options = null)
    {
        Dictionary<string, List<string>> files = BaseFolder(out string document);
        change(files);
        using var folder = new TempFolder();
        Write(folder.Path, document, files);
        return DatasetFiles.Validate(folder.Path, options ?? ValidationOptions.Default);
    }

    [Fact]
    public void The_base_folder_reads_as_the_base_document()
    {
        ValidationResult<SannongDataset> folder = ValidateBase(_ => { });
        SannongDataset document = SannongJson.ReadDatasetFile(Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json"));
        Assert.True(folder.IsValid, string.Join("\n", folder.Problems));
        Assert.Equal(document, folder.Value);
    }

    [Fact]
    public void A_sample_written_as_a_folder_reads_back_equal_and_turns_back_into_the_same_document_bytes()
    {
        SannongDataset sample = SampleProgramme.Generate(SampleProgramme.DefaultSeed, 0.002);
        using var folder = new TempFolder();
        DatasetFiles.WriteFolder(sample, folder.Path);
        Assert.Equal(["content.ndjson", "dataset.json", "earnings.ndjson", "enrolments.ndjson", "influencers.ndjson", "ledger.ndjson"],
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        JsonObject written = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "dataset.json")))!.AsObject();
        Assert.Equal(["format", "asOf", "programme"], written.Select(field => field.Key));

        SannongDataset read = DatasetFiles.Read(folder.Path);
        Assert.Equal(sample, read);
        // Document -> folder -> document: the same bytes; folder -> document -> folder: the same six files.
        Assert.Equal(SannongJson.ToUtf8Bytes(sample), SannongJson.ToUtf8Bytes(read));
        using var again = new TempFolder();
        DatasetFiles.WriteFolder(read, again.Path);
        foreach (string name in Directory.GetFiles(folder.Path).Select(p => Path.GetFileName(p)))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Path, name)), File.ReadAllBytes(Path.Combine(again.Path, name)));
        }
        Assert.Equal(sample.Data.Content.Length, File.ReadAllLines(Path.Combine(folder.Path, "content.ndjson")).Length);
    }

    [Property(MaxTest = 15)]
    public bool Any_dataset_round_trips_through_a_folder(SannongDataset dataset)
    {
        using var folder = new TempFolder();
        DatasetFiles.WriteFolder(dataset, folder.Path);
        return DatasetFiles.Read(folder.Path) == dataset;
    }

    [Fact]
    public void A_kind_given_nowhere_has_no_records_and_a_document_may_keep_some_arrays()
    {
        // The content file removed: no content. The earnings moved back into dataset.json as an array: read from there.
        Dictionary<string, List<string>> files = BaseFolder(out string document);
        files.Remove("content.ndjson");
        List<string> earnings = files["earnings.ndjson"];
        files.Remove("earnings.ndjson");
        JsonObject root = JsonNode.Parse(document)!.AsObject();
        root["earnings"] = JsonNode.Parse("[" + string.Join(",", earnings) + "]");
        using var folder = new TempFolder();
        Write(folder.Path, root.ToJsonString(), files);
        SannongDataset read = DatasetFiles.Read(folder.Path);
        Assert.Empty(read.Data.Content);
        Assert.Single(read.Data.Earnings);
        Assert.Equal(2, read.Data.Influencers.Length);
    }

    // Every relation between the records, broken across files. The base has influencers kol-1 and kol-2 on lines 1-2
    // of influencers.ndjson; enrolments.ndjson has 2 lines, ledger.ndjson 3 (line 2 a traffic grant to kol-2, which
    // nothing reverses, so that an unknown beneficiary is its only problem), earnings.ndjson 1, content.ndjson 1.
    [Theory]
    [InlineData("enrolments.ndjson", 2, "\"kol-2\"", "$.influencer")]
    [InlineData("ledger.ndjson", 2, "\"kol-2\"", "$.influencer")]
    [InlineData("earnings.ndjson", 1, "\"kol-1\"", "$.influencer")]
    [InlineData("content.ndjson", 1, "\"kol-1\"", "$.author")]
    public void A_reference_to_an_influencer_no_file_names_is_a_problem_at_its_file_and_line(string file, int line, string reference, string path)
    {
        ValidationResult<SannongDataset> result = ValidateBase(files =>
            files[file][line - 1] = files[file][line - 1].Replace(reference, "\"kol-404\"", StringComparison.Ordinal));
        DataProblem problem = Assert.Single(result.Problems);
        Assert.Equal(new DataProblem(path, DataProblemKind.UnknownInfluencer, "influencer 'kol-404' is not among the influencers.", line).InFile(file), problem);
        Assert.Equal($"[{file}, line {line}] {path}: UnknownInfluencer: influencer 'kol-404' is not among the influencers.", problem.ToString());
        Assert.NotNull(problem.Location);
    }

    [Fact]
    public void A_reference_to_an_influencer_of_the_document_array_is_checked_across_the_files()
    {
        // The influencers in dataset.json, an earning of an unknown one in earnings.ndjson (after a blank line, so
        // that the record index 1 is on line 3).
        Dictionary<string, List<string>> files = BaseFolder(out string document);
        JsonObject root = JsonNode.Parse(document)!.AsObject();
        root["influencers"] = JsonNode.Parse("[" + string.Join(",", files["influencers.ndjson"]) + "]");
        files.Remove("influencers.ndjson");
        files["earnings.ndjson"].Add("");
        files["earnings.ndjson"].Add(files["earnings.ndjson"][0].Replace("\"kol-1\"", "\"kol-9\"", StringComparison.Ordinal)
            .Replace("2024-01", "2024-02", StringComparison.Ordinal));
        using var folder = new TempFolder();
        Write(folder.Path, root.ToJsonString(), files);
        DataProblem problem = Assert.Single(DatasetFiles.Validate(folder.Path).Problems);
        Assert.Equal("[earnings.ndjson, line 3] $.influencer: UnknownInfluencer: influencer 'kol-9' is not among the influencers.", problem.ToString());
    }

    [Fact]
    public void A_repeated_id_names_the_file_and_line_of_the_first()
    {
        // influencers.ndjson: line 3 repeats kol-1 of line 1.
        ValidationResult<SannongDataset> result = ValidateBase(files => files["influencers.ndjson"].Add(files["influencers.ndjson"][0]));
        DataProblem problem = Assert.Single(result.Problems);
        Assert.Equal("[influencers.ndjson, line 3] $.id: DuplicateId: influencer id 'kol-1' appears more than once (first at influencers.ndjson line 1).",
            problem.ToString());
    }

    [Fact]
    public void The_ledger_rules_are_checked_on_the_ledger_file()
    {
        // Line 3 refunds 500.00 of the 1,500.00 disbursed to kol-1; make it 1,600.00, more than was disbursed.
        ValidationResult<SannongDataset> result = ValidateBase(files =>
            files["ledger.ndjson"][2] = files["ledger.ndjson"][2].Replace("\"500.00\"", "\"1600.00\"", StringComparison.Ordinal));
        DataProblem problem = Assert.Single(result.Problems);
        Assert.Equal(("ledger.ndjson", 3L, DataProblemKind.RefundExceedsDisbursed), (problem.File, problem.Line, problem.Kind));
    }

    [Fact]
    public void Problems_of_every_file_are_reported_at_once_in_the_format_order_with_their_files()
    {
        // A bad asOf in dataset.json, a bad line 2 in enrolments.ndjson, a line that is not JSON in content.ndjson.
        Dictionary<string, List<string>> files = BaseFolder(out string document);
        document = document.Replace("\"2025-05-01\"", "\"2025-13-01\"", StringComparison.Ordinal);
        files["enrolments.ndjson"][1] = files["enrolments.ndjson"][1].Replace("\"2023-12-01\"", "\"yesterday\"", StringComparison.Ordinal);
        files["content.ndjson"][0] = "{ not json";
        using var folder = new TempFolder();
        Write(folder.Path, document, files);
        ValidationResult<SannongDataset> result = DatasetFiles.Validate(folder.Path);
        Assert.Equal([("dataset.json", (long?)null, "$.asOf"), ("enrolments.ndjson", 2, "$.date"), ("content.ndjson", 1, "$")],
            result.Problems.Select(p => (p.File!, p.Line, p.Path)));
        Assert.Equal(3, result.ProblemCount);
    }

    [Fact]
    public void Problems_are_capped_across_files_and_all_counted()
    {
        // Each of the 3 ledger lines and the 2 enrolment lines made an empty object: 5 lines with problems; keep 2.
        ValidationResult<SannongDataset> all = ValidateBase(files =>
        {
            files["ledger.ndjson"] = ["{}", "{}", "{}"];
            files["enrolments.ndjson"] = ["{}", "{}"];
        });
        ValidationResult<SannongDataset> capped = ValidateBase(files =>
        {
            files["ledger.ndjson"] = ["{}", "{}", "{}"];
            files["enrolments.ndjson"] = ["{}", "{}"];
        }, new ValidationOptions(2));
        Assert.True(all.ProblemCount >= 5);
        Assert.Equal(all.ProblemCount, capped.ProblemCount);
        Assert.Equal(all.Problems.Take(2), capped.Problems);
    }

    [Fact]
    public void A_kind_in_two_places_is_a_problem_and_nothing_is_built()
    {
        // The content both as dataset.json's array and as content.ndjson.
        Dictionary<string, List<string>> files = BaseFolder(out string document);
        JsonObject root = JsonNode.Parse(document)!.AsObject();
        root["content"] = new JsonArray();
        using var folder = new TempFolder();
        Write(folder.Path, root.ToJsonString(), files);
        ValidationResult<SannongDataset> result = DatasetFiles.Validate(folder.Path);
        DataProblem problem = Assert.Single(result.Problems);
        Assert.Equal("[content.ndjson] $: DuplicateSource: the content items are given in two places, the array content of dataset.json and " +
            "content.ndjson, but a kind of record lives in one place: remove the empty array content from dataset.json.", problem.ToString());
        Assert.False(result.IsValid);

        // A full array beside the file: which one is right is the user's call.
        root["content"] = JsonNode.Parse("[" + files["content.ndjson"][0] + "]");
        Write(folder.Path, root.ToJsonString(), files);
        Assert.EndsWith("in one place: keep one of them.", Assert.Single(DatasetFiles.Validate(folder.Path).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_for_one_kind_or_a_record_file_that_is_not_ndjson_are_problems()
    {
        ValidationResult<SannongDataset> twice = ValidateBase(files => files["Earnings.ndjson"] = files["earnings.ndjson"]);
        DataProblem duplicate = Assert.Single(twice.Problems);
        // Ordinal order: "Earnings.ndjson" < "earnings.ndjson", so the capitalised one is read and the other refused.
        Assert.Equal(("earnings.ndjson", DataProblemKind.DuplicateSource), (duplicate.File, duplicate.Kind));
        Assert.Equal("the earnings are given in two places, Earnings.ndjson and earnings.ndjson, but a kind of record lives in one place: " +
            "keep one of them.", duplicate.Message);

        ValidationResult<SannongDataset> csv = ValidateBase(files =>
        {
            files["content.csv"] = ["id,author"];
            files.Remove("content.ndjson");
        });
        Assert.Equal("[content.csv] $: InvalidValue: a record file of this dataset folder is one of content.ndjson; content.csv is not one.",
            Assert.Single(csv.Problems).ToString());
    }

    [Fact]
    public void A_folder_without_dataset_json_is_a_problem_and_its_record_files_are_still_read()
    {
        Dictionary<string, List<string>> files = BaseFolder(out _);
        files["earnings.ndjson"][0] = "[]";
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        foreach ((string name, List<string> lines) in files)
        {
            File.WriteAllLines(Path.Combine(folder.Path, name), lines);
        }
        ValidationResult<SannongDataset> result = DatasetFiles.Validate(folder.Path);
        Assert.Equal([("dataset.json", DataProblemKind.MissingField), ("earnings.ndjson", DataProblemKind.WrongType)],
            result.Problems.Select(p => (p.File!, p.Kind)));
        Assert.StartsWith("the folder has no dataset.json", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_is_read_with_its_file_named_and_an_ndjson_file_is_not_taken_for_a_dataset()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        string path = Path.Combine(folder.Path, "small.json");
        File.WriteAllText(path, "{}");
        ValidationResult<SannongDataset> result = DatasetFiles.Validate(path);
        Assert.All(result.Problems, p => Assert.Equal("small.json", p.File));
        Assert.Equal(SannongJson.ValidateDatasetJson("{}").Problems.Select(p => p.InFile("small.json")), result.Problems);

        string ndjson = Path.Combine(folder.Path, "content.ndjson");
        File.WriteAllText(ndjson, "");
        DataProblem problem = Assert.Single(DatasetFiles.Validate(ndjson).Problems);
        Assert.Equal(("content.ndjson", DataProblemKind.InvalidValue), (problem.File, problem.Kind));
        Assert.Contains("not a dataset", problem.Message, StringComparison.Ordinal);

        Assert.Throws<FileNotFoundException>(() => DatasetFiles.Validate(Path.Combine(folder.Path, "missing.json")));
        Assert.Throws<FileNotFoundException>(() => DatasetFiles.Validate(Path.Combine(folder.Path, "missing.ndjson")));
    }

    [Fact]
    public void Writing_a_folder_that_holds_another_form_of_a_record_file_is_refused_before_anything_is_written()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(Path.Combine(folder.Path, "content.csv"), "id\n");
        SannongDataset sample = SampleProgramme.Generate(SampleProgramme.DefaultSeed, 0.001);
        IOException e = Assert.Throws<IOException>(() => DatasetFiles.WriteFolder(sample, folder.Path));
        Assert.Contains("content.csv", e.Message, StringComparison.Ordinal);
        Assert.Equal(["content.csv"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async System.Threading.Tasks.Task The_asynchronous_reading_agrees_with_the_synchronous_one_and_can_be_cancelled()
    {
        SannongDataset sample = SampleProgramme.Generate(SampleProgramme.DefaultSeed, 0.001);
        using var folder = new TempFolder();
        DatasetFiles.WriteFolder(sample, folder.Path);
        string document = Path.Combine(folder.Path, "..", System.IO.Path.GetFileName(folder.Path) + ".json");
        DatasetFiles.WriteDocument(sample, document);
        try
        {
            Assert.Equal(sample, await DatasetFiles.ReadAsync(folder.Path));
            Assert.Equal(sample, await DatasetFiles.ReadAsync(document, new ValidationOptions(5)));
            File.WriteAllText(Path.Combine(folder.Path, "earnings.ndjson"), "{}\n");
            Assert.Equal(DatasetFiles.Validate(folder.Path).Problems.ToArray(), (await DatasetFiles.ValidateAsync(folder.Path)).Problems.ToArray());
            File.WriteAllText(document, "[]");
            Assert.Equal(DatasetFiles.Validate(document).Problems.ToArray(), (await DatasetFiles.ValidateAsync(document)).Problems.ToArray());
            Assert.Equal(Path.GetFileName(document), Assert.Single((await DatasetFiles.ValidateAsync(document)).Problems).File);

            using var cancelled = new System.Threading.CancellationTokenSource();
            await cancelled.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DatasetFiles.ValidateAsync(folder.Path, null, null, cancelled.Token));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DatasetFiles.ValidateAsync(document, null, null, cancelled.Token));
        }
        finally
        {
            File.Delete(document);
        }
    }

    [Fact]
    public void A_record_file_past_the_limit_is_a_problem_at_the_line_that_passes_it_and_is_read_no_further()
    {
        // With a limit of 1 record a file: ledger.ndjson's 3 lines pass it at line 2; enrolments.ndjson (2 lines) at
        // line 2 too; earnings.ndjson and content.ndjson (1 line each) and influencers.ndjson (2) as the table says.
        Dictionary<string, List<string>> files = BaseFolder(out string document);
        files["ledger.ndjson"][2] = "not read, so not a problem";
        using var folder = new TempFolder();
        Write(folder.Path, document, files);
        ValidationResult<SannongDataset> result = DatasetFolder.Read(folder.Path, ValidationOptions.Default, default, maxRecords: 1);
        Assert.Equal([("influencers.ndjson", 2L), ("enrolments.ndjson", 2L), ("ledger.ndjson", 2L)],
            result.Problems.Select(p => (p.File!, p.Line!.Value)));
        Assert.All(result.Problems, p => Assert.Equal(DataProblemKind.LimitExceeded, p.Kind));
        Assert.Equal("the file holds more than 1 records, the most a record file of a dataset folder may hold; the rest of it was not read.",
            result.Problems[0].Message);
        Assert.True(DatasetFolder.Read(folder.Path, ValidationOptions.Default, default, maxRecords: 3).Problems.Single().Line == 3);
        Assert.Equal(50_000_000, SannongJsonLimits.MaxRecordsPerFile);
    }

    [Fact]
    public void Record_file_names_are_those_of_the_format()
    {
        Assert.Equal(["influencers.ndjson", "enrolments.ndjson", "ledger.ndjson", "earnings.ndjson", "content.ndjson"],
            new[] { DataRecordKind.Influencer, DataRecordKind.Enrolment, DataRecordKind.LedgerEntry, DataRecordKind.Earning, DataRecordKind.ContentItem }
                .Select(DatasetFiles.RecordFileName));
        Assert.Throws<ArgumentOutOfRangeException>(() => DatasetFiles.RecordFileName(DataRecordKind.Programme));
        Assert.Throws<ArgumentOutOfRangeException>(() => DatasetFiles.RecordFileName(DataRecordKind.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => DatasetFiles.RecordFileName((DataRecordKind)99));
    }

    /// <summary>Blank lines anywhere: every record's problem is at its own line. Each of n records (1..6) is followed
    /// by 0..2 blank lines; the records are earnings of unknown influencers, one problem each.</summary>
    [Property(MaxTest = 40)]
    public Property Line_numbers_count_blank_lines(NonEmptyArray<byte> gaps)
    {
        byte[] blanks = gaps.Get.Take(6).Select(g => (byte)(g % 3)).ToArray();
        var lines = new List<string>();
        var expected = new List<long>();
        for (int i = 0; i < blanks.Length; i++)
        {
            lines.Add($$"""{ "influencer": "ghost-{{i}}", "month": "2024-0{{i + 1}}", "amount": "1.00", "source": "e-commerce" }""");
            expected.Add(lines.Count);
            lines.AddRange(Enumerable.Repeat("", blanks[i]));
        }
        ValidationResult<SannongDataset> result = ValidateBase(files => files["earnings.ndjson"] = lines);
        return result.Problems.Select(p => p.Line!.Value).SequenceEqual(expected)
            .Label($"lines {string.Join(",", result.Problems.Select(p => p.Line))}, expected {string.Join(",", expected)}");
    }

    /// <summary>A folder of its own under the temporary directory, deleted with everything in it.</summary>
    private sealed class TempFolder : IDisposable
    {
        internal string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sannong-folder-{Guid.NewGuid():N}");

        public void Dispose()
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
    }
}
