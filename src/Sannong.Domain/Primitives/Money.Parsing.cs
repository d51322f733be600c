using Sannong.Domain.Utility;

namespace Sannong.Domain;

// Parsing of the invariant form only: culture forms are for people, not for data.
public readonly partial struct Money : ISpanParsable<Money>, IInvariantParsable<Money>
{
    private const string ExpectedForm =
        "expected an optional '-', one or more digits and optionally '.' followed by one or two digits, " +
        "with no grouping and no white space (e.g. 1234.56)";

    /// <summary>
    /// Parses the invariant form of an amount in yuan: an optional leading '-', one or more ASCII digits, and
    /// optionally a '.' followed by one or two digits: <c>1234.56</c>, <c>-0.5</c>, <c>12</c>. No '+', no
    /// thousands separators, no white space, no currency symbol, no exponent. Reads what <see cref="ToString()"/>
    /// writes.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not in the invariant form, or lies outside the
    /// range of <see cref="Money"/>.</exception>
    public static Money Parse(string s) => IInvariantParsable<Money>.ParseString(s);

    /// <summary>Parses the invariant form of an amount in yuan, as <see cref="Parse(string)"/> does.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not in the invariant form, or lies outside the
    /// range of <see cref="Money"/>.</exception>
    public static Money Parse(ReadOnlySpan<char> s) => ParseCore(s) switch
    {
        (ParseOutcome.Success, long fen) => new Money(fen),
        (ParseOutcome.OutOfRange, _) => throw new FormatException($"'{TextEscaping.ForMessage(s.ToString())}' is outside the range of {TypeName}."),
        _ => throw new FormatException($"'{TextEscaping.ForMessage(s.ToString())}' is not a valid {TypeName}: {ExpectedForm}."),
    };

    /// <summary>Tries to parse the invariant form of an amount in yuan, as <see cref="Parse(string)"/> does.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The amount, or <see cref="Zero"/> when parsing fails.</param>
    /// <returns>True when <paramref name="s"/> is an amount in the invariant form and in range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Money result) => IInvariantParsable<Money>.TryParseString(s, out result);

    /// <summary>Tries to parse the invariant form of an amount in yuan, as <see cref="Parse(string)"/> does.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount, or <see cref="Zero"/> when parsing fails.</param>
    /// <returns>True when <paramref name="s"/> is an amount in the invariant form and in range.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Money result)
    {
        (ParseOutcome outcome, long fen) = ParseCore(s);
        result = new Money(fen);
        return outcome == ParseOutcome.Success;
    }

    private enum ParseOutcome
    {
        Invalid,
        OutOfRange,
        Success,
    }

    /// <summary>Reads the invariant form; the fen are 0 unless the outcome is success.</summary>
    private static (ParseOutcome Outcome, long Fen) ParseCore(ReadOnlySpan<char> s)
    {
        bool negative = !s.IsEmpty && s[0] == '-';
        int i = negative ? 1 : 0;
        int digitsStart = i;
        Int128 fen = 0;
        bool tooLarge = false;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            // Keep reading the syntax after the value is known to be out of range, but stop growing it.
            tooLarge |= fen > long.MaxValue;
            fen = tooLarge ? fen : (fen * 10) + (s[i] - '0');
        }
        if (i == digitsStart)
        {
            return (ParseOutcome.Invalid, 0);
        }
        fen *= FenPerYuan;
        if (i < s.Length)
        {
            int decimals = s.Length - i - 1;
            if (s[i] != '.' || decimals is < 1 or > 2 || !char.IsAsciiDigit(s[i + 1]) || (decimals == 2 && !char.IsAsciiDigit(s[i + 2])))
            {
                return (ParseOutcome.Invalid, 0);
            }
            fen += (s[i + 1] - '0') * 10;
            fen += decimals == 2 ? s[i + 2] - '0' : 0;
        }
        fen = negative ? -fen : fen;
        return tooLarge || fen < long.MinValue || fen > long.MaxValue
            ? (ParseOutcome.OutOfRange, 0)
            : (ParseOutcome.Success, (long)fen);
    }
}
