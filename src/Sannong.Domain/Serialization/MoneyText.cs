namespace Sannong.Domain.Serialization;

/// <summary>Reads money from the text of a JSON string or number: at most two decimals, never rounded.</summary>
internal static class MoneyText
{
    internal enum Outcome
    {
        Success,
        Invalid,
        TooManyDecimals,
        OutOfRange,
    }

    /// <summary>Parses the invariant form ("1234.56", "-5", "0.5").</summary>
    internal static Outcome ParseString(ReadOnlySpan<char> text, out Money value)
    {
        if (Money.TryParse(text, out value))
        {
            return Outcome.Success;
        }
        // Money.TryParse refuses both malformed text and values outside its range: tell them apart.
        int i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        int digits = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            digits++;
        }
        if (digits == 0)
        {
            return Outcome.Invalid;
        }
        if (i == text.Length)
        {
            return Outcome.OutOfRange;
        }
        if (text[i] != '.' || i + 1 == text.Length)
        {
            return Outcome.Invalid;
        }
        int decimals = 0;
        for (i++; i < text.Length; i++, decimals++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return Outcome.Invalid;
            }
        }
        return decimals > 2 ? Outcome.TooManyDecimals : Outcome.OutOfRange;
    }

    /// <summary>Parses the raw UTF-8 of a JSON number exactly from its digits (<see cref="JsonNumber"/>): any form
    /// of a whole number of fen in range ("100.5", "100.50", "1.005e2", "10050e-2"), never rounded.</summary>
    internal static Outcome ParseNumber(ReadOnlySpan<byte> raw, out Money value) =>
        FromNumber(JsonNumber.Parse(raw, 2, out long fen), fen, out value);

    /// <summary>The money outcome of a number read in fen by <see cref="JsonNumber.Parse(System.ReadOnlySpan{byte}, int, out long)"/>.</summary>
    internal static Outcome FromNumber(JsonNumber.Outcome outcome, long fen, out Money value)
    {
        value = outcome == JsonNumber.Outcome.Exact ? Money.FromFen(fen) : Money.Zero;
        return outcome switch
        {
            JsonNumber.Outcome.Exact => Outcome.Success,
            JsonNumber.Outcome.Fraction => Outcome.TooManyDecimals,
            JsonNumber.Outcome.OutOfRange => Outcome.OutOfRange,
            _ => Outcome.Invalid,
        };
    }

    internal static string Explain(Outcome outcome, string text) => outcome switch
    {
        Outcome.TooManyDecimals => $"money has at most two decimals (a whole number of fen), but was {Clip(text)}.",
        Outcome.OutOfRange => $"money must lie between -92233720368547758.08 and 92233720368547758.07 yuan, but was {Clip(text)}.",
        _ => $"money must be written like \"1234.56\" (an optional '-', digits, and '.' with one or two digits), but was \"{Clip(text)}\".",
    };

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
