using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using Sannong.Domain.Progress;

namespace Sannong.Domain.Serialization;

/// <summary>
/// Writes a <see cref="Scorecard"/> as JSON: the machine-readable contract that the command line and notebooks print
/// and that other services read.
/// </summary>
/// <remarks>
/// <para>The form: camelCase names; statuses as kebab-case strings (<c>"on-track"</c>, <c>"not-started"</c>: the names of <see cref="SannongNames"/>);
/// money as a string with two decimals (<c>"450.00"</c>); impressions and counts as integers; ratios and shares as
/// numbers (shortest round-trip form); dates as <c>yyyy-MM-dd</c> and months as <c>yyyy-MM</c>; a value that is not
/// defined as <c>null</c> (never omitted). The members, in order: <c>format</c> (always <c>sannong-scorecard/1</c>),
/// <c>programme</c> (the id), <c>programmeName, asOf, periodDays, daysElapsed,
/// elapsedShare, mentees, cash, traffic, monetisation, breakdown, costs</c>; <c>cash</c> and <c>traffic</c> are
/// <c>null</c> when the programme has no such budget. Each breakdown is an array of rows
/// <c>{ key, name, mentees, earners, earnerShare }</c> in key order. docs/progress.md shows a whole document.</para>
/// <para>Writing is deterministic: the same scorecard gives the same bytes. Text is UTF-8 with Chinese characters
/// written as they are, not as <c>\u</c> escapes.</para>
/// </remarks>
/// <threadsafety>This type is stateless; its methods are safe to call from several threads.</threadsafety>
public static class ScorecardJson
{
    /// <summary>The format name and version this type writes (schema docs/schema/sannong-scorecard-1.schema.json).</summary>
    public const string FormatName = "sannong-scorecard/1";

