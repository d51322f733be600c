namespace Sannong.Domain;

/// <summary>
/// The kind of record a <see cref="DataLocation"/> points into: the lists a programme's data is made of, in the order
/// <see cref="Programmes.ProgrammeData"/> holds them.
/// </summary>
/// <remarks>The numeric values are stable. <c>default(DataRecordKind)</c> is <see cref="None"/>: the data as a
/// whole.</remarks>
public enum DataRecordKind
{
    /// <summary>No record in particular: the data as a whole.</summary>
    None = 0,

    /// <summary>The programme (one record, never indexed).</summary>
    Programme = 1,

    /// <summary>The list of influencers.</summary>
    Influencer = 2,

    /// <summary>The list of enrolments.</summary>
    Enrolment = 3,

    /// <summary>The list of budget ledger entries, in the order they were given (not the ledger's date order).</summary>
    LedgerEntry = 4,

    /// <summary>The list of monthly earnings.</summary>
    Earning = 5,

    /// <summary>The list of content items.</summary>
    ContentItem = 6,
}
