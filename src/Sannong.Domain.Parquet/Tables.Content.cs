using Sannong.Domain.Content;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Parquet;

/// <summary>Content items: id, author, kind, published, lengthSeconds, caption, topics, views, likes, comments,
/// shares.</summary>
internal sealed class ContentTable() : RecordTable<ContentItem>(
    new("id", ColumnType.Id, false),
    new("author", ColumnType.Id, false),
    new("kind", ColumnType.Name, false),
    new("published", ColumnType.Instant, false),
    new("lengthSeconds", ColumnType.Count, true),
    new("caption", ColumnType.Text, true),
    new("topics", ColumnType.Topics, true),
    new("views", ColumnType.Count, false),
    new("likes", ColumnType.Count, false),
    new("comments", ColumnType.Count, false),
    new("shares", ColumnType.Count, false))
{
    internal static ContentTable Instance { get; } = new();

    internal override ContentItem? Build(RowCursor row)
    {
        bool ok = row.Id(0, s => new ContentId(s), out ContentId? id)
            & row.Id(1, s => new InfluencerId(s), out InfluencerId? author)
            & row.Name<ContentKind>(2, SannongNames.TryParse, "short-video, live-stream, image or article", out ContentKind kind)
            & row.Instant(3, out Instant published)
            & row.Count(4, out long? seconds)
            & row.Text(5, out string? caption)
            & row.Topics(6, out List<Topic> topics)
            & row.Count(7, out long? views)
            & row.Count(8, out long? likes)
            & row.Count(9, out long? comments)
            & row.Count(10, out long? shares);
        if (!ok)
        {
            return null;
        }
        if (seconds is 0 or > 1_000_000_000)
        {
            row.Report("lengthSeconds", DataProblemKind.OutOfRange, $"lengthSeconds must be 1 to 1000000000, but was {seconds.Value.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }
        return new ContentItem(id!.Value, author!.Value, kind, published, seconds is { } s ? Duration.FromSeconds(s) : null,
            caption ?? "", topics, new Engagement(views!.Value, likes!.Value, comments!.Value, shares!.Value));
    }

    internal override string? ColumnOf(string? parameter) => parameter switch
    {
        "id" => "id",
        "author" => "author",
        "kind" => "kind",
        "length" => "lengthSeconds",
        "caption" => "caption",
        "topics" => "topics",
        _ => null,
    };

    internal override Array Extract(int column, IReadOnlyList<ContentItem> records, long first) => column switch
    {
        0 => Map(records, r => (string?)r.Id.Value),
        1 => Map(records, r => (string?)r.Author.Value),
        2 => Map(records, r => (string?)SannongNames.Name(r.Kind)),
        3 => Map(records, first, (r, i) => (DateTime?)Time(r.Published, i, "published")),
        4 => Map(records, r => r.Length is { } l ? (long)l.TotalSeconds : (long?)null),
        5 => Map(records, r => (string?)r.Caption),
        6 => Map(records, r => Codes(r.Topics)),
        7 => Map(records, r => (long?)r.Engagement.Views),
        8 => Map(records, r => (long?)r.Engagement.Likes),
        9 => Map(records, r => (long?)r.Engagement.Comments),
        _ => Map(records, r => (long?)r.Engagement.Shares),
    };
}
