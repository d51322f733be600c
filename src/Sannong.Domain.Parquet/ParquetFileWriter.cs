using System.IO;
using Parquet;
using Parquet.Schema;

namespace Sannong.Domain.Parquet;

/// <summary>Writes records of one type as a Parquet file, in row groups of <see cref="ParquetRecordFormat.RowGroupSize"/>.</summary>
internal static class ParquetFileWriter
{
    internal static void Write<T>(IEnumerable<T> records, Stream stream, RecordTable<T> table)
        where T : class
    {
        if (!stream.CanSeek)
        {
            // Parquet.Net writes to a seekable stream: write to a temporary file, then copy it over.
            string temporary = Path.GetTempFileName();
            using var file = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose);
            Write(records, file, table);
            file.Position = 0;
            file.CopyTo(stream);
            return;
        }
        var schema = new ParquetSchema(table.Columns.Select(c => c.Field));
        var options = new ParquetOptions();
        foreach (Column column in table.Columns.Where(c => c.Type is ColumnType.Id or ColumnType.Name or ColumnType.Topics))
        {
            options.ColumnEncodingHints[column.DataField.Path.ToString()] = EncodingHint.Dictionary;
        }
        ParquetWriter writer = ParquetWriter.CreateAsync(schema, stream, options, append: false).GetAwaiter().GetResult();
        try
        {
            var batch = new List<T>(Math.Min(ParquetRecordFormat.RowGroupSize, records.TryGetNonEnumeratedCount(out int n) ? n : 1024));
            long written = 0;
            foreach (T record in records)
            {
                ArgumentNullException.ThrowIfNull(record, nameof(records));
                batch.Add(record);
                if (batch.Count == ParquetRecordFormat.RowGroupSize)
                {
                    WriteGroup(writer, table, batch, written);
                    written += batch.Count;
                    batch.Clear();
                }
            }
            if (batch.Count > 0)
            {
                WriteGroup(writer, table, batch, written);
            }
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void WriteGroup<T>(ParquetWriter writer, RecordTable<T> table, List<T> batch, long first)
        where T : class
    {
        // Every value is converted (and checked) before the row group is begun, so a value that cannot be written
        // throws before any of the group is.
        Array[] columns = [.. Enumerable.Range(0, table.Columns.Count).Select(c => table.Extract(c, batch, first))];
        using ParquetRowGroupWriter group = writer.CreateRowGroup();
        for (int c = 0; c < columns.Length; c++)
        {
            DataField field = table.Columns[c].DataField;
            switch (columns[c])
            {
                case string?[] strings:
                    ColumnValues.Wait(group.WriteAsync(field, strings));
                    break;
                case long?[] counts when field.IsNullable:
                    ColumnValues.Wait(group.WriteAsync<long>(field, counts.AsMemory()));
                    break;
                case long?[] counts:
                    ColumnValues.Wait(group.WriteAsync<long>(field, counts.Select(v => v!.Value).ToArray().AsMemory()));
                    break;
                case decimal?[] money when field.IsNullable:
                    ColumnValues.Wait(group.WriteAsync<decimal>(field, money.AsMemory()));
                    break;
                case decimal?[] money:
                    ColumnValues.Wait(group.WriteAsync<decimal>(field, money.Select(v => v!.Value).ToArray().AsMemory()));
                    break;
                case DateTime?[] times when field.IsNullable:
                    ColumnValues.Wait(group.WriteAsync<DateTime>(field, times.AsMemory()));
                    break;
                case DateTime?[] times:
                    ColumnValues.Wait(group.WriteAsync<DateTime>(field, times.Select(v => v!.Value).ToArray().AsMemory()));
                    break;
                case string[][] lists:
                    WriteLists(group, field, lists);
                    break;
                default:
                    throw new InvalidOperationException($"column {field.Name}: no writer for {columns[c].GetType().Name}.");
            }
        }
    }

    /// <summary>A list column, written with its levels: each element present at the element's full definition level,
    /// an empty list as one slot at level 1 (the list defined, with no element: an empty list, as DuckDB reads it);
    /// repetition level 0 starts a row.</summary>
    private static void WriteLists(ParquetRowGroupWriter group, DataField element, string[][] lists)
    {
        var values = new List<ReadOnlyMemory<char>>(lists.Length);
        var definitions = new List<int>(lists.Length);
        var repetitions = new List<int>(lists.Length);
        int present = element.MaxDefinitionLevel;
        foreach (string[] list in lists)
        {
            if (list.Length == 0)
            {
                definitions.Add(1);
                repetitions.Add(0);
                continue;
            }
            for (int i = 0; i < list.Length; i++)
            {
                values.Add(list[i].AsMemory());
                definitions.Add(present);
                repetitions.Add(i == 0 ? 0 : 1);
            }
        }
        ColumnValues.Wait(group.WriteAllPartsAsync<ReadOnlyMemory<char>>(element, values.ToArray(), definitions.ToArray(), repetitions.ToArray(), System.Threading.CancellationToken.None));
    }
}
