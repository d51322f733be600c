using System;
using System.Globalization;

namespace Sannong.Domain;

/// <summary>
/// How a validating reader reports what it finds: today, how many problems it keeps. Every problem is still counted
/// (<see cref="ValidationResult{T}.ProblemCount"/>); those past <see cref="MaxProblems"/> are only counted, never
/// built, so the time and memory of reading bad input do not grow with the number of its problems.
/// </summary>
/// <remarks>Pass it to the overloads of <see cref="Serialization.SannongJson"/>'s <c>Validate*</c> and <c>Read*</c>
/// methods and of <see cref="Programmes.ProgrammeData.Validate(Programmes.Programme, System.Collections.Generic.IEnumerable{Creators.Influencer}, System.Collections.Generic.IEnumerable{Programmes.Enrolment}, System.Collections.Generic.IEnumerable{Programmes.LedgerEntry}, System.Collections.Generic.IEnumerable{Programmes.Earning}, System.Collections.Generic.IEnumerable{Content.ContentItem}, ValidationOptions)"/>;
/// the overloads without it use <see cref="Default"/>.</remarks>
/// <threadsafety>This type is immutable once initialised and thread-safe.</threadsafety>
public sealed class ValidationOptions
{
    /// <summary>The number of problems kept when no other is given: 1,000.</summary>
    public const int DefaultMaxProblems = 1_000;

    private readonly int _maxProblems = DefaultMaxProblems;

    /// <summary>The options used when none are given: at most 1,000 problems kept.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The most problems kept (the first ones found, in the order found); the rest are counted only. At least
    /// 1; 1,000 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxProblems
    {
        get => _maxProblems;
        init => _maxProblems = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxProblems),
                string.Create(CultureInfo.InvariantCulture, $"MaxProblems must be at least 1, but was {value}."));
    }

    /// <summary>Describes the options for diagnostics.</summary>
    /// <returns>For example "MaxProblems = 1000".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"MaxProblems = {MaxProblems}");
}
