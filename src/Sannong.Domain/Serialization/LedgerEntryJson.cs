using System;
using System.Text.Json;
using NodaTime;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>A ledger entry: date, kind, cash (disbursement, refund) or impressions (traffic-grant,
/// traffic-reversal), influencer?, memo?.</summary>
internal static class LedgerEntryJson
{
    internal static LedgerEntry? Read(JsonElement element, ElementPath path, ProblemList sink) =>
        JsonObjectReader.ReadRecord(element, path, sink, "a ledger entry", Read);

    private static LedgerEntry? Read(JsonObjectReader r, ProblemList sink)
    {
        long before = sink.Count;
        LocalDate? date = r.Date("date", true);
        LedgerEntryKind? kind = null;
        if (r.Match("kind", EnumText.LedgerKindTexts) is >= 0 and int known)
        {
            kind = EnumText.LedgerKindValues[known];
        }
        else if (r.String("kind", true) is { } text)
        {
            kind = EnumText.ParseLedgerKind(text);
            if (kind is null)
            {
                r.Problem("kind", DataProblemKind.InvalidValue,
                    $"kind must be {EnumText.LedgerKinds}, but was \"{(text.Length <= 40 ? text : text[..40] + "...")}\".");
            }
        }
        Money? cash = r.Money("cash", false);
        long? impressions = r.Count("impressions", false);
        InfluencerId? influencer = r.Id("influencer", false, s => new InfluencerId(s), nameof(InfluencerId));
        string memo = r.String("memo", false) ?? string.Empty;
        r.Finish();
        if (kind is { } k)
        {
            bool isCash = k is LedgerEntryKind.Disbursement or LedgerEntryKind.Refund;
            string amountField = isCash ? "cash" : "impressions";
            string otherField = isCash ? "impressions" : "cash";
            if (r.TryGet(amountField, false, out _) is false)
            {
                r.Problem(amountField, DataProblemKind.MissingField, $"{amountField} is required in a {EnumText.Name(k)} entry, but is missing.");
            }
            if (r.TryGet(otherField, false, out _))
            {
                r.Problem(otherField, DataProblemKind.InvalidValue,
                    $"{otherField} is not allowed in a {EnumText.Name(k)} entry, which records {(isCash ? "cash" : "impressions")}.");
            }
        }
        if (sink.Count > before)
        {
            return null;
        }
        LedgerEntryKind entryKind = kind!.Value;
        string amountName = entryKind is LedgerEntryKind.Disbursement or LedgerEntryKind.Refund ? "cash" : "impressions";
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
        catch (Exception e) when (e is ArgumentException or ArithmeticException)
        {
            r.Report(e, (e as ArgumentException)?.ParamName switch { "amount" => amountName, "memo" => "memo", "beneficiary" => "influencer", "date" => "date", _ => null });
            return null;
        }
    }

    internal static void Write(Utf8JsonWriter writer, LedgerEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("date", JsonWrite.Date(entry.Date));
        writer.WriteString("kind", EnumText.Name(entry.Kind));
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
