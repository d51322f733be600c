using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Sannong.Cli.Progress;
using Sannong.Domain;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Sannong.Domain.Utility;
using Sannong.Domain.Programmes;

namespace Sannong.Cli;

/// <summary>Loads the dataset a command works on: a document, a dataset folder, standard input (`-`), or the embedded
/// sample programme.</summary>
internal static class DataLoading
{
    /// <summary>The path that means standard input.</summary>
    internal const string StandardInput = "-";

    /// <summary>The scale of the sample a command works on without --data or --scale: 1, the seed plan at its real size
    /// (100,000 mentees targeted, 10,000,000.00 yuan, 1,000,000,000 impressions).</summary>
    internal const double DefaultScale = 1.0;

    /// <summary>Reads a dataset document or folder, or throws a <see cref="CliException"/> with one line naming the file and the
    /// problem (the first problems, and how many there are). Without a path, generates the sample programme (seed
    /// <see cref="SampleProgramme.DefaultSeed"/>) at <paramref name="scale"/>, or <see cref="DefaultScale"/>; a scale
    /// given with a path is a usage error.</summary>
    internal static SannongDataset Load(CliContext context, string? path, double? scale = null, string? columns = null)
    {
        if (path is null)
        {
            return GenerateSample(context, SampleProgramme.DefaultSeed, scale ?? DefaultScale);
        }
        if (scale is not null)
        {
            throw new CliUsageException("--scale: the size of the sample programme, which is used only without --data; give one or the other.");
        }
        (ValidationResult<SannongDataset> result, long total) = Validate(context, path, maxProblems: 3, columns);
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
    /// Validates a dataset: a document read from a file or from standard input (`-`), or a dataset folder as a whole
    /// (through <see cref="DatasetFiles"/>: its problems carry their file and line). <c>Total</c> is how many problems
    /// there are in all; callers print at most <paramref name="maxProblems"/> of them. An unreadable or missing file is
    /// a <see cref="CliException"/>.
    /// </summary>
    internal static (ValidationResult<SannongDataset> Result, long Total) Validate(CliContext context, string path, int maxProblems, string? columns = null)
    {
        ValidationResult<SannongDataset> result;
        var options = new ValidationOptions(maxProblems);
        RecordFormats formats = RecordFormats.For(columns);
        if (path == StandardInput)
        {
            using var input = new CountingStream(context.OpenInput());
            using ProgressLine? progress = ProgressLine.Start(context, elapsed => Reading("stdin", input, elapsed));
            result = SannongJson.ValidateDataset(input, options);
        }
        else if (Directory.Exists(path))
        {
            // A folder: its files are read one after the other; the line says how long it has taken.
            string name = Name(path);
            using ProgressLine? progress = ProgressLine.Start(context, elapsed => $"Reading {name}... {ProgressLine.Seconds(elapsed)}");
            result = FileAction(path, () => DatasetFiles.Validate(path, options, formats.All), folderIsWanted: true);
            formats.TellSkipped(context);
        }
        else if (formats.IsRecordFile(path))
        {
            // A file of one kind of record is not a dataset: the library says so and names the folder to read instead.
            result = FileAction(path, () => DatasetFiles.Validate(path, options, formats.All));
        }
        else if (context.ErrorIsTerminal)
        {
            // The same read as ValidateDatasetFile, through a stream that counts the bytes for the progress line.
            result = FileAction(path, () =>
            {
                using var file = new CountingStream(File.OpenRead(path));
                using ProgressLine? progress = ProgressLine.Start(context, elapsed => Reading(Name(Path.GetFileName(path)), file, elapsed));
                return SannongJson.ValidateDataset(file, options);
            });
        }
        else
        {
            result = FileAction(path, () => SannongJson.ValidateDatasetFile(path, options));
        }
        // The reader keeps at most maxProblems problems and counts every one.
        return (result, result.ProblemCount);
    }

    /// <summary>Generates the sample programme, with a progress line on a terminal while it takes long (the full scale
    /// takes about a second). A scale the library refuses is a usage error naming --scale (or --seed).</summary>
    internal static SannongDataset GenerateSample(CliContext context, int seed, double scale)
    {
        string what = string.Create(CultureInfo.InvariantCulture, $"Generating the sample programme (seed {seed}, scale {scale.ToString("R", CultureInfo.InvariantCulture)})");
        using ProgressLine? progress = ProgressLine.Start(context, elapsed => $"{what}... {ProgressLine.Seconds(elapsed)}");
        SannongDataset sample = OptionArguments.Check(() => SampleProgramme.Generate(seed, scale), ("scale", "--scale"), ("seed", "--seed"));
        return new SannongDataset(sample.Data, sample.AsOf);
    }

    /// <summary>The progress of a read: the share of a file's bytes read, or the bytes of a stream without a length; once
    /// every byte is in, the reader is still checking the records.</summary>
    private static string Reading(string name, CountingStream stream, TimeSpan elapsed)
    {
        long read = stream.BytesRead;
        return stream.TotalBytes is { } total && total > 0
            ? read < total
                ? string.Create(CultureInfo.InvariantCulture, $"Reading {name}: {100 * read / total}% of {Megabytes(total)} MB... {ProgressLine.Seconds(elapsed)}")
                : string.Create(CultureInfo.InvariantCulture, $"Reading {name}: checking the records of {Megabytes(total)} MB... {ProgressLine.Seconds(elapsed)}")
            : string.Create(CultureInfo.InvariantCulture, $"Reading {name}: {Megabytes(read)} MB... {ProgressLine.Seconds(elapsed)}");
    }

    private static string Megabytes(long bytes) => (bytes / 1e6).ToString("N1", CultureInfo.InvariantCulture);

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
