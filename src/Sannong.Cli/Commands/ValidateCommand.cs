using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Sannong.Domain;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;

namespace Sannong.Cli.Commands;

/// <summary>`sannong validate FILE...`: every problem of every file; exit 0 when clean, 1 with problems, 2 on a usage error.</summary>
internal static class ValidateCommand
{
    internal static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("file")
        {
            Description = "Dataset documents (.json), or NDJSON files of one record type named for it: influencers, " +
                "enrolments, ledger, earnings or content (.ndjson).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Check dataset files and report every problem with its path or line.") { files };
        command.SetAction(parsed =>
        {
            int exit = SannongCli.Success;
            foreach (string path in parsed.GetValue(files) ?? [])
            {
                int result = CliErrors.Guard(context, () => ValidateOne(context, path));
                exit = Math.Max(exit, result);
            }
            return exit;
        });
        return command;
    }

    private static int ValidateOne(CliContext context, string path)
    {
        IReadOnlyList<DataProblem> problems = path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
            ? Ndjson(path)
            : DataLoading.Validate(path).Problems;
        if (problems.Count == 0)
        {
            context.Output.WriteLine($"{path}: valid");
            return SannongCli.Success;
        }
        context.Output.WriteLine($"{path}: {problems.Count} problem(s)");
        foreach (DataProblem problem in problems)
        {
            context.Output.WriteLine($"  {problem}");
        }
        return SannongCli.Problems;
    }

    private static IReadOnlyList<DataProblem> Ndjson(string path)
    {
        string name = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        try
        {
            using FileStream stream = File.OpenRead(path);
            return name switch
            {
                _ when name.Contains("influencer", StringComparison.Ordinal) => Problems(SannongJson.ReadNdjson<Influencer>(stream)),
                _ when name.Contains("enrolment", StringComparison.Ordinal) => Problems(SannongJson.ReadNdjson<Enrolment>(stream)),
                _ when name.Contains("ledger", StringComparison.Ordinal) => Problems(SannongJson.ReadNdjson<LedgerEntry>(stream)),
                _ when name.Contains("earning", StringComparison.Ordinal) => Problems(SannongJson.ReadNdjson<Earning>(stream)),
                _ when name.Contains("content", StringComparison.Ordinal) => Problems(SannongJson.ReadNdjson<ContentItem>(stream)),
                _ => throw new CliException($"{path}: an NDJSON file must be named for its records (influencers, enrolments, ledger, earnings or content)."),
            };
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{path}: no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliException($"{path}: no such directory.");
        }
    }

    private static List<DataProblem> Problems<T>(IEnumerable<NdjsonRecord<T>> records)
        where T : class =>
        records.SelectMany(r => r.Problems).ToList();
}
