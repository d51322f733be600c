using System.Text.Json;
using Sannong.Domain.Content;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Serialization;

/// <summary>A content item: id, author, kind, published, lengthSeconds?, caption?, topics?, views, likes, comments,
/// shares.</summary>
internal static class ContentItemJson
{
    /// <summary>The longest length the format holds: a billion seconds (about 31 years).</summary>
    internal const long MaxLengthSeconds = 1_000_000_000L;

    internal static ContentItem? Read(JsonObjectReader r)
    {
        ContentId? id = r.Id<ContentId>("id", true);
        InfluencerId? author = r.Id<InfluencerId>("author", true);
        ContentKind? kind = r.Name("kind", true, SannongNames.ContentKinds);
        Instant? published = r.Instant("published", true);
        long? lengthSeconds = r.Count("lengthSeconds", false);
        string caption = r.String("caption", false) ?? string.Empty;
        ImmutableArray<Topic> topics = r.Topics("topics", false) ?? ImmutableArray<Topic>.Empty;
        long? views = r.Count("views", true);
        long? likes = r.Count("likes", true);
        long? comments = r.Count("comments", true);
        long? shares = r.Count("shares", true);
        r.Finish();
        if (lengthSeconds is > MaxLengthSeconds)
        {
            r.Problem("lengthSeconds", DataProblemKind.OutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"lengthSeconds must be at most {MaxLengthSeconds}, but was {lengthSeconds}."));
        }
        if (lengthSeconds is not null && kind is { } k && !ContentKinds.HasLength(k))
        {
            r.Problem("lengthSeconds", DataProblemKind.InvalidValue,
                $"lengthSeconds is only for short-video and live-stream items, not for {SannongNames.ContentKinds.Name(k)}: leave it out.");
        }
        if (r.HasProblems)
        {
            return null;
        }
        var engagement = new Engagement(views!.Value, likes!.Value, comments!.Value, shares!.Value);
        Duration? length = lengthSeconds is { } seconds ? Duration.FromSeconds(seconds) : null;
        return new ContentItem(id!.Value, author!.Value, kind!.Value, published!.Value, length, caption, topics, engagement);
    }

    /// <summary>The field of a constructor's parameter that a rule refused: the engagement's counts are fields of
    /// their own names, the item's length is lengthSeconds.</summary>
    internal static string? FieldOf(string? parameter) => parameter switch
    {
        "length" => "lengthSeconds",
        "caption" or "topics" or "kind" or "views" or "likes" or "comments" or "shares" => parameter,
        _ => null,
    };

    internal static void Write(Utf8JsonWriter writer, ContentItem item)
    {
        writer.WriteStartObject();
        writer.WriteString("id", item.Id.Value);
        writer.WriteString("author", item.Author.Value);
        writer.WriteString("kind", SannongNames.ContentKinds.Name(item.Kind));
        writer.WriteString("published", JsonWrite.Instant(item.Published));
        if (item.Length is { } length)
        {
            // ContentItem holds whole seconds up to ContentItem.MaxLength only, so this is exact and fits.
            long seconds = (length.Days * 86_400L) + (length.NanosecondOfDay / 1_000_000_000L);
            writer.WriteNumber("lengthSeconds", seconds);
        }
        writer.WriteString("caption", item.Caption);
        JsonWrite.Topics(writer, "topics", item.Topics);
        writer.WriteNumber("views", item.Engagement.Views);
        writer.WriteNumber("likes", item.Engagement.Likes);
        writer.WriteNumber("comments", item.Engagement.Comments);
        writer.WriteNumber("shares", item.Engagement.Shares);
        writer.WriteEndObject();
    }
}