    /// <summary>Returns the scorecard as a JSON document.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="indented">True (the default) for two-space indentation, false for one line.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    public static string ToJson(Scorecard scorecard, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options(indented)))
        {
            Write(writer, scorecard);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the scorecard as one JSON object to a writer (for embedding it in a larger document).</summary>
    /// <param name="writer">The writer; it is not flushed or disposed.</param>
    /// <param name="scorecard">The scorecard.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="scorecard"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scorecard);
        ProgrammeClock clock = scorecard.Clock;
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        writer.WriteString("programme", scorecard.Programme.Id.Value);
        writer.WriteString("programmeName", scorecard.Programme.Name);
        writer.WriteString("asOf", Date(scorecard.AsOf));
        writer.WriteNumber("periodDays", clock.PeriodDays);
        writer.WriteNumber("daysElapsed", clock.DaysElapsed);
        writer.WriteNumber("elapsedShare", clock.ElapsedShare);
        Section(writer, "mentees", scorecard.Mentees, WriteMentees);
        Section(writer, "cash", scorecard.Cash, WriteCash);
        Section(writer, "traffic", scorecard.Traffic, WriteTraffic);
        Section(writer, "monetisation", scorecard.Monetisation, WriteMonetisation);
        writer.WriteStartObject("breakdown");
        WriteRows(writer, "byIssue", scorecard.Breakdown.ByIssue, SannongNames.Name, SannongNames.Label);
        WriteRows(writer, "byProvince", scorecard.Breakdown.ByProvince, k => k.Code, k => k.English);
        WriteRows(writer, "byTier", scorecard.Breakdown.ByTier, SannongNames.Name, SannongNames.Label);
        writer.WriteEndObject();
        writer.WriteStartObject("costs");
        Money(writer, "perMentee", scorecard.CostPerMentee);
        Money(writer, "remainingPerRemainingMentee", scorecard.RemainingCashPerRemainingMentee);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    // A member holding an object, or null when there is none (a budget the programme does not have).
    private static void Section<T>(Utf8JsonWriter writer, string name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (value is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        write(writer, value);
        writer.WriteEndObject();
    }

    private static void WriteMentees(Utf8JsonWriter writer, GoalProgress m)
    {
        writer.WriteNumber("target", m.Target);
        writer.WriteNumber("actual", m.Actual);
        writer.WriteNumber("progress", m.Progress);
        writer.WriteNumber("expected", m.Expected);
        Number(writer, "paceRatio", m.PaceRatio);
        writer.WriteString("status", SannongNames.Name(m.Status));
        Number(writer, "requiredPerDay", m.RequiredPerDay);
        Number(writer, "projectedAtEnd", m.ProjectedAtEnd);
        Date(writer, "projectedCompletion", m.ProjectedCompletion);
    }

    private static void WriteCash(Utf8JsonWriter writer, CashProgress cash)
    {
        Money(writer, "budget", cash.Budget);
        Money(writer, "spent", cash.Spent);
        Money(writer, "remaining", cash.Remaining);
        writer.WriteNumber("spentShare", cash.SpentShare);
        Money(writer, "expected", cash.Expected);
        Number(writer, "paceRatio", cash.PaceRatio);
        Money(writer, "burnPerDay", cash.BurnPerDay);
        Money(writer, "projectedAtEnd", cash.ProjectedAtEnd);
        Date(writer, "runwayEnds", cash.RunwayEnds);
        writer.WriteString("status", SannongNames.Name(cash.Status));
        Number(writer, "cpi", cash.Cpi);
        Number(writer, "spi", cash.Spi);
        Money(writer, "estimateAtCompletion", cash.EstimateAtCompletion);
    }

    private static void WriteTraffic(Utf8JsonWriter writer, TrafficProgress traffic)
    {
        writer.WriteNumber("budget", traffic.Budget.Count);
        writer.WriteNumber("granted", traffic.Granted.Count);
        writer.WriteNumber("remaining", traffic.Remaining);
        writer.WriteNumber("grantedShare", traffic.GrantedShare);
        writer.WriteNumber("expected", traffic.Expected.Count);
        Number(writer, "paceRatio", traffic.PaceRatio);
        Count(writer, "perDay", traffic.PerDay);
        Count(writer, "projectedAtEnd", traffic.ProjectedAtEnd);
        Date(writer, "runwayEnds", traffic.RunwayEnds);
        writer.WriteString("status", SannongNames.Name(traffic.Status));
    }

    private static void WriteMonetisation(Utf8JsonWriter writer, MonetisationProgress m)
    {
        writer.WriteNumber("target", m.Target.Value);
        writer.WriteNumber("mentees", m.Mentees);
        writer.WriteNumber("earners", m.Earners);
        Number(writer, "share", m.Share?.Value);
        Number(writer, "low", m.Low?.Value);
        Number(writer, "high", m.High?.Value);
        writer.WriteNumber("confidence", m.Confidence);
        writer.WriteString("status", SannongNames.Name(m.Status));
        writer.WriteString("windowStart", Month(m.WindowStart));
        writer.WriteString("windowEnd", Month(m.WindowEnd));
    }

    private static void WriteRows<TKey>(Utf8JsonWriter writer, string name, Breakdown<TKey> breakdown, Func<TKey, string> key, Func<TKey, string> label)
        where TKey : notnull
    {
        writer.WriteStartArray(name);
        foreach (BreakdownRow<TKey> row in breakdown.Rows)
        {
            writer.WriteStartObject();
            writer.WriteString("key", key(row.Key));
            writer.WriteString("name", label(row.Key));
            writer.WriteNumber("mentees", row.Mentees);
            writer.WriteNumber("earners", row.Earners);
            Number(writer, "earnerShare", row.EarnerShare?.Value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static JsonWriterOptions Options(bool indented) =>
        new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Number(Utf8JsonWriter writer, string name, double? value) =>
        OrNull(writer, name, value, static (w, n, v) => w.WriteNumber(n, v));

    private static void Count(Utf8JsonWriter writer, string name, Impressions? value) =>
        OrNull(writer, name, value, static (w, n, v) => w.WriteNumber(n, v.Count));

    private static void Money(Utf8JsonWriter writer, string name, Money? value) =>
        OrNull(writer, name, value, static (w, n, v) => w.WriteString(n, v.ToString()));

    private static void Date(Utf8JsonWriter writer, string name, LocalDate? value) =>
        OrNull(writer, name, value, static (w, n, v) => w.WriteString(n, Date(v)));

    // A value that is not defined is written as null, never omitted.
    private static void OrNull<T>(Utf8JsonWriter writer, string name, T? value, Action<Utf8JsonWriter, string, T> write)
        where T : struct
    {
        if (value is { } v)
        {
            write(writer, name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Month(YearMonth month) => YearMonthPattern.Iso.Format(month);
}
