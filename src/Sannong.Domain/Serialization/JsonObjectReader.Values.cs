using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Serialization;

// The typed getters: strings, dates, months, instants, identifiers and topics (numbers are in JsonObjectReader.Numbers.cs).
internal sealed partial class JsonObjectReader
{
    internal string? String(string name, bool required) =>
        TryGet(name, required, out JsonElement value) ? ReadString(value, this, name) : null;

    /// <summary>What is wrong with a string value, if anything.</summary>
    private enum TextIssue
    {
        None,
        WrongType,
        NotUtf8,
        TooLong,
    }

    // The path of a field is built only when it has a problem: most fields have none, and building "$.ledger[7].date"
    // for each of them was a large part of the reading time.
    private static string? ReadString(JsonElement value, JsonObjectReader owner, string name)
    {
        string? text = ReadText(value, out TextIssue issue, out int length);
        if (issue != TextIssue.None)
        {
            owner.Problem(name, KindOf(issue), $"{TextProblem(issue, name, value.ValueKind, length)}");
        }
        return text;
    }

    private static string? ReadText(JsonElement value, out TextIssue issue, out int length)
    {
        length = 0;
        if (value.ValueKind != JsonValueKind.String)
        {
            issue = TextIssue.WrongType;
            return null;
        }
        string text;
        try
        {
            text = value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            issue = TextIssue.NotUtf8;
            return null;
        }
        length = text.Length;
        if (text.Length > SannongJsonLimits.MaxStringLength)
        {
            issue = TextIssue.TooLong;
            return null;
        }
        issue = TextIssue.None;
        return text;
    }

    private static DataProblemKind KindOf(TextIssue issue) => issue switch
    {
        TextIssue.WrongType => DataProblemKind.WrongType,
        TextIssue.TooLong => DataProblemKind.LimitExceeded,
        _ => DataProblemKind.InvalidValue,
    };

    private static string TextProblem(TextIssue issue, string name, JsonValueKind kind, int length) => issue switch
    {
        TextIssue.WrongType => $"{name} must be a string, but was {JsonPaths.Describe(kind)}.",
        TextIssue.NotUtf8 => $"{name} is not valid UTF-8 text.",
        _ => string.Create(CultureInfo.InvariantCulture,
            $"{name} is {length} characters long, more than the limit of {SannongJsonLimits.MaxStringLength}."),
    };

    private const int ShortAsciiChars = 32;

