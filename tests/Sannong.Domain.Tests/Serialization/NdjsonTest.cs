using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>NDJSON: records round-trip line by line, a bad line is reported with its number while the others are
/// still read, and a million records are read in constant memory.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 40)]
public sealed class NdjsonTest
{
    private static List<NdjsonRecord<T>> RoundTrip<T>(IEnumerable<T> records)
        where T : class
    {
        using var stream = new MemoryStream();
        SannongJson.WriteNdjson(records, stream);
        stream.Position = 0;
        return SannongJson.ReadNdjson<T>(stream).ToList();
    }

    private static bool SameRecords<T>(IReadOnlyList<T> written, List<NdjsonRecord<T>> read)
        where T : class =>
        read.Count == written.Count
        && read.All(r => r.IsValid && r.Problems.IsEmpty)
        && read.Select(r => r.Line).SequenceEqual(Enumerable.Range(1, written.Count).Select(i => (long)i))
        && read.Select(r => r.Value!).SequenceEqual(written);

    [Property]
    public bool Every_record_type_round_trips_one_line_each(SannongDataset dataset)
    {
        ProgrammeData data = dataset.Data;
        return SameRecords(data.Influencers, RoundTrip<Influencer>(data.Influencers))
            && SameRecords(data.Enrolments, RoundTrip<Enrolment>(data.Enrolments))
            && SameRecords(data.Ledger.Entries, RoundTrip<LedgerEntry>(data.Ledger.Entries))
            && SameRecords(data.Earnings, RoundTrip<Earning>(data.Earnings))
            && SameRecords(data.Content, RoundTrip<ContentItem>(data.Content));
    }

    [Property(MaxTest = 20)]
    public async Task<bool> The_asynchronous_forms_agree_with_the_synchronous_ones(SannongDataset dataset)
    {
        using var stream = new MemoryStream();
        await SannongJson.WriteNdjsonAsync(Async(dataset.Data.Content), stream);
        byte[] written = stream.ToArray();
        using var again = new MemoryStream();
        SannongJson.WriteNdjson(dataset.Data.Content, again);
        stream.Position = 0;
        var read = new List<ContentItem>();
        await foreach (NdjsonRecord<ContentItem> record in SannongJson.ReadNdjsonAsync<ContentItem>(stream))
        {
            read.Add(record.Value!);
        }
        return written.AsSpan().SequenceEqual(again.ToArray()) && read.SequenceEqual(dataset.Data.Content);
    }

    private static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> items)
    {
        foreach (T item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private const string Mixed =
        "{\"influencer\":\"kol-1\",\"month\":\"2024-01\",\"amount\":\"320.50\",\"source\":\"e-commerce\"}\n" +
        "{\"influencer\":\"kol-2\",\"month\":\"2024-01\",\"amount\":\n" +
        "{\"influencer\":\"kol-3\",\"month\":\"2024-02\",\"amount\":12.5,\"source\":\"other\"}\r\n" +
        "{\"influencer\":\"kol-4\",\"month\":\"2024-13\",\"amount\":\"1.234\",\"source\":\"other\",\"note\":1}\n" +
        "\n" +
        "{\"influencer\":\"kol-5\",\"month\":\"2024-03\",\"amount\":\"0.00\",\"source\":\"advertising\"}";

    private static void AssertMixed(List<NdjsonRecord<Earning>> records)
    {
        // Lines 1, 3 and 6 are good; 2 is truncated JSON; 4 has three problems; 5 is blank and yields nothing.
        Assert.Equal(new long[] { 1, 2, 3, 4, 6 }, records.Select(r => r.Line));
        Assert.Equal(new[] { true, false, true, false, true }, records.Select(r => r.IsValid));
        Assert.Equal(Money.FromFen(32_050), records[0].Value!.Amount);
        Assert.Equal(Money.FromFen(1_250), records[2].Value!.Amount);
        Assert.Equal("kol-5", records[4].Value!.Influencer.Value);
        Assert.Equal(new[] { "2 $ InvalidValue" }, records[1].Problems.Select(p => $"{p.Line} {p.Path} {p.Kind}"));
        Assert.Equal(
            new[] { "4 $.month InvalidValue", "4 $.amount TooManyDecimals", "4 $.note UnknownField" },
            records[3].Problems.Select(p => $"{p.Line} {p.Path} {p.Kind}"));
    }

    [Fact]
    public void A_bad_line_is_reported_with_its_number_and_the_lines_around_it_are_still_read() =>
        AssertMixed(SannongJson.ReadNdjson<Earning>(new MemoryStream(Encoding.UTF8.GetBytes(Mixed))).ToList());

    [Fact]
    public async Task A_bad_line_is_reported_the_same_way_when_read_asynchronously()
    {
        var records = new List<NdjsonRecord<Earning>>();
        await foreach (NdjsonRecord<Earning> record in SannongJson.ReadNdjsonAsync<Earning>(new MemoryStream(Encoding.UTF8.GetBytes(Mixed))))
        {
            records.Add(record);
        }
        AssertMixed(records);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_skipped_and_reported_and_the_next_line_is_read()
    {
        string good = "{\"influencer\":\"kol-1\",\"month\":\"2024-01\",\"amount\":\"1.00\",\"source\":\"other\"}";
        string huge = "{\"influencer\":\"" + new string('x', SannongJsonLimits.MaxNdjsonLineBytes + 10) + "\"}";
        List<NdjsonRecord<Earning>> records =
            SannongJson.ReadNdjson<Earning>(new MemoryStream(Encoding.UTF8.GetBytes($"{good}\n{huge}\n{good}\n{huge}"))).ToList();

        Assert.Equal(new long[] { 1, 2, 3, 4 }, records.Select(r => r.Line));
        Assert.Equal(new[] { true, false, true, false }, records.Select(r => r.IsValid));
        Assert.Equal(new[] { "2 $ LimitExceeded" }, records[1].Problems.Select(p => $"{p.Line} {p.Path} {p.Kind}"));
        Assert.Equal(new[] { "4 $ LimitExceeded" }, records[3].Problems.Select(p => $"{p.Line} {p.Path} {p.Kind}"));
    }

    [Fact]
    public void Only_the_record_types_are_supported_and_arguments_are_checked_at_once()
    {
        Assert.Throws<NotSupportedException>(() => SannongJson.ReadNdjson<Programme>(new MemoryStream()));
        Assert.Throws<ArgumentNullException>(() => SannongJson.ReadNdjson<Earning>(null!));
        Assert.Throws<ArgumentNullException>(() => SannongJson.WriteNdjson(new Earning[] { null! }, new MemoryStream()));
    }
}
