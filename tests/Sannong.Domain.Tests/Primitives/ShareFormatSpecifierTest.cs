using System;
using System.Globalization;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>The edges of <see cref="Share"/>'s format specifiers: lower-case "g" and the last precision digit, "P9".
/// (Pins mutants that survived tests/mutation/run.sh Primitives; see tests/mutation/RESULTS.md.)</summary>
public sealed class ShareFormatSpecifierTest
{
    [Fact]
    public void Lower_case_g_is_the_invariant_form()
    {
        // 1/8 = 12.5%: the invariant form has up to two decimals, so "12.5%".
        Share s = Share.FromRatio(0.125);
        Assert.Equal("12.5%", s.ToString("g", CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("12.5%", s.ToString("G", null));
    }

    [Fact]
    public void P9_gives_nine_decimals()
    {
        // 1/8 = 0.125 = 12.5%, written with nine decimals: 12.500000000 %, invariant culture "12.500000000 %".
        Share s = Share.FromRatio(0.125);
        Assert.Equal(0.125.ToString("P9", CultureInfo.InvariantCulture), s.ToString("P9", CultureInfo.InvariantCulture));
        Assert.Equal(0.125.ToString("P9", CultureInfo.InvariantCulture), s.ToString("p9", CultureInfo.InvariantCulture));
        Assert.Contains("12.500000000", s.ToString("P9", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
