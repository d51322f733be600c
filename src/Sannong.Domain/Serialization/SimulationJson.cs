using System.Buffers;
using System.Text;
using System.Text.Json;
using Sannong.Domain.Exposure;

namespace Sannong.Domain.Serialization;

/// <summary>
/// Writes and reads a <see cref="FeedSimulationResult"/> as JSON, the contract <c>sannong simulate-feed --format json</c>
/// prints (format name <c>sannong-simulation/1</c>, schema docs/schema/sannong-simulation-1.schema.json).
/// </summary>
/// <remarks>
/// <para>The form: one object <c>{ format, options, appeals, itemCreators, popularity, capped }</c>. <c>options</c> holds
/// the <see cref="FeedSimulationOptions"/> (<c>items, creators, impressions, viewCap, cutFactor, popularityExponent,
/// audience, seed</c>); <c>appeals</c> and <c>itemCreators</c> one entry per item; <c>popularity</c> and <c>capped</c> a
/// <see cref="FeedPolicyResult"/> each: <c>policy</c> (kebab-case), <c>served, engagement, creatorsReachingAudience,
/// itemViews, creatorViews</c> and <c>report</c>, the inequality of <c>creatorViews</c> in the form of
/// <see cref="ExposureJson.Write(Utf8JsonWriter, InequalityReport)"/>. Numbers are written in their shortest round-trip
/// form, so reading gives back the same values bit for bit.</para>
/// <para><c>report</c> is derived from <c>creatorViews</c>: the reader recomputes it and checks that the written Gini
/// agrees.</para>
/// </remarks>
/// <threadsafety>This type is stateless; its methods are safe to call from several threads.</threadsafety>
public static class SimulationJson
{
    /// <summary>The format name and version this type writes and reads.</summary>
    public const string FormatName = "sannong-simulation/1";

