using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Parquet;

/// <summary>Influencers: id, handle, region, settlement, topics, followers, joined.</summary>
internal sealed class InfluencerTable() : RecordTable<Influencer>(
    new("id", ColumnType.Id, false),
    new("handle", ColumnType.Text, false),
    new("region", ColumnType.Text, false),
    new("settlement", ColumnType.Text, true),
    new("topics", ColumnType.Topics, false),
    new("followers", ColumnType.Count, false),
    new("joined", ColumnType.Date, false))
{
    internal static InfluencerTable Instance { get; } = new();

    internal override Influencer? Build(RowCursor row)
    {
        bool ok = row.Id(0, s => new InfluencerId(s), out InfluencerId? id)
            & row.Text(1, out string? handle)
            & Region(row, out Region region)
            & row.Topics(4, out List<Topic> topics)
            & row.Count(5, out long? followers)
            & row.Date(6, out LocalDate? joined);
        return ok ? new Influencer(id!.Value, handle!, region, topics, followers!.Value, joined!.Value) : null;
    }

    private static bool Region(RowCursor row, out Region region)
    {
        region = default;
        if (!row.Text(2, out string? code) | !row.Text(3, out string? settlement) || code is null)
        {
            return false;
        }
        UrbanRuralCode urbanRural = default;
        if (settlement is not null && !UrbanRuralCode.TryParse(settlement, out urbanRural))
        {
            row.Report("settlement", DataProblemKind.InvalidValue, $"'{RowCursor.Clip(settlement)}' is not an urban-rural code: 111, 112, 121, 122, 123, 210 or 220.");
            return false;
        }
        try
        {
            region = settlement is null ? new Region(code) : new Region(code, urbanRural);
            return true;
        }
        catch (ArgumentException e)
        {
            row.Report("region", DataProblemKind.MalformedDivisionCode, e.Message);
            return false;
        }
    }

    internal override string? ColumnOf(string? parameter) => parameter switch
    {
        "id" => "id",
        "handle" => "handle",
        "homeRegion" => "region",
        "topics" => "topics",
        "followers" => "followers",
        "joined" => "joined",
        _ => null,
    };

    internal override Array Extract(int column, IReadOnlyList<Influencer> records, long first) => column switch
    {
        0 => Map(records, r => (string?)r.Id.Value),
        1 => Map(records, r => (string?)r.Handle),
        2 => Map(records, r => (string?)r.HomeRegion.Code),
        3 => Map(records, r => r.HomeRegion.UrbanRural?.ToString()),
        4 => Map(records, r => Codes(r.Topics)),
        5 => Map(records, r => (long?)r.Followers),
        _ => Map(records, first, (r, i) => (DateTime?)Day(r.Joined, i, "joined")),
    };
}

/// <summary>Enrolments: influencer, date, mentor, left.</summary>
internal sealed class EnrolmentTable() : RecordTable<Enrolment>(
    new("influencer", ColumnType.Id, false),
    new("date", ColumnType.Date, false),
    new("mentor", ColumnType.Id, true),
    new("left", ColumnType.Date, true))
{
    internal static EnrolmentTable Instance { get; } = new();

    internal override Enrolment? Build(RowCursor row)
    {
        bool ok = row.Id(0, s => new InfluencerId(s), out InfluencerId? influencer)
            & row.Date(1, out LocalDate? date)
            & row.Id(2, s => new MentorId(s), out MentorId? mentor)
            & row.Date(3, out LocalDate? left);
        if (ok && left < date)
        {
            row.Report("left", DataProblemKind.EndBeforeStart, $"left ({left.Value.ToString("R", CultureInfo.InvariantCulture)}) is before date ({date!.Value.ToString("R", CultureInfo.InvariantCulture)}).");
            return null;
        }
        return ok ? new Enrolment(influencer!.Value, date!.Value, mentor, left) : null;
    }

    internal override string? ColumnOf(string? parameter) => parameter switch
    {
        "influencer" => "influencer",
        "enrolled" => "date",
        "mentor" => "mentor",
        "left" => "left",
        _ => null,
    };

    internal override Array Extract(int column, IReadOnlyList<Enrolment> records, long first) => column switch
    {
        0 => Map(records, r => (string?)r.Influencer.Value),
        1 => Map(records, first, (r, i) => (DateTime?)Day(r.Enrolled, i, "date")),
        2 => Map(records, r => r.Mentor?.Value),
        _ => Map(records, first, (r, i) => r.Left is { } l ? Day(l, i, "left") : (DateTime?)null),
    };
}
