using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace Sannong.Cli.Tests;

/// <summary>The documented JSON contracts (docs/schema/*.schema.json), run by a JSON Schema validator (JsonSchema.Net)
/// against what the commands print.</summary>
internal static class JsonContracts
{
    /// <summary>Null when <paramref name="json"/> conforms to docs/schema/<paramref name="schemaFile"/>; otherwise the
    /// first few failures, for the assertion message.</summary>
    internal static string? Failures(string schemaFile, string json)
    {
        JsonSchema schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Root(), "docs", "schema", schemaFile)));
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return null;
        }
        IEnumerable<string> errors =
            from detail in results.Details ?? []
            where detail.Errors is not null
            from error in detail.Errors!
            select $"{detail.InstanceLocation}: {error.Key} {error.Value}";
        return string.Join("; ", errors.Take(5));
    }

    private static string Root()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sannong.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} holds Sannong.sln.");
    }
}
