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
        if (!Token.TryScan(text, out Token token))
        {
            return Outcome.Malformed;
        }
        // The significant digits are the integer part then the fraction, without leading zeros and with trailing
        // zeros moved into the exponent: value = digits × 10^power, with power counted for units of 10^-scale.
        int first = token.FirstSignificant(text);
        if (first == token.Total)
        {
            return Outcome.Exact; // zero, whatever its sign or exponent
        }
        int last = token.Total - 1;
        while (token.DigitAt(text, last) == 0)
        {
            last--;
        }
        int significant = last - first + 1;
        long power = token.Exponent - (token.FractionEnd - token.FractionStart) + scale + (token.Total - 1 - last);
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
            magnitude = magnitude * 10 + (ulong)token.DigitAt(text, k);
        }
        for (long p = 0; p < power; p++)
        {
            magnitude *= 10; // at most 19 digits in all: no overflow of 64 unsigned bits
        }
        if (token.Negative)
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

    /// <summary>Where a well-formed number lies against 0 and 1, exactly: -1 below 0 (negative, however small),
    /// 0 for zero, 1 strictly between 0 and 1, 2 for one, 3 above one (however slightly); -2 for text that is not a
    /// JSON number.</summary>
    internal static int PlaceAgainstZeroAndOne(ReadOnlySpan<byte> text)
    {
        if (!Token.TryScan(text, out Token token))
        {
            return -2;
        }
        int first = token.FirstSignificant(text);
        if (first == token.Total)
        {
            return 0;
        }
        if (token.Negative)
        {
            return -1;
        }
        // The leading significant digit stands for 10^lead.
        long lead = token.Exponent + (token.IntegerEnd - token.IntegerStart - 1 - first);
        if (lead != 0)
        {
            return lead > 0 ? 3 : 1;
        }
        if (token.DigitAt(text, first) != 1)
        {
            return 3;
        }
        for (int k = first + 1; k < token.Total; k++)
        {
            if (token.DigitAt(text, k) != 0)
            {
                return 3;
            }
        }
        return 2;
    }

    /// <summary>A number value read exactly as a whole number of units of 10<sup>-<paramref name="scale"/></sup>
    /// (see <see cref="Parse(ReadOnlySpan{byte}, int, out long)"/>).</summary>
    internal static Outcome Parse(JsonSlice value, int scale, out long units) => Parse(value.Bytes, scale, out units);

    /// <summary>Where a number value lies against 0 and 1 (see
    /// <see cref="PlaceAgainstZeroAndOne(ReadOnlySpan{byte})"/>).</summary>
    internal static int PlaceAgainstZeroAndOne(JsonSlice value) => PlaceAgainstZeroAndOne(value.Bytes);

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    /// <summary>The parts of a number token: sign, integer digits [IntegerStart, IntegerEnd), fraction digits
    /// [FractionStart, FractionEnd) and the exponent (saturated at <see cref="ExponentCap"/>).</summary>
    private readonly record struct Token(bool Negative, int IntegerStart, int IntegerEnd, int FractionStart, int FractionEnd, long Exponent)
    {
        /// <summary>How many digits the integer part and the fraction hold together.</summary>
        internal int Total => (IntegerEnd - IntegerStart) + (FractionEnd - FractionStart);

        /// <summary>The k-th digit of the integer part followed by the fraction, walked as one sequence.</summary>
        internal int DigitAt(ReadOnlySpan<byte> text, int k)
        {
            int integerLength = IntegerEnd - IntegerStart;
            return (k < integerLength ? text[IntegerStart + k] : text[FractionStart + k - integerLength]) - '0';
        }

        /// <summary>The position of the first digit that is not zero, or <see cref="Total"/> for zero.</summary>
        internal int FirstSignificant(ReadOnlySpan<byte> text)
        {
            int first = 0;
            while (first < Total && DigitAt(text, first) == 0)
            {
                first++;
            }
            return first;
        }

        /// <summary>Splits a JSON number token into its parts, or returns false when it is not one.</summary>
        internal static bool TryScan(ReadOnlySpan<byte> text, out Token token)
        {
            token = default;
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
                return false;
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
                    return false;
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
                    return false;
                }
                exponent = exponentNegative ? -exponent : exponent;
            }
            token = new Token(negative, integerStart, integerEnd, fractionStart, fractionEnd, exponent);
            return i == text.Length;
        }
    }
}
