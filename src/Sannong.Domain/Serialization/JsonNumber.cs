using System;

namespace Sannong.Domain.Serialization;

/// <summary>Reads a JSON number exactly from its digits (sign, integer part, fraction, exponent), never through
/// <see cref="decimal"/> or <see cref="double"/>: the value is a whole number of units of
/// 10<sup>-<c>scale</c></sup> (scale 0 for counts, 2 for money in fen) inside the 64-bit range, or an outcome saying
/// why not. Any written form of an exactly representable value is accepted: <c>12000</c>, <c>12000.0</c>,
/// <c>1.2e4</c>, <c>1.2E+4</c>, <c>120000e-1</c>; <c>-0</c> is zero. Linear in the length of the text, whatever the
/// exponent.</summary>
internal static class JsonNumber
{
    internal enum Outcome
    {
        /// <summary>The value is exactly a whole number of units in range.</summary>
        Exact,

        /// <summary>The text is not a JSON number.</summary>
        Malformed,

        /// <summary>The value has digits below the unit (a fraction of a count, of a fen).</summary>
        Fraction,

        /// <summary>The value is a whole number of units but outside the 64-bit range.</summary>
        OutOfRange,
    }

    // An exponent this large in magnitude is beyond any digits a token can hold: it is kept saturated there.
    private const long ExponentCap = 1_000_000_000_000L;

    /// <summary>Reads <paramref name="text"/> (the UTF-8 bytes of a JSON number token) as a whole number of units of
    /// 10<sup>-<paramref name="scale"/></sup>.</summary>
    internal static Outcome Parse(ReadOnlySpan<byte> text, int scale, out long units)
    {
        units = 0;
        int i = 0;
        bool negative = i < text.Length && text[i] == (byte)'-';
        if (negative)
        {
            i++;
        }
        int integerStart = i;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }
        int integerEnd = i;
        if (integerEnd == integerStart || (text[integerStart] == (byte)'0' && integerEnd - integerStart > 1))
        {
            return Outcome.Malformed;
        }
        int fractionStart = i, fractionEnd = i;
        if (i < text.Length && text[i] == (byte)'.')
        {
            fractionStart = ++i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }
            fractionEnd = i;
            if (fractionEnd == fractionStart)
            {
                return Outcome.Malformed;
            }
        }
        long exponent = 0;
        if (i < text.Length && (text[i] | 0x20) == (byte)'e')
        {
            i++;
            bool exponentNegative = false;
            if (i < text.Length && text[i] is (byte)'+' or (byte)'-')
            {
                exponentNegative = text[i] == (byte)'-';
                i++;
            }
            int exponentStart = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                exponent = Math.Min(exponent * 10 + (text[i] - '0'), ExponentCap);
                i++;
            }
            if (i == exponentStart)
            {
                return Outcome.Malformed;
            }
            exponent = exponentNegative ? -exponent : exponent;
        }
        if (i != text.Length)
        {
            return Outcome.Malformed;
        }

        // The significant digits are the integer part then the fraction, without leading zeros and with trailing
        // zeros moved into the exponent: value = digits × 10^power, with power counted for units of 10^-scale.
        // Walk the digits as one sequence: positions [integerStart, integerEnd) then [fractionStart, fractionEnd).
        int total = (integerEnd - integerStart) + (fractionEnd - fractionStart);
        int first = 0;
        while (first < total && DigitAt(text, integerStart, integerEnd, fractionStart, first) == 0)
        {
            first++;
        }
        if (first == total)
        {
            return Outcome.Exact; // zero, whatever its sign or exponent
        }
        int last = total - 1;
        while (DigitAt(text, integerStart, integerEnd, fractionStart, last) == 0)
        {
            last--;
        }
        int significant = last - first + 1;
        long power = exponent - (fractionEnd - fractionStart) + scale + (total - 1 - last);
        if (power < 0)
        {
            return Outcome.Fraction;
        }
        // |value| >= 10^(significant - 1 + power); the largest magnitude, 9223372036854775808, has 19 digits.
        if (significant + power > 19)
        {
            return Outcome.OutOfRange;
        }
        ulong magnitude = 0;
        for (int k = first; k <= last; k++)
        {
            magnitude = magnitude * 10 + (ulong)DigitAt(text, integerStart, integerEnd, fractionStart, k);
        }
        for (long p = 0; p < power; p++)
        {
            magnitude *= 10; // at most 19 digits in all: no overflow of 64 unsigned bits
        }
        if (negative)
        {
            if (magnitude > 9_223_372_036_854_775_808UL)
            {
                return Outcome.OutOfRange;
            }
            units = magnitude == 9_223_372_036_854_775_808UL ? long.MinValue : -(long)magnitude;
            return Outcome.Exact;
        }
        if (magnitude > long.MaxValue)
        {
            return Outcome.OutOfRange;
        }
        units = (long)magnitude;
        return Outcome.Exact;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static int DigitAt(ReadOnlySpan<byte> text, int integerStart, int integerEnd, int fractionStart, int k)
    {
        int integerLength = integerEnd - integerStart;
        return (k < integerLength ? text[integerStart + k] : text[fractionStart + k - integerLength]) - '0';
    }

    /// <summary>Where a well-formed number lies against 0 and 1, exactly: -1 below 0 (negative, however small),
    /// 0 for zero, 1 strictly between 0 and 1, 2 for one, 3 above one (however slightly).</summary>
    internal static int PlaceAgainstZeroAndOne(ReadOnlySpan<byte> text)
    {
        bool negative = text.Length > 0 && text[0] == (byte)'-';
        int i = negative ? 1 : 0;
        int integerStart = i;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }
        int integerEnd = i;
        int fractionStart = i, fractionEnd = i;
        if (i < text.Length && text[i] == (byte)'.')
        {
            fractionStart = ++i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }
            fractionEnd = i;
        }
        long exponent = 0;
        if (i < text.Length && (text[i] | 0x20) == (byte)'e')
        {
            i++;
            bool exponentNegative = i < text.Length && text[i] == (byte)'-';
            if (i < text.Length && text[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }
            for (; i < text.Length && IsDigit(text[i]); i++)
            {
                exponent = Math.Min(exponent * 10 + (text[i] - '0'), ExponentCap);
            }
            exponent = exponentNegative ? -exponent : exponent;
        }
        int integerLength = integerEnd - integerStart;
        int total = integerLength + (fractionEnd - fractionStart);
        int first = 0;
        while (first < total && DigitAt(text, integerStart, integerEnd, fractionStart, first) == 0)
        {
            first++;
        }
        if (first == total)
        {
            return 0;
        }
        if (negative)
        {
            return -1;
        }
        // The leading significant digit stands for 10^lead.
        long lead = exponent + (integerLength - 1 - first);
        if (lead != 0)
        {
            return lead > 0 ? 3 : 1;
        }
        if (DigitAt(text, integerStart, integerEnd, fractionStart, first) != 1)
        {
            return 3;
        }
        for (int k = first + 1; k < total; k++)
        {
            if (DigitAt(text, integerStart, integerEnd, fractionStart, k) != 0)
            {
                return 3;
            }
        }
        return 2;
    }
}
