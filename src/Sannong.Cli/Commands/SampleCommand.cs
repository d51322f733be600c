using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Sannong.Cli.Progress;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;

namespace Sannong.Cli.Commands;

/// <summary>`sannong sample [--seed N] [--scale X] [--out FILE|FOLDER]`: writes the sample dataset.</summary>
internal static class SampleCommand
{
    internal static Command Create(CliContext context)
    {
        Option<int> seed = CliOptions.Int("--seed", "The seed; the same seed and scale give the same bytes.", SampleProgramme.DefaultSeed);
        Option<double> scale = CliOptions.Double("--scale",
            "The size, in (0, 1]. Default: 1, the full seed plan (100,000 mentees targeted), the programme `sannong scorecard` " +
            "scores without --data; 0.01 is a hundredth of it.", DataLoading.DefaultScale);
        var output = new Option<string?>("--out")
        {
            Description = "A .json file for the dataset document; or a folder, which receives dataset.json and content.ndjson " +
                "(the content as NDJSON). Without it, the document goes to standard output.",
        };
        var command = new Command("sample", "Write the deterministic sample programme as a dataset.") { seed, scale, output };
        command.SetAction(parsed => CliErrors.Guard(context, () =>
        {
            SannongDataset dataset = DataLoading.GenerateSample(context, parsed.GetValue(seed), parsed.GetValue(scale));
            string? target = parsed.GetValue(output);
            if (target is null)
            {
                context.Output.Write(SannongJson.ToJson(dataset));
                return SannongCli.Success;
            }
            if (Directory.Exists(target) || target.EndsWith('/') || target.EndsWith(Path.DirectorySeparatorChar))
            {
                ProgrammeData data = dataset.Data;
                string documentPath = Path.Combine(target, "dataset.json");
                string contentPath = Path.Combine(target, "content.ndjson");
                using (Writing(context, documentPath))
                {
                    DataLoading.FileAction(target, () =>
                    {
                        Directory.CreateDirectory(target);
                        ProgrammeData withoutContent = ProgrammeData.Create(data.Programme, data.Influencers, data.Enrolments, data.Ledger.Entries, data.Earnings, []);
                        SannongJson.WriteDatasetFile(new SannongDataset(withoutContent, dataset.AsOf), documentPath);
                        using FileStream content = File.Create(contentPath);
                        SannongJson.WriteNdjson(data.Content, content);
                    }, folderIsWanted: true);
                }
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {DataLoading.Name(documentPath)} and {DataLoading.Name(contentPath)} ({data.Content.Length:N0} content items)."));
                return SannongCli.Success;
            }
            using (Writing(context, target))
            {
                DataLoading.FileAction(target, () => SannongJson.WriteDatasetFile(dataset, target));
            }
            context.Error.WriteLine($"Wrote {DataLoading.Name(target)}.");
            return SannongCli.Success;
        }));
        return command;
    }

    /// <summary>A progress line while a large sample is written (about a second at full scale), on a terminal only.</summary>
    private static ProgressLine? Writing(CliContext context, string path)
    {
        string name = DataLoading.Name(path);
        return ProgressLine.Start(context, elapsed => $"Writing {name}... {ProgressLine.Seconds(elapsed)}");
    }
}
