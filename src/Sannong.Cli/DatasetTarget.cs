using System;
using System.Globalization;
using System.IO;
using Sannong.Cli.Progress;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;

namespace Sannong.Cli;

/// <summary>The two forms a dataset is written in.</summary>
internal enum DatasetForm
{
    /// <summary>One sannong-dataset/1 document.</summary>
    Document,

    /// <summary>A dataset folder: dataset.json and a .ndjson file per kind of record.</summary>
    Folder,
}

/// <summary>
/// Where `sample --out` and `convert` write a dataset, and in which form. The rule, the same for both commands: a path
/// that is an existing folder or ends with a slash is a folder; a path without an extension that does not exist is a
/// folder (it is created); a .ndjson path is refused (such a file holds one kind of record, not a dataset); anything
/// else (a .json file, or any existing file) is a document, replaced if it exists.
/// </summary>
internal static class DatasetTarget
{
    /// <summary>The form a path asks for (see the type's summary).</summary>
    /// <exception cref="CliUsageException">The path names an NDJSON file.</exception>
    internal static DatasetForm FormOf(string path, string option)
    {
        if (Directory.Exists(path) || EndsWithSeparator(path))
        {
            return DatasetForm.Folder;
        }
        string extension = Path.GetExtension(path);
        if (extension.Equals(DatasetFiles.RecordFileExtension, StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException($"{option}: '{path}' is an NDJSON file, which holds one kind of record: give a folder " +
                "(it receives dataset.json and a .ndjson file per kind of record) or a .json file for one document.");
        }
        return extension.Length == 0 && !File.Exists(path) ? DatasetForm.Folder : DatasetForm.Document;
    }

    /// <summary>True when the path ends with a directory separator.</summary>
    internal static bool EndsWithSeparator(string path) =>
        path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar);

    /// <summary>Writes <paramref name="dataset"/> to <paramref name="path"/> in <paramref name="form"/>, with a progress
    /// line on a terminal; the errors of the file system become one line. Returns what was written, for the message
    /// "Wrote ...".</summary>
    internal static string Write(CliContext context, SannongDataset dataset, string path, DatasetForm form, RecordFileFormat? format = null)
    {
        format ??= RecordFileFormat.Ndjson;
        string name = DataLoading.Name(path);
        using (ProgressLine.Start(context, elapsed => $"Writing {name}... {ProgressLine.Seconds(elapsed)}"))
        {
            if (form == DatasetForm.Folder)
            {
                DataLoading.FileAction(path, () => DatasetFiles.WriteFolder(dataset, path, format), folderIsWanted: true);
            }
            else
            {
                DataLoading.FileAction(path, () => DatasetFiles.WriteDocument(dataset, path));
            }
        }
        if (form == DatasetForm.Document)
        {
            return name;
        }
        ProgrammeData data = dataset.Data;
        return string.Create(CultureInfo.InvariantCulture,
            $"the dataset folder {name}: {DatasetFiles.DocumentFileName} and {data.Influencers.Length:N0} influencers, " +
            $"{data.Enrolments.Length:N0} enrolments, {data.Ledger.Count:N0} ledger entries, {data.Earnings.Length:N0} earnings " +
            $"and {data.Content.Length:N0} content items, each kind in its {format.Extension} file");
    }
}
