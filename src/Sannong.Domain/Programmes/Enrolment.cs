using NodaTime.Text;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Programmes;

/// <summary>
/// An influencer's enrolment in a programme (报名 bàomíng / 入选 rùxuǎn): who, from which day, with which mentor
/// (导师 dǎoshī), and the day they left, if they have.
/// </summary>
/// <remarks>
/// <para>The mentee rule: an influencer counts as mentored from the day enrolled, and leaving later does not undo
/// that (<see cref="CountsAsMenteeOn"/>); an influencer enrolled more than once counts once, from their first
/// enrolment (<see cref="FirstEnrolments"/>, <see cref="CountMentees"/>). Being in the programme on a given day is
/// a different question (<see cref="IsActiveOn"/>).</para>
/// <para><see cref="Left"/>, when present, is the last day in the programme (included) and is on or after
/// <see cref="Enrolled"/>. All dates are in the ISO calendar.</para>
/// <para>Equality compares every property. There is no natural order, so the type is not comparable.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class Enrolment : IEquatable<Enrolment>
{
    /// <summary>Creates an enrolment.</summary>
    /// <param name="influencer">The influencer enrolled; a valid (non-default) identifier.</param>
    /// <param name="enrolled">The day the influencer was enrolled; ISO calendar.</param>
    /// <param name="mentor">The influencer's mentor, or null when none is assigned.</param>
    /// <param name="left">The day the influencer left (their last day in the programme), or null when they have not
    /// left; ISO calendar, on or after <paramref name="enrolled"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="influencer"/> is <c>default(InfluencerId)</c>,
    /// <paramref name="mentor"/> is <c>default(MentorId)</c>, or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="left"/> is before <paramref name="enrolled"/>.</exception>
    public Enrolment(InfluencerId influencer, LocalDate enrolled, MentorId? mentor = null, LocalDate? left = null)
    {
        Preconditions.CheckNotDefault(influencer);
        if (mentor is { } m)
        {
            Preconditions.CheckNotDefault(m, paramName: nameof(mentor));
        }
        Preconditions.CheckIso(enrolled);
        if (left is { } l)
        {
            Preconditions.CheckIso(l, nameof(left));
            if (l < enrolled)
            {
                throw new ArgumentOutOfRangeException(nameof(left),
                    $"left must be on or after enrolled ({LocalDatePattern.Iso.Format(enrolled)}), but was {LocalDatePattern.Iso.Format(l)}.");
            }
        }
        Influencer = influencer;
        Enrolled = enrolled;
        Mentor = mentor;
        Left = left;
    }

    /// <summary>The influencer enrolled.</summary>
    public InfluencerId Influencer { get; }

    /// <summary>The day the influencer was enrolled: from this day on they count as a mentee.</summary>
    public LocalDate Enrolled { get; }

    /// <summary>The influencer's mentor, or null when none is assigned.</summary>
    public MentorId? Mentor { get; }

    /// <summary>The day the influencer left (their last day in the programme, included), or null when they have not left.</summary>
    public LocalDate? Left { get; }

    /// <summary>Says whether the influencer is in the programme on a day: from <see cref="Enrolled"/> to
    /// <see cref="Left"/>, both included (with no end when they have not left).</summary>
    /// <param name="date">The day; ISO calendar.</param>
    /// <returns>True when <paramref name="date"/> is on or after <see cref="Enrolled"/> and not after <see cref="Left"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool IsActiveOn(LocalDate date) =>
        Preconditions.CheckIso(date) >= Enrolled && (Left is not { } left || date <= left);

    /// <summary>Says whether the influencer counts as mentored on a day: from <see cref="Enrolled"/> on, whether or
    /// not they have left since.</summary>
    /// <param name="date">The day; ISO calendar.</param>
    /// <returns>True when <paramref name="date"/> is on or after <see cref="Enrolled"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool CountsAsMenteeOn(LocalDate date) => Preconditions.CheckIso(date) >= Enrolled;

    /// <summary>Returns a copy with another mentor (or none).</summary>
    /// <param name="mentor">The mentor, or null.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="mentor"/> is <c>default(MentorId)</c>.</exception>
    public Enrolment WithMentor(MentorId? mentor) => new(Influencer, Enrolled, mentor, Left);

    /// <summary>Returns a copy with another leaving day (or none).</summary>
    /// <param name="left">The last day in the programme, or null; ISO calendar, on or after <see cref="Enrolled"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="left"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="left"/> is before <see cref="Enrolled"/>.</exception>
    public Enrolment WithLeft(LocalDate? left) => new(Influencer, Enrolled, Mentor, left);

    /// <summary>Returns a copy with another enrolment day.</summary>
    /// <param name="enrolled">The day enrolled; ISO calendar, not after <see cref="Left"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="enrolled"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Left"/> is before <paramref name="enrolled"/>.</exception>
    public Enrolment WithEnrolled(LocalDate enrolled) => new(Influencer, enrolled, Mentor, Left);

    /// <summary>
    /// Finds each influencer's first enrolment day: the day from which they count as a mentee, however many times
    /// they were enrolled.
    /// </summary>
    /// <param name="enrolments">The enrolments, in any order; read once.</param>
    /// <returns>For each influencer enrolled at least once, the earliest <see cref="Enrolled"/> day, ordered by
    /// influencer identifier (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolments"/> is null or contains null.</exception>
    public static ImmutableSortedDictionary<InfluencerId, LocalDate> FirstEnrolments(IEnumerable<Enrolment> enrolments)
    {
        ArgumentNullException.ThrowIfNull(enrolments);
        var first = new Dictionary<InfluencerId, LocalDate>();
        foreach (Enrolment enrolment in enrolments)
        {
            ArgumentNullException.ThrowIfNull(enrolment, nameof(enrolments));
            if (!first.TryGetValue(enrolment.Influencer, out LocalDate known) || enrolment.Enrolled < known)
            {
                first[enrolment.Influencer] = enrolment.Enrolled;
            }
        }
        return first.ToImmutableSortedDictionary();
    }

    /// <summary>
    /// Counts the mentees as of a day: the distinct influencers whose first enrolment is on or before
    /// <paramref name="asOf"/>. Leaving does not reduce the count, and an influencer enrolled twice counts once.
    /// </summary>
    /// <param name="enrolments">The enrolments, in any order; read once.</param>
    /// <param name="asOf">The day; ISO calendar.</param>
    /// <returns>The number of mentees; never decreases as <paramref name="asOf"/> moves later.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolments"/> is null or contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public static int CountMentees(IEnumerable<Enrolment> enrolments, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(enrolments);
        Preconditions.CheckIso(asOf);
        var counted = new HashSet<InfluencerId>();
        foreach (Enrolment enrolment in enrolments)
        {
            ArgumentNullException.ThrowIfNull(enrolment, nameof(enrolments));
            if (enrolment.Enrolled <= asOf)
            {
                counted.Add(enrolment.Influencer);
            }
        }
        return counted.Count;
    }

    /// <summary>Returns the enrolment as one line, for example <c>kol-1 enrolled 2023-11-05 with mentor m-7, left 2024-06-30</c>.</summary>
    /// <returns>The influencer, the enrolment day, and the mentor and leaving day when present.</returns>
    public override string ToString()
    {
        string text = $"{Influencer.Value} enrolled {LocalDatePattern.Iso.Format(Enrolled)}";
        if (Mentor is { } mentor)
        {
            text += " with mentor " + mentor.Value;
        }
        if (Left is { } left)
        {
            text += ", left " + LocalDatePattern.Iso.Format(left);
        }
        return text;
    }

    /// <summary>Compares every property.</summary>
    /// <param name="other">The enrolment to compare with.</param>
    /// <returns>True when influencer, enrolment day, mentor and leaving day are equal.</returns>
    public bool Equals([NotNullWhen(true)] Enrolment? other) =>
        other is not null
        && Influencer == other.Influencer
        && Enrolled == other.Enrolled
        && Nullable.Equals(Mentor, other.Mentor)
        && Nullable.Equals(Left, other.Left);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Enrolment"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Enrolment);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Influencer, Enrolled, Mentor, Left);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first enrolment, or null.</param>
    /// <param name="right">The second enrolment, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Enrolment? left, Enrolment? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first enrolment, or null.</param>
    /// <param name="right">The second enrolment, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Enrolment? left, Enrolment? right) => !(left == right);
}
