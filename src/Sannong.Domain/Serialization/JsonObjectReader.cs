using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Sannong.Domain.Serialization;

/// <summary>
/// Reads the fields of one JSON object, reporting every problem with its path instead of stopping at the first:
/// each getter returns null when the field is absent (or null) or has a problem, and <see cref="Finish"/> reports
/// the fields nobody asked for (unknown fields are rejected, so that a typo is never silently dropped).
/// </summary>
internal sealed partial class JsonObjectReader : IProblemTarget
{
    // One released reader per thread, reused by the next Open: a document holds hundreds of thousands of records, and
    // a reader (with its list of names) per record was a sixth of the bytes allocated by a read.
    [ThreadStatic]
    private static JsonObjectReader? t_spare;

    private JsonElement _object;
    private ElementPath _path;
    private string? _pathText;
    // The names asked for, in order (a handful per object: a list is faster than a set here).
    private readonly List<string> _known = new(8);

    // How many of the known names are present in the object (counted once each, null values included).
    private int _present;

    private JsonObjectReader(JsonElement value, ElementPath path, ProblemList sink, string what)
    {
        _object = value;
        _path = path;
        Sink = sink;
        What = what;
    }

    /// <summary>The object's path, built on first use (usually only for a problem).</summary>
    internal string Path => _pathText ??= _path.ToString();

    internal ProblemList Sink { get; private set; }

    /// <summary>What the object is, for messages ("an influencer").</summary>
    internal string What { get; private set; }

