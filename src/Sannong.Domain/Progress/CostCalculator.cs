using Sannong.Domain.Utility;

namespace Sannong.Domain.Progress;

/// <summary>
/// The two cost figures of a programme's cash budget per mentee: what each mentee has cost so far (s / a), and how
/// much cash is left for each mentee still to be found ((B - s) / (T - a)).
/// </summary>
/// <remarks>Both divide exactly in whole fen and round the quotient to the nearest fen, halves away from zero
/// (10.00 / 3 is 3.33; 0.05 / 2 is 0.03; -0.05 / 2 is -0.03). No floating point is involved.</remarks>
/// <threadsafety>This type is a static class of pure functions that keeps no state: its members may be called from any number of threads at once.</threadsafety>
public static class CostCalculator
{
    /// <summary>The cost per mentee, s / a: the cash spent so far divided by the mentees so far, to the fen.</summary>
    /// <param name="spent">The cash spent s (disbursed minus refunded); negative when refunds exceed payments.</param>
    /// <param name="mentees">The number of mentees a, zero or more.</param>
    /// <returns>The cost per mentee, rounded to the fen half away from zero; null when there are no mentees.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mentees"/> is negative.</exception>
    public static Money? CostPerMentee(Money spent, long mentees)
    {
        Preconditions.CheckNonNegative(mentees);
        return mentees == 0 ? null : DivideToFen(spent, mentees);
    }

    /// <summary>
    /// The remaining cash per remaining mentee, (B - s) / (T - a): what is left of the budget for each mentee still
    /// needed to reach the target, to the fen. It is negative when the budget is overspent (s &gt; B): every further
    /// mentee then adds to the overspend.
    /// </summary>
    /// <param name="budget">The cash budget B.</param>
    /// <param name="spent">The cash spent s.</param>
    /// <param name="target">The mentee target T, zero or more.</param>
    /// <param name="actual">The mentees so far a, zero or more.</param>
    /// <returns>The remaining cash per remaining mentee, rounded to the fen half away from zero; null when no mentee
    /// remains (a &gt;= T).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> or <paramref name="actual"/> is negative.</exception>
    /// <exception cref="OverflowException">B - s is outside the range of <see cref="Money"/>.</exception>
    public static Money? RemainingPerRemainingMentee(Money budget, Money spent, long target, long actual)
    {
        Preconditions.CheckNonNegative(target);
        Preconditions.CheckNonNegative(actual);
        if (actual >= target)
        {
            return null;
        }
        return DivideToFen(budget - spent, target - actual);
    }

    /// <summary>The amount divided by a positive divisor, rounded to the nearest fen, halves away from zero.</summary>
    internal static Money DivideToFen(Money amount, long divisor)
    {
        long quotient = Math.DivRem(amount.Fen, divisor, out long remainder);
        // |remainder| < divisor, so divisor - |remainder| cannot overflow; the comparison is 2|r| >= divisor.
        long magnitude = Math.Abs(remainder);
        if (magnitude >= divisor - magnitude)
        {
            quotient += Math.Sign(remainder);
        }
        return Money.FromFen(quotient);
    }
}
