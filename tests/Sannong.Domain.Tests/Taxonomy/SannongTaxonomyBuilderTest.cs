using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Taxonomy;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class SannongTaxonomyBuilderTest
{
    private static readonly TopicLabels Rice = new("水稻", "shuǐdào", "Rice", "Riz");

    private static SannongTaxonomyBuilder Roots() => new SannongTaxonomyBuilder()
        .Add("agriculture", new TopicLabels("农业", "nóngyè", "Agriculture", "Agriculture"), Array.Empty<string>())
        .Add("villages", new TopicLabels("农村", "nóngcūn", "Villages", "Villages"), Array.Empty<string>())
        .Add("farmers", new TopicLabels("农民", "nóngmín", "Farmers", "Paysans"), Array.Empty<string>());

    [Fact]
    public void Extending_the_standard_taxonomy_keeps_it_and_adds_the_new_topic()
    {
        SannongTaxonomy mine = SannongTaxonomy.Standard.ToBuilder()
            .Add("agriculture.crops.rice", Rice, new[] { "稻花香", "paddy rice" })
            .AddKeywords("farmers.cuisine", new[] { "螺蛳粉" })
            .Build();

        Assert.Equal(SannongTaxonomy.Standard.Count + 1, mine.Count);
        Topic rice = mine.GetByCode("agriculture.crops.rice");
        Assert.Equal("agriculture.crops", rice.Parent!.Code);
        Assert.Same(mine.GetByCode("agriculture.crops"), rice.Parent);
        Assert.Equal("agriculture.crops.rice", mine.GetByCode("agriculture.crops").Children[^1].Code);
        Assert.Equal(RuralIssue.Agriculture, rice.Issue);
        Assert.Same(rice, mine.GetByLabel("shuidao"));
        Assert.Equal("螺蛳粉", mine.GetByCode("farmers.cuisine").Keywords[^1]);
        // The standard taxonomy is unchanged, and its topics are not the new taxonomy's.
        Assert.False(SannongTaxonomy.Standard.TryGetByCode("agriculture.crops.rice", out _));
        Assert.DoesNotContain("螺蛳粉", SannongTaxonomy.Standard.GetByCode("farmers.cuisine").Keywords);
        Assert.NotSame(SannongTaxonomy.Standard.GetByCode("agriculture"), mine.GetByCode("agriculture"));

        Assert.Equal("agriculture.crops.rice", new TopicClassifier(mine).Classify("今年的稻花香大米").First().Topic.Code);
    }

    [Fact]
    public void Topics_may_be_added_before_their_parents()
    {
        SannongTaxonomy built = new SannongTaxonomyBuilder()
            .Add("agriculture.crops.rice", Rice, Array.Empty<string>())
            .Add("agriculture.crops", new TopicLabels("种植业", "zhòngzhíyè", "Crops", "Cultures"), Array.Empty<string>())
            .Add("farmers", new TopicLabels("农民", "nóngmín", "Farmers", "Paysans"), Array.Empty<string>())
            .Add("villages", new TopicLabels("农村", "nóngcūn", "Villages", "Villages"), Array.Empty<string>())
            .Add("agriculture", new TopicLabels("农业", "nóngyè", "Agriculture", "Agriculture"), Array.Empty<string>())
            .Build();
        Assert.Equal(new[] { "agriculture.crops.rice", "agriculture.crops", "farmers", "villages", "agriculture" }, built.Topics.Select(t => t.Code));
        Assert.Equal(new[] { "agriculture", "villages", "farmers" }, built.Roots.Select(t => t.Code));
        Assert.Equal(new[] { "agriculture.crops", "agriculture" }, built.GetByCode("agriculture.crops.rice").Ancestors.Select(t => t.Code));
        Assert.Equal(2, built.GetByCode("agriculture.crops.rice").Depth);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Agriculture.crops")]
    [InlineData("agriculture..crops")]
    [InlineData("agriculture.crops.")]
    [InlineData(".agriculture")]
    [InlineData("agriculture.1crops")]
    [InlineData("agriculture.crops-rice")]
    [InlineData("agriculture.crops rice")]
    [InlineData("agriculture.种植")]
    public void Invalid_codes_are_rejected(string code)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Roots().Add(code, Rice, Array.Empty<string>()));
        Assert.Equal("code", e.ParamName);
        Assert.Contains($"code is not a valid topic code", e.Message, StringComparison.Ordinal);
        Assert.Contains($"but was '{code}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_codes_may_have_digits_after_a_letter() =>
        Assert.Equal("agriculture.crops2.x9", Roots().Add("agriculture.crops2", Rice, Array.Empty<string>())
            .Add("agriculture.crops2.x9", new TopicLabels("稻二", "dào èr", "Rice two", "Riz deux"), Array.Empty<string>())
            .Build().Topics[^1].Code);

    [Fact]
    public void A_duplicate_code_is_rejected()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => SannongTaxonomy.Standard.ToBuilder().Add("agriculture.crops", Rice, Array.Empty<string>()));
        Assert.Equal("code must be unique, but 'agriculture.crops' is already in the taxonomy. (Parameter 'code')", e.Message);
    }

    [Fact]
    public void A_root_other_than_the_three_issues_is_rejected()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Roots().Add("fishing", Rice, Array.Empty<string>()));
        Assert.Equal("code of a root topic must be one of 'agriculture', 'villages', 'farmers' (the Three Rural Issues), but was 'fishing'. (Parameter 'code')", e.Message);
    }

    [Fact]
    public void Default_labels_and_null_arguments_are_rejected()
    {
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => Roots().Add("agriculture.rice", default, Array.Empty<string>())).ParamName);
        Assert.Throws<ArgumentNullException>(() => Roots().Add(null!, Rice, Array.Empty<string>()));
        Assert.Throws<ArgumentNullException>(() => Roots().Add("agriculture.rice", Rice, null!));
        Assert.Throws<ArgumentNullException>(() => Roots().AddKeywords(null!, Array.Empty<string>()));
        Assert.Throws<ArgumentNullException>(() => Roots().AddKeywords("farmers", null!));
        Assert.Throws<ArgumentNullException>(() => Roots().Contains(null!));
    }

    [Theory]
    [InlineData("", "it must not be empty")]
    [InlineData(" rice", "it must not start or end with white space")]
    [InlineData("ri\tce", "it must not contain control characters")]
    [InlineData("\u0301", "it must keep at least one character once case and accents are removed")]
    public void Invalid_keywords_are_rejected(string keyword, string rule)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Roots().Add("agriculture.rice", Rice, new[] { "稻", keyword }));
        Assert.Equal("keywords", e.ParamName);
        Assert.StartsWith($"keywords[1] of topic 'agriculture.rice' is not a valid keyword: {rule}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keywords_equal_ignoring_case_and_accents_are_rejected()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Roots().Add("agriculture.rice", Rice, new[] { "Récolte", "RECOLTE" }));
        Assert.StartsWith("keywords[1] of topic 'agriculture.rice' must differ from the topic's other keywords ignoring case and accents, but 'RECOLTE' repeats 'Récolte'.", e.Message, StringComparison.Ordinal);
        // ... also against the topic's existing keywords (美食 is a keyword of farmers.cuisine).
        Assert.Throws<ArgumentException>(() => SannongTaxonomy.Standard.ToBuilder().AddKeywords("farmers.cuisine", new[] { "美食" }));
    }

    [Fact]
    public void Keywords_can_only_be_added_to_an_existing_topic()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Roots().AddKeywords("farmers.cuisine", new[] { "美食" }));
        Assert.Equal("code must name a topic of the taxonomy, but no topic has code 'farmers.cuisine'. (Parameter 'code')", e.Message);
    }

    [Fact]
    public void Every_problem_of_the_whole_is_reported_at_once()
    {
        SannongTaxonomyBuilder builder = new SannongTaxonomyBuilder()
            .Add("agriculture", new TopicLabels("农业", "nóngyè", "Agriculture", "Agriculture"), Array.Empty<string>())
            .Add("agriculture.crops.rice", Rice, Array.Empty<string>())
            .Add("agriculture.paddy", new TopicLabels("水稻", "dàotián", "Paddies", "Rizières"), Array.Empty<string>())
            .Add("agriculture.grain", new TopicLabels("粮食", "liángshi", "RICE", "Céréales"), Array.Empty<string>())
            .Add("agriculture.noodles", new TopicLabels("面条", "miàntiáo", "Noodles", "Nouilles"), Array.Empty<string>());
        string[] expected =
        {
            "The root topic 'villages' of RuralIssue.Villages is missing.",
            "The root topic 'farmers' of RuralIssue.Farmers is missing.",
            "Topic 'agriculture.crops.rice' has no parent: there is no topic 'agriculture.crops'.",
            "The zh-Hans label '水稻' of topic 'agriculture.paddy' is already the zh-Hans label of topic 'agriculture.crops.rice'.",
            "The English label 'RICE' of topic 'agriculture.grain' is already the English label of topic 'agriculture.crops.rice' (ignoring case and accents).",
        };
        Assert.Equal(expected, builder.Validate());
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Equal(
            "The taxonomy is not valid (5 problems):" + string.Concat(expected.Select(p => Environment.NewLine + "- " + p)),
            e.Message);
    }

    [Fact]
    public void An_empty_builder_misses_the_three_roots() =>
        Assert.Equal(
            new[]
            {
                "The root topic 'agriculture' of RuralIssue.Agriculture is missing.",
                "The root topic 'villages' of RuralIssue.Villages is missing.",
                "The root topic 'farmers' of RuralIssue.Farmers is missing.",
            },
            new SannongTaxonomyBuilder().Validate());

    [Fact]
    public void The_standard_taxonomy_rebuilt_from_its_builder_has_the_same_table()
    {
        SannongTaxonomyBuilder builder = SannongTaxonomy.Standard.ToBuilder();
        Assert.Empty(builder.Validate());
        Assert.Equal(SannongTaxonomy.Standard.Count, builder.Count);
        Assert.True(builder.Contains("villages.sports"));
        Assert.False(builder.Contains("villages.sport"));
        SannongTaxonomy copy = builder.Build();
        Assert.Equal(
            SannongTaxonomy.Standard.Topics.Select(t => (t.Code, t.Labels, string.Join("|", t.Keywords), t.Parent?.Code)),
            copy.Topics.Select(t => (t.Code, t.Labels, string.Join("|", t.Keywords), t.Parent?.Code)));
    }

    [Property]
    public bool A_built_taxonomy_extends_the_standard_one_and_is_consistent(SannongTaxonomy taxonomy) =>
        SannongTaxonomy.Standard.Topics.All(s => taxonomy.TryGetByCode(s.Code, out Topic? t) && t.Labels == s.Labels && t.Keywords.SequenceEqual(s.Keywords))
        && taxonomy.Topics.All(t =>
            ReferenceEquals(taxonomy.GetByCode(t.Code), t)
            && ReferenceEquals(taxonomy.GetByLabel(t.Labels.English), t)
            && (t.Parent is null ? t.Depth == 0 : t.Parent.Children.Contains(t) && t.Depth == t.Parent.Depth + 1 && t.Issue == t.Parent.Issue))
        && taxonomy.Roots.SequenceEqual(new[] { RuralIssue.Agriculture, RuralIssue.Villages, RuralIssue.Farmers }.Select(taxonomy.GetByIssue));
}
