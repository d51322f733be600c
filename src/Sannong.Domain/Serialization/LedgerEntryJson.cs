using System.Text.Json;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>A ledger entry: date, kind, cash (disbursement, refund) or impressions (traffic-grant,
/// traffic-reversal), influencer?, memo?.</summary>
internal static class LedgerEntryJson
{
    internal static LedgerEntry? Read(JsonObjectReader r)
    {
        LocalDate? date = r.Date("date", true);
        LedgerEntryKind? kind = r.Name("kind", true, SannongNames.LedgerEntryKinds);
        Money? cash = r.Money("cash", false);
        long? impressions = r.Count("impressions", false);
        InfluencerId? influencer = r.Id<InfluencerId>("influencer", false);
        string memo = r.String("memo", false) ?? string.Empty;
        r.Finish();
        if (kind is { } k)
        {
            CheckAmountFields(r, k);
        }
        if (r.HasProblems)
        {
            return null;
        }
        LedgerEntryKind entryKind = kind!.Value;
        try
        {
            return entryKind switch
            {
                LedgerEntryKind.Disbursement => LedgerEntry.Disbursement(date!.Value, cash!.Value, influencer, memo),
                LedgerEntryKind.Refund => LedgerEntry.Refund(date!.Value, cash!.Value, influencer, memo),
                LedgerEntryKind.TrafficGrant => LedgerEntry.TrafficGrant(date!.Value, new Impressions(impressions!.Value), influencer, memo),
                _ => LedgerEntry.TrafficReversal(date!.Value, new Impressions(impressions!.Value), influencer, memo),
            };
        }
        catch (ArgumentException e) when (e.ParamName == "amount")
        {
            // The amount is the cash or the impressions field, by kind.
            r.Report(e, AmountField(entryKind));
            return null;
        }
    }

    /// <summary>The field of a factory's parameter that a rule refused (the amount's field depends on the kind, and
    /// is found by <see cref="Read"/>).</summary>
    internal static string? FieldOf(string? parameter) =>
        parameter switch { "memo" => "memo", "beneficiary" => "influencer", "date" => "date", _ => null };

    private static bool IsCash(LedgerEntryKind kind) => kind is LedgerEntryKind.Disbursement or LedgerEntryKind.Refund;

    private static string AmountField(LedgerEntryKind kind) => IsCash(kind) ? "cash" : "impressions";

    // An entry records cash or impressions by its kind: the one field is required, the other not allowed.
    private static void CheckAmountFields(JsonObjectReader r, LedgerEntryKind kind)
    {
        string amountField = AmountField(kind);
        string otherField = IsCash(kind) ? "impressions" : "cash";
        string name = SannongNames.LedgerEntryKinds.Name(kind);
        if (r.TryGet(amountField, false, out _) is false)
        {
            r.Problem(amountField, DataProblemKind.MissingField, $"{amountField} is required in a {name} entry, but is missing.");
        }
        if (r.TryGet(otherField, false, out _))
        {
            r.Problem(otherField, DataProblemKind.InvalidValue,
                $"{otherField} is not allowed in a {name} entry, which records {amountField}.");
        }
    }

    internal static void Write(Utf8JsonWriter writer, LedgerEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("date", JsonWrite.Date(entry.Date));
        writer.WriteString("kind", SannongNames.LedgerEntryKinds.Name(entry.Kind));
        if (entry.IsCash)
        {
            JsonWrite.Money(writer, "cash", entry.Cash);
        }
        else
        {
            writer.WriteNumber("impressions", entry.Impressions.Count);
        }
        if (entry.Beneficiary is { } influencer)
        {
            writer.WriteString("influencer", influencer.Value);
        }
        if (entry.Memo.Length > 0)
        {
            writer.WriteString("memo", entry.Memo);
        }
        writer.WriteEndObject();
    }
}
