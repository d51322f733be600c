using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Taxonomy;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class TopicMatchTest
{
    private static readonly Topic Cuisine = SannongTaxonomy.Standard.GetByCode("farmers.cuisine");

    [Fact]
    public void A_match_keeps_its_parts()
    {
        var match = new TopicMatch(Cuisine, 3, new[] { "乡村美食", "美食", "柴火饭" });
        Assert.Same(Cuisine, match.Topic);
        Assert.Equal(3, match.Score);
        Assert.Equal(new[] { "乡村美食", "美食", "柴火饭" }, match.MatchedKeywords);
        Assert.Equal("farmers.cuisine 3 [乡村美食, 美食, 柴火饭]", match.ToString());
        Assert.Equal(match, new TopicMatch(Cuisine, 3, new[] { "乡村美食", "美食", "柴火饭" }));
        Assert.NotEqual(match, new TopicMatch(Cuisine, 4, new[] { "乡村美食", "美食", "柴火饭" }));
        Assert.NotEqual(match, new TopicMatch(Cuisine, 3, new[] { "美食", "乡村美食", "柴火饭" }));
    }

    [Fact]
    public void Invalid_matches_are_rejected()
    {
        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => new TopicMatch(Cuisine, 0, new[] { "美食" })).ParamName);
        Assert.Equal("matchedKeywords must not be empty. (Parameter 'matchedKeywords')",
            Assert.Throws<ArgumentException>(() => new TopicMatch(Cuisine, 1, Array.Empty<string>())).Message);
        Assert.Equal("matchedKeywords", Assert.Throws<ArgumentException>(() => new TopicMatch(Cuisine, 1, new[] { "美食", "柴火饭" })).ParamName);
        Assert.Equal("matchedKeywords", Assert.Throws<ArgumentException>(() => new TopicMatch(Cuisine, 2, new[] { "美食", null! })).ParamName);
        Assert.Equal("topic", Assert.Throws<ArgumentNullException>(() => new TopicMatch(null!, 1, new[] { "美食" })).ParamName);
        Assert.Equal("matchedKeywords", Assert.Throws<ArgumentNullException>(() => new TopicMatch(Cuisine, 1, null!)).ParamName);
    }

    [Property]
    public bool Equality_holds(TopicMatch a, TopicMatch b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && a == new TopicMatch(a.Topic, a.Score, a.MatchedKeywords)
        && !(a == null) && !(null == a) && ((TopicMatch?)null == null);

    [Property]
    public bool A_generated_match_has_a_positive_score_and_keywords_of_its_topic(TopicMatch match) =>
        match.Score >= match.MatchedKeywords.Length && match.MatchedKeywords.Length > 0
        && match.MatchedKeywords.All(k => match.Topic.Keywords.Contains(k));
}
