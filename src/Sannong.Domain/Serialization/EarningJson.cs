using System.Text.Json;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>An earning record: influencer, month, amount, source.</summary>
internal static class EarningJson
{
    internal static Earning? Read(JsonObjectReader r)
    {
        InfluencerId? influencer = r.Id<InfluencerId>("influencer", true);
        YearMonth? month = r.Month("month", true);
        Money? amount = r.Money("amount", true);
        EarningSource? source = r.Name("source", true, SannongNames.EarningSources);
        r.Finish();
        return r.HasProblems ? null : new Earning(influencer!.Value, month!.Value, amount!.Value, source!.Value);
    }

    /// <summary>The field of the constructor's parameter that a rule refused.</summary>
    internal static string? FieldOf(string? parameter) =>
        parameter switch { null => null, "month" => "month", "amount" => "amount", "source" => "source", _ => "influencer" };

    internal static void Write(Utf8JsonWriter writer, Earning earning)
    {
        writer.WriteStartObject();
        writer.WriteString("influencer", earning.Influencer.Value);
        writer.WriteString("month", JsonWrite.Month(earning.Month));
        JsonWrite.Money(writer, "amount", earning.Amount);
        writer.WriteString("source", SannongNames.EarningSources.Name(earning.Source));
        writer.WriteEndObject();
    }
}
