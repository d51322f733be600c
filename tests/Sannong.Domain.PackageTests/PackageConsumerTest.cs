using System;
using System.IO;
using System.Reflection;
using Sannong.Domain;
using Xunit;

namespace Sannong.Domain.PackageTests;

/// <summary>Calls the packed library as an outside project would, on each target framework.</summary>
public sealed class PackageConsumerTest
{
    [Fact]
    public void The_library_comes_from_the_package_not_from_a_project()
    {
        string location = typeof(InfluencerId).Assembly.Location;
        // The test's output folder holds a copy, so check the assembly's identity instead: the package's
        // assembly carries its informational version and the NuGet metadata's version.
        AssemblyInformationalVersionAttribute? info = typeof(InfluencerId).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>();
        Assert.NotNull(info);
        Assert.StartsWith(Environment.GetEnvironmentVariable("SANNONG_EXPECTED_VERSION") ?? "0.1.0", info!.InformationalVersion, StringComparison.Ordinal);
        Assert.True(File.Exists(location));
    }

    [Fact]
    public void The_xml_documentation_ships_beside_the_assembly()
    {
        string xml = Path.ChangeExtension(typeof(InfluencerId).Assembly.Location, ".xml");
        Assert.True(File.Exists(xml), $"{xml} is missing: the package must ship its XML docs.");
        Assert.Contains("T:Sannong.Domain.InfluencerId", File.ReadAllText(xml), StringComparison.Ordinal);
    }

    [Fact]
    public void Identifiers_validate_and_compare()
    {
        InfluencerId id = InfluencerId.Parse("kol-001");
        Assert.Equal("kol-001", id.Value);
        Assert.Throws<ArgumentException>(() => new InfluencerId(" padded"));
    }
}
