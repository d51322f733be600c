using System;
using System.IO;
using Sannong.Domain.Utility;

namespace Sannong.Cli.Rendering;

/// <summary>Writes a --chart file, turning the failures of the file system into one clear line.</summary>
internal static class ChartFile
{
    /// <summary>When the user gave a --chart <paramref name="path"/>, writes it with <paramref name="write"/> (see
    /// <see cref="Write"/>) and says so on standard error; without one, does nothing.</summary>
    internal static void WriteIfAsked(CliContext context, string? path, Action<string> write)
    {
        if (path is null)
        {
            return;
        }
        Write("--chart", path, write);
        context.Error.WriteLine($"Chart written to {DataLoading.Name(path)}.");
    }

    /// <summary>Runs <paramref name="write"/> on <paramref name="path"/>. A folder is a usage error (the option's
    /// validator refuses it before any work; this covers a folder created since); a missing folder or a file that may
    /// not be written is a problem (exit code 1), each said in one line.</summary>
    internal static void Write(string option, string path, Action<string> write)
    {
        string shown = TextEscaping.ForMessage(path);
        if (Directory.Exists(path))
        {
            throw new CliUsageException($"{option}: '{shown}' is a folder; give the path of a file to write, such as chart.png.");
        }
        try
        {
            write(path);
        }
        catch (DirectoryNotFoundException)
        {
            string folder = TextEscaping.ForMessage(Path.GetDirectoryName(Path.GetFullPath(path)));
            throw new CliException($"{option}: cannot write '{shown}': '{folder}' is not an existing folder.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{option}: cannot write '{shown}': permission denied.");
        }
        catch (IOException e)
        {
            throw new CliException($"{option}: cannot write '{shown}': {e.Message}");
        }
    }
}
