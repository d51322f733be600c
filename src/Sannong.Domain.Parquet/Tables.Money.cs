using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Parquet;

/// <summary>Ledger entries: date, kind, cash, impressions, influencer, memo.</summary>
internal sealed class LedgerTable() : RecordTable<LedgerEntry>(
    new("date", ColumnType.Date, false),
    new("kind", ColumnType.Name, false),
    new("cash", ColumnType.Money, true),
    new("impressions", ColumnType.Count, true),
    new("influencer", ColumnType.Id, true),
    new("memo", ColumnType.Text, true))
{
    internal static LedgerTable Instance { get; } = new();

    internal override LedgerEntry? Build(RowCursor row)
    {
        bool ok = row.Date(0, out LocalDate? date)
            & row.Name<LedgerEntryKind>(1, SannongNames.TryParse, "disbursement, refund, traffic-grant or traffic-reversal", out LedgerEntryKind kind)
            & row.Money(2, out Money? cash)
            & row.Count(3, out long? impressions)
            & row.Id(4, s => new InfluencerId(s), out InfluencerId? influencer)
            & row.Text(5, out string? memo);
        if (!ok)
        {
            return null;
        }
        bool isCash = kind is LedgerEntryKind.Disbursement or LedgerEntryKind.Refund;
        string name = SannongNames.Name(kind);
        (string needed, bool has, string other, bool hasOther) = isCash
            ? ("cash", cash is not null, "impressions", impressions is not null)
            : ("impressions", impressions is not null, "cash", cash is not null);
        if (!has)
        {
            row.Report(needed, DataProblemKind.MissingField, $"{needed} is required on a {name} entry, but is null.");
        }
        if (hasOther)
        {
            row.Report(other, DataProblemKind.InvalidValue, $"{other} must be null on a {name} entry.");
        }
        if (!has || hasOther)
        {
            return null;
        }
        return kind switch
        {
            LedgerEntryKind.Disbursement => LedgerEntry.Disbursement(date!.Value, cash!.Value, influencer, memo ?? ""),
            LedgerEntryKind.Refund => LedgerEntry.Refund(date!.Value, cash!.Value, influencer, memo ?? ""),
            LedgerEntryKind.TrafficGrant => LedgerEntry.TrafficGrant(date!.Value, new Impressions(impressions!.Value), influencer, memo ?? ""),
            _ => LedgerEntry.TrafficReversal(date!.Value, new Impressions(impressions!.Value), influencer, memo ?? ""),
        };
    }

    internal override string? ColumnOf(string? parameter) => parameter switch
    {
        "date" => "date",
        "amount" or "yuan" => null,
        "beneficiary" => "influencer",
        "memo" => "memo",
        _ => null,
    };

    internal override Array Extract(int column, IReadOnlyList<LedgerEntry> records, long first) => column switch
    {
        0 => Map(records, first, (r, i) => (DateTime?)Day(r.Date, i, "date")),
        1 => Map(records, r => (string?)SannongNames.Name(r.Kind)),
        2 => Map(records, first, (r, i) => r.IsCash ? Yuan(r.Cash, i, "cash") : (decimal?)null),
        3 => Map(records, r => r.IsTraffic ? r.Impressions.Count : (long?)null),
        4 => Map(records, r => r.Beneficiary?.Value),
        _ => Map(records, r => (string?)r.Memo),
    };
}

/// <summary>Earnings: influencer, month, amount, source.</summary>
internal sealed class EarningTable() : RecordTable<Earning>(
    new("influencer", ColumnType.Id, false),
    new("month", ColumnType.Month, false),
    new("amount", ColumnType.Money, false),
    new("source", ColumnType.Name, false))
{
    internal static EarningTable Instance { get; } = new();

    internal override Earning? Build(RowCursor row)
    {
        bool ok = row.Id(0, s => new InfluencerId(s), out InfluencerId? influencer)
            & row.Month(1, out YearMonth month)
            & row.Money(2, out Money? amount)
            & row.Name<EarningSource>(3, SannongNames.TryParse, "advertising, live-gifts, e-commerce, brand-deals or other", out EarningSource source);
        return ok ? new Earning(influencer!.Value, month, amount!.Value, source) : null;
    }

    internal override string? ColumnOf(string? parameter) => parameter switch
    {
        "influencer" => "influencer",
        "month" => "month",
        "amount" or "yuan" => "amount",
        "source" => "source",
        _ => null,
    };

    internal override Array Extract(int column, IReadOnlyList<Earning> records, long first) => column switch
    {
        0 => Map(records, r => (string?)r.Influencer.Value),
        1 => Map(records, r => (string?)NodaTime.Text.YearMonthPattern.Iso.Format(r.Month)),
        2 => Map(records, first, (r, i) => (decimal?)Yuan(r.Amount, i, "amount")),
        _ => Map(records, r => (string?)SannongNames.Name(r.Source)),
    };
}
