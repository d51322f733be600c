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
    private static readonly Func<DataLocation, string> DomainTerms = location => location.ToString();

    private readonly List<DataProblem> _kept = new();
    private readonly int _max;
    private readonly Func<DataLocation, string> _pathOf;

    internal ProblemList(ValidationOptions options, long? line = null, Func<DataLocation, string>? pathOf = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _max = options.MaxProblems;
        Line = line;
        _pathOf = pathOf ?? DomainTerms;
    }

    private ProblemList(int max, long? line, Func<DataLocation, string> pathOf)
    {
        _max = max;
        Line = line;
        _pathOf = pathOf;
    }

    /// <summary>The NDJSON line number the problems belong to, or null for a whole document.</summary>
    internal long? Line { get; }

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
    internal string PathOf(DataLocation location) => _pathOf(location);

    /// <summary>Counts a problem at a location, keeping it while there is room.</summary>
    internal void Add(DataLocation location, DataProblemKind kind, string message)
    {
        Count++;
        if (_kept.Count < _max)
        {
            _kept.Add(new DataProblem(_pathOf(location), location, kind, message, Line));
        }
    }

    /// <summary>Counts a problem at a location, whose path and message are built only when it is kept.</summary>
    internal void Add(DataLocation location, DataProblemKind kind, [InterpolatedStringHandlerArgument("")] ref ProblemText message)
    {
        Count++;
        if (_kept.Count < _max)
        {
            _kept.Add(new DataProblem(_pathOf(location), location, kind, message.ToStringAndClear(), Line));
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
                _kept.Add(problem.Location is { } location ? problem.WithPath(_pathOf(location)) : problem);
            }
        }
    }

    /// <summary>An empty list with the same cap, line and paths, for problems gathered apart and added in order later
    /// (<see cref="AddRange"/>).</summary>
    internal ProblemList Sibling() => new(_max, Line, _pathOf);

    /// <summary>Forgets every problem kept and counted (a reader that must start over, reporting one problem instead
    /// of what it had found).</summary>
    internal void Clear()
    {
        _kept.Clear();
        Count = 0;
    }

    /// <summary>The failure of the validation.</summary>
    internal ValidationResult<T> Failure<T>()
        where T : class => ValidationResult<T>.Failure(_kept, Count);

    /// <summary>The problems kept, as an immutable array.</summary>
    internal ImmutableArray<DataProblem> ToImmutableArray() => [.. _kept];
}
