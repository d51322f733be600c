using System.Collections.Concurrent;

namespace Sannong.Domain.Csv;

/// <summary>
/// What the CSV format did that is not a record nor a problem: the rows it skipped because the column map says to skip
/// zero amounts (<see cref="CsvColumnMap.SkipZeroAmounts"/>), counted per file. Give one to the format
/// (<see cref="CsvRecordFormat(CsvColumnMap, CsvReadReport)"/>), read the folder, then show it to the user: nothing is
/// left out silently.
/// </summary>
/// <threadsafety>Thread-safe: the files of a folder are read at the same time and each counts here. One report per
/// read: a report given to several reads adds up their counts.</threadsafety>
public sealed class CsvReadReport
{
    private readonly ConcurrentDictionary<string, long> _skipped = new(StringComparer.Ordinal);

    /// <summary>The rows skipped for a zero amount, in all files.</summary>
    public long SkippedZeroAmountRows => _skipped.Values.Sum();

    /// <summary>The rows skipped for a zero amount, per file name (<c>ledger.csv</c>), in ordinal order of the names;
    /// files with none are absent.</summary>
    public ImmutableSortedDictionary<string, long> SkippedZeroAmountRowsByFile =>
        _skipped.ToImmutableSortedDictionary(StringComparer.Ordinal);

    internal void CountSkipped(string fileName) => _skipped.AddOrUpdate(fileName, 1, (_, count) => count + 1);

    /// <summary>A line for the user: <c>skipped 3 zero-amount rows (ledger.csv: 2, earnings.csv: 1)</c>, or
    /// <c>skipped no rows</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        ImmutableSortedDictionary<string, long> byFile = SkippedZeroAmountRowsByFile;
        long total = byFile.Values.Sum();
        return total == 0
            ? "skipped no rows"
            : string.Create(CultureInfo.InvariantCulture,
                $"skipped {total} zero-amount row{(total == 1 ? "" : "s")} ({string.Join(", ", byFile.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}: {p.Value}")))})");
    }
}
