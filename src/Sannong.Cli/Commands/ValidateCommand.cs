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
/// `sannong validate FILE...`: the problems of every file, at most --max-problems of each printed (the rest counted);
/// exit 0 when clean, 1 with problems, 2 on a usage error. NDJSON problems are printed as they are found and none is
/// kept, so that memory stays flat whatever the size of the file.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>The problems printed per file unless --max-problems says otherwise.</summary>
    internal const int DefaultMaxProblems = 1_000;

    internal static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("file")
        {
            Description = "Dataset documents (.json), or NDJSON files of one record type named for it: influencers, " +
                "enrolments, ledger, earnings or content (.ndjson); - reads a dataset document from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<int> maxProblems = CliOptions.Int("--max-problems",
            "The most problems printed per file (at least 1; default 1,000); the rest are counted.", DefaultMaxProblems, minimum: 1);
        var command = new Command("validate", "Check dataset files and report their problems with their path or line.") { files, maxProblems };
        command.SetAction(parsed =>
        {
            int exit = SannongCli.Success;
            int max = parsed.GetValue(maxProblems);
            foreach (string path in parsed.GetValue(files) ?? [])
            {
                int result = CliErrors.Guard(context, () => ValidateOne(context, path, max));
                exit = Math.Max(exit, result);
            }
            return exit;
        });
        return command;
    }

    private static int ValidateOne(CliContext context, string path, int max)
    {
        string name = DataLoading.Name(path);
        long total;
        if (path != DataLoading.StandardInput && path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            total = Ndjson(context, path, max);
            if (total > 0)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {total:N0} problem(s)"));
            }
        }
        else
        {
            (ValidationResult<SannongDataset> result, total) = DataLoading.Validate(context, path, max);
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
