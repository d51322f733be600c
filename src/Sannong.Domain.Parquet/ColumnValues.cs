using Parquet;
using Parquet.Schema;

namespace Sannong.Domain.Parquet;

/// <summary>One row group's values of the columns of a record type, each column as an array of the row group's
/// length: strings (<c>string?[]</c>), counts (<c>long?[]</c>), money (<c>decimal?[]</c>), dates and instants
/// (<c>DateTime?[]</c>), topics (<c>string[]?[]</c>); a column the file lacks (an optional field's) is null.</summary>
internal sealed class ColumnValues
{
    private readonly object?[] _columns;

    private ColumnValues(object?[] columns, int count)
    {
        _columns = columns;
        Count = count;
    }

    /// <summary>The rows of the row group.</summary>
    internal int Count { get; }

    internal string?[]? Strings(int column) => (string?[]?)_columns[column];

    internal long?[]? Counts(int column) => (long?[]?)_columns[column];

    internal decimal?[]? Decimals(int column) => (decimal?[]?)_columns[column];

    internal DateTime?[]? Times(int column) => (DateTime?[]?)_columns[column];

    internal string[]?[]? Lists(int column) => (string[]?[]?)_columns[column];

    /// <summary>Reads the columns of one row group; <paramref name="fileFields"/> holds, for each column, the file's
    /// data field (null when the file lacks that optional column).</summary>
    internal static ColumnValues Read(ParquetRowGroupReader group, IReadOnlyList<Column> columns, DataField?[] fileFields)
    {
        int rows = checked((int)group.RowCount);
        object?[] values = new object?[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            DataField? field = fileFields[c];
            values[c] = field is null ? null : columns[c].Type switch
            {
                ColumnType.Topics => ReadLists(group, field, rows),
                ColumnType.Count => field.ClrType == typeof(int) ? Widen(Read<int>(group, field, rows)) : Read<long>(group, field, rows),
                ColumnType.Money => Read<decimal>(group, field, rows),
                ColumnType.Date when field.ClrType == typeof(DateOnly) => Dates(Read<DateOnly>(group, field, rows)),
                ColumnType.Date or ColumnType.Instant => Read<DateTime>(group, field, rows),
                _ => ReadStrings(group, field, rows),
            };
        }
        return new ColumnValues(values, rows);
    }

    private static T?[] Read<T>(ParquetRowGroupReader group, DataField field, int rows)
        where T : struct
    {
        var values = new T?[rows];
        if (field.IsNullable)
        {
            Wait(group.ReadAsync<T>(field, values.AsMemory()));
            return values;
        }
        var plain = new T[rows];
        Wait(group.ReadAsync<T>(field, plain.AsMemory()));
        for (int i = 0; i < rows; i++)
        {
            values[i] = plain[i];
        }
        return values;
    }

    private static string?[] ReadStrings(ParquetRowGroupReader group, DataField field, int rows)
    {
        var values = new string?[rows];
        Wait(group.ReadAsync(field, values.AsMemory()));
        return values;
    }

    /// <summary>A list column: the values of the elements present, with definition levels (the element's own level
    /// for a value, less for an empty or null list or a null element) and repetition levels (0 starts a row).</summary>
    private static string[]?[] ReadLists(ParquetRowGroupReader group, DataField element, int rows)
    {
        long slots = group.GetMetadata(element)?.MetaData?.NumValues ?? rows;
        int n = checked((int)Math.Max(slots, rows));
        var values = new ReadOnlyMemory<char>[n];
        var definitions = new int[n];
        var repetitions = new int[n];
        Wait(group.ReadRawAsync<ReadOnlyMemory<char>>(element, values.AsMemory(), definitions.AsMemory(), repetitions.AsMemory()));
        var lists = new string[]?[rows];
        int row = -1;
        int value = 0;
        var current = new List<string>();
        int max = element.MaxDefinitionLevel;
        bool present = false;
        for (int s = 0; s < slots; s++)
        {
            if (repetitions[s] == 0)
            {
                Close();
                row++;
                // Level 0: the list itself is null; level 1 (or 2 with an optional list): an empty list.
                present = definitions[s] > 0;
            }
            if (definitions[s] == max)
            {
                current.Add(values[value++].ToString());
            }
            else if (definitions[s] == max - 1 && max >= 3)
            {
                current.Add(null!); // a null element: reported by the table
            }
        }
        Close();
        return lists;

        void Close()
        {
            if (row >= 0 && row < rows)
            {
                lists[row] = present ? [.. current] : null;
            }
            current.Clear();
        }
    }

    private static long?[] Widen(int?[] values) => [.. values.Select(v => (long?)v)];

    private static DateTime?[] Dates(DateOnly?[] values) =>
        [.. values.Select(v => v is { } d ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : (DateTime?)null)];

    /// <summary>Parquet.Net's API is asynchronous; a record file is read synchronously (the format's contract).</summary>
    internal static void Wait(System.Threading.Tasks.Task task) => task.GetAwaiter().GetResult();

    internal static void Wait(System.Threading.Tasks.ValueTask task) => task.GetAwaiter().GetResult();
}
