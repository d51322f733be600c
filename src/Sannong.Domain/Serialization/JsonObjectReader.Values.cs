using System.Text.Json;
using NodaTime.Text;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Serialization;

// The typed getters of text: strings, names of enumerations, dates, months, instants, identifiers and topics (numbers
// are in JsonObjectReader.Numbers.cs). Each asks for the field, parses it (JsonStringValue, IsoText, NameTable...) and
// reports what is wrong.
internal sealed partial class JsonObjectReader
{
    internal string? String(string name, bool required) =>
        TryGet(name, required, out JsonSlice value) ? ReadString(value, name) : null;

    // The path of a field is built only when it has a problem: most fields have none, and building "$.ledger[7].date"
    // for each of them was a large part of the reading time.
    private string? ReadString(JsonSlice value, string name)
    {
        string? text = JsonStringValue.Read(value, out JsonStringValue.Issue issue, out int length);
        if (issue != JsonStringValue.Issue.None)
        {
            Problem(name, JsonStringValue.KindOf(issue), $"{JsonStringValue.Explain(issue, name, value.Kind, length)}");
        }
        return text;
    }

    /// <summary>Copies a string field's text into <paramref name="chars"/> without building a string when
    /// <see cref="JsonStringValue.TryShortAscii"/> can; otherwise false, with nothing reported (the caller then reads
    /// the field with <see cref="String"/>). Marks the field as known.</summary>
    private bool TryShortAscii(string name, Span<char> chars, out int length)
    {
        if (TryGet(name, required: false, out JsonSlice value))
        {
            return JsonStringValue.TryShortAscii(value, chars, out length);
        }
        length = 0;
        return false;
    }

    /// <summary>A member of an enumeration, by its name in <paramref name="table"/>; a string that is none of the
    /// names is a problem listing them.</summary>
    internal T? Name<T>(string name, bool required, NameTable<T> table)
        where T : struct, Enum
    {
        // Matched as UTF-8 first, without building a string; only a value that does not match is read as text, which
        // reports what is wrong (or finds a name written with escapes).
        if (TryGet(name, required: false, out JsonSlice value) && value.Kind == JsonValueKind.String
            && table.TryMatch(value, out T known))
        {
            return known;
        }
        string? text = String(name, required);
        if (text is null)
        {
            return null;
        }
        if (table.TryParse(text, out T parsed))
        {
            return parsed;
        }
        Problem(name, DataProblemKind.InvalidValue, $"{name} must be {table.Expected}, but was \"{Excerpt.Of(text, Excerpt.Short)}\".");
        return null;
    }

    internal LocalDate? Date(string name, bool required) =>
        Parse(name, required, LocalDatePattern.Iso, IsoText.TryParseDate, "a date written yyyy-MM-dd (e.g. 2024-01-31)");

    internal YearMonth? Month(string name, bool required) =>
        Parse(name, required, YearMonthPattern.Iso, IsoText.TryParseMonth, "a month written yyyy-MM (e.g. 2024-01)");

    /// <summary>An instant written ISO-8601 with Z or an offset within ±18:00 (see <see cref="IsoText"/>), kept as the
    /// same instant: 2024-09-12T08:26:49+08:00 is 2024-09-12T00:26:49Z.</summary>
    internal Instant? Instant(string name, bool required) =>
        Parse(name, required, IsoText.Instants, IsoText.TryParseInstant,
            "an instant written ISO-8601 with Z or an offset, like 2024-01-02T08:00:00Z or 2024-01-02T16:00:00+08:00", IsoText.InstantHint);

    private delegate bool FastParse<T>(ReadOnlySpan<char> text, out T value);

    /// <summary>Parses a field with <paramref name="fast"/>, then <paramref name="pattern"/>; a value neither reads is
    /// a problem saying the <paramref name="form"/> expected and, when <paramref name="hint"/> has one, what is
    /// wrong.</summary>
    private T? Parse<T>(string name, bool required, IPattern<T> pattern, FastParse<T> fast, string form, Func<string, string?>? hint = null)
        where T : struct
    {
        Span<char> chars = stackalloc char[JsonStringValue.ShortAsciiChars];
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
            string? why = hint?.Invoke(text);
            if (why is null)
            {
                Problem(name, DataProblemKind.InvalidValue, $"{name} must be {form}, but was \"{Excerpt.Of(text, Excerpt.Long)}\".");
            }
            else
            {
                Problem(name, DataProblemKind.InvalidValue, $"{name} must be {form}, but was \"{Excerpt.Of(text, Excerpt.Long)}\": {why}.");
            }
            return null;
        }
        return result.Value;
    }

    /// <summary>An identifier (non-empty, at most 64 characters, no control characters, no outer white space).</summary>
    internal T? Id<T>(string name, bool required)
        where T : struct, IIdentifier<T>
    {
        string? text = String(name, required);
        if (text is null)
        {
            return null;
        }
        string? problem = IdentifierRules.Problem(text);
        if (problem is not null)
        {
            Problem(name, DataProblemKind.InvalidValue, $"{name} is not a valid {typeof(T).Name}: it {problem}.");
            return null;
        }
        return T.Create(text);
    }

    /// <summary>An array of topic codes of the standard taxonomy.</summary>
    internal ImmutableArray<Topic>? Topics(string name, bool required)
    {
        if (!TryGetArray(name, required, out JsonSlice array))
        {
            return null;
        }
        long before = Sink.Count;
        // Not sized from the array: a hostile array of ten million items would reserve 80 MB for items that all fail.
        var topics = ImmutableArray.CreateBuilder<Topic>();
        int index = 0;
        foreach (JsonSlice item in array.EnumerateArray())
        {
            // The item's path is built only for a problem kept; past the cap of problems, nothing is built.
            string? code = JsonStringValue.Read(item, out JsonStringValue.Issue issue, out int length);
            if (issue != JsonStringValue.Issue.None || !SannongTaxonomy.Standard.TryGetByCode(code!, out Topic? topic))
            {
                if (Sink.IsFull)
                {
                    Sink.CountOnly();
                }
                else if (issue != JsonStringValue.Issue.None)
                {
                    Sink.Add(JsonPaths.Index(PathOf(name), index), JsonStringValue.KindOf(issue),
                        JsonStringValue.Explain(issue, "a topic code", item.Kind, length));
                }
                else
                {
                    Sink.Add(JsonPaths.Index(PathOf(name), index), DataProblemKind.UnknownTopic,
                        $"'{Excerpt.Of(code!, Excerpt.Long)}' is not a topic code of the standard Three Rural Issues taxonomy (codes look like farmers.cuisine).");
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
