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
    private readonly JsonFieldSet _fields = new();
    private readonly JsonProperties _properties = new();
    private ElementPath _path;
    private string? _pathText;

    // The sink's count when the object was opened: a problem since then is one of this object's.
    private long _problemsAtOpen;

    private JsonObjectReader(ElementPath path, ProblemList sink, string what)
    {
        _path = path;
        Sink = sink;
        What = what;
        _problemsAtOpen = sink.Count;
    }

    /// <summary>The object's path, built on first use (usually only for a problem).</summary>
    internal string Path => _pathText ??= _path.ToString();

    internal ProblemList Sink { get; private set; }

    /// <summary>What the object is, for messages ("an influencer").</summary>
    internal string What { get; private set; }

    /// <summary>The object's properties: filled by the Open methods, or by a caller of <see cref="OpenEmpty"/> that
    /// walks the object itself.</summary>
    internal JsonProperties Properties => _properties;

    /// <summary>Opens <paramref name="value"/> as an object (reading its properties from the buffer), or reports that
    /// it is not one and returns null.</summary>
    internal static JsonObjectReader? Open(JsonSlice value, ElementPath path, ProblemList sink, string what)
    {
        if (value.Kind != JsonValueKind.Object)
        {
            ReportNotObject(value.Kind, path, sink, what);
            return null;
        }
        JsonObjectReader reader = OpenEmpty(path, sink, what);
        reader._properties.Collect(value);
        return reader;
    }

    /// <summary>Opens the object whose opening brace <paramref name="json"/> stands on (a reader over the whole of
    /// <paramref name="buffer"/>), reading its properties in the same pass: the reader then stands on its closing
    /// brace.</summary>
    /// <exception cref="JsonException">The JSON is not valid (or nests too deeply).</exception>
    internal static JsonObjectReader OpenHere(ref Utf8JsonReader json, JsonSource buffer, ElementPath path, ProblemList sink, string what)
    {
        JsonObjectReader reader = OpenEmpty(path, sink, what);
        reader._properties.Collect(ref json, buffer);
        return reader;
    }

    /// <summary>A reader with no properties yet (see <see cref="Properties"/>), from the pool when it has one.</summary>
    internal static JsonObjectReader OpenEmpty(ElementPath path, ProblemList sink, string what)
    {
        JsonObjectReader? reader = JsonObjectReaderPool.Take();
        if (reader is null)
        {
            return new JsonObjectReader(path, sink, what);
        }
        reader._properties.Clear();
        reader._path = path;
        reader.Sink = sink;
        reader.What = what;
        reader._problemsAtOpen = sink.Count;
        return reader;
    }

    /// <summary>Reports that the value at <paramref name="path"/>, of kind <paramref name="kind"/>, is not the object
    /// <paramref name="what"/> it should be.</summary>
    internal static void ReportNotObject(JsonValueKind kind, ElementPath path, ProblemList sink, string what)
    {
        if (sink.IsFull)
        {
            sink.CountOnly();
        }
        else
        {
            sink.Add(path.ToString(), DataProblemKind.WrongType, $"expected {what} (a JSON object), but found {JsonPaths.Describe(kind)}.");
        }
    }

    /// <summary>Reads one record with <paramref name="read"/> from the open reader <paramref name="r"/>, which is
    /// handed back after it (nothing when <paramref name="r"/> is null). <paramref name="read"/> must not keep the
    /// reader. A domain constructor's <see cref="ArgumentException"/> (or <see cref="ArithmeticException"/>) that
    /// <paramref name="read"/> lets out is reported at the field <paramref name="fieldOf"/> gives for its parameter
    /// (or at the record itself for null).</summary>
    internal static T? ReadRecord<T>(JsonObjectReader? r, Func<JsonObjectReader, T?> read, Func<string?, string?> fieldOf)
        where T : class
    {
        if (r is null)
        {
            return null;
        }
        try
        {
            return read(r);
        }
        catch (Exception e) when (e is ArgumentException or ArithmeticException)
        {
            r.Report(e, fieldOf((e as ArgumentException)?.ParamName));
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
        _properties.Clear();
        _path = default;
        _pathText = null;
        _fields.Clear();
        _problemsAtOpen = 0;
        Sink = null!;
        What = null!;
        JsonObjectReaderPool.Return(this);
    }

    /// <summary>True when a problem has been reported since the object was opened (in it or in anything read through
    /// it): then the object is not to be built.</summary>
    internal bool HasProblems => Sink.Count > _problemsAtOpen;

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
    internal bool TryGet(string name, bool required, out JsonSlice value)
    {
        bool present = _fields.Lookup(_properties, name, out value);
        if (present && value.Kind != JsonValueKind.Null)
        {
            return true;
        }
        if (required)
        {
            bool isNull = value.Kind == JsonValueKind.Null;
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
        if (_fields.AllKnownOnce(_properties))
        {
            return;
        }
        // Otherwise each property is matched against the known names without materialising its name; a name is built
        // as a string only for a problem. Duplicates are tracked by the index of the known name.
        IReadOnlyList<string> known = _fields.Known;
        Span<bool> seen = known.Count <= 64 ? stackalloc bool[known.Count] : new bool[known.Count];
        for (int i = 0; i < _properties.Count; i++)
        {
            int index = _fields.IndexOf(_properties, i);
            if (index < 0)
            {
                if (Sink.IsFull)
                {
                    Sink.CountOnly();
                    continue;
                }
                string name = _properties.NameAt(i);
                Problem(name, DataProblemKind.UnknownField,
                    $"'{Excerpt.Of(name, Excerpt.Long)}' is not a field of {What}; the fields are {string.Join(", ", known)}.");
            }
            else if (seen[index])
            {
                string name = known[index];
                Problem(name, DataProblemKind.InvalidValue, $"{name} appears more than once in {What}.");
            }
            else
            {
                seen[index] = true;
            }
        }
    }

    /// <summary>Reports the unknown and repeated fields (see <see cref="Finish()"/>), then builds the object with
    /// <paramref name="create"/> unless a problem was found in it (see <see cref="Build{T}"/>).</summary>
    internal T? Finish<T>(Func<T> create, Func<string?, string?> fieldOfParameter)
        where T : class
    {
        Finish();
        return HasProblems ? null : Build(create, fieldOfParameter);
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

    internal bool TryGetArray(string name, bool required, out JsonSlice value)
    {
        if (!TryGet(name, required, out value))
        {
            return false;
        }
        if (value.Kind != JsonValueKind.Array)
        {
            Problem(name, DataProblemKind.WrongType, $"{name} must be an array, but was {JsonPaths.Describe(value.Kind)}.");
            return false;
        }
        return true;
    }

    /// <summary>A nested object field.</summary>
    internal JsonObjectReader? Object(string name, bool required, string what) =>
        TryGet(name, required, out JsonSlice value) ? Open(value, PathOf(name), Sink, what) : null;
}
