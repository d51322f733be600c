using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Sannong.Domain;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;

namespace Sannong.Cli.Commands;

/// <summary>
/// `sannong convert IN OUT [--to document|folder]`: reads a dataset (a document, a folder, or - for a document on
/// standard input), checks it as every command does, and writes it in the other form: a document becomes a folder
/// (dataset.json and a .ndjson file per kind of record) and a folder a document. Both are the library's own bytes, so
/// that document → folder → document gives back the document the library writes, and folder → document → folder the
/// same six files. Data with problems is reported as validate reports it, first lines only, and nothing is written.
/// </summary>
internal static class ConvertCommand
{
    /// <summary>The problems printed when IN has problems (the rest are counted).</summary>
    internal const int ProblemsShown = 10;

    internal static Command Create(CliContext context)
    {
        var input = new Argument<string>("in")
        {
            Description = "The dataset to read: a dataset document (.json), a dataset folder, or - for a document on standard input.",
        };
        var output = new Argument<string>("out")
        {
            Description = "Where to write it. Without --to: a folder when OUT is an existing folder, ends with /, or has no " +
                "extension and does not exist; otherwise one document (x.json), replaced if it exists.",
        };
        Option<string> to = CliOptions.Choice("--to", "The form to write: auto (default: from OUT, as above), document, folder " +
            "(its record files NDJSON; the same as ndjson), csv or parquet (a folder whose record files are CSV or Parquet).",
            "auto", "auto", "document", "folder", "ndjson", "csv", "parquet");
        Option<string?> columns = CliOptions.Columns();
        var command = new Command("convert", "Turn a dataset document into a dataset folder (of NDJSON, CSV or Parquet record files), or a folder into a document.")
        {
            input, output, to, columns,
        };
        command.SetAction(parsed => CliErrors.Guard(context, () =>
        {
            string from = parsed.GetValue(input)!;
            string target = parsed.GetValue(output)!;
            string? named = parsed.GetValue(to);
            DatasetForm form = Form(target, named is "ndjson" or "csv" or "parquet" ? "folder" : named);
            CheckPaths(from, target, form);
            (ValidationResult<SannongDataset> result, long total) = DataLoading.Validate(context, from, ProblemsShown, parsed.GetValue(columns));
            if (result.Value is not { } dataset)
            {
                ReportProblems(context, from, result, total);
                return SannongCli.Problems;
            }
            context.Error.WriteLine($"Wrote {DatasetTarget.Write(context, dataset, target, form, RecordFormats.Named(named ?? "ndjson"))}.");
            return SannongCli.Success;
        }));
        return command;
    }

    /// <summary>The form to write: --to, or what OUT asks for. A .ndjson OUT is refused either way.</summary>
    private static DatasetForm Form(string target, string? to)
    {
        DatasetForm implied = DatasetTarget.FormOf(target, "OUT");
        DatasetForm form = to switch
        {
            "document" => DatasetForm.Document,
            "folder" => DatasetForm.Folder,
            _ => implied,
        };
        if (form == DatasetForm.Folder && File.Exists(target))
        {
            throw new CliUsageException($"OUT: '{target}' is a file; a dataset folder is written to a folder (or give --to document to replace the file).");
        }
        if (form == DatasetForm.Document && (Directory.Exists(target) || DatasetTarget.EndsWithSeparator(target)))
        {
            throw new CliUsageException($"OUT: '{target}' is a folder; a document is written to a file, such as dataset-all.json.");
        }
        return form;
    }

    /// <summary>Refuses what cannot be meant before anything is read: IN missing, OUT that is IN or would overwrite one
    /// of IN's files.</summary>
    private static void CheckPaths(string from, string target, DatasetForm form)
    {
        if (from != DataLoading.StandardInput && !File.Exists(from) && !Directory.Exists(from))
        {
            throw new CliException($"{from}: no such file or folder.");
        }
        if (from == DataLoading.StandardInput)
        {
            return;
        }
        string[] read = Files(from, Directory.Exists(from) ? DatasetForm.Folder : DatasetForm.Document);
        string[] written = Files(target, form);
        if (Full(from) == Full(target) || written.Intersect(read, StringComparer.Ordinal).Any())
        {
            throw new CliUsageException($"OUT: writing '{target}' would overwrite IN '{from}'; write the converted dataset elsewhere.");
        }
    }

    /// <summary>The full paths of the files a dataset in a form at a path reads or writes.</summary>
    private static string[] Files(string path, DatasetForm form) => form == DatasetForm.Document
        ? [Full(path)]
        : new[] { DatasetFiles.DocumentFileName }
            .Concat(Kinds.Select(DatasetFiles.RecordFileName))
            .Select(name => Full(Path.Combine(path, name)))
            .ToArray();

    private static readonly DataRecordKind[] Kinds =
        [DataRecordKind.Influencer, DataRecordKind.Enrolment, DataRecordKind.LedgerEntry, DataRecordKind.Earning, DataRecordKind.ContentItem];

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>Prints the problems as validate prints them, on standard error: a heading, the first ones, how many more.</summary>
    private static void ReportProblems(CliContext context, string from, ValidationResult<SannongDataset> result, long total)
    {
        string name = DataLoading.Name(from);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sannong: {name}: {total:N0} problem(s); nothing written."));
        int printed = 0;
        foreach (DataProblem problem in result.Problems.Take(ProblemsShown))
        {
            context.Error.WriteLine($"  {problem}");
            printed++;
        }
        if (total > printed)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {total - printed:N0} more: run 'sannong validate {name}'."));
        }
    }
}
