using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Spectre.Console;

namespace Sannong.Cli.Commands;

/// <summary>`sannong sample [--seed N] [--scale X] [--out FILE|FOLDER]`: writes the sample dataset.</summary>
internal static class SampleCommand
{
    internal static Command Create(CliContext context)
    {
        Option<int> seed = CliOptions.Int("--seed", "The seed; the same seed and scale give the same bytes.", SampleProgramme.DefaultSeed);
        Option<double> scale = CliOptions.Double("--scale",
            "The size, in (0, 1]; 1 is the full seed plan (100,000 mentees targeted).", SampleProgramme.DefaultScale);
        var output = new Option<string?>("--out")
        {
            Description = "A .json file for the dataset document; or a folder, which receives dataset.json and content.ndjson " +
                "(the content as NDJSON). Without it, the document goes to standard output.",
        };
        var command = new Command("sample", "Write the deterministic sample programme as a dataset.") { seed, scale, output };
        command.SetAction(parsed => CliErrors.Guard(context, () =>
        {
            double size = parsed.GetValue(scale);
            SannongDataset sample = OptionArguments.Check(() => GenerateWithProgress(context, parsed.GetValue(seed), size), ("scale", "--scale"), ("seed", "--seed"));
            var dataset = new SannongDataset(sample.Data, sample.AsOf);
            string? target = parsed.GetValue(output);
            if (target is null)
            {
                context.Output.Write(SannongJson.ToJson(dataset));
                return SannongCli.Success;
            }
            if (Directory.Exists(target) || target.EndsWith('/') || target.EndsWith(Path.DirectorySeparatorChar))
            {
                ProgrammeData data = sample.Data;
                DataLoading.FileAction(target, () =>
                {
                    Directory.CreateDirectory(target);
                    ProgrammeData withoutContent = ProgrammeData.Create(data.Programme, data.Influencers, data.Enrolments, data.Ledger.Entries, data.Earnings, []);
                    SannongJson.WriteDatasetFile(new SannongDataset(withoutContent, sample.AsOf), Path.Combine(target, "dataset.json"));
                    using FileStream content = File.Create(Path.Combine(target, "content.ndjson"));
                    SannongJson.WriteNdjson(data.Content, content);
                }, folderIsWanted: true);
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {DataLoading.Name(Path.Combine(target, "dataset.json"))} and {DataLoading.Name(Path.Combine(target, "content.ndjson"))} ({data.Content.Length:N0} content items)."));
                return SannongCli.Success;
            }
            DataLoading.FileAction(target, () => SannongJson.WriteDatasetFile(dataset, target));
            context.Error.WriteLine($"Wrote {DataLoading.Name(target)}.");
            return SannongCli.Success;
        }));
        return command;
    }

    private static SannongDataset GenerateWithProgress(CliContext context, int seed, double scale)
    {
        if (scale < 0.1 || !ReferenceEquals(context.Error, Console.Error))
        {
            return SampleProgramme.Generate(seed, scale);
        }
        // A large sample takes seconds: show progress on stderr, never on stdout (which may carry the document).
        IAnsiConsole stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        SannongDataset? result = null;
        stderr.Status().Start(string.Create(CultureInfo.InvariantCulture, $"Generating the sample programme (seed {seed}, scale {scale})..."),
            _ => result = SampleProgramme.Generate(seed, scale));
        return result!;
    }
}
