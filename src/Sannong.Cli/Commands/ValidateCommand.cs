using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Sannong.Domain;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;

namespace Sannong.Cli.Commands;

/// <summary>
/// `sannong validate PATH...`: the problems of every dataset folder (checked as a whole, references across its files)
/// and of every file (checked alone), at most --max-problems of each printed (the rest counted); exit 0 when clean, 1
/// with problems, 2 on a usage error. When a file is checked alone that is part of a dataset (an NDJSON file; a
/// folder's dataset.json beside its record files), or when several files are given, the first line says that each
/// file is checked alone (<see cref="AloneNote"/>). NDJSON problems are printed as they are found and none is kept, so
/// that memory stays flat whatever the size of the file.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>The problems printed per file unless --max-problems says otherwise.</summary>
    internal const int DefaultMaxProblems = 1_000;

    internal static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("path")
        {
            Description = "Dataset folders (checked as a whole, references across their files), dataset documents (.json), " +
                "or NDJSON files of one record type named for it: influencers, enrolments, ledger, earnings or content " +
                "(.ndjson; checked alone); - reads a dataset document from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<int> maxProblems = CliOptions.Int("--max-problems",
            "The most problems printed per path (at least 1; default 1,000); the rest are counted.", DefaultMaxProblems, minimum: 1);
        Option<string?> columns = CliOptions.Columns();
        var command = new Command("validate", "Check datasets (a folder as a whole) and files, and report their problems with their file and path or line.") { files, maxProblems, columns };
        command.SetAction(parsed =>
        {
            int exit = SannongCli.Success;
            int max = parsed.GetValue(maxProblems);
            string[] paths = parsed.GetValue(files) ?? [];
            if (AloneNote(paths) is { } note)
            {
                context.Output.WriteLine(note);
            }
            foreach (string path in paths)
            {
                int result = CliErrors.Guard(context, () => ValidateOne(context, path, max, parsed.GetValue(columns)));
                exit = Math.Max(exit, result);
            }
            return exit;
        });
        return command;
    }

    /// <summary>The line printed first when files are checked alone: when a path is an NDJSON file, or a dataset.json
    /// beside a record file, or when two or more paths are files (standard input counts as one); null when every path
    /// is a folder, or the one path is a document that is not a folder's. It names the folder to validate when the
    /// first such file lies in one.</summary>
    internal static string? AloneNote(string[] paths)
    {
        string[] fileArgs = paths.Where(p => !Directory.Exists(p)).ToArray();
        string[] parts = fileArgs.Where(p => p != DataLoading.StandardInput && (IsNdjson(p) || IsFoldersDocument(p))).ToArray();
        if (parts.Length == 0 && fileArgs.Length < 2)
        {
            return null;
        }
        string? folder = parts.Select(Folder).FirstOrDefault(f => File.Exists(Path.Combine(f, DatasetFiles.DocumentFileName)));
        string which = folder is null ? "the folder" : $"the folder ('sannong validate {DataLoading.Name(folder)}')";
        return $"Each file is checked alone; validate {which} to check references across files.";
    }

    private static bool IsNdjson(string path) => path.EndsWith(DatasetFiles.RecordFileExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a file named dataset.json beside at least one record file: a dataset folder's document.</summary>
    private static bool IsFoldersDocument(string path) =>
        string.Equals(Path.GetFileName(path), DatasetFiles.DocumentFileName, StringComparison.OrdinalIgnoreCase)
        && Kinds.Any(kind => File.Exists(Path.Combine(Folder(path), DatasetFiles.RecordFileName(kind))));

    private static readonly DataRecordKind[] Kinds =
        [DataRecordKind.Influencer, DataRecordKind.Enrolment, DataRecordKind.LedgerEntry, DataRecordKind.Earning, DataRecordKind.ContentItem];

    private static string Folder(string path) => Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : ".";

    private static int ValidateOne(CliContext context, string path, int max, string? columns)
    {
        string name = DataLoading.Name(path);
        long total;
        if (path != DataLoading.StandardInput && IsNdjson(path) && !Directory.Exists(path))
        {
            total = Ndjson(context, path, max);
            if (total > 0)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {total:N0} problem(s)"));
            }
        }
        else
        {
            (ValidationResult<SannongDataset> result, total) = DataLoading.Validate(context, path, max, columns);
            if (total > 0)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {total:N0} problem(s)"));
                int printed = 0;
                foreach (DataProblem problem in result.Problems.Take(max))
                {
                    context.Output.WriteLine($"  {problem}");
                    printed++;
                }
                More(context, total, printed);
            }
        }
        if (total == 0)
        {
            context.Output.WriteLine($"{name}: valid");
            return SannongCli.Success;
        }
        return SannongCli.Problems;
    }

    /// <summary>Reads an NDJSON file, printing its first <paramref name="max"/> problems as they are found under a
    /// heading, and "... and M more." after them; keeps none. Returns how many there are.</summary>
    private static long Ndjson(CliContext context, string path, int max)
    {
        string type = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        using Stream stream = DataLoading.Open(context, path);
        var options = new ValidationOptions(max);
        var printer = new ProblemPrinter(context, DataLoading.Name(path), max);
        long total = type switch
        {
            _ when type.Contains("influencer", StringComparison.Ordinal) => printer.Print(SannongJson.ReadNdjson<Influencer>(stream, options)),
            _ when type.Contains("enrolment", StringComparison.Ordinal) => printer.Print(SannongJson.ReadNdjson<Enrolment>(stream, options)),
            _ when type.Contains("ledger", StringComparison.Ordinal) => printer.Print(SannongJson.ReadNdjson<LedgerEntry>(stream, options)),
            _ when type.Contains("earning", StringComparison.Ordinal) => printer.Print(SannongJson.ReadNdjson<Earning>(stream, options)),
            _ when type.Contains("content", StringComparison.Ordinal) => printer.Print(SannongJson.ReadNdjson<ContentItem>(stream, options)),
            _ => throw new CliUsageException($"{DataLoading.Name(path)}: an NDJSON file must be named for its records (influencers, enrolments, ledger, earnings or content)."),
        };
        More(context, total, printer.Printed);
        return total;
    }

    private static void More(CliContext context, long total, long printed)
    {
        if (total > printed)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {total - printed:N0} more."));
        }
    }

    /// <summary>Prints problems as they come, the first <c>max</c> of them, and counts them all.</summary>
    private sealed class ProblemPrinter(CliContext context, string name, int max)
    {
        /// <summary>How many problems were printed.</summary>
        internal long Printed { get; private set; }

        /// <summary>Prints the problems of <paramref name="records"/> and returns how many there are.</summary>
        internal long Print<T>(IEnumerable<NdjsonRecord<T>> records)
            where T : class
        {
            long count = 0;
            foreach (NdjsonRecord<T> record in records)
            {
                long found = record.ProblemCount;
                if (found == 0)
                {
                    continue;
                }
                if (count == 0)
                {
                    context.Output.WriteLine($"{name}:");
                }
                foreach (DataProblem problem in record.Problems)
                {
                    if (Printed >= max)
                    {
                        break;
                    }
                    context.Output.WriteLine($"  {problem}");
                    Printed++;
                }
                count += found;
            }
            return count;
        }
    }
}
