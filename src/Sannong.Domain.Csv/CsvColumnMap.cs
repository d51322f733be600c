namespace Sannong.Domain.Csv;

/// <summary>
/// How the CSV files of a foreign export (an MCN's spreadsheet) map onto the records: which header holds which field
/// (<c>达人ID</c> → <c>id</c>), which columns to ignore, values for fields the export lacks, and the leniencies the
/// export needs (thousands separators, months in date columns, zero-amount rows to skip). Built in code with the
/// <c>With…</c> methods or read from a small JSON file (<see cref="Load"/>, <see cref="FromJson"/>; the format is in
/// docs/csv.md).
/// </summary>
/// <remarks>A header that the map does not name reads as the field of the same name (<c>followers</c>), so a map lists
/// only the foreign headers. Headers are matched exactly (ordinal, after the BOM).</remarks>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public sealed partial class CsvColumnMap
{
    private readonly ImmutableDictionary<DataRecordKind, ImmutableSortedDictionary<string, string?>> _columns;
    private readonly ImmutableDictionary<DataRecordKind, ImmutableSortedDictionary<string, string>> _defaults;
    private readonly ImmutableDictionary<(DataRecordKind, string), ImmutableSortedDictionary<string, string>> _values;

    private CsvColumnMap(
        ImmutableDictionary<DataRecordKind, ImmutableSortedDictionary<string, string?>> columns,
        ImmutableDictionary<DataRecordKind, ImmutableSortedDictionary<string, string>> defaults,
        ImmutableDictionary<(DataRecordKind, string), ImmutableSortedDictionary<string, string>> values,
        bool thousands, bool skipZero, bool monthsAsLastDay)
    {
        _columns = columns;
        _defaults = defaults;
        _values = values;
        ThousandsSeparators = thousands;
        SkipZeroAmounts = skipZero;
        MonthsAsLastDay = monthsAsLastDay;
    }

    /// <summary>The map of the library's own files: every header is a field's name, nothing is lenient.</summary>
    public static CsvColumnMap None { get; } = new(
        ImmutableDictionary<DataRecordKind, ImmutableSortedDictionary<string, string?>>.Empty,
        ImmutableDictionary<DataRecordKind, ImmutableSortedDictionary<string, string>>.Empty,
        ImmutableDictionary<(DataRecordKind, string), ImmutableSortedDictionary<string, string>>.Empty, false, false, false);

    /// <summary>True when money and counts may group digits by threes with commas (<c>1,500.00</c>,
    /// <c>12,000</c>); otherwise a comma in a number is a problem.</summary>
    public bool ThousandsSeparators { get; }

    /// <summary>True when a ledger row whose cash or impressions is zero, or an earning row whose amount is zero, is
    /// skipped and counted in the <see cref="CsvReadReport"/> of the format; otherwise a zero ledger amount is a
    /// problem (and a zero earning a record, since earnings may be zero).</summary>
    public bool SkipZeroAmounts { get; }

    /// <summary>True when a date column of the ledger or of enrolments may hold a month (<c>2024-03</c>,
    /// <c>2024/3</c>), read as the month's last day (a monthly payout lands on the last day of its month);
    /// otherwise a month there is a problem.</summary>
    public bool MonthsAsLastDay { get; }

    /// <summary>The headers this map names for a kind of record, each with its field, or null for a column to ignore.</summary>
    /// <param name="kind">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</param>
    /// <returns>Header → field (or null), in ordinal order of the headers.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a kind of record of a file.</exception>
    public ImmutableSortedDictionary<string, string?> Columns(DataRecordKind kind)
    {
        CsvFields.Of(kind);
        return _columns.TryGetValue(kind, out var map) ? map : ImmutableSortedDictionary.Create<string, string?>(StringComparer.Ordinal);
    }

    /// <summary>The values this map gives the fields of a kind of record that its file has no column for
    /// (<c>kind</c> = <c>disbursement</c> for a payout sheet), as the text of a cell.</summary>
    /// <param name="kind">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</param>
    /// <returns>Field → the text of its cell, in ordinal order of the fields.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a kind of record of a file.</exception>
    public ImmutableSortedDictionary<string, string> Defaults(DataRecordKind kind)
    {
        CsvFields.Of(kind);
        return _defaults.TryGetValue(kind, out var map) ? map : ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
    }

    /// <summary>This map with one more header: <paramref name="header"/> holds <paramref name="field"/>, or is ignored
    /// when <paramref name="field"/> is null.</summary>
    /// <param name="kind">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</param>
    /// <param name="header">The header as the file writes it (<c>粉丝数</c>): non-empty.</param>
    /// <param name="field">A field of the kind (docs/csv.md: <c>followers</c>), or null to ignore the column.</param>
    /// <returns>The new map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="header"/> is empty or already named for the kind, or
    /// <paramref name="field"/> is not a field of the kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a kind of record of a file.</exception>
    public CsvColumnMap WithColumn(DataRecordKind kind, string header, string? field)
    {
        ArgumentNullException.ThrowIfNull(header);
        string[] fields = CsvFields.Of(kind);
        if (header.Length == 0)
        {
            throw new ArgumentException("header must not be empty.", nameof(header));
        }
        if (field is not null && !fields.Contains(field, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"field must be a field of {CsvFields.Noun(kind)} ({string.Join(", ", fields)}) or null to ignore the column, but was '{Utility.TextEscaping.ForMessage(field)}'.",
                nameof(field));
        }
        ImmutableSortedDictionary<string, string?> columns = Columns(kind);
        if (columns.ContainsKey(header))
        {
            throw new ArgumentException($"header '{Utility.TextEscaping.ForMessage(header)}' is already in the map of {CsvFields.FileKey(kind)}.", nameof(header));
        }
        return new(_columns.SetItem(kind, columns.Add(header, field)), _defaults, _values, ThousandsSeparators, SkipZeroAmounts, MonthsAsLastDay);
    }

    /// <summary>This map with a value for a field that the files of a kind may lack a column for.</summary>
    /// <param name="kind">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</param>
    /// <param name="field">A field of the kind (<c>kind</c>, <c>source</c>).</param>
    /// <param name="value">The text of its cell, read as a cell is (<c>disbursement</c>); replaces an earlier one.</param>
    /// <returns>The new map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not a field of the kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a kind of record of a file.</exception>
    public CsvColumnMap WithDefault(DataRecordKind kind, string field, string value)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(value);
        string[] fields = CsvFields.Of(kind);
        if (!fields.Contains(field, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"field must be a field of {CsvFields.Noun(kind)} ({string.Join(", ", fields)}), but was '{Utility.TextEscaping.ForMessage(field)}'.", nameof(field));
        }
        return new(_columns, _defaults.SetItem(kind, Defaults(kind).SetItem(field, value)), _values, ThousandsSeparators, SkipZeroAmounts, MonthsAsLastDay);
    }

    /// <summary>The texts this map translates in the cells of a field (<c>带货</c> → <c>e-commerce</c>).</summary>
    /// <param name="kind">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</param>
    /// <param name="field">A field of the kind.</param>
    /// <returns>Text as the file writes it → text as the field reads it, in ordinal order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a kind of record of a file.</exception>
    public ImmutableSortedDictionary<string, string> Values(DataRecordKind kind, string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        CsvFields.Of(kind);
        return _values.TryGetValue((kind, field), out var map) ? map : ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
    }

    /// <summary>This map with a translation of a cell's whole text in a field: a cell holding exactly
    /// <paramref name="text"/> reads as <paramref name="value"/> (a payout sheet's <c>带货</c> as the source
    /// <c>e-commerce</c>); other cells read as they are.</summary>
    /// <param name="kind">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</param>
    /// <param name="field">A field of the kind (<c>source</c>).</param>
    /// <param name="text">The cell's text in the file, matched exactly: non-empty.</param>
    /// <param name="value">The text the field reads instead; replaces an earlier one.</param>
    /// <returns>The new map.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not a field of the kind, or
    /// <paramref name="text"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a kind of record of a file.</exception>
    public CsvColumnMap WithValue(DataRecordKind kind, string field, string text, string value)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(value);
        string[] fields = CsvFields.Of(kind);
        if (!fields.Contains(field, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"field must be a field of {CsvFields.Noun(kind)} ({string.Join(", ", fields)}), but was '{Utility.TextEscaping.ForMessage(field)}'.", nameof(field));
        }
        if (text.Length == 0)
        {
            throw new ArgumentException("text must not be empty.", nameof(text));
        }
        return new(_columns, _defaults, _values.SetItem((kind, field), Values(kind, field).SetItem(text, value)), ThousandsSeparators, SkipZeroAmounts, MonthsAsLastDay);
    }

    /// <summary>This map with <see cref="ThousandsSeparators"/> set.</summary>
    /// <param name="allowed">Whether numbers may group digits with commas.</param>
    /// <returns>The new map.</returns>
    public CsvColumnMap WithThousandsSeparators(bool allowed) => new(_columns, _defaults, _values, allowed, SkipZeroAmounts, MonthsAsLastDay);

    /// <summary>This map with <see cref="SkipZeroAmounts"/> set.</summary>
    /// <param name="skip">Whether zero-amount rows are skipped (and counted).</param>
    /// <returns>The new map.</returns>
    public CsvColumnMap WithSkipZeroAmounts(bool skip) => new(_columns, _defaults, _values, ThousandsSeparators, skip, MonthsAsLastDay);

    /// <summary>This map with <see cref="MonthsAsLastDay"/> set.</summary>
    /// <param name="allowed">Whether a date column of the ledger or enrolments may hold a month.</param>
    /// <returns>The new map.</returns>
    public CsvColumnMap WithMonthsAsLastDay(bool allowed) => new(_columns, _defaults, _values, ThousandsSeparators, SkipZeroAmounts, allowed);

    /// <summary>The header this map gives a field of a kind: the first header mapped to it in ordinal order, or the
    /// field's own name.</summary>
    internal string HeaderOf(DataRecordKind kind, string field)
    {
        if (_columns.TryGetValue(kind, out var map))
        {
            foreach (KeyValuePair<string, string?> pair in map)
            {
                if (pair.Value == field)
                {
                    return pair.Key;
                }
            }
        }
        return field;
    }
}
