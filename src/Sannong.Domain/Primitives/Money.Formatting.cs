namespace Sannong.Domain;

// Text output: an invariant form for data, and culture forms for people.
public readonly partial struct Money : ISpanFormattable
{
    /// <summary>The currency symbol used by the "C" format in Chinese cultures: the yuan sign ¥ (U+00A5).</summary>
    private const string ChineseSymbol = "\u00A5";

    /// <summary>The currency symbol used by the "C" format in every other culture: CN¥, as CLDR writes CNY
    /// outside Chinese locales, so that it is not mistaken for the Japanese yen.</summary>
    private const string InternationalSymbol = "CN\u00A5";

    /// <summary>Formats the amount in the invariant form: yuan with exactly two decimals, a '.' decimal point,
    /// no grouping and a leading '-' when negative, e.g. <c>1234.56</c>, <c>-0.05</c>, <c>0.00</c>.
    /// <see cref="Parse(string)"/> reads it back.</summary>
    /// <returns>The invariant text of the amount.</returns>
    public override string ToString() => Yuan.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the amount with a format and a culture. Formats (case-insensitive):
    /// <list type="bullet">
    /// <item><description>"G", null or empty: the invariant form of <see cref="ToString()"/> (<c>1234.56</c>),
    /// whatever the culture.</description></item>
    /// <item><description>"C": the culture's currency format with two decimals and the culture's own pattern,
    /// separators and negative form, but with the yuan's symbol: ¥ in Chinese cultures (zh-*), CN¥ in all
    /// others. zh-CN gives <c>¥1,234.56</c>, en-US <c>CN¥1,234.56</c>, fr-FR <c>1 234,56 CN¥</c> (grouped with a
    /// narrow no-break space, U+202F), the invariant culture <c>CN¥1,234.56</c> and <c>(CN¥1,234.56)</c> when
    /// negative.</description></item>
    /// <item><description>"N": the culture's number format with two decimals and grouping, no symbol: zh-CN
    /// <c>1,234.56</c>, fr-FR <c>1 234,56</c>.</description></item>
    /// </list>
    /// </summary>
    /// <param name="format">"G", "C", "N", or null.</param>
    /// <param name="formatProvider">The culture (a <see cref="CultureInfo"/>, or any provider of a
    /// <see cref="NumberFormatInfo"/>, which then counts as non-Chinese); null means the current culture.
    /// Ignored by "G".</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ResolveFormat(format, formatProvider).Apply(Yuan);

    /// <summary>Formats the amount into a span of characters, as <see cref="ToString(string, IFormatProvider)"/> does.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written; 0 when the span is too short.</param>
    /// <param name="format">"G", "C", "N", or empty.</param>
    /// <param name="provider">The culture; null means the current culture. Ignored by "G".</param>
    /// <returns>True when the text fitted in <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the supported formats.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        ResolveFormat(format, provider).TryApply(Yuan, destination, out charsWritten);

    /// <summary>Maps one of our formats to the <see cref="decimal"/> format and number format that produce it.</summary>
    private static NumberFormat ResolveFormat(ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        switch (NumberFormat.Letter(format))
        {
            case 'G':
                return new("F2", NumberFormatInfo.InvariantInfo);
            case 'N':
                return new("N2", NumberFormatInfo.GetInstance(provider));
            case 'C':
                IFormatProvider culture = provider ?? CultureInfo.CurrentCulture;
                var info = (NumberFormatInfo)NumberFormatInfo.GetInstance(culture).Clone();
                bool chinese = culture is CultureInfo c && c.TwoLetterISOLanguageName == "zh";
                info.CurrencySymbol = chinese ? ChineseSymbol : InternationalSymbol;
                return new("C2", info);
            default:
                throw NumberFormat.Unsupported(format, TypeName, "G, C or N");
        }
    }
}
