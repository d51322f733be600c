namespace Sannong.Domain;

/// <summary>
/// How a validating reader reports what it finds: today, how many problems it keeps. Every problem is still counted
/// (<see cref="ValidationResult{T}.ProblemCount"/>); those past <see cref="MaxProblems"/> are only counted, never
/// built, so the time and memory of reading bad input do not grow with the number of its problems.
/// </summary>
/// <remarks>Pass it to the overloads of <see cref="Serialization.SannongJson"/>'s <c>Validate*</c> and <c>Read*</c>
/// methods and of <see cref="Programmes.ProgrammeData.Validate(Programmes.Programme, System.Collections.Generic.IEnumerable{Creators.Influencer}, System.Collections.Generic.IEnumerable{Programmes.Enrolment}, System.Collections.Generic.IEnumerable{Programmes.LedgerEntry}, System.Collections.Generic.IEnumerable{Programmes.Earning}, System.Collections.Generic.IEnumerable{Content.ContentItem}, ValidationOptions)"/>;
/// the overloads without it use <see cref="Default"/>. Immutable, as every public type of the library: build it with
/// the constructor (<c>new ValidationOptions(50)</c>) or <see cref="WithMaxProblems"/>.</remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class ValidationOptions
{
    /// <summary>The number of problems kept when no other is given: 1,000.</summary>
    public const int DefaultMaxProblems = 1_000;

    /// <summary>Creates options that keep at most <paramref name="maxProblems"/> problems.</summary>
    /// <param name="maxProblems">The most problems kept; at least 1 (1,000 by default).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxProblems"/> is less than 1.</exception>
    public ValidationOptions(int maxProblems = DefaultMaxProblems)
    {
        MaxProblems = maxProblems >= 1
            ? maxProblems
            : throw new ArgumentOutOfRangeException(nameof(MaxProblems),
                string.Create(CultureInfo.InvariantCulture, $"MaxProblems must be at least 1, but was {maxProblems}."));
    }

    /// <summary>The options used when none are given: at most 1,000 problems kept.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The most problems kept (the first ones found, in the order found); the rest are counted only. At least
    /// 1; 1,000 by default.</summary>
    public int MaxProblems { get; }

    /// <summary>These options with another cap on the problems kept.</summary>
    /// <param name="maxProblems">The most problems kept; at least 1.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxProblems"/> is less than 1.</exception>
    public ValidationOptions WithMaxProblems(int maxProblems) => new(maxProblems);

    /// <summary>Describes the options for diagnostics.</summary>
    /// <returns>For example "MaxProblems = 1000".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"MaxProblems = {MaxProblems}");
}
