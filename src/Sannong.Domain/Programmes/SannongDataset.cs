using NodaTime.Text;

namespace Sannong.Domain.Programmes;

/// <summary>
/// A dataset: one programme's data checked as a whole (<see cref="ProgrammeData"/>: the programme, its influencers,
/// enrolments, budget ledger, earnings and content) and, optionally, the date it describes the programme as of.
/// </summary>
/// <remarks>
/// <para>The library has two names for its data: <see cref="ProgrammeData"/>, a programme and everything recorded
/// for it, and this type, that plus its as-of date. The readers of Sannong.Domain.Serialization read and write it
/// as a dataset document (docs/dataset-format.md), and the sample programme (Sannong.Domain.Samples) generates
/// one.</para>
/// <para>Two datasets are equal when their <see cref="Data"/> and <see cref="AsOf"/> are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class SannongDataset : IEquatable<SannongDataset>
{
    /// <summary>Creates a dataset.</summary>
    /// <param name="data">The programme and its records, already checked as a whole.</param>
    /// <param name="asOf">The date the data describes the programme as of (the day it was extracted; ISO calendar), or
    /// null when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public SannongDataset(ProgrammeData data, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        Utility.Preconditions.CheckIso(asOf);
        Data = data;
        AsOf = asOf;
    }

    /// <summary>The programme and all its records.</summary>
    public ProgrammeData Data { get; }

    /// <summary>The date the data describes the programme as of (the day it was extracted), or null when unknown.
    /// Pass it to a calculator to see the programme as its managers saw it on that day.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>Returns a dataset with the same data and another extraction date.</summary>
    /// <param name="asOf">The extraction date, or null.</param>
    /// <returns>The new dataset.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public SannongDataset WithAsOf(LocalDate? asOf) => new(Data, asOf);

    /// <summary>Describes the dataset: its date and record counts.</summary>
    /// <returns>For example "dataset as of 2025-05-01: p-1: 3 influencers, ...", or "dataset: p-1: ..." without a date.</returns>
    public override string ToString() =>
        AsOf is { } asOf ? $"dataset as of {LocalDatePattern.Iso.Format(asOf)}: {Data}" : $"dataset: {Data}";

    /// <summary>Compares two datasets by value.</summary>
    /// <param name="other">The dataset to compare with.</param>
    /// <returns>True when both have equal data and the same extraction date.</returns>
    public bool Equals([NotNullWhen(true)] SannongDataset? other) =>
        other is not null && (ReferenceEquals(this, other) || (Nullable.Equals(AsOf, other.AsOf) && Data.Equals(other.Data)));

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as SannongDataset);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Data, AsOf);

    /// <summary>Compares two datasets by value.</summary>
    /// <param name="left">The first dataset, or null.</param>
    /// <param name="right">The second dataset, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(SannongDataset? left, SannongDataset? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two datasets by value.</summary>
    /// <param name="left">The first dataset, or null.</param>
    /// <param name="right">The second dataset, or null.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(SannongDataset? left, SannongDataset? right) => !(left == right);
}
