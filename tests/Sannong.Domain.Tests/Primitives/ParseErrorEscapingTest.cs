using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Creators;
using Sannong.Domain.Tests.Generators;
using Sannong.Domain.Tests.Utility;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>
/// The parse and format errors of the value types quote the text they were given; whatever it holds (ESC, BEL, a bidi
/// override, a lone surrogate), the message carries it escaped, so that printing the message cannot drive a terminal.
/// </summary>
public sealed class ParseErrorEscapingTest
{
    private static readonly Func<string, object>[] Parsers =
    [
        s => Money.Parse(s),
        s => Impressions.Parse(s),
        s => Region.Parse(s),
        s => UrbanRuralCode.Parse(s),
        s => Money.FromFen(1).ToString(s, null),
        s => new Impressions(1).ToString(s, null),
        s => Share.FromRatio(0.5).ToString(s, null),
    ];

    [Property(MaxTest = 200)]
    public Property Every_parse_or_format_error_escapes_the_text_it_quotes() =>
        Prop.ForAll(DomainArbitraries.HostileText.ToArbitrary(), text =>
        {
            foreach (Func<string, object> parse in Parsers)
            {
                try
                {
                    parse(text);
                }
                catch (FormatException e)
                {
                    if (!TextEscapingTest.IsSafe(e.Message))
                    {
                        return false;
                    }
                }
            }
            return true;
        });

    [Fact]
    public void An_escape_sequence_in_money_text_is_quoted_escaped()
    {
        // "\u001b]0;pwned\u0007" retitles an xterm when printed raw; the message shows it as \u001b ... \u0007.
        FormatException e = Assert.Throws<FormatException>(() => Money.Parse("\u001b]0;pwned\u0007"));
        Assert.Contains("'\\u001b]0;pwned\\u0007'", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', e.Message);
    }
}
