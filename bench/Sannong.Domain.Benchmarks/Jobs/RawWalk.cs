using System;
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

    /// <summary>A <see cref="JsonDocument"/> of the file (one per line for NDJSON), checked and built into nothing:
    /// the parsing part of the library's reader, without its limit scan, field checks and records.</summary>
    internal static long Documents(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (!path.EndsWith(".ndjson", System.StringComparison.Ordinal))
        {
            using JsonDocument document = JsonDocument.Parse(bytes);
            return document.RootElement.GetPropertyCount();
        }
        long count = 0;
        ReadOnlyMemory<byte> rest = bytes;
        while (!rest.IsEmpty)
        {
            int end = rest.Span.IndexOf((byte)'\n');
            ReadOnlyMemory<byte> line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
            if (!line.IsEmpty)
            {
                using JsonDocument document = JsonDocument.Parse(line);
                count += document.RootElement.GetPropertyCount();
            }
        }
        return count;
    }
}
