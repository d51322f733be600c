using System.Buffers;
using System.Text;
using System.Text.Json;
using Sannong.Domain.Exposure;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Serialization;

/// <summary>
/// Writes and reads an <see cref="ExposureSummary"/> as JSON, the contract <c>sannong exposure --format json</c> prints
/// (format name <c>sannong-exposure/1</c>, schema docs/schema/sannong-exposure-1.schema.json).
/// </summary>
/// <remarks>
/// <para>The form: one object <c>{ format, byCreator, byIssue, byTier }</c>. <c>byCreator</c> holds the
/// <see cref="InequalityReport"/>: <c>count, total, giniForm, gini, topOnePercentShare, topTenPercentShare,
/// bottomHalfShare, hhi, band, theil, atkinsonEpsilon, atkinson, entropy, coverage, lorenz</c>, with the Gini form
/// and the HHI band as kebab-case names (<see cref="SannongNames"/>), a measure that is undefined as <c>null</c> (never
/// omitted) and the Lorenz curve as an array of <c>[populationShare, amountShare]</c> pairs. <c>byIssue</c> and
/// <c>byTier</c> hold a <see cref="TheilDecomposition"/>: <c>groups, total, between, within, betweenShare</c>.
/// Numbers are written in their shortest round-trip form, so reading gives back the same doubles bit for bit.</para>
/// <para><c>band</c> and <c>betweenShare</c> are derived; the reader checks that they agree with the figures they
/// derive from.</para>
/// </remarks>
/// <threadsafety>This type is stateless; its methods are safe to call from several threads.</threadsafety>
public static class ExposureJson
{
    /// <summary>The format name and version this type writes and reads.</summary>
    public const string FormatName = "sannong-exposure/1";

    /// <summary>Returns the summary as a JSON document.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="indented">True (the default) for two-space indentation, false for one line.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public static string ToJson(ExposureSummary summary, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonWrite.Options(indented)))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WritePropertyName("byCreator");
            Write(writer, summary.ByCreator);
            writer.WritePropertyName("byIssue");
            Write(writer, summary.ByIssue);
            writer.WritePropertyName("byTier");
            Write(writer, summary.ByTier);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes an inequality report as one JSON object (the <c>byCreator</c> member's form).</summary>
    /// <param name="writer">The writer; it is not flushed or disposed.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, InequalityReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteNumber("count", report.Count);
        writer.WriteNumber("total", report.Total);
        writer.WriteString("giniForm", SannongNames.Name(report.GiniForm));
        Number(writer, "gini", report.Gini);
        Number(writer, "topOnePercentShare", report.TopOnePercentShare);
        Number(writer, "topTenPercentShare", report.TopTenPercentShare);
        Number(writer, "bottomHalfShare", report.BottomHalfShare);
        Number(writer, "hhi", report.Hhi);
        if (report.Band is { } band)
        {
            writer.WriteString("band", SannongNames.Name(band));
        }
        else
        {
            writer.WriteNull("band");
        }
        Number(writer, "theil", report.Theil);
        writer.WriteNumber("atkinsonEpsilon", report.AtkinsonEpsilon);
        Number(writer, "atkinson", report.Atkinson);
        Number(writer, "entropy", report.Entropy);
        Number(writer, "coverage", report.Coverage);
        writer.WriteStartArray("lorenz");
        foreach (LorenzPoint point in report.Lorenz)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(point.PopulationShare);
            writer.WriteNumberValue(point.AmountShare);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a Theil decomposition as one JSON object (the <c>byIssue</c> and <c>byTier</c> members' form).</summary>
    /// <param name="writer">The writer; it is not flushed or disposed.</param>
    /// <param name="decomposition">The decomposition.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="decomposition"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, TheilDecomposition decomposition)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decomposition);
        writer.WriteStartObject();
        writer.WriteNumber("groups", decomposition.Groups);
        writer.WriteNumber("total", decomposition.Total);
        writer.WriteNumber("between", decomposition.Between);
        writer.WriteNumber("within", decomposition.Within);
        writer.WriteNumber("betweenShare", decomposition.BetweenShare);
        writer.WriteEndObject();
    }

    /// <summary>Reads a <c>sannong-exposure/1</c> document back into the summary it was written from.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The summary: every figure equal, bit for bit, to the one written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, its <c>format</c> is not <c>sannong-exposure/1</c>, or a
    /// member is missing, of the wrong type or out of range; the message names the member's path.</exception>
    public static ExposureSummary Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        string format = JsonRead.Text(root, "$", "format");
        if (format != FormatName)
        {
            throw new JsonException($"$.format must be \"{FormatName}\", but was \"{TextEscaping.ForMessage(format)}\".");
        }
        return new ExposureSummary(
            ReadReport(JsonRead.Member(root, "$", "byCreator"), "$.byCreator"),
            ReadTheil(JsonRead.Member(root, "$", "byIssue"), "$.byIssue"),
            ReadTheil(JsonRead.Member(root, "$", "byTier"), "$.byTier"));
    }

