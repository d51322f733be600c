using System;
using System.IO;

namespace Sannong.Domain.Tests;

/// <summary>Files of the repository (docs pages, the JSON Schema) that tests hold the code to, found from the test
/// binaries by walking up to the folder that holds Sannong.sln.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sannong.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} holds Sannong.sln.");
    });

    /// <summary>The full path of a file given by its path parts below the repository root.</summary>
    internal static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    /// <summary>The text of a file given by its path parts below the repository root.</summary>
    internal static string Text(params string[] parts) => File.ReadAllText(PathOf(parts));
}
