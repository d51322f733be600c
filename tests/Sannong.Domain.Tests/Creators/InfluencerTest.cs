using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Creators;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Creators;

/// <summary>Influencer: validation, derived tier and primary topic, With* re-validation, value equality.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class InfluencerTest
{
    private static readonly SannongTaxonomy Taxonomy = SannongTaxonomy.Standard;
    private static readonly Topic Crops = Taxonomy.GetByCode("agriculture.crops");
    private static readonly Topic Cuisine = Taxonomy.GetByCode("farmers.cuisine");
    private static readonly Topic Tourism = Taxonomy.GetByCode("villages.tourism");

    private static Influencer Sample(long followers = 12_345) =>
        new(new InfluencerId("kol-001"), "湘西阿哥", Region.Parse("430524/220"), new[] { Crops, Cuisine }, followers, new LocalDate(2021, 3, 14));

    /// <summary>A field-by-field copy that shares no instance with the original (topics looked up again by code).</summary>
    private static Influencer CopyOf(Influencer a) =>
        new(InfluencerId.Parse(a.Id.Value), new string(a.Handle.AsSpan()), Region.Parse(a.HomeRegion.ToString()),
            a.Topics.Select(t => Taxonomy.GetByCode(t.Code)).ToList(), a.Followers, a.Joined);

    [Property]
    public bool Equality_contract(Influencer a, Influencer b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, CopyOf(a), (x, y) => x == y, (x, y) => x != y)
        && a == CopyOf(a)
        && a.GetHashCode() == CopyOf(a).GetHashCode();

    [Property]
    public bool Changing_any_field_breaks_equality(Influencer a) =>
        a.WithFollowers(a.Followers == 0 ? 1 : a.Followers - 1) != a
        && a.WithJoined(a.Joined.PlusDays(1)) != a
        && a.WithHandle(a.Handle.Length < Influencer.MaxHandleLength ? a.Handle + "x" : a.Handle[..^1]) != a
        && a.WithHomeRegion(a.HomeRegion.WithUrbanRural(a.HomeRegion.UrbanRural is null ? UrbanRuralCode.Village : null)) != a
        && (a.Topics.Length == 1 || a.WithTopics(a.Topics.Reverse()) != a)
        && !a.Equals(null)
        && a != null
        && !(null == a);

    [Property]
    public bool Derived_properties(Influencer a) =>
        a.Tier == FollowerTiers.FromFollowers(a.Followers)
        && ReferenceEquals(a.PrimaryTopic, a.Topics[0])
        && a.PrimaryIssue == a.Topics[0].Issue
        && a.Topics.Length > 0
        && a.Topics.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count() == a.Topics.Length;

    [Property]
    public bool With_methods_change_only_their_field(Influencer a, Region region, long followers)
    {
        long f = Math.Abs(followers % 10_000_000);
        Influencer b = a.WithFollowers(f).WithHomeRegion(region);
        return b.Followers == f && b.HomeRegion == region && b.Tier == FollowerTiers.FromFollowers(f)
            && b.Id == a.Id && b.Handle == a.Handle && b.Joined == a.Joined && TopicsEqual(a, b);
    }

    [Fact]
    public void A_worked_example()
    {
        Influencer kol = Sample();
        Assert.Equal("kol-001", kol.Id.Value);
        Assert.Equal("湘西阿哥", kol.Handle);
        Assert.Equal("Hunan", kol.HomeRegion.Province.English);
        Assert.True(kol.HomeRegion.IsRural);
        Assert.Equal(FollowerTier.Micro, kol.Tier);                  // 10,000 <= 12,345 <= 99,999
        Assert.Equal("agriculture.crops", kol.PrimaryTopic.Code);
        Assert.Equal(RuralIssue.Agriculture, kol.PrimaryIssue);
        Assert.Equal(FollowerTier.Mega, kol.WithFollowers(1_000_000).Tier);
        Assert.Equal("kol-001 湘西阿哥 (430524/220, 12345 followers, Micro, agriculture.crops,farmers.cuisine)", kol.ToString());
    }

    [Fact]
    public void Topic_order_matters_and_topics_compare_by_code()
    {
        Influencer a = Sample();
        Assert.NotEqual(a, a.WithTopics(new[] { Cuisine, Crops }));
        Assert.Equal(a, a.WithTopics(new[] { Taxonomy.GetByCode("agriculture.crops"), Taxonomy.GetByCode("farmers.cuisine") }));
        Assert.Equal(RuralIssue.Villages, a.WithTopics(new[] { Tourism }).PrimaryIssue);
    }

    [Fact]
    public void Handles_may_be_any_script_up_to_100_characters()
    {
        Assert.Equal("🌾 Farmer Li · 李大叔", Sample().WithHandle("🌾 Farmer Li · 李大叔").Handle);
        Assert.Equal(100, Sample().WithHandle(new string('农', 100)).Handle.Length);
    }

    [Theory]
    [InlineData("👨\u200D🌾 老李")] // farmer: man + ZWJ + sheaf of rice
    [InlineData("❤\uFE0F 三农")] // heart + variation selector 16
    [InlineData("🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F")] // a subdivision flag (tag characters)
    [InlineData("می\u200Cخواهم")] // Persian: a zero width non-joiner inside a word
    public void Handles_keep_the_joiners_and_selectors_that_emoji_and_scripts_need(string handle) =>
        Assert.Equal(handle, Sample().WithHandle(handle).Handle);

    [Theory]
    [InlineData("", "handle must not be empty.")]
    [InlineData(" 湘西阿哥", "handle must not start or end with white space.")]
    [InlineData("湘西阿哥\u3000", "handle must not start or end with white space.")]
    [InlineData("湘西\n阿哥", "handle must not contain control characters, but contains U+000A.")]
    // Issue 14: a handle that is only U+200B (or only other invisible characters) was accepted.
    [InlineData("\u200B", "handle must not contain invisible format characters, but contains U+200B.")]
    [InlineData("\u200D", "handle must contain at least one visible character.")]
    [InlineData("\u3164\u2800", "handle must contain at least one visible character.")]
    [InlineData("湘西\u202E阿哥", "handle must not contain bidirectional controls, but contains U+202E.")]
    [InlineData("湘西\u200F阿哥", "handle must not contain bidirectional controls, but contains U+200F.")]
    [InlineData("\uFEFF湘西阿哥", "handle must not contain invisible format characters, but contains U+FEFF.")]
    [InlineData("湘西\u2028阿哥", "handle must not contain line or paragraph separators, but contains U+2028.")]
    [InlineData("湘西\uFFFF", "handle must not contain noncharacters, but contains U+FFFF.")]
    [InlineData("湘西\u001b[2J", "handle must not contain control characters, but contains U+001B.")]
    public void Invalid_handles_are_rejected_with_the_rule_named(string handle, string message)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Sample().WithHandle(handle));
        Assert.Equal("handle", e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handle_of_101_characters_is_rejected()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Sample().WithHandle(new string('农', 101)));
        Assert.StartsWith("handle must be at most 100 characters long, but was 101.", e.Message, StringComparison.Ordinal);
        Assert.Equal("handle", Assert.Throws<ArgumentNullException>(() => Sample().WithHandle(null!)).ParamName);
    }

    [Fact]
    public void WithFollowers_revalidates()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Sample().WithFollowers(-3));
        Assert.Equal("followers", e.ParamName);
        Assert.StartsWith("followers must not be negative, but was -3.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithTopics_revalidates()
    {
        ArgumentException empty = Assert.Throws<ArgumentException>(() => Sample().WithTopics(Array.Empty<Topic>()));
        Assert.Equal("topics", empty.ParamName);
        Assert.StartsWith("topics must hold at least one topic, but was empty.", empty.Message, StringComparison.Ordinal);

        ArgumentException twice = Assert.Throws<ArgumentException>(
            () => Sample().WithTopics(new[] { Crops, Tourism, Taxonomy.GetByCode("agriculture.crops") }));
        Assert.StartsWith("topics must not hold a topic twice, but 'agriculture.crops' appears more than once.", twice.Message, StringComparison.Ordinal);

        ArgumentException withNull = Assert.Throws<ArgumentException>(() => Sample().WithTopics(new[] { Crops, null! }));
        Assert.StartsWith("topics must not hold null, but topic 1 was null.", withNull.Message, StringComparison.Ordinal);

        Assert.Equal("topics", Assert.Throws<ArgumentNullException>(() => Sample().WithTopics(null!)).ParamName);
        Assert.Equal("topics", Assert.Throws<ArgumentNullException>(() => Sample().WithTopics(default(System.Collections.Immutable.ImmutableArray<Topic>))).ParamName);
    }

    [Fact]
    public void WithHomeRegion_revalidates()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Sample().WithHomeRegion(default));
        Assert.Equal("homeRegion", e.ParamName);
        Assert.StartsWith("homeRegion must be a valid Region, but was default(Region).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_id_is_rejected()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(
            () => new Influencer(default, "湘西阿哥", new Region("430524"), new[] { Crops }, 0, new LocalDate(2021, 3, 14)));
        Assert.Equal("id", e.ParamName);
        Assert.StartsWith("id must be a valid InfluencerId, but was default(InfluencerId).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_input_collection_is_copied()
    {
        Topic[] topics = { Crops, Cuisine };
        var kol = new Influencer(new InfluencerId("kol-002"), "Li", new Region("430524"), topics, 0, new LocalDate(2021, 3, 14));
        topics[0] = Tourism;
        Assert.Equal("agriculture.crops", kol.PrimaryTopic.Code);
    }

    private static bool TopicsEqual(Influencer a, Influencer b) =>
        a.Topics.Select(t => t.Code).SequenceEqual(b.Topics.Select(t => t.Code), StringComparer.Ordinal);
}
