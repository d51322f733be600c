namespace Sannong.Domain.Creators;

/// <summary>The kind of a provincial-level administrative division (省级行政区 shěngjí xíngzhèngqū) of China.</summary>
/// <remarks>The numeric values are stable. <c>default(ProvincialDivisionKind)</c> (0) is not a defined kind.</remarks>
public enum ProvincialDivisionKind
{
    /// <summary>A province (省 shěng), such as Hunan.</summary>
    Province = 1,

    /// <summary>An autonomous region (自治区 zìzhìqū), such as Guangxi.</summary>
    AutonomousRegion = 2,

    /// <summary>A municipality directly under the central government (直辖市 zhíxiáshì), such as Beijing.</summary>
    Municipality = 3,

    /// <summary>A special administrative region (特别行政区 tèbié xíngzhèngqū): Hong Kong or Macau.</summary>
    SpecialAdministrativeRegion = 4,
}
