using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Sannong.Fuzz;

/// <summary>Reads an AFL dictionary: one token a line, <c>name="value"</c> or <c>"value"</c>, with <c>\\</c>,
/// <c>\"</c> and <c>\xNN</c> escapes; blank lines and lines starting with # are skipped.</summary>
internal static class AflDictionary
{
    internal static byte[][] Read(string path)
    {
        var tokens = new List<byte[]>();
        foreach (string raw in File.ReadLines(path, Encoding.UTF8))
        {
            string line = raw.Trim();
            int open = line.IndexOf('"', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || open < 0 || line[^1] != '"' || open == line.Length - 1)
            {
                continue;
            }
            tokens.Add(Unescape(line.AsSpan(open + 1, line.Length - open - 2)));
        }
        return tokens.ToArray();
    }

    private static byte[] Unescape(ReadOnlySpan<char> text)
    {
        var bytes = new List<byte>();
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                char next = text[++i];
                if (next == 'x' && i + 2 < text.Length
                    && byte.TryParse(text.Slice(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out byte b))
                {
                    bytes.Add(b);
                    i += 2;
                }
                else
                {
                    bytes.Add((byte)next);
                }
                continue;
            }
            int length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            int written = Encoding.UTF8.GetBytes(text.Slice(i, length), utf8);
            bytes.AddRange(utf8[..written].ToArray());
            i += length - 1;
        }
        return bytes.ToArray();
    }
}
