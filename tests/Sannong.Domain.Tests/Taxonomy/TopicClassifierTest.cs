using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Taxonomy;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class TopicClassifierTest
{
    private static readonly TopicClassifier Classifier = TopicClassifier.Standard;

    private static string[] Describe(string text) => Classifier.Classify(text).Select(m => m.ToString()).ToArray();

    [Fact]
    public void A_rural_cuisine_hashtag_finds_rural_cuisine_first()
    {
        // 乡村美食 and the 美食 inside it, then 柴火饭: three farmers.cuisine keywords; 乡村 (inside 乡村美食) is a keyword
        // of the villages root. 今天, 去, 做一顿 are no keywords.
        Assert.Equal(new[] { "farmers.cuisine 3 [乡村美食, 美食, 柴火饭]", "villages 1 [乡村]" }, Describe("今天去#乡村美食# 做一顿柴火饭"));
    }

    [Fact]
    public void A_Latin_hashtag_and_words_find_crops_and_village_life() =>
        // harvest and rice are agriculture.crops keywords; farmlife (after '#', a boundary) is a villages.life keyword.
        Assert.Equal(new[] { "agriculture.crops 2 [harvest, rice]", "villages.life 1 [farmlife]" }, Describe("#farmlife harvest of rice"));

    [Theory]
    [InlineData("#farmlifestyle")] // farmlife is not a whole word here
    [InlineData("harvesting rices")] // nor harvest nor rice
    [InlineData("steam and teak")] // nor tea
    [InlineData("村BAR")] // 村BA must end at a boundary: it ends with Latin letters
    [InlineData("")]
    [InlineData("大家好，今天天气真好 😊")]
    public void Latin_keywords_match_whole_words_only(string text) => Assert.Empty(Classifier.Classify(text));

    [Theory]
    [InlineData("Récolte des pommes")]
    [InlineData("RECOLTE")]
    [InlineData("re\u0301colte!")] // a decomposed accent
    [InlineData("ＲＥＣＯＬＴＥ")] // full-width letters
    public void Latin_keywords_match_ignoring_case_and_accents(string text) =>
        Assert.Equal(new[] { "agriculture.crops 1 [récolte]" }, Describe(text));

    [Fact]
    public void Latin_keywords_next_to_Chinese_are_whole_words() =>
        // 村播 and vlog: the Han character before "vlog" and after it are boundaries.
        Assert.Equal(new[] { "farmers.livestreamers 2 [村播, vlog]" }, Describe("村播vlog日常"));

    [Fact]
    public void A_mixed_keyword_needs_a_boundary_only_at_its_Latin_end() =>
        // 村BA, then 总决赛 (Han, a boundary); 篮球 is another villages.sports keyword.
        Assert.Equal(new[] { "villages.sports 2 [村BA, 篮球]" }, Describe("贵州台盘村BA总决赛，篮球"));

    [Fact]
    public void The_sannong_hashtag_finds_the_three_roots_in_code_order() =>
        Assert.Equal(new[] { "agriculture 1 [三农]", "farmers 1 [三农]", "villages 1 [三农]" }, Describe("#三农#"));

    [Fact]
    public void Every_occurrence_counts_and_keywords_are_listed_once() =>
        // 美食 twice; 农家 (farmers) inside 农家菜, which is itself a farmers.cuisine keyword.
        Assert.Equal(new[] { "farmers.cuisine 3 [美食, 农家菜]", "farmers 1 [农家]" }, Describe("美食美食农家菜"));

    [Fact]
    public void Several_topics_are_ordered_by_score_then_code()
    {
        // 新农人 (farmers.newfarmers) contains 农人 (farmers); 返乡 (newfarmers); 直播 and 带货: 直播 is a livestreamers
        // keyword, 直播带货 and 带货 are ecommerce keywords; 助农 (ecommerce).
        Assert.Equal(
            new[]
            {
                "agriculture.ecommerce 3 [直播带货, 带货, 助农]",
                "farmers.newfarmers 2 [返乡, 新农人]",
                "farmers 1 [农人]",
                "farmers.livestreamers 1 [直播]",
            },
            Describe("返乡新农人直播带货，助农"));
    }

    [Fact]
    public void Null_text_is_rejected_and_the_classifier_keeps_its_taxonomy()
    {
        Assert.Throws<ArgumentNullException>(() => Classifier.Classify(null!));
        Assert.Throws<ArgumentNullException>(() => new TopicClassifier(null!));
        Assert.Same(SannongTaxonomy.Standard, Classifier.Taxonomy);
    }

    [Fact]
    public void A_long_text_is_classified_like_its_short_parts()
    {
        string part = "今天去#乡村美食# 做一顿柴火饭 ";
        string text = string.Concat(Enumerable.Repeat(part, 100)); // beyond the stack buffer
        Assert.Equal(new[] { "farmers.cuisine 300 [乡村美食, 美食, 柴火饭]", "villages 100 [乡村]" }, Describe(text));
    }

    [Fact]
    public void The_caption_noise_holds_no_keyword()
    {
        foreach (string noise in DomainArbitraries.CaptionNoise)
        {
            Assert.Empty(Classifier.Classify(noise));
        }
    }

    [Property]
    public bool Every_keyword_of_a_topic_finds_the_topic(Topic topic) =>
        topic.Keywords.All(k =>
            Classifier.Classify($"#{k} ").Any(m => ReferenceEquals(m.Topic, topic) && m.MatchedKeywords.Contains(k))
            && Classifier.Classify(k.ToUpperInvariant()).Any(m => ReferenceEquals(m.Topic, topic)));

    [Property]
    public Property Classification_is_deterministic() =>
        Prop.ForAll(DomainArbitraries.CaptionGen.ToArbitrary(), caption =>
            Classifier.Classify(caption).SequenceEqual(Classifier.Classify(caption))
            && Classifier.Classify(caption).SequenceEqual(new TopicClassifier(SannongTaxonomy.Standard).Classify(caption)));

    [Property]
    public Property Matches_are_ordered_have_positive_scores_and_keywords_found_in_the_text() =>
        Prop.ForAll(DomainArbitraries.CaptionGen.ToArbitrary(), caption =>
        {
            ImmutableArray<TopicMatch> matches = Classifier.Classify(caption);
            bool ordered = matches.Zip(matches.Skip(1)).All(p =>
                p.First.Score > p.Second.Score
                || (p.First.Score == p.Second.Score && string.CompareOrdinal(p.First.Topic.Code, p.Second.Topic.Code) < 0));
            return ordered
                && matches.All(m => m.Score > 0 && m.Score >= m.MatchedKeywords.Length)
                && matches.All(m => m.MatchedKeywords.All(k => m.Topic.Keywords.Contains(k) && caption.Contains(k, StringComparison.OrdinalIgnoreCase)))
                && matches.Select(m => m.Topic.Code).Distinct().Count() == matches.Length;
        });

    [Property]
    public Property A_concatenation_finds_at_least_the_topics_of_each_part() =>
        Prop.ForAll(DomainArbitraries.CaptionGen.ToArbitrary(), DomainArbitraries.CaptionGen.ToArbitrary(), (a, b) =>
        {
            var whole = Classifier.Classify(a + " " + b).ToDictionary(m => m.Topic.Code, m => m.Score);
            var left = Classifier.Classify(a).ToDictionary(m => m.Topic.Code, m => m.Score);
            var right = Classifier.Classify(b).ToDictionary(m => m.Topic.Code, m => m.Score);
            return left.Keys.Concat(right.Keys).All(code =>
                whole.TryGetValue(code, out int score) && score >= (left.TryGetValue(code, out int l) ? l : 0) + (right.TryGetValue(code, out int r) ? r : 0));
        });

    [Property]
    public bool A_classifier_over_an_extended_taxonomy_finds_the_new_topics(SannongTaxonomy taxonomy)
    {
        var classifier = new TopicClassifier(taxonomy);
        return taxonomy.Topics.Where(t => t.Code.Contains(".custom", StringComparison.Ordinal)).All(t =>
            classifier.Classify($"看{t.Keywords[1]}了 #{t.Keywords[0]}").Single().Equals(new TopicMatch(t, 2, new[] { t.Keywords[1], t.Keywords[0] })));
    }
}
