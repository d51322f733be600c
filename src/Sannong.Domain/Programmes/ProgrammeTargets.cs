using Sannong.Domain.Utility;

namespace Sannong.Domain.Programmes;

/// <summary>
/// What a <see cref="Programme"/> aims for (目标 mùbiāo): how many influencers it mentors, and the share of those
/// mentees who earn money from their content. Kuaishou's seed plan: 100,000 mentees, at least 50% earning.
/// </summary>
/// <remarks>
/// <para>Whether a mentee earns money from content is decided by the programme's <see cref="EarningRule"/>.</para>
/// <para>Equality compares both properties. There is no natural order, so the type is not comparable.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class ProgrammeTargets : IEquatable<ProgrammeTargets>
{
    /// <summary>Creates the targets of a programme.</summary>
    /// <param name="mentees">The number of influencers to mentor; at least 1.</param>
    /// <param name="earningShare">The share of mentees who should earn money from their content (0% to 100%).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mentees"/> is zero or negative.</exception>
    public ProgrammeTargets(int mentees, Share earningShare)
    {
        Mentees = Preconditions.CheckPositive(mentees);
        EarningShare = earningShare;
    }

    /// <summary>The number of influencers the programme aims to mentor; at least 1.</summary>
    public int Mentees { get; }

    /// <summary>The share of mentees who should earn money from their content, as decided by the programme's
    /// <see cref="EarningRule"/>: 50% in Kuaishou's plan.</summary>
    public Share EarningShare { get; }

    /// <summary>Returns a copy with another number of mentees.</summary>
    /// <param name="mentees">The number of influencers to mentor; at least 1.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mentees"/> is zero or negative.</exception>
    public ProgrammeTargets WithMentees(int mentees) => new(mentees, EarningShare);

    /// <summary>Returns a copy with another earning share.</summary>
    /// <param name="earningShare">The share of mentees who should earn money from their content.</param>
    /// <returns>The copy.</returns>
    public ProgrammeTargets WithEarningShare(Share earningShare) => new(Mentees, earningShare);

    /// <summary>Returns the targets as text, for example <c>100000 mentees, 50% earning</c>.</summary>
    /// <returns>The number of mentees and the earning share, invariant culture.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Mentees} mentees, {EarningShare} earning");

    /// <summary>Compares both properties.</summary>
    /// <param name="other">The targets to compare with.</param>
    /// <returns>True when the numbers of mentees and the earning shares are equal.</returns>
    public bool Equals([NotNullWhen(true)] ProgrammeTargets? other) =>
        other is not null && Mentees == other.Mentees && EarningShare == other.EarningShare;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is equal <see cref="ProgrammeTargets"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as ProgrammeTargets);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Mentees, EarningShare);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first targets, or null.</param>
    /// <param name="right">The second targets, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(ProgrammeTargets? left, ProgrammeTargets? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first targets, or null.</param>
    /// <param name="right">The second targets, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ProgrammeTargets? left, ProgrammeTargets? right) => !(left == right);
}
