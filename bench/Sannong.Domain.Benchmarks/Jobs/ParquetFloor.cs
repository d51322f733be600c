using System;
using System.IO;
using Parquet;
using Parquet.Schema;

namespace Sannong.Domain.Benchmarks.Jobs;

/// <summary>The reading floor of content.parquet (issue 18): Parquet.Net decoding every column of every row group into
/// arrays, nothing built or checked. What the library's Parquet format cannot go below while it reads whole records.</summary>
internal static class ParquetFloor
{
    /// <summary>Decodes every column; returns the number of values decoded.</summary>
    internal static long Decode(string path)
    {
        using FileStream file = File.OpenRead(path);
        ParquetReader reader = ParquetReader.CreateAsync(file).GetAwaiter().GetResult();
        long values = 0;
        try
        {
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
                int rows = checked((int)group.RowCount);
                foreach (DataField field in reader.Schema.GetDataFields())
                {
                    values += Column(group, field, rows);
                }
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return values;
    }

    private static long Column(ParquetRowGroupReader group, DataField field, int rows)
    {
        if (field.MaxRepetitionLevel > 0)
        {
            long n = group.GetMetadata(field)?.MetaData?.NumValues ?? rows;
            var list = new ReadOnlyMemory<char>[n];
            group.ReadRawAsync<ReadOnlyMemory<char>>(field, list.AsMemory(), new int[n].AsMemory(), new int[n].AsMemory()).GetAwaiter().GetResult();
            return n;
        }
        if (field.ClrType == typeof(long))
        {
            group.ReadAsync<long>(field, new long?[rows].AsMemory()).GetAwaiter().GetResult();
        }
        else if (field.ClrType == typeof(DateTime))
        {
            group.ReadAsync<DateTime>(field, new DateTime?[rows].AsMemory()).GetAwaiter().GetResult();
        }
        else
        {
            group.ReadAsync(field, new string?[rows].AsMemory()).GetAwaiter().GetResult();
        }
        return rows;
    }
}
