using System.IO;
using Parquet;
using Parquet.Schema;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Parquet;

/// <summary>Reads a Parquet file of one record type, row group by row group.</summary>
internal static class ParquetFileReader
{
    internal static void Read<T>(Stream stream, RecordTable<T> table, IRowSink<T> sink)
        where T : class
    {
        ParquetReader reader;
        try
        {
            reader = ParquetReader.CreateAsync(stream, null, leaveStreamOpen: true, sink.CancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or NotSupportedException or InvalidOperationException or FormatException)
        {
            sink.Report(new DataProblem(ParquetRecordFormat.RowPath, DataProblemKind.InvalidValue, "the file is not a Parquet file Parquet.Net can read: " + e.Message));
            return;
        }
        try
        {
            DataField?[]? fields = CheckSchema(reader.Schema, table.Columns, sink);
            if (fields is not null)
            {
                ReadRows(reader, table, fields, sink);
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The file's data field of each column (null for an optional column it lacks), or null after reporting
    /// a missing, mistyped or unknown column.</summary>
    private static DataField?[]? CheckSchema<T>(ParquetSchema schema, IReadOnlyList<Column> columns, IRowSink<T> sink)
        where T : class
    {
        var fields = new DataField?[columns.Count];
        bool ok = true;
        var byName = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (Field field in schema.Fields)
        {
            byName.TryAdd(field.Name, field);
        }
        for (int c = 0; c < columns.Count; c++)
        {
            Column column = columns[c];
            if (!byName.Remove(column.Name, out Field? field))
            {
                if (!column.Optional && column.Type != ColumnType.Topics)
                {
                    sink.Report(new DataProblem(column.Name, DataProblemKind.MissingField, $"the file has no column {column.Name}, which is required ({column.Expected})."));
                    ok = false;
                }
                continue;
            }
            if (!column.Accepts(field))
            {
                sink.Report(new DataProblem(column.Name, DataProblemKind.WrongType, $"column {column.Name} must be {column.Expected}, but is {Column.Describe(field)}."));
                ok = false;
                continue;
            }
            fields[c] = field as DataField ?? (DataField)((ListField)field).Item;
        }
        foreach (string unknown in byName.Keys.Order(StringComparer.Ordinal))
        {
            sink.Report(new DataProblem(unknown, DataProblemKind.UnknownField,
                $"the file has a column {RowCursor.Clip(unknown)}, which is not one of {string.Join(", ", columns.Select(c => c.Name))}."));
            ok = false;
        }
        return ok ? fields : null;
    }

    private static void ReadRows<T>(ParquetReader reader, RecordTable<T> table, DataField?[] fields, IRowSink<T> sink)
        where T : class
    {
        var cursor = new RowCursor(table.Columns, sink.Report);
        long row = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            sink.CancellationToken.ThrowIfCancellationRequested();
            ColumnValues values;
            using (ParquetRowGroupReader group = reader.OpenRowGroupReader(g))
            {
                try
                {
                    values = ColumnValues.Read(group, table.Columns, fields);
                }
                catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or NotSupportedException or InvalidOperationException or FormatException or IndexOutOfRangeException)
                {
                    sink.Report(new DataProblem(ParquetRecordFormat.RowPath, DataProblemKind.InvalidValue,
                        $"row group {g + 1} (from row {row + 1}) could not be read: {e.Message}", row + 1));
                    return;
                }
            }
            cursor.Values = values;
            for (int i = 0; i < values.Count; i++)
            {
                cursor.Index = i;
                cursor.Row = ++row;
                if ((i & 0xFFF) == 0xFFF)
                {
                    sink.CancellationToken.ThrowIfCancellationRequested();
                }
                T? record;
                try
                {
                    record = table.Build(cursor);
                }
                catch (ArgumentException e)
                {
                    cursor.Report(table.ColumnOf(e.ParamName) ?? ParquetRecordFormat.RowPath, DataProblemKind.InvalidValue, e.Message);
                    continue;
                }
                if (record is not null && !sink.Add(record, row))
                {
                    return;
                }
            }
        }
    }
}
