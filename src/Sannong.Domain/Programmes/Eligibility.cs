using Sannong.Domain.Creators;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Programmes;

/// <summary>
/// Who may join a <see cref="Programme"/> (参与条件 cānyù tiáojiàn): influencers with at least a minimum number of
/// followers (粉丝 fěnsī, fans), as in the 三农耕耘计划 (Sannong Cultivation Plan), which is open to creators with
/// at least 10,000 fans.
/// </summary>
/// <remarks>
/// <para>A programme with no eligibility (<see cref="Programme.Eligibility"/> null) admits everyone; so does a
/// minimum of zero.</para>
/// <para>Equality compares <see cref="MinimumFollowers"/>. There is no natural order, so the type is not comparable.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class Eligibility : IEquatable<Eligibility>
{
    /// <summary>Creates an eligibility rule.</summary>
    /// <param name="minimumFollowers">The fewest followers an influencer must have to be admitted; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumFollowers"/> is negative.</exception>
    public Eligibility(long minimumFollowers) =>
        MinimumFollowers = Preconditions.CheckNonNegative(minimumFollowers);

    /// <summary>The fewest followers an influencer must have to be admitted; not negative.</summary>
    public long MinimumFollowers { get; }

    /// <summary>Says whether an influencer with <paramref name="followers"/> followers is admitted.</summary>
    /// <param name="followers">The influencer's number of followers; not negative.</param>
    /// <returns>True when <paramref name="followers"/> is at least <see cref="MinimumFollowers"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="followers"/> is negative.</exception>
    public bool Admits(long followers) => Preconditions.CheckNonNegative(followers) >= MinimumFollowers;

    /// <summary>Says whether an influencer is admitted, by their <see cref="Influencer.Followers"/>.</summary>
    /// <param name="influencer">The influencer.</param>
    /// <returns>True when the influencer has at least <see cref="MinimumFollowers"/> followers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="influencer"/> is null.</exception>
    public bool Admits(Influencer influencer)
    {
        ArgumentNullException.ThrowIfNull(influencer);
        return Admits(influencer.Followers);
    }

    /// <summary>Returns a copy with another minimum.</summary>
    /// <param name="minimumFollowers">The fewest followers an influencer must have; not negative.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumFollowers"/> is negative.</exception>
    public Eligibility WithMinimumFollowers(long minimumFollowers) => new(minimumFollowers);

    /// <summary>Returns the rule as text, for example <c>at least 10000 followers</c>.</summary>
    /// <returns>The rule, invariant culture.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"at least {MinimumFollowers} followers");

    /// <summary>Compares the minimums.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns>True when both have the same <see cref="MinimumFollowers"/>.</returns>
    public bool Equals([NotNullWhen(true)] Eligibility? other) => other is not null && MinimumFollowers == other.MinimumFollowers;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Eligibility"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Eligibility);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => MinimumFollowers.GetHashCode();

    /// <summary>Value equality.</summary>
    /// <param name="left">The first rule, or null.</param>
    /// <param name="right">The second rule, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Eligibility? left, Eligibility? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first rule, or null.</param>
    /// <param name="right">The second rule, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Eligibility? left, Eligibility? right) => !(left == right);
}
