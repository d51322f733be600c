using System;
using System.Globalization;
using FsCheck.Xunit;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>Money formatting in the invariant and culture forms, and parsing of the invariant form.</summary>
public sealed partial class MoneyTest
{
    private static readonly Money Sample = Money.FromYuan(1234.56m);

    [Property]
    public bool Parse_of_ToString_round_trips(Money a) =>
        Money.Parse(a.ToString()) == a
        && Money.Parse(a.ToString().AsSpan()) == a
        && Money.TryParse(a.ToString(), out Money b) && b == a
        && ParseVia<Money>(a.ToString("G", Culture("fr-FR"))) == a;

    [Property]
    public bool TryFormat_writes_what_ToString_returns(Money a)
    {
        Span<char> buffer = stackalloc char[64];
        foreach (string format in new[] { "", "G", "C", "N", "c", "n" })
        {
            foreach (string culture in new[] { "", "zh-CN", "en-US", "fr-FR" })
            {
                string expected = a.ToString(format, Culture(culture));
                if (!a.TryFormat(buffer, out int written, format, Culture(culture)) || buffer[..written].ToString() != expected)
                {
                    return false;
                }
                if (a.TryFormat(buffer[..(expected.Length - 1)], out _, format, Culture(culture)))
                {
                    return false;
                }
            }
        }
        return $"{a}" == a.ToString();
    }

    [Fact]
    public void Invariant_form()
    {
        Assert.Equal("1234.56", Sample.ToString());
        Assert.Equal("1234.56", Sample.ToString("G", Culture("fr-FR")));
        Assert.Equal("1234.56", Sample.ToString(null, Culture("zh-CN")));
        Assert.Equal("-0.05", Money.FromFen(-5).ToString());
        Assert.Equal("0.00", Money.Zero.ToString());
        Assert.Equal("12.30", Money.FromYuan(12.3m).ToString());
        Assert.Equal("92233720368547758.07", Money.FromFen(long.MaxValue).ToString());
        Assert.Equal("-92233720368547758.08", Money.FromFen(long.MinValue).ToString());
    }

    [Theory]
    // Chinese cultures write the yuan sign ¥; every other culture CN¥, placed by the culture's own pattern.
    [InlineData("zh-CN", "C", "¥1,234.56", "-¥1,234.56")]
    [InlineData("zh-TW", "C", "¥1,234.56", "-¥1,234.56")]
    [InlineData("en-US", "C", "CN¥1,234.56", "-CN¥1,234.56")]
    [InlineData("fr-FR", "C", "1\u202F234,56 CN¥", "-1\u202F234,56 CN¥")] // group separator U+202F, as ICU gives fr-FR
    [InlineData("", "C", "CN¥1,234.56", "(CN¥1,234.56)")] // the invariant culture's negative currency pattern is (n)
    [InlineData("zh-CN", "N", "1,234.56", "-1,234.56")]
    [InlineData("en-US", "n", "1,234.56", "-1,234.56")]
    [InlineData("fr-FR", "N", "1\u202F234,56", "-1\u202F234,56")]
    public void Culture_forms(string culture, string format, string positive, string negative)
    {
        Assert.Equal(positive, Sample.ToString(format, Culture(culture)));
        Assert.Equal(negative, (-Sample).ToString(format, Culture(culture)));
    }

    [Fact]
    public void Currency_form_always_has_two_decimals_and_a_bare_number_format_counts_as_non_Chinese()
    {
        Assert.Equal("¥0.05", Money.FromFen(5).ToString("C", Culture("zh-CN")));
        Assert.Equal("CN¥3.00", Money.FromYuan(3m).ToString("C", Culture("ja-JP")));
        Assert.Equal("CN¥1,234.56", Sample.ToString("C", Culture("zh-CN").NumberFormat));
    }

    [Fact]
    public void Null_provider_means_the_current_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = Culture("zh-CN");
            Assert.Equal("¥1,234.56", Sample.ToString("C", null));
            Assert.Equal("1234.56", Sample.ToString("G", null));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("X")]
    [InlineData("C2")]
    [InlineData("F")]
    public void Unsupported_formats_throw(string format) =>
        Assert.Equal($"The format '{format}' is not supported by Money: use G, C or N.",
            Assert.Throws<FormatException>(() => Sample.ToString(format, CultureInfo.InvariantCulture)).Message);

    [Theory]
    [InlineData("12", 1200L)]
    [InlineData("-0.5", -50L)]
    [InlineData("0.05", 5L)]
    [InlineData("-0", 0L)]
    [InlineData("007.10", 710L)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    [InlineData("-92233720368547758.08", long.MinValue)]
    public void Parse_accepts_the_invariant_form(string text, long fen)
    {
        Assert.Equal(fen, Money.Parse(text).Fen);
        Assert.True(Money.TryParse(text.AsSpan(), out Money m));
        Assert.Equal(fen, m.Fen);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.234")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1,000.00")]
    [InlineData("1e3")]
    [InlineData("¥1")]
    [InlineData("--1")]
    [InlineData("1.2a")]
    [InlineData("1.-2")]
    [InlineData("１")] // a full-width digit is not an ASCII digit
    [InlineData("1,5")]
    public void Parse_rejects_anything_else(string text)
    {
        FormatException e = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.StartsWith($"'{text}' is not a valid Money: expected an optional '-'", e.Message, StringComparison.Ordinal);
        Assert.False(Money.TryParse(text, out Money m));
        Assert.Equal(Money.Zero, m);
    }

    [Theory]
    [InlineData("92233720368547758.08")]
    [InlineData("-92233720368547758.09")]
    [InlineData("1000000000000000000000000000000000000000")]
    public void Parse_rejects_amounts_out_of_range(string text)
    {
        Assert.Equal($"'{text}' is outside the range of Money.", Assert.Throws<FormatException>(() => Money.Parse(text)).Message);
        Assert.False(Money.TryParse(text, out _));
    }

    [Fact]
    public void Parse_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => Money.Parse(null!));
        Assert.False(Money.TryParse((string?)null, out _));
    }

    private static T ParseVia<T>(string s)
        where T : ISpanParsable<T> =>
        T.TryParse(s.AsSpan(), Culture("fr-FR"), out T? viaSpan) && T.TryParse(s, Culture("fr-FR"), out T? viaString) && viaSpan!.Equals(viaString)
            ? T.Parse(s, Culture("fr-FR"))
            : throw new InvalidOperationException("IParsable and ISpanParsable disagree");

    private static CultureInfo Culture(string name) => CultureInfo.GetCultureInfo(name);
}
