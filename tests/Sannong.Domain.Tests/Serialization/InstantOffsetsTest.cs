using System;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Instants with an offset (Beijing time, +08:00) in a dataset document and in NDJSON content: read as the
/// same instant, written back in UTC with Z; a local time without offset, an offset beyond ±18:00 and an instant
/// moved out of range are problems at the field, never a crash.</summary>
public sealed class InstantOffsetsTest
{
    private static readonly string ValidBase = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json"));

    private const string Published = "\"published\": \"2024-01-02T08:00:00Z\"";

    private static ValidationResult<SannongDataset> ReadWithPublished(string published)
    {
        Assert.Contains(Published, ValidBase, StringComparison.Ordinal);
        return SannongJson.ValidateDatasetJson(ValidBase.Replace(Published, $"\"published\": \"{published}\"", StringComparison.Ordinal));
    }

    [Theory]
    // Worked by hand: the local time minus the offset.
    [InlineData("2024-09-12T08:26:49+08:00", "2024-09-12T00:26:49Z")]
    [InlineData("2024-12-31T23:30:00-01:00", "2025-01-01T00:30:00Z")]
    [InlineData("2024-01-01T07:59:59+08:00", "2023-12-31T23:59:59Z")]
    [InlineData("2024-01-02T13:30:00.125+05:30", "2024-01-02T08:00:00.125Z")]
    [InlineData("2024-01-02T08:00:00+00:00", "2024-01-02T08:00:00Z")]
    public void A_document_instant_with_an_offset_is_the_same_instant_and_is_written_in_UTC(string published, string utc)
    {
        ValidationResult<SannongDataset> result = ReadWithPublished(published);
        Assert.True(result.IsValid, result.ToString());
        ContentItem item = Assert.Single(result.Value!.Data.Content);
        Assert.Equal(utc, NodaTime.Text.InstantPattern.ExtendedIso.Format(item.Published));
        string written = SannongJson.ToJson(result.Value);
        Assert.Contains($"\"published\":\"{utc}\"", written.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(published, written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-09-12T08:26:49", "it has no offset: add Z if it is in UTC, or the offset of its local time, such as +08:00 for Beijing time")]
    [InlineData("2024-09-12T08:26:49+0800", "its offset must be written with a colon, as +HH:mm (+08:00)")]
    [InlineData("2024-09-12T08:26:49+18:30", "its offset must lie within -18:00 to +18:00")]
    [InlineData("9999-12-31T23:59:59-01:00", "its offset moves it outside the range of instants (-9998-01-01 to 9999-12-31 in UTC)")]
    public void A_document_instant_that_cannot_be_read_is_a_problem_saying_why(string published, string why)
    {
        ValidationResult<SannongDataset> result = ReadWithPublished(published);
        DataProblem problem = Assert.Single(result.Problems);
        Assert.Equal("$.content[0].published", problem.Path);
        Assert.Equal(DataProblemKind.InvalidValue, problem.Kind);
        Assert.Equal(
            "published must be an instant written ISO-8601 with Z or an offset, like 2024-01-02T08:00:00Z or 2024-01-02T16:00:00+08:00, "
            + $"but was \"{published}\": {why}.",
            problem.Message);
    }

    [Fact]
    public void A_document_instant_in_another_form_is_a_problem_naming_the_form()
    {
        ValidationResult<SannongDataset> result = ReadWithPublished("2024-09-12 08:26:49+08:00");
        Assert.Equal(
            "published must be an instant written ISO-8601 with Z or an offset, like 2024-01-02T08:00:00Z or 2024-01-02T16:00:00+08:00, "
            + "but was \"2024-09-12 08:26:49+08:00\".",
            Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void A_dataset_folder_reads_offsets_in_content_ndjson()
    {
        // 16:00 at +08:00 is the 08:00Z of valid-base.json: the folder reads as the document does.
        SannongDataset original = SannongJson.ParseDataset(ValidBase);
        string folder = Path.Combine(Path.GetTempPath(), "sannong-offsets-" + Guid.NewGuid().ToString("N"));
        try
        {
            DatasetFiles.WriteFolder(original, folder);
            string content = Path.Combine(folder, DatasetFiles.RecordFileName(DataRecordKind.ContentItem));
            string text = File.ReadAllText(content);
            Assert.Contains("\"published\":\"2024-01-02T08:00:00Z\"", text, StringComparison.Ordinal);
            File.WriteAllText(content, text.Replace("2024-01-02T08:00:00Z", "2024-01-02T16:00:00+08:00", StringComparison.Ordinal));
            Assert.Equal(original, DatasetFiles.Read(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Ndjson_content_reads_offsets_with_the_same_code()
    {
        // Line 1: Beijing time, 08:26:49 - 8 h = 00:26:49Z. Line 2: no offset, a problem on its line. Line 3: 23:30 at
        // -01:00 is 00:30 the next day, the next year.
        string line = "{\"id\":\"c-@\",\"author\":\"kol-1\",\"kind\":\"short-video\",\"published\":\"#\",\"views\":1,\"likes\":0,\"comments\":0,\"shares\":0}";
        string ndjson = string.Join("\n",
            line.Replace("@", "1").Replace("#", "2024-09-12T08:26:49+08:00"),
            line.Replace("@", "2").Replace("#", "2024-09-12T08:26:49"),
            line.Replace("@", "3").Replace("#", "2024-12-31T23:30:00-01:00")) + "\n";
        NdjsonRecord<ContentItem>[] read = SannongJson.ReadNdjson<ContentItem>(new MemoryStream(Encoding.UTF8.GetBytes(ndjson))).ToArray();
        Assert.Equal(3, read.Length);
        Assert.Equal(Instant.FromUtc(2024, 9, 12, 0, 26, 49), read[0].Value!.Published);
        Assert.False(read[1].IsValid);
        Assert.Equal(2, read[1].Line);
        Assert.EndsWith("but was \"2024-09-12T08:26:49\": it has no offset: add Z if it is in UTC, or the offset of its local time, such as +08:00 for Beijing time.",
            Assert.Single(read[1].Problems).Message, StringComparison.Ordinal);
        Assert.Equal(Instant.FromUtc(2025, 1, 1, 0, 30, 0), read[2].Value!.Published);

        using var written = new MemoryStream();
        SannongJson.WriteNdjson(new[] { read[0].Value!, read[2].Value! }, written);
        string text = Encoding.UTF8.GetString(written.ToArray());
        Assert.Contains("\"published\":\"2024-09-12T00:26:49Z\"", text, StringComparison.Ordinal);
        Assert.Contains("\"published\":\"2025-01-01T00:30:00Z\"", text, StringComparison.Ordinal);
    }
}
