using System.Numerics;

namespace Sannong.Domain.Progress;

/// <summary>The exact integer arithmetic and argument checks shared by the progress calculators.</summary>
internal static class ProgressMath
{
    /// <summary>numerator / denominator rounded to the nearest whole number, halves away from zero;
    /// <paramref name="denominator"/> must be positive.</summary>
    internal static Int128 DivideRounded(Int128 numerator, Int128 denominator)
    {
        Int128 magnitude = numerator < 0 ? -numerator : numerator;
        Int128 quotient = Int128.DivRem(magnitude, denominator).Quotient;
        Int128 remainder = magnitude - (quotient * denominator);
        if (remainder >= denominator - remainder)
        {
            quotient++;
        }
        return numerator < 0 ? -quotient : quotient;
    }

    /// <summary>numerator / denominator rounded to the nearest whole number, halves away from zero;
    /// <paramref name="denominator"/> must be positive.</summary>
    internal static BigInteger DivideRounded(BigInteger numerator, BigInteger denominator)
    {
        BigInteger quotient = BigInteger.DivRem(BigInteger.Abs(numerator), denominator, out BigInteger remainder);
        if (remainder >= denominator - remainder)
        {
            quotient++;
        }
        return numerator.Sign < 0 ? -quotient : quotient;
    }

    /// <summary><paramref name="value"/> as a <see cref="long"/>, or null when it lies outside the range of
    /// <see cref="long"/> (the range rule of the budget figures: a projection past the range is null).</summary>
    internal static long? InRange(Int128 value) =>
        value >= long.MinValue && value <= long.MaxValue ? (long)value : null;

    /// <summary>The smallest whole number not below numerator / denominator; both must be positive.</summary>
    internal static Int128 CeilingDivide(Int128 numerator, Int128 denominator) =>
        (numerator + denominator - 1) / denominator;

    /// <summary><paramref name="start"/> plus <paramref name="days"/> days (not negative), or null when that lies
    /// beyond the last date NodaTime's ISO calendar supports (9999-12-31).</summary>
    internal static LocalDate? PlusDaysOrNull(LocalDate start, Int128 days)
    {
        int room = NodaTime.Period.DaysBetween(start, LocalDate.MaxIsoValue);
        return days > room ? null : start.PlusDays((int)days);
    }

    /// <summary>Throws when <paramref name="pace"/> is for a period other than <paramref name="period"/>; returns the
    /// linear pace of the period when it is null.</summary>
    internal static Pace CheckPace(Pace? pace, DateInterval period, string paramName)
    {
        if (pace is null)
        {
            return Pace.Linear(period);
        }
        if (!pace.Period.Equals(period))
        {
            throw new ArgumentException($"{paramName} must be for the programme's period {period}, but was for {pace.Period}.", paramName);
        }
        return pace;
    }
}
