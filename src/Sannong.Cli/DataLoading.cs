using System;
using System.IO;
using System.Linq;
using Sannong.Domain;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;

namespace Sannong.Cli;

/// <summary>What a command failed on, as one line for stderr (no stack trace).</summary>
internal class CliException(string message) : Exception(message);

/// <summary>An option's value that the library refuses: a usage error (exit code 2), not a problem in the data.</summary>
internal sealed class CliUsageException(string message) : CliException(message);

/// <summary>Loads the dataset a command works on: a file, or the embedded sample programme.</summary>
internal static class DataLoading
{
    /// <summary>Reads a dataset document, or throws a <see cref="CliException"/> with one line naming the file and the
    /// problem (the first problems, and how many there are).</summary>
    internal static SannongDataset Load(string? path)
    {
        if (path is null)
        {
            SampleDataset sample = SampleProgramme.Default;
            return new SannongDataset(sample.Data, sample.AsOf);
        }
        ValidationResult<SannongDataset> result = Validate(path);
        if (result.Value is { } dataset)
        {
            return dataset;
        }
        string first = string.Join("; ", result.Problems.Take(3).Select(p => p.ToString()));
        string more = result.Problems.Length > 3 ? $" (and {result.Problems.Length - 3} more; run 'sannong validate {path}')" : "";
        throw new CliException($"{path}: {result.Problems.Length} problem(s): {first}{more}");
    }

    /// <summary>Validates a file, turning an unreadable or missing file into a <see cref="CliException"/>.</summary>
    internal static ValidationResult<SannongDataset> Validate(string path)
    {
        try
        {
            return SannongJson.ValidateDatasetFile(path);
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{path}: no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliException($"{path}: no such directory.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{path}: permission denied.");
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot be read: {e.Message}");
        }
    }
}
