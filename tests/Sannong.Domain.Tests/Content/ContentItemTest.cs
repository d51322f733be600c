using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Content;

/// <summary>ContentItem: validation, With* re-validation and value equality.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ContentItemTest
{
    private static readonly SannongTaxonomy Taxonomy = SannongTaxonomy.Standard;
    private static readonly Topic Crops = Taxonomy.GetByCode("agriculture.crops");
    private static readonly Topic Villages = Taxonomy.GetByCode("villages");
    private static readonly Instant May1 = Instant.FromUtc(2024, 5, 1, 8, 0);

    private static ContentItem Video() =>
        new(new ContentId("v-001"), new InfluencerId("kol-001"), ContentKind.ShortVideo, May1, Duration.FromSeconds(95),
            "今天收玉米啦\n#三农", new[] { Crops, Villages }, new Engagement(1000, 50, 5, 2));

    private static ContentItem Make(ContentKind kind, Duration? length, string caption = "") =>
        new(new ContentId("c-1"), new InfluencerId("kol-1"), kind, May1, length, caption, Array.Empty<Topic>(), Engagement.Zero);

    private static ContentItem CopyOf(ContentItem a) =>
        new(ContentId.Parse(a.Id.Value), InfluencerId.Parse(a.Author.Value), a.Kind, a.Published, a.Length,
            new string(a.Caption.AsSpan()), a.Topics.Select(t => Taxonomy.GetByCode(t.Code)).ToArray(), a.Engagement);

    [Property]
    public bool Equality_contract(ContentItem a, ContentItem b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, CopyOf(a), (x, y) => x == y, (x, y) => x != y)
        && a == CopyOf(a);

    [Property]
    public bool Changing_any_field_breaks_equality(ContentItem a) =>
        a.WithPublished(a.Published + Duration.FromSeconds(1)) != a
        && a.WithCaption(a.Caption.Length < ContentItem.MaxCaptionLength ? a.Caption + "!" : a.Caption[..^1]) != a
        && a.WithEngagement(a.Engagement + new Engagement(1, 0, 0, 0)) != a
        && a.WithTopics(a.Topics.Length == 0 ? new[] { Crops } : Array.Empty<Topic>()) != a
        && (!ContentKinds.HasLength(a.Kind) || a.WithLength(a.Length is null ? Duration.FromSeconds(1) : null) != a)
        && !a.Equals(null);

    [Property]
    public bool Generated_items_keep_the_rules(ContentItem a) =>
        (a.Length is null || (a.Length > Duration.Zero && ContentKinds.HasLength(a.Kind)))
        && a.Caption.Length <= ContentItem.MaxCaptionLength
        && a.Topics.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count() == a.Topics.Length;

    [Fact]
    public void A_worked_example()
    {
        ContentItem v = Video();
        Assert.Equal(ContentKind.ShortVideo, v.Kind);
        Assert.Equal(Duration.FromSeconds(95), v.Length);
        Assert.Equal("今天收玉米啦\n#三农", v.Caption);
        Assert.Equal(57, v.Engagement.Interactions);
        Assert.Equal("v-001 by kol-001: ShortVideo at 2024-05-01T08:00:00Z (1000 views, 50 likes, 5 comments, 2 shares)", v.ToString());
        Assert.Equal(new Engagement(2000, 60, 5, 2), v.WithEngagement(new Engagement(2000, 60, 5, 2)).Engagement);
    }

    [Fact]
    public void Topic_order_matters_and_topics_compare_by_code()
    {
        ContentItem v = Video();
        Assert.NotEqual(v, v.WithTopics(new[] { Villages, Crops }));
        Assert.Equal(v, v.WithTopics(new[] { Taxonomy.GetByCode("agriculture.crops"), Taxonomy.GetByCode("villages") }));
    }

    [Fact]
    public void Captions_may_be_empty_or_hold_lines_and_tabs_up_to_2000_characters()
    {
        Assert.Equal(string.Empty, Video().WithCaption(string.Empty).Caption);
        Assert.Equal("a\tb\nc", Video().WithCaption("a\tb\nc").Caption);
        Assert.Equal(2000, Video().WithCaption(new string('农', 2000)).Caption.Length);
        Assert.Empty(Video().WithTopics(Array.Empty<Topic>()).Topics);
    }

    [Theory]
    [InlineData("a\r\nb", "caption must not contain control characters other than line feed and tab, but contains U+000D.")]
    [InlineData("\u0000", "caption must not contain control characters other than line feed and tab, but contains U+0000.")]
    public void Captions_with_other_control_characters_are_rejected(string caption, string message)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Video().WithCaption(caption));
        Assert.Equal("caption", e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_of_2001_characters_is_rejected()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Video().WithCaption(new string('农', 2001)));
        Assert.StartsWith("caption must be at most 2000 characters long, but was 2001.", e.Message, StringComparison.Ordinal);
        Assert.Equal("caption", Assert.Throws<ArgumentNullException>(() => Video().WithCaption(null!)).ParamName);
    }

    [Theory]
    [InlineData(ContentKind.ShortVideo, true)]
    [InlineData(ContentKind.LiveStream, true)]
    [InlineData(ContentKind.Image, false)]
    [InlineData(ContentKind.Article, false)]
    public void Only_videos_and_live_streams_have_a_length(ContentKind kind, bool hasLength)
    {
        Assert.Equal(hasLength, ContentKinds.HasLength(kind));
        Assert.Null(Make(kind, null).Length);
        if (hasLength)
        {
            Assert.Equal(Duration.FromHours(2), Make(kind, Duration.FromHours(2)).Length);
        }
        else
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => Make(kind, Duration.FromMinutes(1)));
            Assert.Equal("length", e.ParamName);
            Assert.StartsWith($"length must be null for {kind}, since only ShortVideo and LiveStream have a length, but was 0:00:01:00.",
                e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0L, "length must be positive, but was 0:00:00:00.")]
    [InlineData(-5L, "length must be positive, but was -0:00:00:05.")]
    public void A_length_must_be_positive(long seconds, string message)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Video().WithLength(Duration.FromSeconds(seconds)));
        Assert.Equal("length", e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_length_is_whole_seconds_up_to_a_billion_so_that_every_valid_item_can_be_written()
    {
        // 1,000,000,000 s is the most lengthSeconds holds: accepted, and it writes and reads back exactly.
        ContentItem longest = Video().WithLength(ContentItem.MaxLength);
        Assert.Equal(Duration.FromSeconds(1_000_000_000L), longest.Length);
        using var stream = new System.IO.MemoryStream();
        Sannong.Domain.Serialization.SannongJson.WriteNdjson([longest], stream);
        stream.Position = 0;
        var back = Assert.Single(Sannong.Domain.Serialization.SannongJson.ReadNdjson<ContentItem>(stream));
        Assert.Equal(longest, back.Value);

        // One nanosecond more, or half a second: the format could not hold it, so the item cannot be built.
        ArgumentOutOfRangeException tooLong = Assert.Throws<ArgumentOutOfRangeException>(
            () => Video().WithLength(ContentItem.MaxLength + Duration.FromSeconds(1)));
        Assert.Equal("length", tooLong.ParamName);
        Assert.StartsWith("length must be at most 1000000000 seconds, but was 11574:01:46:41.", tooLong.Message, StringComparison.Ordinal);
        ArgumentException fraction = Assert.Throws<ArgumentException>(() => Video().WithLength(Duration.FromMilliseconds(1500)));
        Assert.Equal("length", fraction.ParamName);
        Assert.StartsWith("length must be a whole number of seconds, but was 0:00:00:01.5.", fraction.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Undefined_kinds_are_rejected(int value)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Make((ContentKind)value, null));
        Assert.Equal("kind", e.ParamName);
        Assert.StartsWith($"kind must be a defined ContentKind, but was {value}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_ids_and_duplicate_topics_are_rejected()
    {
        ArgumentException id = Assert.Throws<ArgumentException>(() =>
            new ContentItem(default, new InfluencerId("kol-1"), ContentKind.Image, May1, null, "", Array.Empty<Topic>(), Engagement.Zero));
        Assert.Equal("id", id.ParamName);
        Assert.StartsWith("id must be a valid ContentId, but was default(ContentId).", id.Message, StringComparison.Ordinal);

        ArgumentException author = Assert.Throws<ArgumentException>(() =>
            new ContentItem(new ContentId("c-1"), default, ContentKind.Image, May1, null, "", Array.Empty<Topic>(), Engagement.Zero));
        Assert.Equal("author", author.ParamName);
        Assert.StartsWith("author must be a valid InfluencerId, but was default(InfluencerId).", author.Message, StringComparison.Ordinal);

        ArgumentException twice = Assert.Throws<ArgumentException>(() => Video().WithTopics(new[] { Villages, Villages }));
        Assert.Equal("topics", twice.ParamName);
        Assert.StartsWith("topics must not hold a topic twice, but 'villages' appears more than once.", twice.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ContentKind.ShortVideo, "short video", "短视频")]
    [InlineData(ContentKind.LiveStream, "live stream", "直播")]
    [InlineData(ContentKind.Image, "image post", "图文")]
    [InlineData(ContentKind.Article, "article", "文章")]
    public void Kind_labels(ContentKind kind, string english, string zhHans)
    {
        Assert.Equal(english, ContentKinds.English(kind));
        Assert.Equal(zhHans, ContentKinds.ZhHans(kind));
        Assert.Contains(kind, ContentKinds.All);
    }

    [Fact]
    public void Labels_of_undefined_kinds_throw()
    {
        Assert.Equal(4, ContentKinds.All.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => ContentKinds.English(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContentKinds.ZhHans((ContentKind)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContentKinds.HasLength(0));
    }
}
