using System;
using System.Collections.Generic;
using Sannong.Domain.Taxonomy;
using Xunit;

namespace Sannong.Domain.Tests.Taxonomy;

/// <summary>User text put in a taxonomy message (a code or label looked up, a refused label or keyword) is escaped, so
/// that an ESC or a bidi override in it cannot drive the terminal that prints the message (DESIGN.md, "The edges").</summary>
public sealed class TaxonomyMessageEscapingTest
{
    // ESC ] 0 ; x BEL would retitle a terminal; U+202E would reverse the text that follows it.
    private const string Hostile = "\u001b]0;x\u0007\u202e";
    private const string Escaped = @"\u001b]0;x\u0007\u202e";

    [Fact]
    public void A_code_or_label_that_names_no_topic_is_escaped_in_the_message()
    {
        var code = Assert.Throws<ArgumentException>(() => SannongTaxonomy.Standard.GetByCode(Hostile));
        Assert.Contains($"no topic has code '{Escaped}'.", code.Message, StringComparison.Ordinal);
        var label = Assert.Throws<ArgumentException>(() => SannongTaxonomy.Standard.GetByLabel(Hostile));
        Assert.Contains($"no topic has label '{Escaped}'.", label.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_label_keyword_or_code_is_escaped_in_the_message()
    {
        var pinyin = Assert.Throws<ArgumentException>(() => new TopicLabels("水稻", "shuǐdào" + Hostile, "Rice", "Riz"));
        AssertNoRawControl(pinyin.Message);
        Assert.Contains(Escaped, pinyin.Message, StringComparison.Ordinal);

        var builder = new SannongTaxonomyBuilder();
        var badCode = Assert.Throws<ArgumentException>(() => builder.Add(Hostile, new TopicLabels("水稻", "shuidao", "Rice", "Riz"), Array.Empty<string>()));
        Assert.Contains($"but was '{Escaped}'.", badCode.Message, StringComparison.Ordinal);

        var keyword = Assert.Throws<ArgumentException>(() =>
            new SannongTaxonomyBuilder().Add("agriculture", new TopicLabels("农业", "nongye", "Agriculture", "Agriculture"), new List<string> { "rice" + Hostile }));
        AssertNoRawControl(keyword.Message);
        Assert.Contains(Escaped, keyword.Message, StringComparison.Ordinal);
    }

    private static void AssertNoRawControl(string message) =>
        Assert.DoesNotContain(message, c => char.IsControl(c) || c == '\u202e');
}
