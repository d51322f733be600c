using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Sannong.Domain;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Sannong.Domain.Utility;
using Sannong.Domain.Programmes;

namespace Sannong.Cli;

/// <summary>Loads the dataset a command works on: a file, standard input (`-`), or the embedded sample programme.</summary>
internal static class DataLoading
{
    /// <summary>The path that means standard input.</summary>
    internal const string StandardInput = "-";

    /// <summary>Reads a dataset document, or throws a <see cref="CliException"/> with one line naming the file and the
    /// problem (the first problems, and how many there are).</summary>
    internal static SannongDataset Load(CliContext context, string? path)
    {
        if (path is null)
        {
            SannongDataset sample = SampleProgramme.Default;
            return new SannongDataset(sample.Data, sample.AsOf);
        }
        (ValidationResult<SannongDataset> result, long total) = Validate(context, path, maxProblems: 3);
        if (result.Value is { } dataset)
        {
            return dataset;
        }
        string first = string.Join("; ", result.Problems.Take(3).Select(p => p.ToString()));
        string more = total > 3
            ? string.Create(CultureInfo.InvariantCulture, $" (and {total - 3:N0} more; run 'sannong validate {Name(path)}')")
            : "";
        throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{Name(path)}: {total:N0} problem(s): {first}{more}"));
    }

    /// <summary>
    /// Validates a document read from a file or from standard input (`-`). <c>Total</c> is how many problems there are
    /// in all; callers print at most <paramref name="maxProblems"/> of them. An unreadable or missing file is a
    /// <see cref="CliException"/>, a folder a <see cref="CliUsageException"/>.
    /// </summary>
    internal static (ValidationResult<SannongDataset> Result, long Total) Validate(CliContext context, string path, int maxProblems)
    {
        ValidationResult<SannongDataset> result;
        if (path == StandardInput)
        {
            using Stream input = context.OpenInput();
            result = SannongJson.ValidateDataset(input, new ValidationOptions(maxProblems));
        }
        else
        {
            result = FileAction(path, () => SannongJson.ValidateDatasetFile(path, new ValidationOptions(maxProblems)));
        }
        // The reader keeps at most maxProblems problems and counts every one.
        return (result, result.ProblemCount);
    }

    /// <summary>How a path is shown in a message: escaped, and "stdin" for `-`.</summary>
    internal static string Name(string path) => path == StandardInput ? "stdin" : TextEscaping.ForMessage(path);

    /// <summary>Opens a file to read, or standard input for `-`; the errors of the file system become one line.</summary>
    internal static Stream Open(CliContext context, string path) =>
        path == StandardInput ? context.OpenInput() : FileAction(path, () => File.OpenRead(path));

    /// <summary>Runs a file operation, turning its failures into one clear line: a folder where a file is expected is a
    /// usage error, a missing, unreadable or unwritable file a problem.</summary>
    internal static T FileAction<T>(string path, Func<T> action, bool folderIsWanted = false)
    {
        if (!folderIsWanted && Directory.Exists(path))
        {
            throw new CliUsageException($"{Name(path)}: is a folder, not a file.");
        }
        try
        {
            return action();
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{Name(path)}: no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliException($"{Name(path)}: no such directory.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{Name(path)}: permission denied.");
        }
        catch (IOException e)
        {
            throw new CliException($"{Name(path)}: {e.Message}");
        }
    }

    /// <summary>The form of <see cref="FileAction{T}"/> for an operation without a result.</summary>
    internal static void FileAction(string path, Action action, bool folderIsWanted = false) =>
        FileAction(path, () =>
        {
            action();
            return true;
        }, folderIsWanted);
}
