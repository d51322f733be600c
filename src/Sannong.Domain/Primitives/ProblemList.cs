using System.Runtime.CompilerServices;

namespace Sannong.Domain;

/// <summary>Something problems are reported to, which says whether it still keeps them: a message is formatted only
/// when it will be kept (see <see cref="ProblemText"/>).</summary>
internal interface IProblemTarget
{
    /// <summary>True when the next problem would only be counted.</summary>
    bool IsFull { get; }
}

/// <summary>The problems found by one validation: the first <see cref="ValidationOptions.MaxProblems"/> kept, every
/// one counted. Past the cap nothing is built (no path, no message), so bad input costs constant memory per
/// problem. A problem given by its <see cref="DataLocation"/> gets its path from the list's way of writing locations:
/// <see cref="DataLocation.ToString"/> unless the caller (the serialization) gives another.</summary>
internal sealed class ProblemList : IProblemTarget
{
    private static readonly Func<DataLocation, ProblemPlace> DomainTerms = location => new ProblemPlace(location.ToString());

    private readonly List<DataProblem> _kept = new();
    private readonly int _max;
    private readonly Func<DataLocation, ProblemPlace> _placeOf;

    internal ProblemList(ValidationOptions options, long? line = null, Func<DataLocation, string>? pathOf = null)
        : this(options, line, pathOf is null ? null : location => new ProblemPlace(pathOf(location)))
    {
    }

    /// <summary>A list that writes each location as a place of its own: a path, and for data read from several files
    /// the file and the line (<paramref name="placeOf"/>; null for <see cref="DataLocation.ToString"/>).</summary>
    internal ProblemList(ValidationOptions options, long? line, Func<DataLocation, ProblemPlace>? placeOf)
    {
        ArgumentNullException.ThrowIfNull(options);
        _max = options.MaxProblems;
        Line = line;
        _placeOf = placeOf ?? DomainTerms;
    }

    private ProblemList(int max, long? line, Func<DataLocation, ProblemPlace> placeOf)
    {
        _max = max;
        Line = line;
        _placeOf = placeOf;
    }

    /// <summary>The NDJSON line number the problems belong to, or null for a whole document.</summary>
    internal long? Line { get; private set; }

    /// <summary>Every problem found, kept or not.</summary>
    internal long Count { get; private set; }

    /// <summary>The problems kept, in the order found.</summary>
    internal IReadOnlyList<DataProblem> Kept => _kept;

    public bool IsFull => _kept.Count >= _max;

    /// <summary>How many more problems would be kept (at least 1, for handing on as a cap).</summary>
    internal int Room => Math.Max(_max - _kept.Count, 1);

    /// <summary>Counts a problem, keeping it while there is room.</summary>
    internal void Add(string path, DataProblemKind kind, string message)
    {
        Count++;
        if (_kept.Count < _max)
        {
            _kept.Add(new DataProblem(path, kind, message, Line));
        }
    }

    /// <summary>Counts a problem whose message is formatted only when it is kept.</summary>
    internal void Add(string path, DataProblemKind kind, [InterpolatedStringHandlerArgument("")] ref ProblemText message)
    {
        Count++;
        if (_kept.Count < _max)
        {
            _kept.Add(new DataProblem(path, kind, message.ToStringAndClear(), Line));
        }
    }

    /// <summary>The path of a location, as this list writes it (for a message that names another record).</summary>
    internal string PathOf(DataLocation location) => _placeOf(location).Describe();

    /// <summary>Counts a problem at a location, keeping it while there is room.</summary>
    internal void Add(DataLocation location, DataProblemKind kind, string message)
    {
        Count++;
        if (_kept.Count < _max)
        {
            _kept.Add(At(location, kind, message, Line));
        }
    }

    /// <summary>Counts a problem at a location, whose path and message are built only when it is kept.</summary>
    internal void Add(DataLocation location, DataProblemKind kind, [InterpolatedStringHandlerArgument("")] ref ProblemText message)
    {
        Count++;
        if (_kept.Count < _max)
        {
            _kept.Add(At(location, kind, message.ToStringAndClear(), Line));
        }
    }

    /// <summary>Counts a problem whose path and message are built only when it is kept.</summary>
    internal void Add<TState>(TState state, Func<TState, DataProblem> build)
    {
        Count++;
        if (_kept.Count < _max)
        {
            _kept.Add(build(state));
        }
    }

    /// <summary>Counts a problem that is not kept: the caller found the list full and built nothing.</summary>
    internal void CountOnly() => Count++;

    /// <summary>Adds problems found elsewhere, <paramref name="total"/> in all of which <paramref name="problems"/>
    /// are the first ones, as they are.</summary>
    internal void AddRange(IReadOnlyList<DataProblem> problems, long total)
    {
        foreach (DataProblem problem in problems)
        {
            if (_kept.Count >= _max)
            {
                break;
            }
            _kept.Add(problem);
        }
        Count += Math.Max(total, problems.Count);
    }

    /// <summary>Adds problems found elsewhere (all of them), each with a <see cref="DataProblem.Location"/> written
    /// at this list's path of it.</summary>
    internal void AddLocated(IReadOnlyList<DataProblem> problems)
    {
        foreach (DataProblem problem in problems)
        {
            Count++;
            if (_kept.Count < _max)
            {
                _kept.Add(problem.Location is { } location ? At(location, problem.Kind, problem.Message, problem.Line) : problem);
            }
        }
    }

    /// <summary>An empty list with the same cap, line and paths, for problems gathered apart and added in order later
    /// (<see cref="AddRange"/>).</summary>
    internal ProblemList Sibling() => new(_max, Line, _placeOf);

    /// <summary>Forgets every problem and takes those of another NDJSON line: one list serves a whole file.</summary>
    internal void Restart(long line)
    {
        Clear();
        Line = line;
    }

    /// <summary>Forgets every problem kept and counted (a reader that must start over, reporting one problem instead
    /// of what it had found).</summary>
    internal void Clear()
    {
        _kept.Clear();
        Count = 0;
    }

    /// <summary>A problem at a location, written at this list's place of it (its line, if it has one, before
    /// <paramref name="line"/>).</summary>
    private DataProblem At(DataLocation location, DataProblemKind kind, string message, long? line)
    {
        ProblemPlace place = _placeOf(location);
        return new DataProblem(place.Path, location, kind, message, place.Line ?? line, place.File);
    }

    /// <summary>The failure of the validation.</summary>
    internal ValidationResult<T> Failure<T>()
        where T : class => ValidationResult<T>.Failure(_kept, Count);

    /// <summary>The problems kept, as an immutable array.</summary>
    internal ImmutableArray<DataProblem> ToImmutableArray() => [.. _kept];
}

/// <summary>Where a problem located in the domain's terms is written: its path, and for data read from several files the
/// file and the line of the record.</summary>
/// <param name="Path">The path (a JSON path, or <see cref="DataLocation.ToString"/>).</param>
/// <param name="Line">The 1-based line of the record in its file, or null.</param>
/// <param name="File">The file's name, or null for data read from one document (or given in memory).</param>
internal readonly record struct ProblemPlace(string Path, long? Line = null, string? File = null)
{
    /// <summary>The place as a message names another record: the path alone, or with its file and line
    /// (<c>influencers.ndjson line 4</c>, <c>dataset.json $.influencers[3]</c>).</summary>
    internal string Describe() => File is null ? Path
        : Line is { } line ? FormattableString.Invariant($"{File} line {line}") + (Path == "$" ? "" : " " + Path)
        : File + " " + Path;
}
