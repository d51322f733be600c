using System.Numerics;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Progress;

/// <summary>
/// The pace (进度 jìndù) a programme plans to keep: the expected cumulative share of a target by the end of each day
/// of its period. <see cref="Linear"/> expects an equal part every day; <see cref="Milestones"/> expects given
/// cumulative shares at given dates, with straight lines between them.
/// </summary>
/// <remarks>
/// <para>A pace is a piecewise-linear curve through its <see cref="Points"/>: it starts at 0 at the end of day
/// S − 1 (the day before the period starts), passes through each milestone (a milestone at date D means "by the end
/// of day D") and ends at 1 at the end of day E. Between two points (D₀, s₀) and (D₁, s₁) the share at the end of
/// day d is s₀ + (s₁ − s₀) · (d − D₀) / (D₁ − D₀), interpolated by whole days. Before S it is 0, on and after E
/// it is 1. The linear pace is the one with the single point (E, 1): its share is e / N (see
/// <see cref="ProgrammeClock"/>).</para>
/// <para>The calculators scale the pace to whole amounts (fen, impressions) exactly: each point's share is read as
/// the <see cref="decimal"/> nearest to the <see cref="double"/> given (at most 15 significant digits, so 0.3 is
/// read as exactly 0.3), the amount is interpolated as an exact fraction and rounded once, to the nearest unit,
/// halves away from zero. For the linear pace this is exactly round(B · e / N).</para>
/// <para>A pace belongs to one period; the calculators reject a pace made for another. Two paces are equal when
/// they have the same period and the same points. The set of kinds is closed (this class is sealed).</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class Pace : IEquatable<Pace>
{
    private readonly ImmutableArray<decimal> _exactShares;

    private Pace(DateInterval period, ImmutableArray<(LocalDate Date, double CumulativeShare)> points)
    {
        Period = period;
        Points = points;
        _exactShares = points.Select(p => (decimal)p.CumulativeShare).ToImmutableArray();
    }

    /// <summary>The programme period the pace is for.</summary>
    public DateInterval Period { get; }

    /// <summary>The points of the curve in date order, each a date and the cumulative share expected by the end of
    /// that day; the last is always (E, 1.0). The implicit start point (S − 1, 0) is not listed.</summary>
    public ImmutableArray<(LocalDate Date, double CumulativeShare)> Points { get; }

    /// <summary>True for the linear pace: the only point is (E, 1.0).</summary>
    public bool IsLinear => Points.Length == 1;

    /// <summary>The linear pace over a period: by the end of day d the expected share is t = e / N.</summary>
    /// <param name="period">The programme period; ISO calendar.</param>
    /// <returns>The pace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not in the ISO calendar.</exception>
    public static Pace Linear(DateInterval period)
    {
        Utility.Preconditions.CheckIso(period);
        return new Pace(period, [(period.End, 1.0)]);
    }

    /// <summary>A milestone pace: cumulative shares of the target expected by the end of given days, with straight
    /// lines between them, from 0 at the end of day S − 1 to 1 at the end of day E.</summary>
    /// <param name="period">The programme period; ISO calendar.</param>
    /// <param name="milestones">The milestones in strictly increasing date order, each within the period, with
    /// non-decreasing shares in [0, 1]. A milestone at E must have share 1; when there is none at E, (E, 1) is
    /// added. An empty list gives the linear pace.</param>
    /// <returns>The pace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or <paramref name="milestones"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not in the ISO calendar, or a milestone breaks
    /// a rule above (the message names the milestone by its index).</exception>
    public static Pace Milestones(DateInterval period, IEnumerable<(LocalDate Date, double CumulativeShare)> milestones)
    {
        Utility.Preconditions.CheckIso(period);
        ArgumentNullException.ThrowIfNull(milestones);
        var points = ImmutableArray.CreateBuilder<(LocalDate Date, double CumulativeShare)>();
        int index = 0;
        foreach ((LocalDate date, double share) in milestones)
        {
            string name = string.Create(CultureInfo.InvariantCulture, $"milestones[{index}]");
            if (date.Calendar != CalendarSystem.Iso || !period.Contains(date))
            {
                throw Invalid(name, $"date must lie within the period {period}, but was {date:uuuu-MM-dd}");
            }
            if (points.Count > 0 && date <= points[^1].Date)
            {
                throw Invalid(name, $"date must be after the previous milestone's date {points[^1].Date:uuuu-MM-dd}, but was {date:uuuu-MM-dd}");
            }
            if (!(share >= 0.0 && share <= 1.0))
            {
                throw Invalid(name, $"share must be between 0 and 1 inclusive, but was {share}");
            }
            if (points.Count > 0 && share < points[^1].CumulativeShare)
            {
                throw Invalid(name, $"share must not be below the previous milestone's share {points[^1].CumulativeShare}, but was {share}");
            }
            if (date == period.End && share != 1.0)
            {
                throw Invalid(name, $"share must be 1 at the end of the period {period.End:uuuu-MM-dd}, but was {share}");
            }
            // A share written as -0 passes the range check (-0.0 >= 0.0); store it as 0, so that no -0 is printed or returned.
            points.Add((date, share == 0.0 ? 0.0 : share));
            index++;
        }
        if (points.Count == 0 || points[^1].Date != period.End)
        {
            points.Add((period.End, 1.0));
        }
        return new Pace(period, points.ToImmutable());
    }

    /// <summary>The expected cumulative share of the target by the end of <paramref name="date"/>.</summary>
    /// <param name="date">The as-of date d; ISO calendar.</param>
    /// <returns>A share in [0, 1]: 0 before S, 1 on and after E, exactly a milestone's share on its date, and never
    /// decreasing as the date grows.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public double ExpectedShare(LocalDate date)
    {
        Utility.Preconditions.CheckIso(date);
        if (date < Period.Start)
        {
            return 0.0;
        }
        if (date >= Period.End)
        {
            return 1.0;
        }
        (int i, int done, int length) = Segment(date);
        double from = i == 0 ? 0.0 : Points[i - 1].CumulativeShare;
        double to = Points[i].CumulativeShare;
        if (done == length || from == to)
        {
            return done == length ? to : from;
        }
        double share = from + ((to - from) * ((double)done / length));
        return Math.Clamp(share, from, to);
    }

    /// <summary>The count a target of <paramref name="total"/> is expected to reach by the end of
    /// <paramref name="date"/>: total × pace(d), the figure <see cref="GoalProgress.Expected"/> reports for the mentee
    /// goal.</summary>
    /// <param name="total">The target, in whatever is counted (mentees); not negative.</param>
    /// <param name="date">The as-of date d; ISO calendar.</param>
    /// <returns>The expected count, not rounded to a whole number: 0 before S, exactly <paramref name="total"/> on and
    /// after E, and never decreasing as the date grows. On a segment from share 0 to share 1 (the whole linear pace)
    /// it is total · e / N computed exactly and rounded once to the nearest <see cref="double"/>; elsewhere it is
    /// total × <see cref="ExpectedShare"/>(d).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public double ExpectedCount(long total, LocalDate date)
    {
        Preconditions.CheckNonNegative(total);
        Utility.Preconditions.CheckIso(date);
        if (date >= Period.End)
        {
            return total;
        }
        if (date >= Period.Start)
        {
            (int i, int done, int length) = Segment(date);
            if (Points[i].CumulativeShare == 1.0 && (i == 0 || Points[i - 1].CumulativeShare == 0.0))
            {
                return (double)((Int128)total * done) / length;
            }
        }
        return total * ExpectedShare(date);
    }

    /// <summary>The expected count of every day of the period, in date order: (d, <see cref="ExpectedCount"/>(total,
    /// d)) for d from S to E; computed as enumerated, O(log points) per day, with no array of the period's length.</summary>
    /// <param name="total">The target, in whatever is counted (mentees); not negative.</param>
    /// <returns>The N pairs, the last (E, total).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    public IEnumerable<(LocalDate Date, double Count)> ExpectedCounts(long total)
    {
        Preconditions.CheckNonNegative(total);
        return Period.Select(date => (date, ExpectedCount(total, date)));
    }

    /// <summary>total × pace(d) in whole units, exact: the points' shares read as decimals, the interpolation an
    /// exact fraction, rounded once half away from zero. <paramref name="total"/> must not be negative.</summary>
    internal long ExpectedAmount(long total, LocalDate date)
    {
        if (date < Period.Start)
        {
            return 0;
        }
        if (date >= Period.End)
        {
            return total;
        }
        (int i, int done, int length) = Segment(date);
        (BigInteger from, BigInteger to, BigInteger unit) = Scaled(i == 0 ? 0m : _exactShares[i - 1], _exactShares[i]);
        BigInteger numerator = total * ((from * length) + ((to - from) * done));
        return (long)ProgressMath.DivideRounded(numerator, unit * length);
    }

    /// <summary>Compares two paces: same period and same points.</summary>
    /// <param name="other">The pace to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals([NotNullWhen(true)] Pace? other) =>
        other is not null && Period.Equals(other.Period) && Points.SequenceEqual(other.Points);

    /// <summary>Compares this pace with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Pace"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Pace);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Period);
        foreach ((LocalDate date, double share) in Points)
        {
            hash.Add(date);
            hash.Add(share);
        }
        return hash.ToHashCode();
    }

    /// <summary>Describes the pace, e.g. "linear over 2024-01-01/2024-01-10" or
    /// "milestones over 2024-01-01/2024-01-10: 2024-01-05 0.2, 2024-01-10 1".</summary>
    /// <returns>The description, formatted invariantly.</returns>
    public override string ToString() => IsLinear
        ? $"linear over {Period}"
        : $"milestones over {Period}: " + string.Join(", ", Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Date:uuuu-MM-dd} {p.CumulativeShare}")));

    /// <summary>Compares two paces for equality.</summary>
    /// <param name="left">The first pace.</param>
    /// <param name="right">The second pace.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Pace? left, Pace? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two paces for inequality.</summary>
    /// <param name="left">The first pace.</param>
    /// <param name="right">The second pace.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Pace? left, Pace? right) => !(left == right);

    /// <summary>For S ≤ d &lt; E: the index of the first point on or after d, the days from the previous point
    /// (or S − 1) to d, and the days from the previous point to that point.</summary>
    private (int Index, int Done, int Length) Segment(LocalDate date)
    {
        int low = 0;
        int high = Points.Length - 1;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (Points[middle].Date >= date)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        if (low == 0)
        {
            // The implicit start point is the end of day S - 1.
            return (0, NodaTime.Period.DaysBetween(Period.Start, date) + 1, NodaTime.Period.DaysBetween(Period.Start, Points[0].Date) + 1);
        }
        LocalDate previous = Points[low - 1].Date;
        return (low, NodaTime.Period.DaysBetween(previous, date), NodaTime.Period.DaysBetween(previous, Points[low].Date));
    }

    /// <summary>Two decimals as whole numbers over one power of ten.</summary>
    private static (BigInteger From, BigInteger To, BigInteger Unit) Scaled(decimal from, decimal to)
    {
        int scale = Math.Max(from.Scale, to.Scale);
        decimal unit = Pow10(scale);
        return (new BigInteger(from * unit), new BigInteger(to * unit), new BigInteger(unit));
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }
        return result;
    }

    private static ArgumentException Invalid(string name, FormattableString rule) =>
        new($"{name}.{rule.ToString(CultureInfo.InvariantCulture)}.", "milestones");
}
