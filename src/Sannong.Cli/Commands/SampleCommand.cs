using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Sannong.Cli.Progress;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;

namespace Sannong.Cli.Commands;

/// <summary>`sannong sample [--seed N] [--scale X] [--out DIR|FILE.json]`: writes the sample dataset.</summary>
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
            Description = "A dataset folder, which receives dataset.json (the programme) and a .ndjson file per kind of record " +
                "(influencers, enrolments, ledger, earnings, content): an existing folder, a path ending with /, or a path " +
                "without extension that does not exist. Otherwise a file for one dataset document (x.json). Without it, " +
                "the document goes to standard output.",
        };
        var command = new Command("sample", "Write the deterministic sample programme as a dataset.") { seed, scale, output };
        command.SetAction(parsed => CliErrors.Guard(context, () =>
        {
            string? target = parsed.GetValue(output);
            // The form is decided (and a .ndjson target refused) before the work.
            DatasetForm? form = target is null ? null : DatasetTarget.FormOf(target, "--out");
            SannongDataset dataset = DataLoading.GenerateSample(context, parsed.GetValue(seed), parsed.GetValue(scale));
            if (target is null || form is not { } chosen)
            {
                context.Output.Write(SannongJson.ToJson(dataset));
                return SannongCli.Success;
            }
            context.Error.WriteLine($"Wrote {DatasetTarget.Write(context, dataset, target, chosen)}.");
            return SannongCli.Success;
        }));
        return command;
    }
}
