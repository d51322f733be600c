namespace Sannong.Domain.Serialization;

/// <summary>Writes a <see cref="DataLocation"/> as the JSON path of the place it points to in a
/// <c>sannong-dataset/1</c> document: the record kind becomes the document's array, the index the element, the
/// field (a property name of the library) the document's field name (<c>enrolments[2].Enrolled</c> becomes
/// <c>$.enrolments[2].date</c>). The one place where the validation's locations meet the document's names.</summary>
internal static class DatasetPaths
{
    /// <summary><see cref="Of"/> as a delegate, for <see cref="ProblemList"/>.</summary>
    internal static readonly Func<DataLocation, ProblemPlace> Format = location => new ProblemPlace(Of(location));

    /// <summary>The JSON path of <paramref name="location"/> in the document: <c>$</c> for the whole,
    /// <c>$.ledger</c> for a list, <c>$.ledger[7]</c> for a record, <c>$.ledger[7].influencer</c> for a field.</summary>
    internal static string Of(DataLocation location)
    {
        if (location.Record == DataRecordKind.None)
        {
            return "$";
        }
        string path = "$." + ListName(location.Record);
        if (location.Index is { } index)
        {
            path = JsonPaths.Index(path, index);
        }
        return location.Field is { } field ? path + "." + FieldName(location.Record, field) : path;
    }

    /// <summary>The document's name of the location's field (<c>influencer</c> for <c>LedgerEntry[7].Beneficiary</c>),
    /// or null for a record as a whole.</summary>
    internal static string? WireField(DataLocation location) =>
        location.Field is { } field ? FieldName(location.Record, field) : null;

    /// <summary>The document's array (or, for the programme, object) of a kind of record.</summary>
    private static string ListName(DataRecordKind record) => record switch
    {
        DataRecordKind.Programme => "programme",
        DataRecordKind.Influencer => "influencers",
        DataRecordKind.Enrolment => "enrolments",
        DataRecordKind.LedgerEntry => "ledger",
        DataRecordKind.Earning => "earnings",
        _ => "content",
    };

    /// <summary>The document's name of a field: where it differs from the property's, by the table of the format
    /// (docs/dataset-format.md); elsewhere the property's name with a lower-case first letter.</summary>
    private static string FieldName(DataRecordKind record, string field) => (record, field) switch
    {
        (DataRecordKind.Enrolment, "Enrolled") => "date",
        (DataRecordKind.Influencer, "HomeRegion") => "region",
        (DataRecordKind.LedgerEntry, "Beneficiary") => "influencer",
        (DataRecordKind.ContentItem, "Engagement.Views") => "views",
        (DataRecordKind.ContentItem, "Engagement.Likes") => "likes",
        (DataRecordKind.ContentItem, "Engagement.Comments") => "comments",
        (DataRecordKind.ContentItem, "Engagement.Shares") => "shares",
        (DataRecordKind.ContentItem, "Length") => "lengthSeconds",
        _ => char.ToLowerInvariant(field[0]) + field[1..],
    };
}
