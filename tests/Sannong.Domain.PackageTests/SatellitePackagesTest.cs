using System;
using System.IO;
using System.Reflection;
using Sannong.Domain.Csv;
using Sannong.Domain.Parquet;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Xunit;

namespace Sannong.Domain.PackageTests;

/// <summary>The packed satellite packages, Sannong.Domain.Csv and Sannong.Domain.Parquet, used as an outside project
/// would: a dataset folder written in each format reads back as the same dataset.</summary>
public sealed class SatellitePackagesTest
{
    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void A_dataset_folder_in_the_format_reads_back_equal(string name)
    {
        RecordFileFormat format = name == "csv" ? new CsvRecordFormat() : ParquetRecordFormat.Instance;
        Assembly assembly = format.GetType().Assembly;
        Assert.StartsWith(Environment.GetEnvironmentVariable("SANNONG_EXPECTED_VERSION") ?? "0.1.0",
            assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.ChangeExtension(assembly.Location, ".xml")), $"{assembly.GetName().Name} must ship its XML docs.");

        SannongDataset sample = SampleProgramme.Generate(seed: 1, scale: 0.001);
        string folder = Path.Combine(Path.GetTempPath(), $"sannong-package-{name}-{Guid.NewGuid():N}");
        try
        {
            DatasetFiles.WriteFolder(sample, folder, format);
            Assert.True(File.Exists(Path.Combine(folder, "earnings." + name)));
            Assert.Equal(sample, DatasetFiles.Read(folder, ValidationOptions.Default, [format]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
