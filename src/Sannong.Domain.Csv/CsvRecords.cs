using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;
using static Sannong.Domain.Csv.CsvCellValues;

namespace Sannong.Domain.Csv;

/// <summary>A row's cells made into a record: null when a cell or the record's rules had a problem (reported), or when
/// the row was skipped for its zero amount (counted, no problem).</summary>
internal static class CsvRecords
{
    private static readonly LedgerEntryKind[] LedgerKinds = Enum.GetValues<LedgerEntryKind>();
    private static readonly string[] LedgerKindNames = LedgerKinds.Select(SannongNames.Name).ToArray();
    private static readonly EarningSource[] Sources = Enum.GetValues<EarningSource>();
    private static readonly string[] SourceNames = Sources.Select(SannongNames.Name).ToArray();
    private static readonly ContentKind[] ContentKinds = Enum.GetValues<ContentKind>();
    private static readonly string[] ContentKindNames = ContentKinds.Select(SannongNames.Name).ToArray();

    // Columns: id, handle, region, settlement, topics, followers, joined
    internal static Influencer? Influencer(ref CsvCells c)
    {
        InfluencerId? id = InfluencerId(ref c, 0);
        string? handle = Text(ref c, 1);
        Region? region = Region(ref c, 2, 3);
        ImmutableArray<Topic>? topics = Topics(ref c, 4);
        long? followers = Count(ref c, 5);
        LocalDate? joined = Date(ref c, 6, false);
        if (c.HasProblems)
        {
            return null;
        }
        try
        {
            return new Influencer(id!.Value, handle!, region!.Value, topics!.Value, followers!.Value, joined!.Value);
        }
        catch (ArgumentException e)
        {
            c.Refused(e, p => p switch { "handle" => "handle", "homeRegion" => "region", "topics" => "topics", "followers" => "followers", "joined" => "joined", _ => "id" });
            return null;
        }
    }

    // Columns: influencer, date, mentor, left
    internal static Enrolment? Enrolment(ref CsvCells c)
    {
        InfluencerId? influencer = InfluencerId(ref c, 0);
        LocalDate? date = Date(ref c, 1, true);
        MentorId? mentor = MentorId(ref c, 2);
        LocalDate? left = Date(ref c, 3, true);
        if (c.HasProblems)
        {
            return null;
        }
        try
        {
            return new Enrolment(influencer!.Value, date!.Value, mentor, left);
        }
        catch (ArgumentException e)
        {
            c.Refused(e, p => p switch { "mentor" => "mentor", "left" => "left", "enrolled" => "date", _ => "influencer" });
            return null;
        }
    }

    // Columns: date, kind, cash, impressions, influencer, memo
    internal static LedgerEntry? LedgerEntry(ref CsvCells c)
    {
        LocalDate? date = Date(ref c, 0, true);
        LedgerEntryKind? kind = Named(ref c, 1, LedgerKinds, LedgerKindNames);
        Money? cash = Money(ref c, 2);
        long? impressions = Count(ref c, 3);
        InfluencerId? influencer = InfluencerId(ref c, 4);
        string memo = Text(ref c, 5) ?? "";
        if (kind is { } k)
        {
            bool isCash = k is LedgerEntryKind.Disbursement or LedgerEntryKind.Refund;
            int amountField = isCash ? 2 : 3;
            int otherField = isCash ? 3 : 2;
            if (cash is { } money && money < Money.Zero)
            {
                c.Bad(2, DataProblemKind.Negative, "must not be negative (a refund is its own kind)", c[2]);
            }
            else if (!c[otherField].IsEmpty)
            {
                c.Problem(otherField, DataProblemKind.InvalidValue,
                    $"{(isCash ? "impressions" : "cash")} is not allowed on a {LedgerKindNames[Array.IndexOf(LedgerKinds, k)]} entry; leave the cell empty.");
            }
            else if (!c.HasProblems && c[amountField].IsEmpty)
            {
                c.Problem(amountField, DataProblemKind.MissingField,
                    $"{(isCash ? "cash" : "impressions")} is required in a {LedgerKindNames[Array.IndexOf(LedgerKinds, k)]} entry, but the cell is empty.");
            }
            else if (!c.HasProblems && (isCash ? cash!.Value.IsZero : impressions == 0))
            {
                if (c.Map.SkipZeroAmounts)
                {
                    c.SkipZero();
                    return null;
                }
                c.Problem(amountField, DataProblemKind.OutOfRange,
                    $"{(isCash ? "cash" : "impressions")} is zero; a ledger entry moves a positive amount (a column map with skipZeroAmounts skips such rows and counts them).");
            }
        }
        if (c.HasProblems)
        {
            return null;
        }
        try
        {
            return kind!.Value switch
            {
                LedgerEntryKind.Disbursement => Programmes.LedgerEntry.Disbursement(date!.Value, cash!.Value, influencer, memo),
                LedgerEntryKind.Refund => Programmes.LedgerEntry.Refund(date!.Value, cash!.Value, influencer, memo),
                LedgerEntryKind.TrafficGrant => Programmes.LedgerEntry.TrafficGrant(date!.Value, new Impressions(impressions!.Value), influencer, memo),
                _ => Programmes.LedgerEntry.TrafficReversal(date!.Value, new Impressions(impressions!.Value), influencer, memo),
            };
        }
        catch (ArgumentException e)
        {
            bool isCash = kind!.Value is LedgerEntryKind.Disbursement or LedgerEntryKind.Refund;
            c.Refused(e, p => p switch { "date" => "date", "beneficiary" => "influencer", "memo" => "memo", _ => isCash ? "cash" : "impressions" });
            return null;
        }
    }

