using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>
/// A document read from a file (any stream that can seek) goes through a bounded buffer, refilled as the pass goes on;
/// whatever the buffer's size, the result must be the one of the document read whole: the same dataset, or the same
/// problems in the same order with the same messages. Small buffers make every record, name and number straddle a
/// refill.
/// </summary>
public sealed class DocumentStreamingTest
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Serialization");

    private static readonly byte[] Sample = Encoding.UTF8.GetBytes(SannongJson.ToJson(SampleProgramme.Generate(3, 0.005)));

    private static string Outcome(ValidationResult<SannongDataset> result) => result.IsValid
        ? "valid " + SannongJson.ToJson(result.Value)
        : result.ProblemCount + ": " + string.Join("\n", result.Problems.Select(p => $"{p.Path} {p.Kind} {p.Line} {p.Message}"));

    private static void AssertSameAsWhole(byte[] document, int chunk)
    {
        string whole = Outcome(SannongJson.ValidateDataset((ReadOnlyMemory<byte>)document, ValidationOptions.Default));
        using var stream = new MemoryStream(document);
        string streamed = Outcome(DatasetJson.ReadStreamed(stream, ValidationOptions.Default, chunk));
        Assert.Equal(whole, streamed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(4096)]
    public void The_sample_reads_the_same_through_any_buffer(int chunk) => AssertSameAsWhole(Sample, chunk);

    [Theory]
    [InlineData(5)]
    [InlineData(100)]
    public void Every_bad_document_of_the_corpus_reads_the_same_through_a_small_buffer(int chunk)
    {
        string[] files = Directory.GetFiles(Path.Combine(Folder, "BadDocuments"), "*.json");
        Assert.True(files.Length > 40);
        foreach (string file in files.Append(Path.Combine(Folder, "valid-base.json")))
        {
            AssertSameAsWhole(File.ReadAllBytes(file), chunk);
        }
    }

    [Property(MaxTest = 40)]
    public Property Any_cut_of_the_sample_and_any_buffer_read_as_the_whole_document(PositiveInt cutAt, PositiveInt chunk)
    {
        // A document cut anywhere is bad JSON (or, cut at its very end, whole): one problem either way, as read whole.
        byte[] cut = Sample[..(cutAt.Get % (Sample.Length + 1))];
        AssertSameAsWhole(cut, 1 + (chunk.Get % 300));
        return true.ToProperty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF  ")]
    [InlineData("[]")]
    [InlineData("  42  ")]
    [InlineData("{}")]
    public void Empty_and_tiny_documents_read_the_same_through_any_buffer(string json)
    {
        // "" and white space are "empty" problems; a byte order mark may be cut by the first read; an array, a number
        // or an empty object are problems of their own: each as the whole document's reader words it.
        foreach (int chunk in new[] { 1, 2, 3, 1_024 })
        {
            AssertSameAsWhole(Encoding.UTF8.GetBytes(json), chunk);
        }
    }

    [Fact]
    public void A_record_larger_than_the_buffer_grows_it()
    {
        string caption = string.Concat(Enumerable.Repeat("大豆丰收", 2_000)); // 8,000 characters, 24,000 bytes
        string json = Encoding.UTF8.GetString(Sample).Replace("\"caption\": \"", "\"caption\": \"" + caption, StringComparison.Ordinal);
        Assert.NotEqual(Encoding.UTF8.GetString(Sample), json);
        AssertSameAsWhole(Encoding.UTF8.GetBytes(json), 1_024);
    }

    [Fact]
    public void Escapes_and_a_byte_order_mark_read_the_same()
    {
        string json = Encoding.UTF8.GetString(Sample).Replace("\"memo\": \"", "\"memo\": \"\\u6708 \\\"", StringComparison.Ordinal);
        Assert.NotEqual(Encoding.UTF8.GetString(Sample), json);
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)];
        AssertSameAsWhole(withBom, 333);
        AssertSameAsWhole([0xEF, 0xBB, 0xBF, .. Sample], 333);
    }

    [Fact]
    public void A_file_reads_through_the_bounded_buffer_and_the_stream_is_left_at_its_end()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sannong-streamed-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllBytes(path, Sample);
            Assert.Equal(SannongJson.ReadDataset(Sample).Data, SannongJson.ReadDatasetFile(path).Data);
            using FileStream file = File.OpenRead(path);
            Assert.True(SannongJson.ValidateDataset(file).IsValid);
            Assert.Equal(file.Length, file.Position);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
