using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Sannong.Domain.Serialization;

/// <summary>Reads UTF-8 JSON within <see cref="SannongJsonLimits"/> in one forward pass of a
/// <see cref="Utf8JsonReader"/>, the records built as their objects end: no document is built first. When a few
/// vectorised searches show that no token can break the size or text limits, nothing else is checked beforehand: the
/// reader enforces syntax and depth as it goes, and on any error the pass is abandoned and a forward scan words the one
/// problem reported, exactly as it would have been had the scan run first. Otherwise the scan runs first.</summary>
internal static class JsonPass
{
    /// <summary>Reads the value whose first token the reader stands on, leaving the reader on its last token.</summary>
    internal delegate T? RootReader<T>(ref Utf8JsonReader reader, JsonSource buffer, ProblemList sink);

    /// <summary>Reads <paramref name="utf8"/> (one JSON value) with <paramref name="read"/>, or reports why it cannot
    /// be read (at a 1-based line and column: the line of the document, or the NDJSON line number
    /// <see cref="ProblemList.Line"/>; the column in UTF-16 code units, as editors count characters) and returns null.
    /// When the JSON itself is wrong, that one problem is all the sink holds: what the pass had found before the error is
    /// dropped, as a reader that checked the syntax first would never have reported it.</summary>
    internal static T? Read<T>(ReadOnlyMemory<byte> utf8, ProblemList sink, string what, RootReader<T> read)
        where T : class
    {
        if (utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }
        if (utf8.Span.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            sink.Add("$", DataProblemKind.MissingField, $"{what} is empty: expected a JSON object.");
            return null;
        }
        if (!TokensWithinLimits(utf8.Span) && !Scan(utf8.Span, sink, what))
        {
            return null;
        }
        // Values are kept as places in an array: reading a span of an array is cheaper than going through the memory.
        JsonSource source = MemoryMarshal.TryGetArray(utf8, out ArraySegment<byte> segment)
            ? new JsonSource(segment.Array!, segment.Offset)
            : new JsonSource(utf8.ToArray(), 0);
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = SannongJsonLimits.MaxDepth });
        try
        {
            reader.Read();
            T? value = read(ref reader, source, sink);
            // Only white space may follow the value; the reader throws on anything else.
            while (reader.Read())
            {
            }
            return value;
        }
        catch (JsonException e)
        {
            // The reader stops at the first syntax error, and at a start of object or array at depth MaxDepth, exactly
            // where the scan does; the scan words the problem as it always has.
            sink.Clear();
            if (Scan(utf8.Span, sink, what))
            {
                sink.Add("$", DataProblemKind.InvalidValue, $"{what} is not valid JSON: {WithoutPosition(e.Message)}");
            }
            return null;
        }
    }

    /// <summary>True when no string, property name or number of <paramref name="utf8"/> can exceed the scan's size
    /// limit or hold invalid text: the bytes are valid UTF-8, hold no escape (so every quote delimits a string and
    /// every string is its bytes), and no run between two quotes is longer than a token may be. False says nothing.</summary>
    private static bool TokensWithinLimits(ReadOnlySpan<byte> utf8)
    {
        const int MaxTokenBytes = SannongJsonLimits.MaxStringLength * 6;
        if (utf8.Contains((byte)'\\') || !Utf8.IsValid(utf8))
        {
            return false;
        }
        // Every token lies within a run of bytes without a quote; look for a quote in each stretch of
        // MaxTokenBytes + 1 bytes, jumping past the last one found.
        int start = 0;
        while (utf8.Length - start > MaxTokenBytes)
        {
            int last = utf8.Slice(start, MaxTokenBytes + 1).LastIndexOf((byte)'"');
            if (last < 0)
            {
                return false;
            }
            start += last + 1;
        }
        return true;
    }

    /// <summary>True when the string token decodes to valid text (UTF-8 bytes, escapes forming whole characters).</summary>
    private static bool IsText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Utf8.IsValid(reader.ValueSpan);
        }
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Scan(ReadOnlySpan<byte> utf8, ProblemList sink, string what)
    {
        // Escaped text takes at most six bytes per UTF-16 code unit (\uXXXX); the exact length is checked on reading.
        const int MaxTokenBytes = SannongJsonLimits.MaxStringLength * 6;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = SannongJsonLimits.MaxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= SannongJsonLimits.MaxDepth:
                        sink.Add("$", DataProblemKind.LimitExceeded,
                            $"{what} nests objects and arrays more than {SannongJsonLimits.MaxDepth} levels deep (at {AtByte(utf8, reader.TokenStartIndex, sink.Line)}).");
                        return false;
                    case JsonTokenType.String or JsonTokenType.PropertyName or JsonTokenType.Number when reader.ValueSpan.Length > MaxTokenBytes:
                        sink.Add("$", DataProblemKind.LimitExceeded,
                            $"{what} holds a value of {reader.ValueSpan.Length} bytes at {AtByte(utf8, reader.TokenStartIndex, sink.Line)}, more than strings of {SannongJsonLimits.MaxStringLength} characters can take.");
                        return false;
                    case JsonTokenType.String or JsonTokenType.PropertyName when !IsText(ref reader):
                        sink.Add("$", DataProblemKind.InvalidValue,
                            $"{what} holds a string that is not valid UTF-8 or UTF-16 text (at {AtByte(utf8, reader.TokenStartIndex, sink.Line)}).");
                        return false;
                }
            }
        }
        catch (JsonException e)
        {
            string at = e.LineNumber is { } line && e.BytePositionInLine is { } position
                ? " at " + AtLine(utf8, line, position, sink.Line)
                : string.Empty;
            sink.Add("$", DataProblemKind.InvalidValue, $"{what} is not valid JSON{at}: {WithoutPosition(e.Message)}");
            return false;
        }
        return true;
    }

    /// <summary>"line L, column C" (both from 1) of the byte at <paramref name="index"/>; <paramref name="ndjsonLine"/>,
    /// when given, is the line (an NDJSON line holds no line break of its own).</summary>
    internal static string AtByte(ReadOnlySpan<byte> utf8, long index, long? ndjsonLine)
    {
        ReadOnlySpan<byte> before = utf8[..(int)Math.Min(index, utf8.Length)];
        long line = ndjsonLine ?? before.Count((byte)'\n') + 1;
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        return Position(line, before[lineStart..]);
    }

    /// <summary>"line L, column C" (both from 1) of System.Text.Json's 0-based line and byte in that line.</summary>
    internal static string AtLine(ReadOnlySpan<byte> utf8, long line, long byteInLine, long? ndjsonLine)
    {
        int start = 0;
        for (long l = 0; l < line; l++)
        {
            int next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }
            start += next + 1;
        }
        int end = (int)Math.Min(utf8.Length, start + Math.Max(byteInLine, 0));
        return Position(ndjsonLine ?? line + 1, utf8[start..end]);
    }

    // The column counts UTF-16 code units (a character outside the Basic Multilingual Plane counts two, a tab one), as
    // editors such as VS Code do; a byte that is not UTF-8 counts one.
    private static string Position(long line, ReadOnlySpan<byte> lineBefore) =>
        string.Create(CultureInfo.InvariantCulture, $"line {line}, column {Encoding.UTF8.GetCharCount(lineBefore) + 1}");

    /// <summary>System.Text.Json's message without its 0-based " LineNumber: 1 | BytePositionInLine: 5." suffix.</summary>
    private static string WithoutPosition(string message)
    {
        int suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string text = suffix >= 0 ? message[..suffix] : message;
        return text.EndsWith('.') ? text : text + ".";
    }
}
