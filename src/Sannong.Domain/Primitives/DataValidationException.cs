using System.Text;

namespace Sannong.Domain;

/// <summary>
/// Thrown by the throwing entry points of validation (building a programme's data, reading a dataset) when the
/// data has problems. It carries every problem found, not just the first, and no partial data.
/// </summary>
/// <remarks>The message lists up to the first 20 problems, one a line, and says how many more there are;
/// <see cref="Problems"/> holds the problems kept by the validation (the first <see cref="ValidationOptions.MaxProblems"/>)
/// and <see cref="ProblemCount"/> counts every problem found.</remarks>
/// <threadsafety>Instances are immutable once constructed and safe to read from several threads.</threadsafety>
public sealed class DataValidationException : ArgumentException
{
    private const int ProblemsInMessage = 20;

    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">The problems; there must be at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public DataValidationException(IEnumerable<DataProblem> problems)
        : this(Materialise(problems), 0)
    {
    }

    /// <summary>Creates the exception from the problems kept and the count of every problem found.</summary>
    /// <param name="problems">The problems kept; there must be at least one.</param>
    /// <param name="problemCount">The number of problems found, kept or not; a count below the number kept is taken
    /// as that number.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public DataValidationException(IEnumerable<DataProblem> problems, long problemCount)
        : this(Materialise(problems), problemCount)
    {
    }

    private DataValidationException(ImmutableArray<DataProblem> problems, long problemCount)
        : base(Describe(problems, Math.Max(problemCount, problems.Length)))
    {
        Problems = problems;
        ProblemCount = Math.Max(problemCount, problems.Length);
    }

    /// <summary>The problems kept, in the order found (every problem, unless the validation capped them).</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    /// <summary>The number of problems found, kept in <see cref="Problems"/> or not: at least
    /// <see cref="Problems"/>.Length.</summary>
    public long ProblemCount { get; }

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

    private static string Describe(ImmutableArray<DataProblem> problems, long count)
    {
        var text = new StringBuilder();
        text.Append("The data has ").Append(count.ToString("N0", CultureInfo.InvariantCulture)).Append(count == 1 ? " problem:" : " problems:");
        foreach (DataProblem problem in problems.Take(ProblemsInMessage))
        {
            text.AppendLine().Append("  ").Append(problem.ToString());
        }
        long shown = Math.Min(problems.Length, ProblemsInMessage);
        if (count > shown)
        {
            text.AppendLine().Append("  ... and ").Append((count - shown).ToString("N0", CultureInfo.InvariantCulture)).Append(" more.");
        }
        return text.ToString();
    }
}
