using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Sannong.Domain.Content;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Xunit;
using Xunit.Abstractions;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>The deterministic sample programme goes through the dataset document and NDJSON unchanged.</summary>
public sealed class SampleProgrammeJsonTest(ITestOutputHelper output)
{
    [Fact]
    public void A_scaled_sample_programme_round_trips_through_the_dataset_document()
    {
        SannongDataset sample = SampleProgramme.Generate(scale: 0.01);
        var dataset = new SannongDataset(sample.Data, sample.AsOf);

        var clock = Stopwatch.StartNew();
        byte[] bytes = SannongJson.ToUtf8Bytes(dataset);
        long written = clock.ElapsedMilliseconds;
        SannongDataset read = SannongJson.ReadDataset(bytes);
        output.WriteLine($"{dataset}: {bytes.Length} bytes, written in {written} ms, read in {clock.ElapsedMilliseconds - written} ms");

        Assert.Equal(dataset, read);
        Assert.Equal(bytes, SannongJson.ToUtf8Bytes(read));
    }

    [Fact]
    public void The_sample_content_round_trips_through_NDJSON()
    {
        ContentItem[] content = SampleProgramme.Generate(scale: 0.01).Data.Content.ToArray();
        using var stream = new MemoryStream();
        SannongJson.WriteNdjson(content, stream);
        stream.Position = 0;
        Assert.Equal(content, SannongJson.ReadNdjson<ContentItem>(stream).Select(r => r.Value!));
    }
}
