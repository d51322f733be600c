using System.Collections.Generic;

namespace Sannong.Domain.Serialization;

/// <summary>Collects the problems found while reading one document or one NDJSON line.</summary>
internal sealed class ProblemSink
{
    private readonly List<DataProblem> _problems = new();

    internal ProblemSink(long? line = null) => Line = line;

    /// <summary>The NDJSON line number the problems belong to, or null for a whole document.</summary>
    internal long? Line { get; }

    internal int Count => _problems.Count;

    internal IReadOnlyList<DataProblem> Problems => _problems;

    internal void Add(string path, DataProblemKind kind, string message) =>
        _problems.Add(new DataProblem(path, kind, message, Line));

    internal void AddRange(IEnumerable<DataProblem> problems) => _problems.AddRange(problems);
}
