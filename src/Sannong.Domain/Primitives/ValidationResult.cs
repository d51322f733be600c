using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Sannong.Domain;

/// <summary>
/// The outcome of validating recorded data: either the value, fully built, or every problem found and no value at
/// all. Returned by the non-throwing validation entry points (for example
/// <see cref="Programmes.ProgrammeData.Validate"/>); their throwing twins raise a
/// <see cref="DataValidationException"/> with the same problems.
/// </summary>
/// <typeparam name="T">The type of the validated value.</typeparam>
/// <threadsafety>This type is an immutable reference type. See the thread safety section of the user guide for further information.</threadsafety>
public sealed class ValidationResult<T>
    where T : class
{
    private readonly T? _value;

    private ValidationResult(T? value, ImmutableArray<DataProblem> problems)
    {
        _value = value;
        Problems = problems;
    }

    /// <summary>True when the data had no problem; <see cref="Value"/> is then the built value.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => _value is not null;

    /// <summary>The validated value, or null when there were problems (nothing half-built is ever returned).</summary>
    public T? Value => _value;

    /// <summary>Every problem found, in the order found; empty when <see cref="IsValid"/>.</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    /// <summary>Returns the value, or throws when there were problems.</summary>
    /// <returns>The validated value.</returns>
    /// <exception cref="DataValidationException">The data had problems; the exception lists every one.</exception>
    public T GetValueOrThrow() => _value ?? throw new DataValidationException(Problems);

    /// <summary>Returns "valid" or the number of problems, for diagnostics.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => IsValid ? $"valid {typeof(T).Name}" : $"{Problems.Length} problem(s)";

    internal static ValidationResult<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), ImmutableArray<DataProblem>.Empty);

    internal static ValidationResult<T> Failure(IEnumerable<DataProblem> problems)
    {
        ImmutableArray<DataProblem> all = problems.ToImmutableArray();
        if (all.IsEmpty)
        {
            throw new ArgumentException("problems must hold at least one problem.", nameof(problems));
        }
        return new ValidationResult<T>(null, all);
    }
}
