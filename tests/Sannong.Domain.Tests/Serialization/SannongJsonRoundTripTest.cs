using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Whole datasets survive writing and reading unchanged, and writing is deterministic.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 60)]
public sealed class SannongJsonRoundTripTest
{
    [Property]
    public bool A_dataset_read_back_from_its_bytes_is_equal(SannongDataset dataset)
    {
        byte[] bytes = SannongJson.ToUtf8Bytes(dataset);
        ValidationResult<SannongDataset> read = SannongJson.ValidateDataset(bytes);
        return read.IsValid && read.Value == dataset;
    }

    [Property]
    public bool Writing_twice_gives_the_same_bytes(SannongDataset dataset) =>
        SannongJson.ToUtf8Bytes(dataset).AsSpan().SequenceEqual(SannongJson.ToUtf8Bytes(SannongJson.ReadDataset(SannongJson.ToUtf8Bytes(dataset))));

    [Property(MaxTest = 20)]
    public bool A_dataset_read_back_from_a_string_a_stream_and_a_file_is_equal(SannongDataset dataset)
    {
        string json = SannongJson.ToJson(dataset);
        using var stream = new MemoryStream();
        SannongJson.WriteDataset(dataset, stream);
        stream.Position = 0;
        string path = Path.GetTempFileName();
        try
        {
            SannongJson.WriteDatasetFile(dataset, path);
            return SannongJson.ParseDataset(json) == dataset
                && SannongJson.ReadDataset(stream) == dataset
                && SannongJson.ReadDatasetFile(path) == dataset;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Property(MaxTest = 20)]
    public async Task<bool> The_asynchronous_forms_agree_with_the_synchronous_ones(SannongDataset dataset)
    {
        using var stream = new MemoryStream();
        await SannongJson.WriteDatasetAsync(dataset, stream);
        stream.Position = 0;
        SannongDataset read = await SannongJson.ReadDatasetAsync(stream);
        return read == dataset && stream.ToArray().AsSpan().SequenceEqual(SannongJson.ToUtf8Bytes(dataset));
    }

    [Fact]
    public void Chinese_text_is_written_unescaped()
    {
        SannongDataset dataset = DomainArbitraries.SannongDatasetGen.Sample(1, 5).First(d => d.Data.Influencers.Length > 0);
        string json = SannongJson.ToJson(dataset);
        Assert.Contains("\"李子柒\"", json);
        Assert.DoesNotContain("\\u674E", json);
    }
}
