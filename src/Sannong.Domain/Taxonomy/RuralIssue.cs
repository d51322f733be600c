namespace Sannong.Domain.Taxonomy;

/// <summary>
/// One of China's Three Rural Issues (三农 sānnóng), the three roots of the rural content taxonomy.
/// </summary>
/// <remarks>The numeric values are stable. <c>default(RuralIssue)</c> (0) is not a defined issue.</remarks>
public enum RuralIssue
{
    /// <summary>Agriculture (农业 nóngyè): crops, livestock, aquaculture, forestry and farm know-how.</summary>
    Agriculture = 1,

    /// <summary>Rural areas and villages (农村 nóngcūn): village life, tourism, heritage and infrastructure.</summary>
    Villages = 2,

    /// <summary>Farmers and rural people (农民 nóngmín): their livelihoods, skills, crafts and income.</summary>
    Farmers = 3,
}
