using Sannong.Domain.Serialization;

namespace Sannong.Domain.Parquet;

/// <summary>How one record type is laid out as columns: their list, how a row becomes a record, and how records
/// become column arrays.</summary>
internal abstract class RecordTable<T>
    where T : class
{
    protected RecordTable(params Column[] columns) => Columns = columns;

    internal IReadOnlyList<Column> Columns { get; }

    /// <summary>Builds the record of the cursor's row, or returns null after reporting its problems. May throw
    /// ArgumentException from the record's constructor; <see cref="ColumnOf"/> then names its column.</summary>
    internal abstract T? Build(RowCursor row);

    /// <summary>The column of a constructor's parameter, or null for the row as a whole.</summary>
    internal abstract string? ColumnOf(string? parameter);

    /// <summary>The values of one column for a batch of records: <c>string?[]</c>, <c>long?[]</c>,
    /// <c>decimal?[]</c>, <c>DateTime?[]</c> or <c>string[][]</c>, by the column's type.</summary>
    /// <param name="column">The column's index.</param>
    /// <param name="records">The batch.</param>
    /// <param name="first">The index of the batch's first record among all written, for messages.</param>
    internal abstract Array Extract(int column, IReadOnlyList<T> records, long first);

    /// <summary>Fills an array with one value per record.</summary>
    protected static TValue[] Map<TValue>(IReadOnlyList<T> records, Func<T, TValue> value)
    {
        var values = new TValue[records.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = value(records[i]);
        }
        return values;
    }

    /// <summary>Fills an array with one value per record, the index among all written given for messages.</summary>
    protected static TValue[] Map<TValue>(IReadOnlyList<T> records, long first, Func<T, long, TValue> value)
    {
        var values = new TValue[records.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = value(records[i], first + i);
        }
        return values;
    }

    /// <summary>The largest amount DECIMAL(18,2) holds: 9,999,999,999,999,999.99 yuan.</summary>
    private const decimal MaxYuan = 9_999_999_999_999_999.99m;

    protected static decimal Yuan(Money money, long index, string field) =>
        Math.Abs(money.Yuan) <= MaxYuan ? money.Yuan : throw new ArgumentException(
            $"records[{index}].{field} is {money.Yuan.ToString(CultureInfo.InvariantCulture)} yuan, more than DECIMAL(18,2) holds (at most 9999999999999999.99).", nameof(field));

    protected static DateTime Day(LocalDate date, long index, string field) =>
        date.Calendar == CalendarSystem.Iso && date.Year is >= 1 and <= 9999
            ? date.ToDateTimeUnspecified()
            : throw new ArgumentException($"records[{index}].{field} is {date.ToString("R", CultureInfo.InvariantCulture)}, outside the years 1 to 9999 that a Parquet DATE is read and written in here.", nameof(field));

    protected static DateTime Time(Instant instant, long index, string field)
    {
        if (instant < MinInstant || instant > MaxInstant)
        {
            throw new ArgumentException($"records[{index}].{field} is {NodaTime.Text.InstantPattern.ExtendedIso.Format(instant)}, outside the years 1 to 9999 that a Parquet TIMESTAMP is read and written in here.", nameof(field));
        }
        if (instant.InUtc().NanosecondOfSecond % 1000 != 0)
        {
            throw new ArgumentException($"records[{index}].{field} is {NodaTime.Text.InstantPattern.ExtendedIso.Format(instant)}, which has a fraction of a second finer than a microsecond: TIMESTAMP(MICROS) cannot hold it exactly.", nameof(field));
        }
        return instant.ToDateTimeUtc();
    }

    private static readonly Instant MinInstant = Instant.FromUtc(1, 1, 1, 0, 0);
    private static readonly Instant MaxInstant = Instant.FromUtc(9999, 12, 31, 23, 59, 59) + Duration.FromNanoseconds(999_999_000);

    protected static string[] Codes(IEnumerable<Taxonomy.Topic> topics) => [.. topics.Select(t => t.Code)];
}