    private static InequalityReport ReadReport(JsonElement e, string path)
    {
        string formName = JsonRead.Text(e, path, "giniForm");
        if (!SannongNames.TryParse(formName, out GiniForm form))
        {
            throw new JsonException($"{path}.giniForm is not a Gini form: \"{TextEscaping.ForMessage(formName)}\".");
        }
        JsonElement curve = JsonRead.Member(e, path, "lorenz");
        if (curve.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"{path}.lorenz must be an array.");
        }
        var lorenz = ImmutableArray.CreateBuilder<LorenzPoint>(curve.GetArrayLength());
        int index = 0;
        foreach (JsonElement pair in curve.EnumerateArray())
        {
            string at = $"{path}.lorenz[{index++}]";
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
            {
                throw new JsonException($"{at} must be an array of two numbers.");
            }
            lorenz.Add(JsonRead.Guard(at, () => new LorenzPoint(JsonRead.Double(pair[0], at), JsonRead.Double(pair[1], at))));
        }
        int count = JsonRead.Int(e, path, "count");
        var report = new InequalityReport(count, JsonRead.Double(e, path, "total"), form, JsonRead.Nullable(e, path, "gini"),
            lorenz.MoveToImmutable(), JsonRead.Nullable(e, path, "topOnePercentShare"), JsonRead.Nullable(e, path, "topTenPercentShare"),
            JsonRead.Nullable(e, path, "bottomHalfShare"), JsonRead.Nullable(e, path, "hhi"), JsonRead.Nullable(e, path, "theil"),
            JsonRead.Double(e, path, "atkinsonEpsilon"), JsonRead.Nullable(e, path, "atkinson"), JsonRead.Nullable(e, path, "entropy"),
            JsonRead.Nullable(e, path, "coverage"));
        JsonElement band = JsonRead.Member(e, path, "band");
        string? bandName = band.ValueKind == JsonValueKind.Null ? null : JsonRead.Text(e, path, "band");
        string? expected = report.Band is { } b ? SannongNames.Name(b) : null;
        if (bandName != expected)
        {
            throw new JsonException($"{path}.band must be {(expected is null ? "null" : "\"" + expected + "\"")} for its hhi, but was {(bandName is null ? "null" : "\"" + TextEscaping.ForMessage(bandName) + "\"")}.");
        }
        return report;
    }

    private static TheilDecomposition ReadTheil(JsonElement e, string path)
    {
        var d = new TheilDecomposition(JsonRead.Int(e, path, "groups"), JsonRead.Double(e, path, "total"),
            JsonRead.Double(e, path, "between"), JsonRead.Double(e, path, "within"));
        double share = JsonRead.Double(e, path, "betweenShare");
        if (!share.Equals(d.BetweenShare))
        {
            throw new JsonException($"{path}.betweenShare must be between / total, but was {JsonRead.Number(share)}.");
        }
        return d;
    }

    // A value that is not defined (or not finite) is written as null, never omitted.
    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
