using System;
using System.Text.Json;
using NodaTime;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>An earning record: influencer, month, amount, source.</summary>
internal static class EarningJson
{
    internal static Earning? Read(JsonElement element, ElementPath path, ProblemList sink) =>
        JsonObjectReader.ReadRecord(element, path, sink, "an earning", Read);

    private static Earning? Read(JsonObjectReader r, ProblemList sink)
    {
        long before = sink.Count;
        InfluencerId? influencer = r.Id("influencer", true, s => new InfluencerId(s), nameof(InfluencerId));
        YearMonth? month = r.Month("month", true);
        Money? amount = r.Money("amount", true);
        EarningSource? source = null;
        if (r.Match("source", EnumText.EarningSourceTexts) is >= 0 and int known)
        {
            source = EnumText.EarningSourceValues[known];
        }
        else if (r.String("source", true) is { } text)
        {
            source = EnumText.ParseEarningSource(text);
            if (source is null)
            {
                r.Problem("source", DataProblemKind.InvalidValue, $"source must be {EnumText.EarningSources}, but was \"{Clip(text)}\".");
            }
        }
        r.Finish();
        if (sink.Count > before)
        {
            return null;
        }
        try
        {
            return new Earning(influencer!.Value, month!.Value, amount!.Value, source!.Value);
        }
        catch (Exception e) when (e is ArgumentException or ArithmeticException)
        {
            r.Report(e, (e as ArgumentException)?.ParamName switch { null => null, "month" => "month", "amount" => "amount", "source" => "source", _ => "influencer" });
            return null;
        }
    }

    internal static void Write(Utf8JsonWriter writer, Earning earning)
    {
        writer.WriteStartObject();
        writer.WriteString("influencer", earning.Influencer.Value);
        writer.WriteString("month", JsonWrite.Month(earning.Month));
        JsonWrite.Money(writer, "amount", earning.Amount);
        writer.WriteString("source", EnumText.Name(earning.Source));
        writer.WriteEndObject();
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
