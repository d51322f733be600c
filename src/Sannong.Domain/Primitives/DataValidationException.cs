using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace Sannong.Domain;

/// <summary>
/// Thrown by the throwing entry points of validation (building a programme's data, reading a dataset) when the
/// data has problems. It carries every problem found, not just the first, and no partial data.
/// </summary>
/// <remarks>The message lists up to the first 20 problems, one a line; <see cref="Problems"/> holds them all.</remarks>
/// <threadsafety>Instances are immutable once constructed and safe to read from several threads.</threadsafety>
public sealed class DataValidationException : ArgumentException
{
    private const int ProblemsInMessage = 20;

    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">The problems; there must be at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public DataValidationException(IEnumerable<DataProblem> problems)
        : this(Materialise(problems))
    {
    }

    private DataValidationException(ImmutableArray<DataProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order found.</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    private static ImmutableArray<DataProblem> Materialise(IEnumerable<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ImmutableArray<DataProblem> all = problems.ToImmutableArray();
        if (all.IsEmpty)
        {
            throw new ArgumentException("problems must hold at least one problem.", nameof(problems));
        }
        return all;
    }

    private static string Describe(ImmutableArray<DataProblem> problems)
    {
        var text = new StringBuilder();
        text.Append("The data has ").Append(problems.Length).Append(problems.Length == 1 ? " problem:" : " problems:");
        foreach (DataProblem problem in problems.Take(ProblemsInMessage))
        {
            text.AppendLine().Append("  ").Append(problem.ToString());
        }
        if (problems.Length > ProblemsInMessage)
        {
            text.AppendLine().Append("  ... and ").Append(problems.Length - ProblemsInMessage).Append(" more.");
        }
        return text.ToString();
    }
}