    /// <summary>Copies a string field's text into <paramref name="chars"/> without building a string, when that is
    /// sure to give the text <see cref="String"/> would: the value is a string written without escapes, of ASCII
    /// bytes only (so each byte is one character), at most <see cref="ShortAsciiChars"/> long. Otherwise false, with
    /// nothing reported; the caller then reads the field with <see cref="String"/>. Marks the field as known. Only
    /// on .NET 9 and later, which expose a value's raw bytes.</summary>
    private bool TryShortAscii(string name, Span<char> chars, out int length)
    {
        length = 0;
#if NET9_0_OR_GREATER
        if (!TryGet(name, required: false, out JsonElement value) || value.ValueKind != JsonValueKind.String)
        {
            return false;
        }
        ReadOnlySpan<byte> raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value);
        if (raw.Length < 2 || raw.Length - 2 > chars.Length)
        {
            return false;
        }
        raw = raw[1..^1];
        if (!System.Text.Ascii.IsValid(raw) || raw.Contains((byte)'\\'))
        {
            return false;
        }
        for (int i = 0; i < raw.Length; i++)
        {
            chars[i] = (char)raw[i];
        }
        length = raw.Length;
        return true;
#else
        _ = name;
        _ = chars;
        return false;
#endif
    }

    /// <summary>The index in <paramref name="texts"/> of the field's value when it is a string equal to one of them,
    /// compared as UTF-8 without building a string; otherwise -1, with nothing reported (the caller then reads the
    /// field as a string, which reports what is wrong). Marks the field as known.</summary>
    internal int Match(string name, string[] texts)
    {
        if (!TryGet(name, required: false, out JsonElement value) || value.ValueKind != JsonValueKind.String)
        {
            return -1;
        }
        for (int i = 0; i < texts.Length; i++)
        {
            if (value.ValueEquals(Utf8Names.Of(texts[i])))
            {
                return i;
            }
        }
        return -1;
    }

    internal LocalDate? Date(string name, bool required) =>
        Parse(name, required, LocalDatePattern.Iso, IsoText.TryParseDate, "a date written yyyy-MM-dd (e.g. 2024-01-31)");

    internal YearMonth? Month(string name, bool required) =>
        Parse(name, required, YearMonthPattern.Iso, IsoText.TryParseMonth, "a month written yyyy-MM (e.g. 2024-01)");

    internal Instant? Instant(string name, bool required) =>
        Parse(name, required, InstantPattern.ExtendedIso, IsoText.TryParseInstant, "an instant in UTC written like 2024-01-02T08:00:00Z");

    private delegate bool FastParse<T>(ReadOnlySpan<char> text, out T value);

    private T? Parse<T>(string name, bool required, IPattern<T> pattern, FastParse<T> fast, string form)
        where T : struct
    {
        Span<char> chars = stackalloc char[ShortAsciiChars];
        if (TryShortAscii(name, chars, out int length) && fast(chars[..length], out T direct))
        {
            return direct;
        }
        string? text = String(name, required);
        if (text is null)
        {
            return null;
        }
        if (fast(text, out T quick))
        {
            return quick;
        }
        ParseResult<T> result = pattern.Parse(text);
        if (!result.Success)
        {
            Problem(name, DataProblemKind.InvalidValue, $"{name} must be {form}, but was \"{Clip(text)}\".");
            return null;
        }
        return result.Value;
    }

    /// <summary>An identifier (non-empty, at most 64 characters, no control characters, no outer white space).</summary>
    internal T? Id<T>(string name, bool required, Func<string, T> create, string typeName)
        where T : struct
    {
        string? text = String(name, required);
        if (text is null)
        {
            return null;
        }
        string? problem = IdentifierRules.Problem(text);
        if (problem is not null)
        {
            Problem(name, DataProblemKind.InvalidValue, $"{name} is not a valid {typeName}: it {problem}.");
            return null;
        }
        return create(text);
    }

    /// <summary>An array of topic codes of the standard taxonomy.</summary>
    internal ImmutableArray<Topic>? Topics(string name, bool required)
    {
        if (!TryGetArray(name, required, out JsonElement array))
        {
            return null;
        }
        long before = Sink.Count;
        // Not sized from the array: a hostile array of ten million items would reserve 80 MB for items that all fail.
        var topics = ImmutableArray.CreateBuilder<Topic>();
        int index = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            // The item's path is built only for a problem kept; past the cap of problems, nothing is built.
            string? code = ReadText(item, out TextIssue issue, out int length);
            if (issue != TextIssue.None || !SannongTaxonomy.Standard.TryGetByCode(code!, out Topic? topic))
            {
                if (Sink.IsFull)
                {
                    Sink.CountOnly();
                }
                else if (issue != TextIssue.None)
                {
                    Sink.Add(JsonPaths.Index(PathOf(name), index), KindOf(issue), TextProblem(issue, "a topic code", item.ValueKind, length));
                }
                else
                {
                    Sink.Add(JsonPaths.Index(PathOf(name), index), DataProblemKind.UnknownTopic,
                        $"'{Clip(code!)}' is not a topic code of the standard Three Rural Issues taxonomy (codes look like farmers.cuisine).");
                }
            }
            else if (Sink.Count == before)
            {
                topics.Add(topic);
            }
            index++;
        }
        return Sink.Count == before ? topics.ToImmutable() : null;
    }
}