    // Columns: influencer, month, amount, source
    internal static Earning? Earning(ref CsvCells c)
    {
        InfluencerId? influencer = InfluencerId(ref c, 0);
        YearMonth? month = Month(ref c, 1);
        Money? amount = Money(ref c, 2);
        EarningSource? source = Named(ref c, 3, Sources, SourceNames);
        if (c.HasProblems)
        {
            return null;
        }
        if (amount!.Value < Money.Zero)
        {
            c.Bad(2, DataProblemKind.Negative, "must not be negative", c[2]);
            return null;
        }
        if (amount.Value.IsZero && c.Map.SkipZeroAmounts)
        {
            c.SkipZero();
            return null;
        }
        try
        {
            return new Earning(influencer!.Value, month!.Value, amount.Value, source!.Value);
        }
        catch (ArgumentException e)
        {
            c.Refused(e, p => p switch { "month" => "month", "amount" => "amount", "source" => "source", _ => "influencer" });
            return null;
        }
    }

    // Columns: id, author, kind, published, lengthSeconds, caption, topics, views, likes, comments, shares
    internal static ContentItem? ContentItem(ref CsvCells c)
    {
        ContentId? id = ContentId(ref c, 0);
        InfluencerId? author = InfluencerId(ref c, 1);
        ContentKind? kind = Named(ref c, 2, ContentKinds, ContentKindNames);
        Instant? published = Instant(ref c, 3);
        long? length = Count(ref c, 4);
        string caption = Text(ref c, 5) ?? "";
        ImmutableArray<Topic>? topics = Topics(ref c, 6);
        long? views = Count(ref c, 7);
        long? likes = Count(ref c, 8);
        long? comments = Count(ref c, 9);
        long? shares = Count(ref c, 10);
        if (length is > 1_000_000_000)
        {
            c.Bad(4, DataProblemKind.OutOfRange, "must be a whole number of seconds from 1 to 1000000000", c[4]);
        }
        if (c.HasProblems)
        {
            return null;
        }
        try
        {
            return new ContentItem(id!.Value, author!.Value, kind!.Value, published!.Value,
                length is { } l ? Duration.FromSeconds(l) : null, caption, topics!.Value,
                new Engagement(views!.Value, likes!.Value, comments!.Value, shares!.Value));
        }
        catch (ArgumentException e)
        {
            c.Refused(e, p => p switch
            {
                "author" => "author", "kind" => "kind", "length" => "lengthSeconds", "caption" => "caption", "topics" => "topics",
                "likes" => "likes", "comments" => "comments", "shares" => "shares", "views" or "engagement" => "views", _ => "id",
            });
            return null;
        }
    }
}
