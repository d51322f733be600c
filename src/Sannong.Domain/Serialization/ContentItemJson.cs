using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Serialization;

/// <summary>A content item: id, author, kind, published, lengthSeconds?, caption?, topics?, views, likes, comments,
/// shares.</summary>
internal static class ContentItemJson
{
    /// <summary>The longest length the format holds: a billion seconds (about 31 years).</summary>
    internal const long MaxLengthSeconds = 1_000_000_000L;

    internal static ContentItem? Read(JsonElement element, ElementPath path, ProblemList sink) =>
        JsonObjectReader.ReadRecord(element, path, sink, "a content item", Read);

    private static ContentItem? Read(JsonObjectReader r, ProblemList sink)
    {
        long before = sink.Count;
        ContentId? id = r.Id("id", true, s => new ContentId(s), nameof(ContentId));
        InfluencerId? author = r.Id("author", true, s => new InfluencerId(s), nameof(InfluencerId));
        ContentKind? kind = null;
        if (r.Match("kind", EnumText.ContentKindTexts) is >= 0 and int known)
        {
            kind = EnumText.ContentKindValues[known];
        }
        else if (r.String("kind", true) is { } text)
        {
            kind = EnumText.ParseContentKind(text);
            if (kind is null)
            {
                r.Problem("kind", DataProblemKind.InvalidValue,
                    $"kind must be {EnumText.ContentKindNames}, but was \"{(text.Length <= 40 ? text : text[..40] + "...")}\".");
            }
        }
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
                $"lengthSeconds is only for short-video and live-stream items, not for {EnumText.Name(k)}: leave it out.");
        }
        if (sink.Count > before)
        {
            return null;
        }
        Engagement engagement;
        try
        {
            engagement = new Engagement(views!.Value, likes!.Value, comments!.Value, shares!.Value);
        }
        catch (Exception e) when (e is ArgumentException or ArithmeticException)
        {
            r.Report(e, (e as ArgumentException)?.ParamName);
            return null;
        }
        Duration? length = lengthSeconds is { } seconds ? Duration.FromSeconds(seconds) : null;
        try
        {
            return new ContentItem(id!.Value, author!.Value, kind!.Value, published!.Value, length, caption, topics, engagement);
        }
        catch (Exception e) when (e is ArgumentException or ArithmeticException)
        {
            r.Report(e, (e as ArgumentException)?.ParamName switch { "length" => "lengthSeconds", "caption" => "caption", "topics" => "topics", "kind" => "kind", _ => null });
            return null;
        }
    }

    internal static void Write(Utf8JsonWriter writer, ContentItem item)
    {
        writer.WriteStartObject();
        writer.WriteString("id", item.Id.Value);
        writer.WriteString("author", item.Author.Value);
        writer.WriteString("kind", EnumText.Name(item.Kind));
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