    /// <summary>Returns the simulation result as a JSON document.</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">True (the default) for two-space indentation, false for one line.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToJson(FeedSimulationResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonWrite.Options(indented)))
        {
            FeedSimulationOptions o = result.Options;
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WriteStartObject("options");
            writer.WriteNumber("items", o.Items);
            writer.WriteNumber("creators", o.Creators);
            writer.WriteNumber("impressions", o.Impressions);
            writer.WriteNumber("viewCap", o.ViewCap);
            writer.WriteNumber("cutFactor", o.CutFactor);
            writer.WriteNumber("popularityExponent", o.PopularityExponent);
            writer.WriteNumber("audience", o.Audience);
            writer.WriteNumber("seed", o.Seed);
            writer.WriteEndObject();
            writer.WriteStartArray("appeals");
            foreach (double appeal in result.Appeals)
            {
                writer.WriteNumberValue(appeal);
            }
            writer.WriteEndArray();
            writer.WriteStartArray("itemCreators");
            foreach (int creator in result.ItemCreators)
            {
                writer.WriteNumberValue(creator);
            }
            writer.WriteEndArray();
            WritePolicy(writer, "popularity", result.Popularity);
            WritePolicy(writer, "capped", result.Capped);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads a <c>sannong-simulation/1</c> document back into the result it was written from.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The result: every figure equal, bit for bit, to the one written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, its <c>format</c> is not <c>sannong-simulation/1</c>, or a
    /// member is missing, of the wrong type, out of range or inconsistent (an array of the wrong length, a report that
    /// does not match its views); the message names the member's path.</exception>
    public static FeedSimulationResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        string format = JsonRead.Text(root, "$", "format");
        if (format != FormatName)
        {
            throw new JsonException($"$.format must be \"{FormatName}\", but was {JsonRead.Quoted(format)}.");
        }
        JsonElement o = JsonRead.Member(root, "$", "options");
        const string at = "$.options";
        FeedSimulationOptions options = JsonRead.Guard(at, () => new FeedSimulationOptions(JsonRead.Int(o, at, "items"),
            JsonRead.Int(o, at, "creators"), JsonRead.Long(o, at, "impressions"), JsonRead.Long(o, at, "viewCap"),
            JsonRead.Double(o, at, "cutFactor"), JsonRead.Double(o, at, "popularityExponent"), JsonRead.Long(o, at, "audience"),
            JsonRead.Member(o, at, "seed").TryGetInt32(out int seed) ? seed : throw new JsonException($"{at}.seed must be a 32-bit integer.")));
        ImmutableArray<double> appeals = Items(root, "$", "appeals", options.Items, (e, p) => JsonRead.Double(e, p));
        ImmutableArray<int> creators = Items(root, "$", "itemCreators", options.Items, (e, p) =>
            e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int c) && c >= 0 && c < options.Creators
                ? c : throw new JsonException($"{p} must be a creator number from 0 to {options.Creators - 1}."));
        return new FeedSimulationResult(options, appeals, creators,
            ReadPolicy(root, "popularity", FeedPolicy.Popularity, options), ReadPolicy(root, "capped", FeedPolicy.Capped, options));
    }

    private static void WritePolicy(Utf8JsonWriter writer, string name, FeedPolicyResult p)
    {
        writer.WriteStartObject(name);
        writer.WriteString("policy", SannongNames.Name(p.Policy));
        writer.WriteNumber("served", p.Served);
        writer.WriteNumber("engagement", p.Engagement);
        writer.WriteNumber("creatorsReachingAudience", p.CreatorsReachingAudience);
        Longs(writer, "itemViews", p.ItemViews);
        Longs(writer, "creatorViews", p.CreatorViews);
        writer.WritePropertyName("report");
        ExposureJson.Write(writer, p.Report);
        writer.WriteEndObject();
    }

    private static void Longs(Utf8JsonWriter writer, string name, ImmutableArray<long> values)
    {
        writer.WriteStartArray(name);
        foreach (long value in values)
        {
            writer.WriteNumberValue(value);
        }
        writer.WriteEndArray();
    }

    private static FeedPolicyResult ReadPolicy(JsonElement root, string name, FeedPolicy expected, FeedSimulationOptions options)
    {
        string path = "$." + name;
        JsonElement e = JsonRead.Member(root, "$", name);
        string policyName = JsonRead.Text(e, path, "policy");
        if (!SannongNames.TryParse(policyName, out FeedPolicy policy) || policy != expected)
        {
            throw new JsonException($"{path}.policy must be \"{SannongNames.Name(expected)}\", but was {JsonRead.Quoted(policyName)}.");
        }
        ImmutableArray<long> itemViews = Items(e, path, "itemViews", options.Items, NonNegative);
        ImmutableArray<long> creatorViews = Items(e, path, "creatorViews", options.Creators, NonNegative);
        var result = new FeedPolicyResult(policy, itemViews, creatorViews, JsonRead.Long(e, path, "served"),
            JsonRead.Double(e, path, "engagement"), JsonRead.Int(e, path, "creatorsReachingAudience"));
        double? gini = JsonRead.Nullable(JsonRead.Member(e, path, "report"), path + ".report", "gini");
        if (gini != result.Report.Gini)
        {
            throw new JsonException($"{path}.report.gini does not match the Gini of {path}.creatorViews.");
        }
        return result;
    }

    private static long NonNegative(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out long n) && n >= 0
            ? n : throw new JsonException($"{path} must be a whole number from 0 to {long.MaxValue}.");

    private static ImmutableArray<T> Items<T>(JsonElement e, string path, string name, int length, Func<JsonElement, string, T> read)
    {
        JsonElement array = JsonRead.Array(e, path, name);
        if (array.GetArrayLength() != length)
        {
            throw new JsonException($"{path}.{name} must have {length} entries, but has {array.GetArrayLength()}.");
        }
        var builder = ImmutableArray.CreateBuilder<T>(length);
        int index = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            builder.Add(read(item, $"{path}.{name}[{index++}]"));
        }
        return builder.MoveToImmutable();
    }
}
