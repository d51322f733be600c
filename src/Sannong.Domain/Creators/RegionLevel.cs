namespace Sannong.Domain.Creators;

/// <summary>
/// The level of a GB/T 2260 administrative division code, read from its trailing zeros: <c>430000</c> is a
/// province, <c>430500</c> a prefecture, <c>430524</c> a county.
/// </summary>
/// <remarks>The numeric values are stable. <c>default(RegionLevel)</c> (0) is not a defined level.</remarks>
public enum RegionLevel
{
    /// <summary>A provincial-level division (省级 shěngjí): the code ends in <c>0000</c>.</summary>
    Province = 1,

    /// <summary>A prefecture-level division (地级 dìjí), such as a prefecture-level city: the code ends in <c>00</c> but not <c>0000</c>.</summary>
    Prefecture = 2,

    /// <summary>A county-level division (县级 xiànjí): a county, county-level city or district; the code does not end in <c>00</c>.</summary>
    County = 3,
}
