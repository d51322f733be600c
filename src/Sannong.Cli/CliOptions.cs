using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Sannong.Domain.Utility;

namespace Sannong.Cli;

/// <summary>
/// Options whose values are parsed with the invariant culture, whatever the user's locale (a decimal point, never a
/// comma; no grouping), and whose errors are one line naming the option and the rule. System.CommandLine's own parsers
/// follow the current culture, so every numeric or date option is built here.
/// </summary>
internal static class CliOptions
{
    /// <summary>A whole number of type int, at least <paramref name="minimum"/>.</summary>
    internal static Option<int> Int(string name, string description, int defaultValue, int minimum = int.MinValue) =>
        new(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => ParseWhole(result, name, minimum, int.MaxValue) is { } v ? (int)v : defaultValue,
        };

    /// <summary>An optional whole number of type int, at least <paramref name="minimum"/>.</summary>
    internal static Option<int?> OptionalInt(string name, string description, int minimum = int.MinValue) =>
        new(name)
        {
            Description = description,
            CustomParser = result => ParseWhole(result, name, minimum, int.MaxValue) is { } v ? (int)v : null,
        };

    /// <summary>A whole number of type long, at least <paramref name="minimum"/>.</summary>
    internal static Option<long> Long(string name, string description, long defaultValue, long minimum = long.MinValue) =>
        new(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => ParseWhole(result, name, minimum, long.MaxValue) ?? defaultValue,
        };

    /// <summary>A finite number with an optional decimal point (invariant: 0.1, 1e-3; never 0,1).</summary>
    internal static Option<double> Double(string name, string description, double defaultValue) =>
        new(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => ParseDouble(result, name) ?? defaultValue,
        };

    /// <summary>An optional ISO date, yyyy-MM-dd.</summary>
    internal static Option<LocalDate?> Date(string name, string description) =>
        new(name)
        {
            Description = description,
            CustomParser = result =>
            {
                string text = Token(result);
                ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(text);
                if (date.Success)
                {
                    return date.Value;
                }
                result.AddError($"{name}: '{TextEscaping.ForMessage(text)}' is not a date of the form yyyy-MM-dd.");
                return null;
            },
        };

    /// <summary>One of a fixed set of words (compared ordinally).</summary>
    internal static Option<string> Choice(string name, string description, string defaultValue, params string[] choices)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            string? text = result.GetValueOrDefault<string>();
            if (text is not null && !choices.Contains(text, StringComparer.Ordinal))
            {
                result.AddError($"{name}: '{TextEscaping.ForMessage(text)}' is not one of {string.Join(", ", choices)}.");
            }
        });
        return option;
    }

    /// <summary>The path of a file to write (such as --chart): a folder is refused as a usage error.</summary>
    internal static Option<string?> OutputFile(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } path && Directory.Exists(path))
            {
                result.AddError($"{name}: '{TextEscaping.ForMessage(path)}' is a folder; give the path of a file to write, such as chart.png.");
            }
        });
        return option;
    }

    /// <summary>--scale for the commands that fall back to the sample programme without --data: null when not given.</summary>
    internal static Option<double?> SampleScale() =>
        new("--scale")
        {
            Description = "Without --data: the size of the sample programme, in (0, 1]. Default: 1, the seed plan at its real " +
                "size (100,000 mentees targeted, 10,000,000.00 yuan, 1,000,000,000 impressions); 0.01 is a hundredth of it.",
            CustomParser = result => ParseDouble(result, "--scale"),
        };

    /// <summary>--data: the dataset to read, or the embedded sample programme without it.</summary>
    internal static Option<string?> Data() =>
        new("--data")
        {
            Description = "A dataset document (sannong-dataset/1), a dataset folder (dataset.json and a .ndjson, .csv or .parquet " +
                "file per kind of record, as 'sannong sample --out DIR' writes), or - for a document on standard input. Without it, the sample programme at --scale (default 1, the real plan).",
        };

    /// <summary>--columns: the column map of CSV record files (a JSON file; docs/csv.md).</summary>
    internal static Option<string?> Columns() =>
        new("--columns")
        {
            Description = "A column map (JSON, docs/csv.md) for the CSV record files of a dataset folder: an export's own " +
                "headers (达人ID, 省份, ...) mapped to the fields, its date forms, provinces by name, months, thousands separators, " +
                "rows of zero amount to skip.",
        };

    private static double? ParseDouble(ArgumentResult result, string name)
    {
        string text = Token(result);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
        {
            return value;
        }
        result.AddError($"{name}: '{TextEscaping.ForMessage(text)}' is not a number; write it with a decimal point, as in 0.05.");
        return null;
    }

    private static long? ParseWhole(ArgumentResult result, string name, long minimum, long maximum)
    {
        string text = Token(result);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) && value >= minimum && value <= maximum)
        {
            return value;
        }
        result.AddError(string.Create(CultureInfo.InvariantCulture,
            $"{name}: '{TextEscaping.ForMessage(text)}' is not a whole number from {minimum} to {maximum}."));
        return null;
    }

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
}
