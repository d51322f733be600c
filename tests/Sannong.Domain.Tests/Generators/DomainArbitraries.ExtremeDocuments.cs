using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Sannong.Domain.Tests.Generators;

/// <summary>A dataset document: valid-base.json with one field replaced by an extreme value.</summary>
/// <param name="Path">The replaced field (a JSONPath-like description, for the counterexample).</param>
/// <param name="Value">The raw JSON of the value put there.</param>
/// <param name="Json">The whole document.</param>
public sealed record ExtremeDocument(string Path, string Value, string Json)
{
    /// <summary>The field and value, for a counterexample.</summary>
    /// <returns>"$.ledger[0].date = \"0000-06-01\"" and the like.</returns>
    public override string ToString() => $"{Path} = {(Value.Length <= 60 ? Value : Value[..60] + "...")}";
}

// Generators of hostile-but-well-formed documents: every leaf of valid-base.json, each replaced in turn by a value at
// or past an edge (dates at NodaTime's limits and in year 0, the 64-bit extremes, 10,000-digit numbers, empty text).
public static partial class DomainArbitraries
{
    /// <summary>The extreme values a leaf is replaced with, as raw JSON.</summary>
    public static readonly string[] ExtremeValues =
    [
        "\"-9998-01-01\"", "\"9999-12-31\"", "\"0000-01-01\"", "\"0000-02-29\"", "\"0001-01-01\"",
        "\"-9998-01\"", "\"9999-12\"", "\"0000-06\"",
        "\"-9998-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59.999999999Z\"", "\"0000-01-01T00:00:00Z\"",
        "-9223372036854775808", "9223372036854775807", "-9223372036854775809", "9223372036854775808",
        "1" + new string('0', 9_999), "-1" + new string('0', 9_999), "0." + new string('0', 9_998) + "1",
        "1e400", "-1e400", "1e-400", "-0", "0", "2147483648", "\"92233720368547758.07\"", "\"-92233720368547758.08\"",
        "\"\"", "\" \"", "\"\\u200b\"", "null", "[]", "{}", "true",
    ];

    private static readonly Lazy<(JsonObject Base, string[] Leaves)> BaseDocument = new(() =>
    {
        JsonObject root = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json")))!.AsObject();
        var leaves = new List<string>();
        Collect(root, "$", leaves);
        return (root, leaves.ToArray());
    });

    /// <summary>The path of every leaf (string, number, boolean or null) of valid-base.json.</summary>
    public static IReadOnlyList<string> BaseLeaves => BaseDocument.Value.Leaves;

    private static void Collect(JsonNode? node, string path, List<string> leaves)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (KeyValuePair<string, JsonNode?> property in o)
                {
                    Collect(property.Value, path + "." + property.Key, leaves);
                }
                break;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    Collect(a[i], $"{path}[{i}]", leaves);
                }
                break;
            default:
                leaves.Add(path);
                break;
        }
    }

    /// <summary>valid-base.json with the leaf at <paramref name="path"/> (one of <see cref="BaseLeaves"/>) replaced by
    /// the raw JSON <paramref name="value"/>.</summary>
    public static ExtremeDocument Replace(string path, string value)
    {
        JsonObject root = BaseDocument.Value.Base.DeepClone().AsObject();
        JsonNode parent = root;
        string[] steps = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        for (int i = 0; i < steps.Length; i++)
        {
            string step = steps[i];
            bool last = i == steps.Length - 1;
            using JsonDocument parsed = JsonDocument.Parse(value);
            JsonNode? replacement = last ? JsonNode.Parse(parsed.RootElement.GetRawText()) : null;
            if (step.StartsWith('['))
            {
                int index = int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture);
                if (last)
                {
                    parent.AsArray()[index] = replacement;
                }
                else
                {
                    parent = parent.AsArray()[index]!;
                }
            }
            else if (last)
            {
                parent.AsObject()[step] = replacement;
            }
            else
            {
                parent = parent.AsObject()[step]!;
            }
        }
        return new ExtremeDocument(path, value, root.ToJsonString());
    }

    /// <summary>The generator behind <see cref="ExtremeDocuments"/>.</summary>
    public static Gen<ExtremeDocument> ExtremeDocumentGen =>
        from path in Gen.Elements(BaseLeaves.ToArray())
        from value in Gen.Elements(ExtremeValues)
        select Replace(path, value);

    /// <summary>valid-base.json with one leaf replaced by an extreme value.</summary>
    public static Arbitrary<ExtremeDocument> ExtremeDocuments() => ExtremeDocumentGen.ToArbitrary();
}
