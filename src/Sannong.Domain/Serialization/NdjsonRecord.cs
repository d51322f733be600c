namespace Sannong.Domain.Serialization;

/// <summary>One record read from an NDJSON stream (one JSON object a line): its line number and either its value or
/// the problems of that line.</summary>
/// <typeparam name="T">The record type: Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</typeparam>
/// <remarks>A bad line does not stop the reading: the records before and after it are read and checked as usual.
/// Problems carry the line number in <see cref="DataProblem.Line"/> and a path relative to the line's object
/// ("$.views"). Checks across records (duplicate ids, references to unknown influencers, refunds beyond what was
/// disbursed) are the caller's, for example through <see cref="Programmes.ProgrammeData.Validate"/>.</remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class NdjsonRecord<T>
    where T : class
{
    internal NdjsonRecord(long line, T? value, ImmutableArray<DataProblem> problems, long problemCount)
    {
        Line = line;
        Value = value;
        Problems = problems;
        ProblemCount = System.Math.Max(problemCount, problems.Length);
    }

    /// <summary>The line number, counting from 1 (blank lines count but yield no record).</summary>
    public long Line { get; }

    /// <summary>The record, or null when the line has problems.</summary>
    public T? Value { get; }

    /// <summary>The problems of the line kept (at most <see cref="ValidationOptions.MaxProblems"/>, 1,000 unless the
    /// reader was given other options); empty when <see cref="IsValid"/>.</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    /// <summary>The number of problems found on the line, kept in <see cref="Problems"/> or not (0 when
    /// <see cref="IsValid"/>).</summary>
    public long ProblemCount { get; }

    /// <summary>True when the line held a valid record.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    /// <summary>Describes the record for diagnostics.</summary>
    /// <returns>For example "line 3: valid Earning" or "line 4: 2 problem(s)".</returns>
    public override string ToString() => IsValid
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: valid {typeof(T).Name}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}: {ProblemCount} problem(s)");
}
