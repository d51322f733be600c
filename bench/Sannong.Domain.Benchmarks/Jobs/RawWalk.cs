using System.IO;
using System.Text.Json;

namespace Sannong.Domain.Benchmarks.Jobs;

/// <summary>The floor for reading: a <see cref="Utf8JsonReader"/> that walks every token of a file (a document, or
/// the concatenated lines of NDJSON) and materialises nothing.</summary>
internal static class RawWalk
{
    internal static long Tokens(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        long tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }
        return tokens;
    }
}
