namespace Sannong.Domain;

/// <summary>
/// The outcome of validating recorded data: either the value, fully built, or every problem found and no value at
/// all. Returned by the non-throwing validation entry points (for example
/// <see cref="Programmes.ProgrammeData.Validate"/>); their throwing twins raise a
/// <see cref="DataValidationException"/> with the same problems.
/// </summary>
/// <typeparam name="T">The type of the validated value.</typeparam>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class ValidationResult<T>
    where T : class
{
    private readonly T? _value;

    private ValidationResult(T? value, ImmutableArray<DataProblem> problems, long problemCount)
    {
        _value = value;
        Problems = problems;
        ProblemCount = problemCount;
    }

    /// <summary>True when the data had no problem; <see cref="Value"/> is then the built value.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => _value is not null;

    /// <summary>The validated value, or null when there were problems (nothing half-built is ever returned).</summary>
    public T? Value => _value;

    /// <summary>The problems kept, in the order found: the first <see cref="ValidationOptions.MaxProblems"/> of them
    /// (1,000 by default); empty when <see cref="IsValid"/>. <see cref="ProblemCount"/> counts them all.</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    /// <summary>The number of problems found, kept in <see cref="Problems"/> or not: at least
    /// <see cref="Problems"/>.Length, and 0 when <see cref="IsValid"/>.</summary>
    public long ProblemCount { get; }

    /// <summary>The number of problems found but not kept, because <see cref="ValidationOptions.MaxProblems"/> were
    /// kept already: <see cref="ProblemCount"/> minus <see cref="Problems"/>.Length.</summary>
    public long OmittedProblemCount => ProblemCount - Problems.Length;

    /// <summary>Returns the value, or throws when there were problems.</summary>
    /// <returns>The validated value.</returns>
    /// <exception cref="DataValidationException">The data had problems; the exception carries the problems kept and
    /// the count of all.</exception>
    public T GetValueOrThrow() => _value ?? throw new DataValidationException(Problems, ProblemCount);

    /// <summary>Returns "valid" or the number of problems, for diagnostics.</summary>
    /// <returns>A short description: "valid ProgrammeData", "3 problem(s)" or "1000 problem(s) and 9999000 more".</returns>
    public override string ToString() => IsValid
        ? $"valid {typeof(T).Name}"
        : OmittedProblemCount > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Problems.Length} problem(s) and {OmittedProblemCount} more")
            : string.Create(CultureInfo.InvariantCulture, $"{Problems.Length} problem(s)");

    internal static ValidationResult<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), ImmutableArray<DataProblem>.Empty, 0);

    internal static ValidationResult<T> Failure(IEnumerable<DataProblem> problems) => Failure(problems, 0);

    /// <summary>A failure with the problems kept and the count of all found (at least as many as kept).</summary>
    internal static ValidationResult<T> Failure(IEnumerable<DataProblem> problems, long problemCount)
    {
        ImmutableArray<DataProblem> all = problems.ToImmutableArray();
        if (all.IsEmpty)
        {
            throw new ArgumentException("problems must hold at least one problem.", nameof(problems));
        }
        return new ValidationResult<T>(null, all, Math.Max(problemCount, all.Length));
    }
}
