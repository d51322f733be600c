using System;
using System.IO;
using System.Linq;
using Sannong.Domain;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;

namespace Sannong.Cli;

/// <summary>
/// What a command's data must hold before the command prints anything, so that missing records are one line and exit
/// 1, never a table of dashes. Two checks: a command that measures a kind of record refuses data without a single one
/// (exposure without content); and a command given the <c>dataset.json</c> of a dataset folder alone refuses it when
/// the folder beside it holds the file of a kind of record the command uses and the document has none of, naming the
/// folder to give instead.
/// </summary>
internal static class RecordNeeds
{
    /// <summary>The kinds of record the scorecard uses: the mentees and their earnings, the ledger.</summary>
    internal static readonly DataRecordKind[] Scorecard =
        [DataRecordKind.Influencer, DataRecordKind.Enrolment, DataRecordKind.LedgerEntry, DataRecordKind.Earning];

    /// <summary>The kinds of record exposure uses: the content (its views) and the influencers (their issue and tier).</summary>
    internal static readonly DataRecordKind[] Exposure = [DataRecordKind.Influencer, DataRecordKind.ContentItem];

    /// <summary>Throws a <see cref="CliException"/> when <paramref name="path"/> (the --data given, or null for the
    /// sample) is a folder's dataset.json read alone that lacks records of <paramref name="used"/> found in a file beside
    /// it.</summary>
    internal static void CheckBeside(string? path, ProgrammeData data, DataRecordKind[] used)
    {
        if (FolderBeside(path) is not { } folder)
        {
            return;
        }
        string[] beside = used.Where(kind => Count(data, kind) == 0 && File.Exists(Path.Combine(folder, DatasetFiles.RecordFileName(kind))))
            .Select(DatasetFiles.RecordFileName).ToArray();
        if (beside.Length > 0)
        {
            throw new CliException($"{DataLoading.Name(path!)}: has no {Records(beside)}, but the folder beside it holds {List(beside, "and")}: " +
                $"give --data {DataLoading.Name(folder)} to read the dataset as a whole.");
        }
    }

    /// <summary>Throws a <see cref="CliException"/> when the data holds no content item: exposure has no views to
    /// measure.</summary>
    internal static void RequireContent(string? path, ProgrammeData data)
    {
        CheckBeside(path, data, Exposure);
        if (data.Content.Length == 0)
        {
            string name = path is null ? "the sample" : DataLoading.Name(path);
            throw new CliException($"{name}: no content items, so no views to measure: exposure needs the content " +
                "(content.ndjson in a dataset folder, or the content array of a dataset document).");
        }
    }

    /// <summary>The folder of <paramref name="path"/> when it is a file named dataset.json; otherwise null.</summary>
    private static string? FolderBeside(string? path)
    {
        if (path is null || path == DataLoading.StandardInput || Directory.Exists(path)
            || !string.Equals(Path.GetFileName(path), DatasetFiles.DocumentFileName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        string folder = Path.GetDirectoryName(path) ?? "";
        return folder.Length == 0 ? "." : folder;
    }

    private static string Records(string[] files) =>
        List(files.Select(f => f[..^DatasetFiles.RecordFileExtension.Length] switch
        {
            "ledger" => "ledger entries",
            "content" => "content items",
            var name => name,
        }).ToArray(), "or");

    /// <summary>"a", "a and b", "a, b and c".</summary>
    private static string List(string[] items, string conjunction) =>
        items.Length == 1 ? items[0] : $"{string.Join(", ", items[..^1])} {conjunction} {items[^1]}";

    private static int Count(ProgrammeData data, DataRecordKind kind) => kind switch
    {
        DataRecordKind.Influencer => data.Influencers.Length,
        DataRecordKind.Enrolment => data.Enrolments.Length,
        DataRecordKind.LedgerEntry => data.Ledger.Count,
        DataRecordKind.Earning => data.Earnings.Length,
        DataRecordKind.ContentItem => data.Content.Length,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of record kept in a list."),
    };
}
