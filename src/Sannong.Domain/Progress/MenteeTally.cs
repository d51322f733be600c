using Sannong.Domain.Programmes;

namespace Sannong.Domain.Progress;

/// <summary>
/// The number of mentees (学员 xuéyuán) whose first enrolment fell on each day: all a mentee goal needs to know,
/// pre-aggregated so that a large set of enrolments is counted once and partial tallies combine exactly.
/// </summary>
/// <remarks>
/// <para>Each influencer is counted once, on the date of their first enrolment. The caller de-duplicates: give one
/// date per distinct influencer. Partitions of the data must therefore be partitions <em>by influencer</em> (all of an
/// influencer's enrolments in one partition); then <see cref="Merge"/> of the partitions' tallies equals the tally of
/// the whole, whatever the split and the order.</para>
/// <para>The tally holds one entry per distinct day, so building it allocates per day, not per record. Queries as
/// of a date are O(log D) for D distinct days. Two tallies are equal when they have the same count on every day.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class MenteeTally : IEquatable<MenteeTally>
{
    private readonly DailySeries _cumulative;

    private MenteeTally(ImmutableArray<(LocalDate Date, int Count)> days)
    {
        Days = days;
        var dates = new LocalDate[days.Length];
        long[] counts = new long[days.Length];
        for (int i = 0; i < days.Length; i++)
        {
            (dates[i], counts[i]) = days[i];
        }
        _cumulative = DailySeries.FromDailyAmounts(dates, counts);
        Total = checked((int)_cumulative.Total);
    }

    /// <summary>The tally of no mentees.</summary>
    public static MenteeTally Empty { get; } = new(ImmutableArray<(LocalDate, int)>.Empty);

    /// <summary>The days with at least one first enrolment, in date order, each with its number of mentees (≥ 1).</summary>
    public ImmutableArray<(LocalDate Date, int Count)> Days { get; }

    /// <summary>The number of mentees counted, on any date.</summary>
    public int Total { get; }

    /// <summary>Tallies first-enrolment dates, one per distinct influencer, in any order; O(n) with one allocation
    /// per distinct day, never per record.</summary>
    /// <param name="firstEnrolmentDates">The date of each influencer's first enrolment; ISO calendar. The caller
    /// passes one date per influencer: an influencer given twice is counted twice.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firstEnrolmentDates"/> is null.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="OverflowException">There are more than <see cref="int.MaxValue"/> dates.</exception>
    public static MenteeTally FromFirstEnrolments(IEnumerable<LocalDate> firstEnrolmentDates)
    {
        ArgumentNullException.ThrowIfNull(firstEnrolmentDates);
        var counts = new Dictionary<LocalDate, int>();
        foreach (LocalDate date in firstEnrolmentDates)
        {
            Utility.Preconditions.CheckIsoElement(date, nameof(firstEnrolmentDates));
            counts[date] = counts.TryGetValue(date, out int count) ? checked(count + 1) : 1;
        }
        return FromCounts(counts);
    }

    /// <summary>Combines two tallies of disjoint sets of influencers: the count of each day is the sum of both.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The combined tally; merging is commutative and associative, and <see cref="Empty"/> is neutral.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="OverflowException">The combined total exceeds <see cref="int.MaxValue"/>.</exception>
    public MenteeTally Merge(MenteeTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = ImmutableArray.CreateBuilder<(LocalDate, int)>(Days.Length + other.Days.Length);
        int i = 0;
        int j = 0;
        while (i < Days.Length || j < other.Days.Length)
        {
            if (j == other.Days.Length || (i < Days.Length && Days[i].Date < other.Days[j].Date))
            {
                merged.Add(Days[i++]);
            }
            else if (i == Days.Length || other.Days[j].Date < Days[i].Date)
            {
                merged.Add(other.Days[j++]);
            }
            else
            {
                merged.Add((Days[i].Date, checked(Days[i].Count + other.Days[j].Count)));
                i++;
                j++;
            }
        }
        return new MenteeTally(merged.ToImmutable());
    }

    /// <summary>The number of mentees whose first enrolment is on or before <paramref name="asOf"/>; O(log D).</summary>
    /// <param name="asOf">The last day counted; ISO calendar.</param>
    /// <returns>The count a of the mentee goal.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public int CountAsOf(LocalDate asOf) => (int)_cumulative.AsOf(Utility.Preconditions.CheckIso(asOf));

    /// <summary>The day on which the <paramref name="count"/>-th mentee enrolled, counting in date order: the first
    /// date by whose end at least <paramref name="count"/> mentees had enrolled; O(log D).</summary>
    /// <param name="count">The number of mentees to reach; at least 1.</param>
    /// <returns>The date, or null when the tally holds fewer than <paramref name="count"/> mentees.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is zero or negative.</exception>
    public LocalDate? DateCountReached(int count)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), string.Create(CultureInfo.InvariantCulture, $"count must be positive, but was {count}."));
        }
        return _cumulative.FirstReaching(count);
    }

    /// <summary>Compares two tallies: the same count on every day.</summary>
    /// <param name="other">The tally to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals([NotNullWhen(true)] MenteeTally? other) => other is not null && Days.SequenceEqual(other.Days);

    /// <summary>Compares this tally with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="MenteeTally"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as MenteeTally);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach ((LocalDate date, int count) in Days)
        {
            hash.Add(date);
            hash.Add(count);
        }
        return hash.ToHashCode();
    }

    /// <summary>A short description, e.g. "12 mentees on 5 days, 2024-01-01 to 2024-01-09".</summary>
    /// <returns>The description, formatted invariantly.</returns>
    public override string ToString() => Days.IsEmpty
        ? "0 mentees"
        : string.Create(CultureInfo.InvariantCulture, $"{Total} mentees on {Days.Length} days, {Days[0].Date:uuuu-MM-dd} to {Days[^1].Date:uuuu-MM-dd}");

    /// <summary>Compares two tallies for equality.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(MenteeTally? left, MenteeTally? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two tallies for inequality.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(MenteeTally? left, MenteeTally? right) => !(left == right);

    private static MenteeTally FromCounts(Dictionary<LocalDate, int> counts)
    {
        var days = ImmutableArray.CreateBuilder<(LocalDate Date, int Count)>(counts.Count);
        foreach (KeyValuePair<LocalDate, int> pair in counts)
        {
            days.Add((pair.Key, pair.Value));
        }
        days.Sort((x, y) => x.Date.CompareTo(y.Date));
        return new MenteeTally(days.MoveToImmutable());
    }
}
