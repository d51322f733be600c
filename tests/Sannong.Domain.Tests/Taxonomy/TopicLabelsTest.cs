using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Taxonomy;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class TopicLabelsTest
{
    [Fact]
    public void Labels_are_kept_and_read_by_language()
    {
        var labels = new TopicLabels("种植业", "zhòngzhíyè", "Crops", "Cultures");
        Assert.Equal("种植业", labels.Get(TopicLanguage.ZhHans));
        Assert.Equal("zhòngzhíyè", labels.Get(TopicLanguage.Pinyin));
        Assert.Equal("Crops", labels.Get(TopicLanguage.English));
        Assert.Equal("Cultures", labels.Get(TopicLanguage.French));
        Assert.Equal("种植业 / zhòngzhíyè / Crops / Cultures", labels.ToString());
        Assert.False(labels.IsDefault);
        Assert.Throws<ArgumentOutOfRangeException>(() => labels.Get(default));
    }

    [Fact]
    public void Default_labels_are_empty_and_equal_only_to_default()
    {
        TopicLabels none = default;
        Assert.True(none.IsDefault);
        Assert.Equal(string.Empty, none.ZhHans);
        Assert.Equal(string.Empty, none.French);
        Assert.NotEqual(new TopicLabels("种植业", "zhòngzhíyè", "Crops", "Cultures"), none);
        Assert.True(none == default(TopicLabels));
    }

    [Theory]
    [InlineData("", "zhòngzhíyè", "Crops", "Cultures", "zhHans", "it must not be empty")]
    [InlineData("种植业", " zhòngzhíyè", "Crops", "Cultures", "pinyin", "it must not start or end with white space")]
    [InlineData("种植业", "zhòngzhíyè", "Cro\nps", "Cultures", "english", "it must not contain control characters")]
    [InlineData("种植业", "zhòngzhíyè", "Crops", "Cultures ", "french", "it must not start or end with white space")]
    public void Invalid_labels_are_rejected(string zh, string pinyin, string english, string french, string param, string rule)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new TopicLabels(zh, pinyin, english, french));
        Assert.Equal(param, e.ParamName);
        Assert.StartsWith($"{param} is not a valid label: {rule}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_zh_label_needs_a_Han_character_and_the_pinyin_none()
    {
        Assert.Equal("zhHans must contain at least one Han character, but was 'BA'. (Parameter 'zhHans')",
            Assert.Throws<ArgumentException>(() => new TopicLabels("BA", "cūn BA", "Village sports", "Sports")).Message);
        Assert.Equal("pinyin must not contain Han characters, but was '村BA'. (Parameter 'pinyin')",
            Assert.Throws<ArgumentException>(() => new TopicLabels("村BA", "村BA", "Village sports", "Sports")).Message);
        Assert.Equal("english", Assert.Throws<ArgumentException>(() => new TopicLabels("村BA", "cūn BA", "\u0301", "Sports")).ParamName);
        Assert.Equal("english", Assert.Throws<ArgumentException>(() => new TopicLabels("村BA", "cūn BA", new string('x', 65), "Sports")).ParamName);
        Assert.Equal("french", Assert.Throws<ArgumentNullException>(() => new TopicLabels("村BA", "cūn BA", "Sports", null!)).ParamName);
    }

    [Property]
    public bool Equality_holds(TopicLabels a, TopicLabels b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, a, (x, y) => x == y, (x, y) => x != y);

    [Property]
    public bool Labels_rebuilt_from_their_parts_are_equal(TopicLabels labels, TopicLanguage language) =>
        new TopicLabels(labels.ZhHans, labels.Pinyin, labels.English, labels.French) == labels
        && labels.Get(language).Length > 0;
}
