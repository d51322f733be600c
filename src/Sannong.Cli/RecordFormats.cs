using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Sannong.Domain.Csv;
using Sannong.Domain.Parquet;
using Sannong.Domain.Serialization;

namespace Sannong.Cli;

/// <summary>
/// The formats of record files the command line reads in a dataset folder besides NDJSON: CSV (with the column map of
/// --columns, if given) and Parquet; and what the CSV format skipped, shown on standard error so that nothing is left
/// out silently.
/// </summary>
internal sealed class RecordFormats
{
    private readonly CsvReadReport _report = new();

    private RecordFormats(CsvColumnMap map) => All = [new CsvRecordFormat(map, _report), ParquetRecordFormat.Instance];

    /// <summary>The formats a folder is read with (NDJSON is always known besides them).</summary>
    internal IReadOnlyList<RecordFileFormat> All { get; }

    /// <summary>The formats, with the column map read from <paramref name="columns"/> (a JSON file), or none.</summary>
    /// <exception cref="CliException">The map's file is missing or unreadable.</exception>
    /// <exception cref="CliUsageException">The file is not a column map (the message names the key).</exception>
    internal static RecordFormats For(string? columns)
    {
        if (columns is null)
        {
            return new RecordFormats(CsvColumnMap.None);
        }
        try
        {
            return new RecordFormats(DataLoading.FileAction(columns, () => CsvColumnMap.Load(columns)));
        }
        catch (FormatException e)
        {
            throw new CliUsageException($"--columns: {e.Message}");
        }
    }

    /// <summary>The format `convert --to` names: ndjson, csv or parquet.</summary>
    internal static RecordFileFormat Named(string name) => name switch
    {
        "csv" => new CsvRecordFormat(),
        "parquet" => ParquetRecordFormat.Instance,
        _ => RecordFileFormat.Ndjson,
    };

    /// <summary>Says on standard error which rows the CSV format skipped, as the column map asked (zero amounts).</summary>
    internal void TellSkipped(CliContext context)
    {
        if (_report.SkippedZeroAmountRows == 0)
        {
            return;
        }
        string files = string.Join(", ", _report.SkippedZeroAmountRowsByFile.Select(f =>
            string.Create(CultureInfo.InvariantCulture, $"{DataLoading.Name(f.Key)} {f.Value:N0}")));
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Skipped {_report.SkippedZeroAmountRows:N0} row(s) with a zero amount, as the column map says ({files})."));
    }

    /// <summary>True when <paramref name="path"/> names a record file of a known format (a file of one kind of record,
    /// not a dataset).</summary>
    internal bool IsRecordFile(string path)
    {
        string extension = Path.GetExtension(path);
        return extension.Equals(DatasetFiles.RecordFileExtension, StringComparison.OrdinalIgnoreCase)
            || All.Any(f => extension.Equals(f.Extension, StringComparison.OrdinalIgnoreCase));
    }
}
