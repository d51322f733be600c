namespace Sannong.Domain.Serialization;

/// <summary>
/// The limits the readers of <see cref="SannongJson"/> enforce against hostile or accidental input. Exceeding one is
/// reported as a <see cref="DataProblem"/> of kind <see cref="DataProblemKind.LimitExceeded"/>, never as a crash or an
/// unbounded allocation.
/// </summary>
/// <threadsafety>This type is a static class of constants and is thread-safe.</threadsafety>
public static class SannongJsonLimits
{
    /// <summary>The deepest nesting of objects and arrays a document or an NDJSON line may have: 64 levels. A valid
    /// dataset document needs 4.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest string value or property name, in UTF-16 code units: 10,000. The domain's own limits are
    /// lower (a caption holds at most 2,000 characters); this one stops a hostile value before the domain sees it.</summary>
    public const int MaxStringLength = 10_000;

    /// <summary>The largest dataset document the in-memory readers accept, in bytes of UTF-8: 256 MiB
    /// (268,435,456 bytes). Larger collections belong in NDJSON files, which are read line by line.</summary>
    public const int MaxDocumentBytes = 256 * 1024 * 1024;

    /// <summary>The longest NDJSON line, in bytes of UTF-8 without the line break: 1 MiB (1,048,576 bytes). A longer
    /// line is reported with its line number and skipped; the lines after it are still read.</summary>
    public const int MaxNdjsonLineBytes = 1024 * 1024;

    /// <summary>The most records a record file of a dataset folder (<see cref="DatasetFiles"/>) may hold: 50,000,000.
    /// A folder is read into memory whole, to be checked as a whole; past this many records (a few gigabytes of
    /// them) the line where the limit is passed is reported and the rest of that file is not read. Larger
    /// collections are read record by record with <see cref="SannongJson.ReadNdjson{T}(System.IO.Stream)"/> and the
    /// streaming calculators.</summary>
    public const int MaxRecordsPerFile = 50_000_000;
}
