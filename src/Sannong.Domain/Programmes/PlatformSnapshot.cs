using Sannong.Domain.Utility;

namespace Sannong.Domain.Programmes;

/// <summary>
/// The size of a platform's rural content at one time, as a platform reports it: monthly active rural users,
/// pieces of rural content published a month, and fans of rural content. Calculators and samples use it to put
/// a programme's figures in proportion; <see cref="ReferencePlans.Platform"/> holds Kuaishou's announced figures.
/// </summary>
/// <remarks>
/// <para>The figures are counts as announced (usually rounded), not measurements this library can check.</para>
/// <para>Equality compares the three counts. There is no natural order, so the type is not comparable.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class PlatformSnapshot : IEquatable<PlatformSnapshot>
{
    /// <summary>Creates a snapshot.</summary>
    /// <param name="monthlyActiveRuralUsers">Rural users active in a month; not negative.</param>
    /// <param name="contentItemsPerMonth">Pieces of content (videos, live streams) published a month; not negative.</param>
    /// <param name="ruralContentFans">Users who follow rural content; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public PlatformSnapshot(long monthlyActiveRuralUsers, long contentItemsPerMonth, long ruralContentFans)
    {
        MonthlyActiveRuralUsers = Preconditions.CheckNonNegative(monthlyActiveRuralUsers);
        ContentItemsPerMonth = Preconditions.CheckNonNegative(contentItemsPerMonth);
        RuralContentFans = Preconditions.CheckNonNegative(ruralContentFans);
    }

    /// <summary>Rural users active on the platform in a month (月活跃用户 yuè huóyuè yònghù); an approximate announced figure.</summary>
    public long MonthlyActiveRuralUsers { get; }

    /// <summary>Pieces of content published a month by those users; an approximate announced figure.</summary>
    public long ContentItemsPerMonth { get; }

    /// <summary>Users who are fans of rural content (粉丝 fěnsī); an approximate announced figure.</summary>
    public long RuralContentFans { get; }

    /// <summary>Returns the snapshot as text, for example
    /// <c>42000000 monthly active rural users, 378000000 content items a month, 330000000 rural content fans</c>.</summary>
    /// <returns>The three counts, invariant culture.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{MonthlyActiveRuralUsers} monthly active rural users, {ContentItemsPerMonth} content items a month, {RuralContentFans} rural content fans");

    /// <summary>Compares the three counts.</summary>
    /// <param name="other">The snapshot to compare with.</param>
    /// <returns>True when all three counts are equal.</returns>
    public bool Equals([NotNullWhen(true)] PlatformSnapshot? other) =>
        other is not null
        && MonthlyActiveRuralUsers == other.MonthlyActiveRuralUsers
        && ContentItemsPerMonth == other.ContentItemsPerMonth
        && RuralContentFans == other.RuralContentFans;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="PlatformSnapshot"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as PlatformSnapshot);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(MonthlyActiveRuralUsers, ContentItemsPerMonth, RuralContentFans);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first snapshot, or null.</param>
    /// <param name="right">The second snapshot, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(PlatformSnapshot? left, PlatformSnapshot? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first snapshot, or null.</param>
    /// <param name="right">The second snapshot, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(PlatformSnapshot? left, PlatformSnapshot? right) => !(left == right);
}
