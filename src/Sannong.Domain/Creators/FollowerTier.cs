namespace Sannong.Domain.Creators;

/// <summary>
/// The size band of an influencer's following, derived from the follower count by
/// <see cref="FollowerTiers.FromFollowers(long)"/>. The tiers are ordered: a larger tier has more followers.
/// </summary>
/// <remarks>
/// <para>The bands (followers, inclusive): Emerging 0 to 999, Nano 1,000 to 9,999, Micro 10,000 to 99,999,
/// Mid 100,000 to 499,999, Macro 500,000 to 999,999, Mega 1,000,000 and more.</para>
/// <para>The numeric values are stable and increase with the tier, so tiers compare with &lt; and &gt;.
/// <c>default(FollowerTier)</c> (0) is not a defined tier.</para>
/// </remarks>
public enum FollowerTier
{
    /// <summary>Fewer than 1,000 followers: a newcomer (素人 sùrén, "ordinary person").</summary>
    Emerging = 1,

    /// <summary>1,000 to 9,999 followers.</summary>
    Nano = 2,

    /// <summary>10,000 to 99,999 followers (the 三农耕耘计划 supports creators from 10,000 fans).</summary>
    Micro = 3,

    /// <summary>100,000 to 499,999 followers.</summary>
    Mid = 4,

    /// <summary>500,000 to 999,999 followers.</summary>
    Macro = 5,

    /// <summary>1,000,000 followers or more (百万粉 bǎiwàn fěn, "a million fans").</summary>
    Mega = 6,
}
