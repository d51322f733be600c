namespace Sannong.Domain.Csv;

/// <summary>The columns of each record type, in the order they are written: the dataset document's fields, one column
/// each (topics joined by <see cref="TopicSeparator"/>).</summary>
internal static class CsvFields
{
    /// <summary>What joins the topic codes of one cell.</summary>
    internal const char TopicSeparator = '|';

    internal static readonly string[] Influencer = ["id", "handle", "region", "settlement", "topics", "followers", "joined"];
    internal static readonly string[] Enrolment = ["influencer", "date", "mentor", "left"];
    internal static readonly string[] LedgerEntry = ["date", "kind", "cash", "impressions", "influencer", "memo"];
    internal static readonly string[] Earning = ["influencer", "month", "amount", "source"];
    internal static readonly string[] ContentItem =
        ["id", "author", "kind", "published", "lengthSeconds", "caption", "topics", "views", "likes", "comments", "shares"];

    /// <summary>The fields that must have a value in every row.</summary>
    internal static bool IsRequired(DataRecordKind kind, string field) => kind switch
    {
        DataRecordKind.Influencer => field is not "settlement",
        DataRecordKind.Enrolment => field is "influencer" or "date",
        DataRecordKind.LedgerEntry => field is "date" or "kind",
        DataRecordKind.Earning => true,
        _ => field is not ("lengthSeconds" or "caption" or "topics"),
    };

    internal static string[] Of(DataRecordKind kind) => kind switch
    {
        DataRecordKind.Influencer => Influencer,
        DataRecordKind.Enrolment => Enrolment,
        DataRecordKind.LedgerEntry => LedgerEntry,
        DataRecordKind.Earning => Earning,
        DataRecordKind.ContentItem => ContentItem,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"kind must be a kind of record of a file (Influencer, Enrolment, LedgerEntry, Earning or ContentItem), but was {kind}."),
    };

    /// <summary>The kind of record of a record type.</summary>
    internal static DataRecordKind KindOf<T>() =>
        typeof(T) == typeof(Creators.Influencer) ? DataRecordKind.Influencer
        : typeof(T) == typeof(Programmes.Enrolment) ? DataRecordKind.Enrolment
        : typeof(T) == typeof(Programmes.LedgerEntry) ? DataRecordKind.LedgerEntry
        : typeof(T) == typeof(Programmes.Earning) ? DataRecordKind.Earning
        : typeof(T) == typeof(Content.ContentItem) ? DataRecordKind.ContentItem
        : throw new NotSupportedException($"{typeof(T).Name} is not a record type of a CSV file; they are Influencer, Enrolment, LedgerEntry, Earning and ContentItem.");

    /// <summary>The record kind's name in messages and in the column map's JSON (the file's name: influencers...).</summary>
    internal static string FileKey(DataRecordKind kind) => kind switch
    {
        DataRecordKind.Influencer => "influencers",
        DataRecordKind.Enrolment => "enrolments",
        DataRecordKind.LedgerEntry => "ledger",
        DataRecordKind.Earning => "earnings",
        _ => "content",
    };

    internal static string Noun(DataRecordKind kind) => kind switch
    {
        DataRecordKind.Influencer => "an influencer",
        DataRecordKind.Enrolment => "an enrolment",
        DataRecordKind.LedgerEntry => "a ledger entry",
        DataRecordKind.Earning => "an earning",
        _ => "a content item",
    };

    internal static readonly DataRecordKind[] Kinds =
        [DataRecordKind.Influencer, DataRecordKind.Enrolment, DataRecordKind.LedgerEntry, DataRecordKind.Earning, DataRecordKind.ContentItem];
}
