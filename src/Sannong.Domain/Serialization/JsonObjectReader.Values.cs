using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Serialization;

// The typed getters: strings, whole numbers, money, shares, dates, months, instants, identifiers and topics.
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

    /// <summary>A whole number, read exactly from the JSON number's digits: 12000, 12000.0 and 1.2e4 are the same
    /// whole number; 12000.0000000000000000000000000001 is not whole, and 1e400 is out of range: each a problem.</summary>
    internal long? Integer(string name, bool required)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number)
        {
            Problem(name, DataProblemKind.WrongType, $"{name} must be a whole number, but was {JsonPaths.Describe(value.ValueKind)}.");
            return null;
        }
        if (value.TryGetInt64(out long whole))
        {
            return whole;
        }
        switch (ParseNumber(value, scale: 0, out long exact))
        {
            case JsonNumber.Outcome.Exact:
                return exact;
            case JsonNumber.Outcome.OutOfRange:
                Problem(name, DataProblemKind.OutOfRange,
                    $"{name} must lie between {long.MinValue} and {long.MaxValue}, but was {Clip(value.GetRawText())}.");
                return null;
            default:
                Problem(name, DataProblemKind.WrongType, $"{name} must be a whole number, but was {Clip(value.GetRawText())}.");
                return null;
        }
    }

    /// <summary>The raw UTF-8 of a number token read exactly as a whole number of units of 10^-scale.</summary>
    internal static JsonNumber.Outcome ParseNumber(JsonElement value, int scale, out long units)
    {
#if NET9_0_OR_GREATER
        return JsonNumber.Parse(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value), scale, out units);
#else
        return JsonNumber.Parse(System.Text.Encoding.UTF8.GetBytes(value.GetRawText()), scale, out units);
#endif
    }

    private static int PlaceAgainstZeroAndOne(JsonElement value)
    {
#if NET9_0_OR_GREATER
        return JsonNumber.PlaceAgainstZeroAndOne(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value));
#else
        return JsonNumber.PlaceAgainstZeroAndOne(System.Text.Encoding.UTF8.GetBytes(value.GetRawText()));
#endif
    }

    /// <summary>A whole number that must not be negative (a count of followers, views, impressions...).</summary>
    internal long? Count(string name, bool required)
    {
        long? value = Integer(name, required);
        if (value < 0)
        {
            Problem(name, DataProblemKind.Negative, $"{name} must not be negative, but was {value}.");
            return null;
        }
        return value;
    }

    /// <summary>A count that fits in an <see cref="int"/>.</summary>
    internal int? SmallCount(string name, bool required)
    {
        long? value = Count(name, required);
        if (value > int.MaxValue)
        {
            Problem(name, DataProblemKind.OutOfRange, $"{name} must be at most {int.MaxValue}, but was {value}.");
            return null;
        }
        return (int?)value;
    }

    /// <summary>Money from a string ("1234.56") or a number with at most two decimals; never negative.</summary>
    internal Money? Money(string name, bool required)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }
        string text;
        MoneyText.Outcome outcome;
        Money money;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                Span<char> chars = stackalloc char[ShortAsciiChars];
                if (TryShortAscii(name, chars, out int length)
                    && MoneyText.ParseString(chars[..length], out Money direct) == MoneyText.Outcome.Success && !direct.IsNegative)
                {
                    return direct;
                }
                string? s = ReadString(value, this, name);
                if (s is null)
                {
                    return null;
                }
                text = s;
                outcome = MoneyText.ParseString(s, out money);
                break;
            case JsonValueKind.Number:
                outcome = MoneyText.FromNumber(ParseNumber(value, scale: 2, out long fen), fen, out money);
                text = outcome == MoneyText.Outcome.Success || IsFull ? string.Empty : value.GetRawText();
                break;
            default:
                Problem(name, DataProblemKind.WrongType,
                    $"{name} must be money as a string like \"1234.56\" (or a number), but was {JsonPaths.Describe(value.ValueKind)}.");
                return null;
        }
        if (outcome != MoneyText.Outcome.Success)
        {
            DataProblemKind kind = outcome switch
            {
                MoneyText.Outcome.TooManyDecimals => DataProblemKind.TooManyDecimals,
                MoneyText.Outcome.OutOfRange => DataProblemKind.OutOfRange,
                _ => DataProblemKind.InvalidValue,
            };
            Problem(name, kind, $"{name}: {MoneyText.Explain(outcome, text)}");
            return null;
        }
        if (money.IsNegative)
        {
            Problem(name, DataProblemKind.Negative, $"{name} must not be negative, but was {money.ToString()} yuan.");
            return null;
        }
        return money;
    }

    /// <summary>A proportion in [0, 1], as a JSON number: the range is checked exactly on the digits (so
    /// 1.0000000000000000001 is above 1 and -1e-400 below 0, though both round to a double in range), then the value
    /// is the nearest double, as a share always is.</summary>
    internal Share? Share(string name, bool required)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number)
        {
            Problem(name, DataProblemKind.WrongType, $"{name} must be a number between 0 and 1, but was {JsonPaths.Describe(value.ValueKind)}.");
            return null;
        }
        int place = PlaceAgainstZeroAndOne(value);
        if (place is < 0 or > 2)
        {
            Problem(name, place < 0 ? DataProblemKind.Negative : DataProblemKind.OutOfRange,
                $"{name} must be a proportion between 0 and 1 (0.5 is half), but was {Clip(value.GetRawText())}.");
            return null;
        }
        double ratio = place switch { 0 => 0.0, 2 => 1.0, _ => value.GetDouble() };
        return Domain.Share.FromRatio(ratio);
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
