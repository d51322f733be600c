using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>The readers keep at most <see cref="ValidationOptions.MaxProblems"/> problems and count every one, and
/// past the cap they build nothing: memory does not grow with the number of problems.</summary>
public sealed class BoundedProblemsTest
{
    private static JsonObject Base() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json")))!.AsObject();

    /// <summary>valid-base.json with the first influencer's topics replaced by <paramref name="zeros"/> zeros: each
    /// zero is one problem (a topic code must be a string).</summary>
    private static byte[] TopicsOfZeros(int zeros)
    {
        string text = Base().ToJsonString();
        const string topics = "\"topics\":[\"farmers.cuisine\"]";
        int at = text.IndexOf(topics, StringComparison.Ordinal);
        Assert.True(at > 0);
        var builder = new StringBuilder(text.Length + (2 * zeros));
        builder.Append(text, 0, at).Append("\"topics\":[");
        for (int i = 0; i < zeros; i++)
        {
            builder.Append(i == 0 ? "0" : ",0");
        }
        builder.Append(']').Append(text, at + topics.Length, text.Length - at - topics.Length);
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    [Fact]
    public void The_default_keeps_a_thousand_problems_and_counts_them_all()
    {
        // 200,000 zeros: 200,000 problems, of which the first 1,000 are kept and 199,000 counted only.
        ValidationResult<SannongDataset> result = SannongJson.ValidateDataset(TopicsOfZeros(200_000));
        Assert.Equal(1_000, result.Problems.Length);
        Assert.Equal(200_000, result.ProblemCount);
        Assert.Equal(199_000, result.OmittedProblemCount);
        Assert.Equal("$.influencers[0].topics[0]", result.Problems[0].Path);
        Assert.Equal("$.influencers[0].topics[999]", result.Problems[^1].Path);
        Assert.All(result.Problems, p => Assert.Equal(DataProblemKind.WrongType, p.Kind));
        Assert.Equal("1000 problem(s) and 199000 more", result.ToString());
    }

    [Property(MaxTest = 60)]
    public Property Kept_is_the_smaller_of_the_cap_and_the_total_and_the_total_is_exact() =>
        Prop.ForAll(
            (from zeros in Gen.Choose(1, 3_000) from cap in Gen.Choose(1, 4_000) select (zeros, cap)).ToArbitrary(),
            t =>
            {
                ValidationResult<SannongDataset> result = SannongJson.ValidateDataset(TopicsOfZeros(t.zeros), new ValidationOptions(t.cap));
                return (result.Problems.Length == Math.Min(t.zeros, t.cap)
                        && result.ProblemCount == t.zeros
                        && result.OmittedProblemCount == t.zeros - result.Problems.Length)
                    .Label($"{t.zeros} zeros, cap {t.cap}: kept {result.Problems.Length}, counted {result.ProblemCount}");
            });

    [Fact]
    public async Task Options_set_the_cap()
    {
        byte[] document = TopicsOfZeros(5_000);
        var options = new ValidationOptions(7);
        foreach (ValidationResult<SannongDataset> result in new[]
        {
            SannongJson.ValidateDataset(document, options),
            SannongJson.ValidateDataset(new MemoryStream(document), options),
            await SannongJson.ValidateDatasetAsync(new MemoryStream(document), options),
            SannongJson.ValidateDatasetJson(Encoding.UTF8.GetString(document), options),
        })
        {
            Assert.Equal(7, result.Problems.Length);
            Assert.Equal(5_000, result.ProblemCount);
        }
    }

    [Fact]
    public void The_exception_carries_the_count_and_says_how_many_more()
    {
        DataValidationException e = Assert.Throws<DataValidationException>(
            () => SannongJson.ReadDataset(TopicsOfZeros(3_000), new ValidationOptions(50)));
        Assert.Equal(50, e.Problems.Length);
        Assert.Equal(3_000, e.ProblemCount);
        // The message shows 20 problems, then the rest of the 3,000: 2,980 more.
        Assert.StartsWith("The data has 3,000 problems:", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("... and 2,980 more.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_the_cap_nothing_is_built_so_allocation_does_not_grow_with_the_problems()
    {
        // 400,000 problems. Kept, each would cost a path ("$.influencers[0].topics[123456]", ~90 bytes), a message
        // (~100 bytes) and a list slot: over 200 bytes a problem, 80 MB in all. Counted only, they cost nothing; what
        // remains is the parsed document (JsonDocument's 12-byte rows, the bytes themselves are the caller's) and the
        // topics builder (8 bytes an element): about 20 bytes an element. The bound, 48 bytes an element (19 MB),
        // fails if anything of a problem is built per problem.
        const int Zeros = 400_000;
        byte[] document = TopicsOfZeros(Zeros);
        _ = SannongJson.ValidateDataset(TopicsOfZeros(10)); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();
        ValidationResult<SannongDataset> result = SannongJson.ValidateDataset(document);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(Zeros, result.ProblemCount);
        Assert.True(allocated < 48L * Zeros, $"allocated {allocated:N0} bytes for {Zeros:N0} problems");

        // The bound does tell: keeping every problem passes it.
        before = GC.GetAllocatedBytesForCurrentThread();
        ValidationResult<SannongDataset> all = SannongJson.ValidateDataset(document, new ValidationOptions(int.MaxValue));
        long allocatedKeepingAll = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(Zeros, all.Problems.Length);
        Assert.True(allocatedKeepingAll > 48L * Zeros, $"allocated {allocatedKeepingAll:N0} bytes keeping {Zeros:N0} problems");
    }

    [Fact]
    public void An_NDJSON_line_keeps_at_most_the_cap()
    {
        // One content item whose topics are 5,000 zeros: one line, 5,000 problems, 10 kept.
        var line = new StringBuilder("{\"id\":\"c-1\",\"author\":\"kol-1\",\"kind\":\"image\",\"published\":\"2024-01-02T08:00:00Z\",\"topics\":[");
        line.Append(string.Join(",", Enumerable.Repeat("0", 5_000)));
        line.Append("],\"views\":1,\"likes\":0,\"comments\":0,\"shares\":0}\n");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(line.ToString()));
        NdjsonRecord<ContentItem> record = Assert.Single(SannongJson.ReadNdjson<ContentItem>(stream, new ValidationOptions(10)));
        Assert.Equal(10, record.Problems.Length);
        Assert.Equal(5_000, record.ProblemCount);
        Assert.All(record.Problems, p => Assert.Equal(1, p.Line));
        Assert.Equal("line 1: 5000 problem(s)", record.ToString());
    }

    [Fact]
    public void Bad_NDJSON_lines_are_each_counted_and_the_reading_allocates_per_line_not_more()
    {
        // 20,000 lines, each an earning with a negative amount: one problem a line. Each record holds its one problem;
        // the reader itself keeps nothing from line to line (records are dropped as they are enumerated).
        const int Lines = 20_000;
        byte[] ndjson = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(
            "{\"influencer\":\"kol-1\",\"month\":\"2024-01\",\"amount\":\"-1.00\",\"source\":\"e-commerce\"}\n", Lines)));
        long problems = 0;
        long lines = 0;
        foreach (NdjsonRecord<Earning> record in SannongJson.ReadNdjson<Earning>(new MemoryStream(ndjson)))
        {
            problems += record.ProblemCount;
            lines++;
        }
        Assert.Equal(Lines, lines);
        Assert.Equal(Lines, problems);
    }

    [Fact]
    public void ProgrammeData_keeps_at_most_the_cap_of_its_own_problems()
    {
        SannongDataset sample = SannongJson.ReadDatasetFile(Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json"));
        Influencer first = sample.Data.Influencers[0];
        // The same influencer 1,001 times: 1,000 duplicates, 3 kept.
        ValidationResult<ProgrammeData> result = ProgrammeData.Validate(
            sample.Data.Programme, Enumerable.Repeat(first, 1_001), [], [], [], [], new ValidationOptions(3));
        Assert.Equal(3, result.Problems.Length);
        Assert.Equal(1_000, result.ProblemCount);
        Assert.Equal("$.influencers[1].id", DatasetPaths.Of(result.Problems[0].Location!.Value));
        Assert.Equal("$.influencers[3].id", DatasetPaths.Of(result.Problems[2].Location!.Value));
        Assert.Equal(1_000, ProgrammeData.Validate(
            sample.Data.Programme, Enumerable.Repeat(first, 1_001), [], [], [], []).Problems.Length);
    }

    [Fact]
    public void MaxProblems_must_be_at_least_one_and_says_so_in_one_line()
    {
        Assert.Equal(1_000, ValidationOptions.Default.MaxProblems);
        Assert.Equal(5, ValidationOptions.Default.WithMaxProblems(5).MaxProblems);
        Assert.Equal(1, new ValidationOptions(1).MaxProblems);
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationOptions(0));
        Assert.Equal("MaxProblems", e.ParamName);
        Assert.DoesNotContain('\n', e.Message);
        Assert.StartsWith("MaxProblems must be at least 1, but was 0.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_result_has_no_problems_to_count()
    {
        ValidationResult<SannongDataset> result = SannongJson.ValidateDatasetFile(Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json"));
        Assert.True(result.IsValid);
        Assert.Equal(0, result.ProblemCount);
        Assert.Equal(0, result.OmittedProblemCount);
    }
}
