using Sannong.Domain.Utility;

namespace Sannong.Domain;

/// <summary>
/// Where a <see cref="DataProblem"/> is, in the domain's terms: the kind of record, its 0-based index in the list it
/// was given in, and the field (a property of the record, by its name in this library). The validation of a
/// programme's data reports locations; how a location is written for a file (a JSON path of the dataset document,
/// an NDJSON line) is the business of the serialization alone.
/// </summary>
/// <remarks>
/// <para>Examples: <c>new DataLocation(DataRecordKind.Enrolment, 2, "Enrolled")</c> is the date of the third
/// enrolment given; <c>new DataLocation(DataRecordKind.LedgerEntry, 7)</c> is the eighth ledger entry as a whole;
/// <c>new DataLocation(DataRecordKind.LedgerEntry)</c> is the ledger as a whole; <see cref="Whole"/> is the data as a
/// whole. A field inside a field is written with dots (<c>"Engagement.Views"</c>).</para>
/// <para><see cref="ToString"/> writes the location in the domain's terms: the kind of record (the name of its
/// type), the index and the property: <c>Enrolment[2].Enrolled</c>, <c>LedgerEntry[7]</c>, <c>LedgerEntry[*]</c> for
/// the list as a whole, <c>Programme.Period</c>, and <c>(all)</c> for the data as a whole. It is the
/// <see cref="DataProblem.Path"/> of a problem found by
/// <see cref="Programmes.ProgrammeData.Validate(Programmes.Programme, System.Collections.Generic.IEnumerable{Creators.Influencer}, System.Collections.Generic.IEnumerable{Programmes.Enrolment}, System.Collections.Generic.IEnumerable{Programmes.LedgerEntry}, System.Collections.Generic.IEnumerable{Programmes.Earning}, System.Collections.Generic.IEnumerable{Content.ContentItem}, ValidationOptions)"/>
/// called directly; the readers of <see cref="Serialization.SannongJson"/> write the same
/// location as a JSON path of the document instead.</para>
/// <para>Equality compares the three members (the field ordinally). <c>default(DataLocation)</c> is
/// <see cref="Whole"/>.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
public readonly struct DataLocation : IEquatable<DataLocation>
{
    /// <summary>Creates a location.</summary>
    /// <param name="record">The kind of record; <see cref="DataRecordKind.None"/> for the data as a whole.</param>
    /// <param name="index">The 0-based index of the record in its list, or null for the list as a whole (and for
    /// the programme, which is one record).</param>
    /// <param name="field">The field of the record, by its property name in this library (dots between the names of
    /// a field inside a field), or null for the record as a whole.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="record"/> is not defined, or
    /// <paramref name="index"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="index"/> is given for <see cref="DataRecordKind.None"/>
    /// or <see cref="DataRecordKind.Programme"/>; <paramref name="field"/> is given for
    /// <see cref="DataRecordKind.None"/>, or is empty or holds a character that is not a letter, a digit, '_' or
    /// '.'.</exception>
    public DataLocation(DataRecordKind record, int? index = null, string? field = null)
    {
        if (!Enum.IsDefined(record))
        {
            throw new ArgumentOutOfRangeException(nameof(record), string.Create(CultureInfo.InvariantCulture,
                $"record must be a defined DataRecordKind, but was {(int)record}."));
        }
        if (index is { } i)
        {
            Preconditions.CheckNonNegative(i, paramName: nameof(index));
            Preconditions.CheckArgument(record is not (DataRecordKind.None or DataRecordKind.Programme), nameof(index),
                $"index must be null for record {record}, which is not a list.");
        }
        if (field is not null)
        {
            Preconditions.CheckArgument(record != DataRecordKind.None, nameof(field), "field must be null for record None (the data as a whole).");
            Preconditions.CheckArgument(field.Length > 0 && IsName(field), nameof(field),
                "field must be a property name: letters, digits, '_' and '.' only.");
        }
        Record = record;
        Index = index;
        Field = field;
    }

    /// <summary>The data as a whole: no record, no index, no field (the same as <c>default</c>).</summary>
    public static DataLocation Whole => default;

    /// <summary>The kind of record; <see cref="DataRecordKind.None"/> for the data as a whole.</summary>
    public DataRecordKind Record { get; }

    /// <summary>The 0-based index of the record in the list it was given in, or null for the list as a whole (or
    /// for the programme).</summary>
    public int? Index { get; }

    /// <summary>The field, by its property name in this library (<c>"Enrolled"</c>, <c>"Engagement.Views"</c>), or
    /// null for the record as a whole.</summary>
    public string? Field { get; }

    /// <summary>Writes the location in the domain's terms: the kind of record, the index and the property, for
    /// example <c>Enrolment[2].Enrolled</c>, <c>LedgerEntry[7]</c>, <c>LedgerEntry[*]</c> (the list as a whole),
    /// <c>Programme</c>, or <c>(all)</c> for <see cref="Whole"/>.</summary>
    /// <returns>The location as text (culture-free).</returns>
    public override string ToString()
    {
        if (Record == DataRecordKind.None)
        {
            return "(all)";
        }
        string records = Record.ToString();
        string indexed = Index is { } i ? string.Create(CultureInfo.InvariantCulture, $"{records}[{i}]")
            : Record == DataRecordKind.Programme ? records : records + "[*]";
        return Field is { } field ? indexed + "." + field : indexed;
    }

    /// <summary>Compares the record kind, index and field (ordinally).</summary>
    /// <param name="other">The location to compare with.</param>
    /// <returns>True when all three are equal.</returns>
    public bool Equals(DataLocation other) =>
        Record == other.Record && Index == other.Index && string.Equals(Field, other.Field, StringComparison.Ordinal);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="DataLocation"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DataLocation other && Equals(other);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Record, Index, Field is null ? 0 : StringComparer.Ordinal.GetHashCode(Field));

    /// <summary>Equality of all members.</summary>
    /// <param name="left">The first location.</param>
    /// <param name="right">The second location.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DataLocation left, DataLocation right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first location.</param>
    /// <param name="right">The second location.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(DataLocation left, DataLocation right) => !left.Equals(right);

    private static bool IsName(string field)
    {
        foreach (char c in field)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.'))
            {
                return false;
            }
        }
        return true;
    }
}
