using NodaTime.Text;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Programmes;

/// <summary>
/// The rule that says when a mentee "earns money from content" (通过内容获得收入 tōngguò nèiróng huòdé shōurù): total
/// earnings of at least <see cref="Minimum"/> over a trailing window of <see cref="WindowMonths"/> whole calendar
/// months ending with the month of the date asked about.
/// </summary>
/// <remarks>
/// <para>The window for an as-of date is the <see cref="WindowMonths"/> calendar months ending with (and including)
/// the month of that date: with the default of 3 months, as of 2025-05-17 it is 2025-03 to 2025-05, and as of
/// 2024-02-10 it is 2023-12 to 2024-02. Whole months count, including the part of the as-of month after the
/// as-of date: earnings are recorded per month.</para>
/// <para>Any ISO date NodaTime supports may be asked about. Near the start of the calendar the window is cut short:
/// it never starts before <see cref="FirstSupportedMonth"/> (-9998-01), so as of -9998-02-10 a 3-month window is
/// -9998-01 to -9998-02. No method of the rule throws for an as-of date in range.</para>
/// <para>The default rule (<see cref="Default"/>) uses a 3-month window and a minimum of 0.01 yuan (one fen), so
/// any earning at all in the window makes an earner. Because earnings are never negative, the rule is monotone:
/// more earnings never turn an earner into a non-earner.</para>
/// <para>Equality compares both properties. There is no natural order, so the type is not comparable.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class EarningRule : IEquatable<EarningRule>
{
    /// <summary>The default window: 3 calendar months.</summary>
    public const int DefaultWindowMonths = 3;

    /// <summary>The shortest window allowed: 1 month (the as-of month alone).</summary>
    public const int MinWindowMonths = 1;

    /// <summary>The longest window allowed: 120 months (ten years).</summary>
    public const int MaxWindowMonths = 120;

    /// <summary>Creates a rule.</summary>
    /// <param name="windowMonths">The number of whole calendar months in the window; 1 to 120.</param>
    /// <param name="minimum">The least total in the window that makes an earner; strictly positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowMonths"/> is outside 1 to 120, or
    /// <paramref name="minimum"/> is zero or negative.</exception>
    public EarningRule(int windowMonths, Money minimum)
    {
        WindowMonths = Preconditions.CheckInRange(windowMonths, MinWindowMonths, MaxWindowMonths);
        Minimum = Preconditions.CheckPositive(minimum, "yuan");
    }

    /// <summary>The first month of NodaTime's ISO calendar, -9998-01: no window starts before it.</summary>
    public static YearMonth FirstSupportedMonth { get; } = LocalDate.MinIsoValue.ToYearMonth();

    /// <summary>The default rule: any earning (at least 0.01 yuan) over the last 3 calendar months.</summary>
    public static EarningRule Default { get; } = new(DefaultWindowMonths, Money.FromFen(1));

    /// <summary>The number of whole calendar months in the window, 1 to 120; 3 by default.</summary>
    public int WindowMonths { get; }

    /// <summary>The least total of earnings in the window that makes an earner; strictly positive, 0.01 yuan by default.</summary>
    public Money Minimum { get; }

    /// <summary>Returns the window for an as-of date: the <see cref="WindowMonths"/> calendar months ending with the
    /// month of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The date asked about; ISO calendar.</param>
    /// <returns>The first and last months of the window, both included; <c>Last</c> is the month of <paramref name="asOf"/>.
    /// <c>First</c> is <see cref="WindowMonths"/> − 1 months before it, or <see cref="FirstSupportedMonth"/> when that
    /// would lie before the calendar's first month (the window is then shorter).</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public (YearMonth First, YearMonth Last) Window(LocalDate asOf)
    {
        YearMonth last = Preconditions.CheckIso(asOf).ToYearMonth();
        return (FirstMonthOfWindow(last, WindowMonths), last);
    }

    /// <summary>The month <paramref name="windowMonths"/> − 1 months before <paramref name="last"/> (an ISO month),
    /// clamped to <see cref="FirstSupportedMonth"/>: never throws for a window of at least one month.</summary>
    internal static YearMonth FirstMonthOfWindow(YearMonth last, int windowMonths)
    {
        // Months since -9998-01; a YearMonth's year is -9998..9999, so this is small and exact.
        long available = ((long)(last.Year - FirstSupportedMonth.Year) * 12) + (last.Month - 1);
        return windowMonths - 1 > available ? FirstSupportedMonth : last.PlusMonths(1 - windowMonths);
    }

    /// <summary>Says whether a month lies in the window for an as-of date.</summary>
    /// <param name="month">The month; ISO calendar.</param>
    /// <param name="asOf">The date asked about; ISO calendar.</param>
    /// <returns>True when <paramref name="month"/> is one of the <see cref="WindowMonths"/> months ending with the month of <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> or <paramref name="asOf"/> is not in the ISO calendar.</exception>
    public bool IncludesMonth(YearMonth month, LocalDate asOf)
    {
        Preconditions.CheckIso(month);
        (YearMonth first, YearMonth last) = Window(asOf);
        return first <= month && month <= last;
    }

    /// <summary>Adds up the earnings that fall in the window for an as-of date (typically the earnings of one influencer).</summary>
    /// <param name="earnings">The earnings; those outside the window are ignored.</param>
    /// <param name="asOf">The date asked about; ISO calendar.</param>
    /// <returns>The total of the amounts of the earnings whose month is in the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="earnings"/> is null or contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    /// <exception cref="OverflowException">The total exceeds the range of <see cref="Money"/>. It cannot for the
    /// earnings of a validated <see cref="ProgrammeData"/>, whose total of all earnings fits.</exception>
    public Money TotalInWindow(IEnumerable<Earning> earnings, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(earnings);
        (YearMonth first, YearMonth last) = Window(asOf);
        Money total = Money.Zero;
        foreach (Earning earning in earnings)
        {
            ArgumentNullException.ThrowIfNull(earning, nameof(earnings));
            if (first <= earning.Month && earning.Month <= last)
            {
                total += earning.Amount;
            }
        }
        return total;
    }

    /// <summary>Says whether one influencer earns money from content as of a date: whether the total of their
    /// earnings in the window is at least <see cref="Minimum"/>.</summary>
    /// <param name="earningsOfOneInfluencer">The earnings of one influencer (all with the same
    /// <see cref="Earning.Influencer"/>); those outside the window are ignored. No earnings means not an earner.</param>
    /// <param name="asOf">The date asked about; ISO calendar.</param>
    /// <returns>True when the influencer is an earner as of <paramref name="asOf"/>. The total is kept in 128 bits, so
    /// a total past the range of <see cref="Money"/> is an earner too, never an overflow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="earningsOfOneInfluencer"/> is null or contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar, or the earnings belong to
    /// more than one influencer.</exception>
    public bool IsEarner(IEnumerable<Earning> earningsOfOneInfluencer, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(earningsOfOneInfluencer);
        (YearMonth first, YearMonth last) = Window(asOf);
        Int128 total = 0;
        foreach (Earning earning in OfOneInfluencer(earningsOfOneInfluencer))
        {
            if (first <= earning.Month && earning.Month <= last)
            {
                total += earning.Amount.Fen;
            }
        }
        return total >= Minimum.Fen;
    }

    /// <summary>Says whether a total of earnings over the window makes an earner.</summary>
    /// <param name="totalInWindow">The total earned in the window.</param>
    /// <returns>True when <paramref name="totalInWindow"/> is at least <see cref="Minimum"/>.</returns>
    public bool IsMet(Money totalInWindow) => totalInWindow >= Minimum;

    /// <summary>Returns a copy with another window.</summary>
    /// <param name="windowMonths">The number of whole calendar months in the window; 1 to 120.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowMonths"/> is outside 1 to 120.</exception>
    public EarningRule WithWindowMonths(int windowMonths) => new(windowMonths, Minimum);

    /// <summary>Returns a copy with another minimum.</summary>
    /// <param name="minimum">The least total in the window that makes an earner; strictly positive.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is zero or negative.</exception>
    public EarningRule WithMinimum(Money minimum) => new(WindowMonths, minimum);

    /// <summary>Returns the rule as text, for example <c>at least 0.01 yuan over 3 months</c>.</summary>
    /// <returns>The minimum and the window, invariant culture.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"at least {Minimum} yuan over {WindowMonths} {(WindowMonths == 1 ? "month" : "months")}");

    /// <summary>Compares both properties.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns>True when the windows and minimums are equal.</returns>
    public bool Equals([NotNullWhen(true)] EarningRule? other) =>
        other is not null && WindowMonths == other.WindowMonths && Minimum == other.Minimum;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="EarningRule"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as EarningRule);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(WindowMonths, Minimum);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first rule, or null.</param>
    /// <param name="right">The second rule, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(EarningRule? left, EarningRule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first rule, or null.</param>
    /// <param name="right">The second rule, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(EarningRule? left, EarningRule? right) => !(left == right);

    /// <summary>Passes the earnings through, throwing as soon as one names another influencer than the first.</summary>
    private static IEnumerable<Earning> OfOneInfluencer(IEnumerable<Earning> earnings)
    {
        InfluencerId? first = null;
        foreach (Earning earning in earnings)
        {
            ArgumentNullException.ThrowIfNull(earning, nameof(earnings));
            if (first is { } id && id != earning.Influencer)
            {
                throw new ArgumentException(
                    $"earningsOfOneInfluencer must all belong to one influencer, but had {id.Value} and {earning.Influencer.Value}.",
                    "earningsOfOneInfluencer");
            }
            first ??= earning.Influencer;
            yield return earning;
        }
    }
}
