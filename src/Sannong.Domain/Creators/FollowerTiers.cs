using Sannong.Domain.Utility;

namespace Sannong.Domain.Creators;

/// <summary>
/// The rules of <see cref="FollowerTier"/>: which tier a follower count falls in, the bounds of each tier and
/// their labels.
/// </summary>
/// <remarks>
/// <para>The tiers tile the non-negative follower counts without gap or overlap: each tier's
/// <see cref="MinimumFollowers"/> is one more than the previous tier's <see cref="MaximumFollowers"/>.</para>
/// <code>
/// Tier      Followers (inclusive)
/// Emerging  0 to 999
/// Nano      1,000 to 9,999
/// Micro     10,000 to 99,999
/// Mid       100,000 to 499,999
/// Macro     500,000 to 999,999
/// Mega      1,000,000 and more
/// </code>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public static class FollowerTiers
{
    /// <summary>The six tiers from the smallest to the largest.</summary>
    public static ImmutableArray<FollowerTier> All { get; } = ImmutableArray.Create(
        FollowerTier.Emerging, FollowerTier.Nano, FollowerTier.Micro, FollowerTier.Mid, FollowerTier.Macro, FollowerTier.Mega);

    /// <summary>The tier of a follower count.</summary>
    /// <param name="followers">The number of followers; not negative.</param>
    /// <returns>The tier whose bounds contain <paramref name="followers"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="followers"/> is negative.</exception>
    public static FollowerTier FromFollowers(long followers) => Preconditions.CheckNonNegative(followers) switch
    {
        < 1_000 => FollowerTier.Emerging,
        < 10_000 => FollowerTier.Nano,
        < 100_000 => FollowerTier.Micro,
        < 500_000 => FollowerTier.Mid,
        < 1_000_000 => FollowerTier.Macro,
        _ => FollowerTier.Mega,
    };

    /// <summary>The smallest follower count in a tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>0, 1,000, 10,000, 100,000, 500,000 or 1,000,000.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined tier.</exception>
    public static long MinimumFollowers(FollowerTier tier) => tier switch
    {
        FollowerTier.Emerging => 0,
        FollowerTier.Nano => 1_000,
        FollowerTier.Micro => 10_000,
        FollowerTier.Mid => 100_000,
        FollowerTier.Macro => 500_000,
        FollowerTier.Mega => 1_000_000,
        _ => throw Preconditions.Undefined(tier),
    };

    /// <summary>The largest follower count in a tier; <see cref="long.MaxValue"/> for <see cref="FollowerTier.Mega"/>,
    /// which has no upper bound.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>999, 9,999, 99,999, 499,999, 999,999 or <see cref="long.MaxValue"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined tier.</exception>
    public static long MaximumFollowers(FollowerTier tier) => tier switch
    {
        FollowerTier.Emerging => 999,
        FollowerTier.Nano => 9_999,
        FollowerTier.Micro => 99_999,
        FollowerTier.Mid => 499_999,
        FollowerTier.Macro => 999_999,
        FollowerTier.Mega => long.MaxValue,
        _ => throw Preconditions.Undefined(tier),
    };

    /// <summary>The English label of a tier, such as <c>Micro</c>.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The tier's name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined tier.</exception>
    public static string Label(FollowerTier tier) => IsDefined(tier) ? tier.ToString() : throw Preconditions.Undefined(tier);

    /// <summary>The bounds of a tier as English text, such as <c>10,000 to 99,999 followers</c> or
    /// <c>1,000,000 followers or more</c>.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The range of follower counts, with thousands separators (invariant culture).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined tier.</exception>
    public static string RangeLabel(FollowerTier tier) => tier == FollowerTier.Mega
        ? string.Create(CultureInfo.InvariantCulture, $"{MinimumFollowers(tier):N0} followers or more")
        : string.Create(CultureInfo.InvariantCulture, $"{MinimumFollowers(tier):N0} to {MaximumFollowers(tier):N0} followers");

    /// <summary>Tells whether a value is one of the six tiers.</summary>
    /// <param name="tier">The value to check.</param>
    /// <returns>True for <see cref="FollowerTier.Emerging"/> to <see cref="FollowerTier.Mega"/>.</returns>
    public static bool IsDefined(FollowerTier tier) => tier is >= FollowerTier.Emerging and <= FollowerTier.Mega;
}
