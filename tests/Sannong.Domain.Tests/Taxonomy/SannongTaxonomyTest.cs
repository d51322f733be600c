using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Taxonomy;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class SannongTaxonomyTest
{
    private static readonly SannongTaxonomy Standard = SannongTaxonomy.Standard;

    public static TheoryData<string> EveryCode()
    {
        var data = new TheoryData<string>();
        foreach (Topic topic in Standard.Topics)
        {
            data.Add(topic.Code);
        }
        return data;
    }

    // Every topic, so that a row added to the table cannot ship unchecked.
    [Theory]
    [MemberData(nameof(EveryCode))]
    public void Every_topic_is_well_formed(string code)
    {
        Topic topic = Standard.GetByCode(code);
        Assert.Equal(code, topic.Code);
        Assert.Equal(code, topic.ToString());
        foreach (TopicLanguage language in Enum.GetValues<TopicLanguage>())
        {
            Assert.False(string.IsNullOrWhiteSpace(topic.Labels.Get(language)), $"{code} has no {language} label");
        }
        // Pinyin carries tone marks: at least one of its vowels is marked.
        Assert.True(topic.Labels.Pinyin.Any(c => "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".Contains(c)), $"{code}: '{topic.Labels.Pinyin}' has no tone mark");
        Assert.True(topic.Labels.ZhHans.Any(c => c is >= '\u4E00' and <= '\u9FFF'), $"{code}: the zh-Hans label has no Han character");
        Assert.NotEmpty(topic.Keywords);

        // The parent chain ends at the root of the topic's issue.
        Topic? walker = topic;
        int steps = 0;
        while (walker!.Parent is not null)
        {
            Assert.StartsWith(walker.Parent.Code + ".", walker.Code, StringComparison.Ordinal);
            Assert.Equal(walker.Code[..walker.Code.LastIndexOf('.')], walker.Parent.Code);
            Assert.Contains(walker, walker.Parent.Children);
            walker = walker.Parent;
            steps++;
        }
        Assert.True(walker.IsRoot);
        Assert.Same(Standard.GetByIssue(topic.Issue), walker);
        Assert.Equal(topic.Issue, walker.Issue);
        Assert.Same(walker, topic.Root);
        Assert.Equal(steps, topic.Depth);
        Assert.Equal(code.Count(c => c == '.'), topic.Depth);
        Assert.Equal(topic.Depth, topic.Ancestors.Length);
        Assert.Equal(topic.IsRoot, topic.Depth == 0);
    }

    [Theory]
    [MemberData(nameof(EveryCode))]
    public void Every_label_of_every_topic_finds_the_topic(string code)
    {
        Topic topic = Standard.GetByCode(code);
        foreach (TopicLanguage language in Enum.GetValues<TopicLanguage>())
        {
            string label = topic.Labels.Get(language);
            Assert.Same(topic, Standard.GetByLabel(label));
            Assert.True(Standard.TryGetByLabel(label, out Topic? found));
            Assert.Same(topic, found);
        }
    }

    // Expectations written by hand from the design of the table, not read back from it.
    [Theory]
    [InlineData("agriculture", "农业", "nóngyè", "Agriculture", "Agriculture", RuralIssue.Agriculture, null)]
    [InlineData("agriculture.crops", "种植业", "zhòngzhíyè", "Crops", "Cultures", RuralIssue.Agriculture, "agriculture")]
    [InlineData("agriculture.livestock", "畜禽养殖", "xùqín yǎngzhí", "Livestock and poultry", "Élevage", RuralIssue.Agriculture, "agriculture")]
    [InlineData("agriculture.forestry", "林业", "línyè", "Forestry", "Sylviculture", RuralIssue.Agriculture, "agriculture")]
    [InlineData("villages", "农村", "nóngcūn", "Villages", "Villages", RuralIssue.Villages, null)]
    [InlineData("villages.tourism", "乡村旅游", "xiāngcūn lǚyóu", "Rural tourism", "Tourisme rural", RuralIssue.Villages, "villages")]
    [InlineData("villages.tourism.homestays", "民宿", "mínsù", "Homestays", "Gîtes ruraux", RuralIssue.Villages, "villages.tourism")]
    [InlineData("villages.sports", "村BA", "cūn BA", "Village sports", "Sports villageois", RuralIssue.Villages, "villages")]
    [InlineData("farmers", "农民", "nóngmín", "Farmers", "Paysans", RuralIssue.Farmers, null)]
    [InlineData("farmers.newfarmers", "新农人", "xīn nóngrén", "New farmers", "Néo-paysans", RuralIssue.Farmers, "farmers")]
    [InlineData("farmers.livestreamers", "村播", "cūnbō", "Village livestreamers", "Streamers ruraux", RuralIssue.Farmers, "farmers")]
    [InlineData("farmers.cuisine", "乡村美食", "xiāngcūn měishí", "Rural cuisine", "Cuisine rurale", RuralIssue.Farmers, "farmers")]
    public void Known_topics_have_their_labels(string code, string zh, string pinyin, string english, string french, RuralIssue issue, string? parent)
    {
        Topic topic = Standard.GetByCode(code);
        Assert.Equal(new TopicLabels(zh, pinyin, english, french), topic.Labels);
        Assert.Equal(issue, topic.Issue);
        Assert.Equal(parent, topic.Parent?.Code);
    }

    [Fact]
    public void The_standard_taxonomy_has_the_three_roots_and_at_least_twenty_topics()
    {
        Assert.Equal(new[] { "agriculture", "villages", "farmers" }, Standard.Roots.Select(r => r.Code));
        Assert.Equal(new[] { RuralIssue.Agriculture, RuralIssue.Villages, RuralIssue.Farmers }, Standard.Roots.Select(r => r.Issue));
        Assert.True(Standard.Count >= 20, $"only {Standard.Count} topics");
        Assert.Equal(Standard.Topics.Length, Standard.Count);
        Assert.Equal(Standard.Count, Standard.Topics.Select(t => t.Code).Distinct().Count());
        // Table order: a parent comes before its children.
        var seen = new HashSet<Topic>();
        foreach (Topic topic in Standard.Topics)
        {
            Assert.True(topic.Parent is null || seen.Contains(topic.Parent), $"{topic.Code} comes before its parent");
            seen.Add(topic);
        }
    }

    [Fact]
    public void Children_ancestors_and_descent_of_a_deep_topic()
    {
        Topic crops = Standard.GetByCode("agriculture.crops");
        Topic grain = Standard.GetByCode("agriculture.crops.grain");
        Topic agriculture = Standard.GetByIssue(RuralIssue.Agriculture);
        Assert.Equal(new[] { "agriculture.crops.grain", "agriculture.crops.fruit", "agriculture.crops.tea" }, crops.Children.Select(c => c.Code));
        Assert.Equal(new[] { crops, agriculture }, grain.Ancestors);
        Assert.Equal(2, grain.Depth);
        Assert.True(grain.IsDescendantOf(crops));
        Assert.True(grain.IsDescendantOf(agriculture));
        Assert.False(grain.IsDescendantOf(grain));
        Assert.False(crops.IsDescendantOf(grain));
        Assert.False(grain.IsDescendantOf(Standard.GetByIssue(RuralIssue.Villages)));
        Assert.Empty(grain.Children);
        Assert.Empty(agriculture.Ancestors);
        Assert.Throws<ArgumentNullException>(() => grain.IsDescendantOf(null!));
    }

    [Theory]
    [InlineData("种植业", "agriculture.crops")]
    [InlineData("zhongzhiye", "agriculture.crops")]
    [InlineData("ZHÒNGZHÍYÈ", "agriculture.crops")]
    [InlineData("CROPS", "agriculture.crops")]
    [InlineData("cultures", "agriculture.crops")]
    [InlineData("elevage", "agriculture.livestock")]
    [InlineData("Gites ruraux", "villages.tourism.homestays")]
    [InlineData("cun ba", "villages.sports")]
    [InlineData("村BA", "villages.sports")]
    [InlineData("neo-paysans", "farmers.newfarmers")]
    public void Labels_are_found_ignoring_case_and_accents_except_zh(string label, string code) =>
        Assert.Equal(code, Standard.GetByLabel(label).Code);

    [Theory]
    [InlineData("村ba")] // zh-Hans labels are compared exactly
    [InlineData("Crops ")] // labels are not trimmed
    [InlineData("种植")]
    [InlineData("")]
    public void Unknown_labels_are_not_found(string label)
    {
        Assert.False(Standard.TryGetByLabel(label, out Topic? topic));
        Assert.Null(topic);
        ArgumentException e = Assert.Throws<ArgumentException>(() => Standard.GetByLabel(label));
        Assert.Equal("label", e.ParamName);
        Assert.Contains($"no topic has label '{label}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_codes_are_reported()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Standard.GetByCode("agriculture.unicorns"));
        Assert.Equal("code", e.ParamName);
        Assert.Contains("no topic has code 'agriculture.unicorns'", e.Message, StringComparison.Ordinal);
        Assert.False(Standard.TryGetByCode("Agriculture", out _));
        Assert.False(Standard.TryGetByCode(null, out _));
        Assert.Throws<ArgumentNullException>(() => Standard.GetByCode(null!));
        Assert.Throws<ArgumentNullException>(() => Standard.GetByLabel(null!));
        Assert.False(Standard.TryGetByLabel(null, out _));
    }

    [Fact]
    public void Issues_map_to_their_roots_and_back()
    {
        Assert.Equal("agriculture", RuralIssue.Agriculture.ToCode());
        Assert.Equal("villages", RuralIssue.Villages.ToCode());
        Assert.Equal("farmers", RuralIssue.Farmers.ToCode());
        Assert.Equal("农民", RuralIssue.Farmers.GetLabels().ZhHans);
        Assert.Equal("nóngcūn", RuralIssue.Villages.GetLabels().Pinyin);
        Assert.Throws<ArgumentOutOfRangeException>(() => default(RuralIssue).ToCode());
        Assert.Throws<ArgumentOutOfRangeException>(() => Standard.GetByIssue((RuralIssue)4));
    }

    [Property]
    public bool A_topic_is_found_by_its_code_and_each_of_its_labels_in_any_case(Topic topic, TopicLanguage language)
    {
        string label = topic.Labels.Get(language);
        bool foundUpper = Standard.TryGetByLabel(label.ToUpperInvariant(), out Topic? upper);
        return ReferenceEquals(Standard.GetByCode(topic.Code), topic)
            && ReferenceEquals(Standard.GetByLabel(label), topic)
            && (language == TopicLanguage.ZhHans || (foundUpper && ReferenceEquals(upper, topic)));
    }

    [Property]
    public bool A_topic_descends_from_each_of_its_ancestors_and_from_no_other_topic(Topic topic, Topic other) =>
        topic.IsDescendantOf(other) == topic.Ancestors.Contains(other)
        && topic.IsDescendantOf(other) == topic.Code.StartsWith(other.Code + ".", StringComparison.Ordinal);

    [Property]
    public bool Every_issue_has_a_root_whose_subtree_shares_its_issue(RuralIssue issue)
    {
        Topic root = Standard.GetByIssue(issue);
        return root.IsRoot && root.Issue == issue && root.Code == issue.ToCode()
            && Standard.Topics.Where(t => t.IsDescendantOf(root)).All(t => t.Issue == issue)
            && Standard.Topics.Where(t => t.Issue == issue).All(t => t == root || t.IsDescendantOf(root));
    }
}