    /// <summary>Opens <paramref name="value"/> as an object, or reports that it is not one and returns null.</summary>
    internal static JsonObjectReader? Open(JsonElement value, ElementPath path, ProblemList sink, string what)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            if (sink.IsFull)
            {
                sink.CountOnly();
            }
            else
            {
                sink.Add(path.ToString(), DataProblemKind.WrongType, $"expected {what} (a JSON object), but found {JsonPaths.Describe(value.ValueKind)}.");
            }
            return null;
        }
        JsonObjectReader? reader = t_spare;
        if (reader is null)
        {
            return new JsonObjectReader(value, path, sink, what);
        }
        t_spare = null;
        reader._object = value;
        reader._path = path;
        reader.Sink = sink;
        reader.What = what;
        return reader;
    }

    /// <summary>Reads <paramref name="value"/> as one record with <paramref name="read"/> and a reader taken for the
    /// call and handed back after it, or reports that it is not an object and returns null. <paramref name="read"/>
    /// must not keep the reader.</summary>
    internal static T? ReadRecord<T>(JsonElement value, ElementPath path, ProblemList sink, string what,
        Func<JsonObjectReader, ProblemList, T?> read)
        where T : class
    {
        JsonObjectReader? r = Open(value, path, sink, what);
        if (r is null)
        {
            return null;
        }
        try
        {
            return read(r, sink);
        }
        catch (Exception e) when (e is ArgumentException or ArithmeticException)
        {
            // A rule of a domain constructor that the record's reader did not map to a field: reported at the record.
            r.Report(e, null);
            return null;
        }
        finally
        {
            r.Release();
        }
    }

    /// <summary>Hands the reader back for reuse by the next <see cref="Open"/> on this thread. The caller must not use
    /// it afterwards (nor anything that still refers to it).</summary>
    internal void Release()
    {
        _object = default;
        _path = default;
        _pathText = null;
        _known.Clear();
        _present = 0;
        Sink = null!;
        What = null!;
        t_spare = this;
    }

    internal string PathOf(string name) => JsonPaths.Property(Path, name);

    /// <summary>True when the sink keeps no more problems: the next is only counted, and nothing of it is built.</summary>
    public bool IsFull => Sink.IsFull;

    internal void Problem(string name, DataProblemKind kind, string message)
    {
        if (Sink.IsFull)
        {
            Sink.CountOnly();
            return;
        }
        Sink.Add(PathOf(name), kind, message);
    }

    /// <summary>Reports a problem at the field <paramref name="name"/>; its path and message are built only when it
    /// is kept.</summary>
    internal void Problem(string name, DataProblemKind kind, [InterpolatedStringHandlerArgument("")] ref ProblemText message)
    {
        if (Sink.IsFull)
        {
            Sink.CountOnly();
            return;
        }
        Sink.Add(PathOf(name), kind, message.ToStringAndClear());
    }

    /// <summary>Marks <paramref name="name"/> as a known field and returns its value when present and not null.</summary>
    internal bool TryGet(string name, bool required, out JsonElement value)
    {
        bool isNew = !_known.Contains(name);
        if (isNew)
        {
            _known.Add(name);
        }
        // By the name's UTF-8 bytes: TryGetProperty(string) would transcode the name on every call.
        bool present = _object.TryGetProperty(Utf8Names.Of(name), out value);
        if (present && isNew)
        {
            _present++;
        }
        if (present && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }
        if (required)
        {
            bool isNull = value.ValueKind == JsonValueKind.Null;
            Problem(name, DataProblemKind.MissingField, isNull
                ? $"{name} is required in {What}, but was null."
                : $"{name} is required in {What}, but is missing.");
        }
        return false;
    }

    /// <summary>Declares optional fields that the caller reads some other way (or not at all).</summary>
    internal void Allow(params string[] names)
    {
        foreach (string name in names)
        {
            _ = TryGet(name, required: false, out _);
        }
    }

    /// <summary>Reports the unknown and repeated fields. Call after every field has been asked for.</summary>
    internal void Finish()
    {
        // When the object has exactly as many properties as distinct known names were found in it, every property is
        // one of those names, once: nothing unknown, nothing repeated. That is the usual case, checked by counting.
        int properties = 0;
        foreach (JsonProperty unused in _object.EnumerateObject())
        {
            properties++;
        }
        if (properties == _present)
        {
            return;
        }
        // Otherwise each property is matched against the known names without materialising its name; a name is built
        // as a string only for a problem. Duplicates are tracked by the index of the known name.
        Span<bool> seen = _known.Count <= 64 ? stackalloc bool[_known.Count] : new bool[_known.Count];
        foreach (JsonProperty property in _object.EnumerateObject())
        {
            int index = IndexOfKnown(property);
            if (index < 0)
            {
                if (Sink.IsFull)
                {
                    Sink.CountOnly();
                    continue;
                }
                string name = property.Name;
                Problem(name, DataProblemKind.UnknownField,
                    $"'{Clip(name)}' is not a field of {What}; the fields are {string.Join(", ", _known)}.");
            }
            else if (seen[index])
            {
                string name = _known[index];
                Problem(name, DataProblemKind.InvalidValue, $"{name} appears more than once in {What}.");
            }
            else
            {
                seen[index] = true;
            }
        }
    }

    private int IndexOfKnown(JsonProperty property)
    {
        for (int i = 0; i < _known.Count; i++)
        {
            if (property.NameEquals(Utf8Names.Of(_known[i])))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Runs a domain constructor, turning an <see cref="ArgumentException"/> into a problem at the field
    /// its parameter comes from (or at the object itself).</summary>
    internal T? Build<T>(Func<T> create, Func<string?, string?> fieldOfParameter)
        where T : class
    {
        try
        {
            return create();
        }
        catch (Exception e) when (e is ArgumentException or ArithmeticException)
        {
            Report(e, fieldOfParameter((e as ArgumentException)?.ParamName));
            return null;
        }
    }

    /// <summary>Reports a domain constructor's <see cref="ArgumentException"/> (or <see cref="ArithmeticException"/>,
    /// such as an overflow) as a problem at <paramref name="field"/> (or at the object itself when null): what
    /// <see cref="Build{T}"/> does, for readers that call the constructor themselves and so need no closure per
    /// record.</summary>
    internal void Report(Exception e, string? field)
    {
        DataProblemKind kind = e is ArgumentOutOfRangeException or ArithmeticException ? DataProblemKind.OutOfRange : DataProblemKind.InvalidValue;
        if (Sink.IsFull)
        {
            Sink.CountOnly();
            return;
        }
        Sink.Add(field is null ? Path : PathOf(field), kind, JsonPaths.CleanMessage(e));
    }

    private static string Clip(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 64), "...");

    /// <summary>The elements of an optional or required array field, each with its path.</summary>
    internal IEnumerable<(JsonElement Value, string Path)>? Array(string name, bool required)
    {
        if (!TryGetArray(name, required, out JsonElement value))
        {
            return null;
        }
        string path = PathOf(name);
        return value.EnumerateArray().Select((element, i) => (element, JsonPaths.Index(path, i)));
    }

    internal bool TryGetArray(string name, bool required, out JsonElement value)
    {
        if (!TryGet(name, required, out value))
        {
            return false;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(name, DataProblemKind.WrongType, $"{name} must be an array, but was {JsonPaths.Describe(value.ValueKind)}.");
            return false;
        }
        return true;
    }

    /// <summary>A nested object field.</summary>
    internal JsonObjectReader? Object(string name, bool required, string what) =>
        TryGet(name, required, out JsonElement value) ? Open(value, PathOf(name), Sink, what) : null;
}
