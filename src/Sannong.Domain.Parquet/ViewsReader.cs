using System.IO;
using System.Threading;
using Parquet;
using Parquet.Schema;
using Sannong.Domain.Creators;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Parquet;

/// <summary>The distinct authors of a content file, numbered in order of first appearance, and the views of each.</summary>
internal sealed class AuthorViews
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private long[] _sums = new long[256];
    private long _total;

    /// <summary>Whether the views of all authors together fit in a <see cref="long"/> (as a
    /// <see cref="Exposure.CreatorViewTally"/> needs).</summary>
    internal bool TotalFits { get; private set; } = true;

    internal List<string> Authors { get; } = [];

    internal ReadOnlySpan<long> Sums => _sums.AsSpan(0, Authors.Count);

    /// <summary>The number of an author, or -1 when <paramref name="author"/> is not a valid identifier.</summary>
    internal int NumberOf(string author)
    {
        if (_numbers.TryGetValue(author, out int number))
        {
            return number;
        }
        number = InfluencerId.TryParse(author, out _) ? Authors.Count : -1;
        _numbers.Add(author, number);
        if (number >= 0)
        {
            Authors.Add(author);
            if (number == _sums.Length)
            {
                Array.Resize(ref _sums, _sums.Length * 2);
            }
        }
        return number;
    }

    internal void Add(int creator, long views)
    {
        _sums[creator] = checked(_sums[creator] + views);
        long total = unchecked(_total + views);
        TotalFits &= total >= _total;
        _total = total;
    }
}

/// <summary>Reads the author and views columns of a content file, row group by row group.</summary>
internal static class ViewsReader
{
    private static readonly Column Author = new("author", ColumnType.Id, false);
    private static readonly Column Views = new("views", ColumnType.Count, false);

    internal static AuthorViews Read(Stream stream, CancellationToken cancellationToken)
    {
        var sink = new CollectingSink<object>();
        ParquetReader reader;
        try
        {
            reader = ParquetReader.CreateAsync(stream, null, leaveStreamOpen: true, cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or NotSupportedException or InvalidOperationException or FormatException)
        {
            sink.Report(new DataProblem(ParquetRecordFormat.RowPath, DataProblemKind.InvalidValue, "the file is not a Parquet file Parquet.Net can read: " + e.Message));
            throw new DataValidationException(sink.Problems, sink.ProblemCount);
        }
        try
        {
            DataField? author = Field(reader.Schema, Author, sink);
            DataField? views = Field(reader.Schema, Views, sink);
            ThrowIfAny(sink);
            var result = new AuthorViews();
            long row = 0;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string?[] authors;
                long[] counts;
                bool[]? nulls;
                using (ParquetRowGroupReader group = reader.OpenRowGroupReader(g))
                {
                    try
                    {
                        int rows = checked((int)group.RowCount);
                        authors = new string?[rows];
                        ColumnValues.Wait(group.ReadAsync(author!, authors.AsMemory(), cancellationToken: cancellationToken));
                        counts = ReadCounts(group, views!, rows, cancellationToken, out nulls);
                    }
                    catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or NotSupportedException or InvalidOperationException or FormatException or IndexOutOfRangeException)
                    {
                        sink.Report(new DataProblem(ParquetRecordFormat.RowPath, DataProblemKind.InvalidValue,
                            $"row group {g + 1} (from row {row + 1}) could not be read: {e.Message}", row + 1));
                        throw new DataValidationException(sink.Problems, sink.ProblemCount);
                    }
                }
                Tally(result, authors, counts, nulls, row, sink, cancellationToken);
                row += authors.Length;
                ThrowIfAny(sink);
            }
            return result;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void Tally(AuthorViews result, string?[] authors, long[] counts, bool[]? nulls, long first, CollectingSink<object> sink, CancellationToken cancellationToken)
    {
        string? last = null;
        int lastNumber = -1;
        for (int i = 0; i < authors.Length; i++)
        {
            if ((i & 0xFFF) == 0xFFF)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            string? author = authors[i];
            int number;
            if (author is null)
            {
                sink.Report(new DataProblem(Author.Name, DataProblemKind.MissingField, "author is required, but is null.", first + i + 1));
                number = -1;
            }
            else if (ReferenceEquals(author, last))
            {
                number = lastNumber;
            }
            else
            {
                number = result.NumberOf(author);
                if (number < 0)
                {
                    Invalid(author, first + i + 1, sink);
                }
                else
                {
                    last = author;
                    lastNumber = number;
                }
            }
            long count = counts[i];
            if (nulls is not null && nulls[i])
            {
                sink.Report(new DataProblem(Views.Name, DataProblemKind.MissingField, "views is required, but is null.", first + i + 1));
            }
            else if (count < 0)
            {
                sink.Report(new DataProblem(Views.Name, DataProblemKind.Negative,
                    $"views must not be negative, but was {count.ToString(CultureInfo.InvariantCulture)}.", first + i + 1));
            }
            else if (number >= 0 && sink.ProblemCount == 0)
            {
                result.Add(number, count);
            }
        }
    }

    private static void Invalid(string author, long row, CollectingSink<object> sink)
    {
        if (sink.IsFull)
        {
            sink.CountProblem();
            return;
        }
        string message;
        try
        {
            _ = new InfluencerId(author);
            message = "not a valid identifier.";
        }
        catch (ArgumentException e)
        {
            message = e.Message;
        }
        sink.Report(new DataProblem(Author.Name, DataProblemKind.InvalidValue, $"'{RowCursor.Clip(author)}' is not a valid identifier: {message}", row));
    }

    /// <summary>The views of a row group (0 where null), and which are null (null when the column cannot hold one).</summary>
    private static long[] ReadCounts(ParquetRowGroupReader group, DataField field, int rows, CancellationToken cancellationToken, out bool[]? nulls)
    {
        nulls = null;
        if (field.ClrType == typeof(long) && !field.IsNullable)
        {
            var plain = new long[rows];
            ColumnValues.Wait(group.ReadAsync<long>(field, plain.AsMemory(), cancellationToken: cancellationToken));
            return plain;
        }
        var counts = new long[rows];
        if (field.ClrType == typeof(long))
        {
            var values = new long?[rows];
            ColumnValues.Wait(group.ReadAsync<long>(field, values.AsMemory(), cancellationToken: cancellationToken));
            nulls = new bool[rows];
            for (int i = 0; i < rows; i++)
            {
                nulls[i] = values[i] is null;
                counts[i] = values[i] ?? 0;
            }
        }
        else
        {
            var values = new int?[rows];
            ColumnValues.Wait(group.ReadAsync<int>(field, values.AsMemory(), cancellationToken: cancellationToken));
            nulls = new bool[rows];
            for (int i = 0; i < rows; i++)
            {
                nulls[i] = values[i] is null;
                counts[i] = values[i] ?? 0;
            }
        }
        return counts;
    }

    /// <summary>The file's data field of a column, or null after reporting it missing or of the wrong type.</summary>
    private static DataField? Field(ParquetSchema schema, Column column, CollectingSink<object> sink)
    {
        Field? field = schema.Fields.FirstOrDefault(f => f.Name == column.Name);
        if (field is null)
        {
            sink.Report(new DataProblem(column.Name, DataProblemKind.MissingField, $"the file has no column {column.Name}, which is required ({column.Expected})."));
            return null;
        }
        if (!column.Accepts(field))
        {
            sink.Report(new DataProblem(column.Name, DataProblemKind.WrongType, $"column {column.Name} must be {column.Expected}, but is {Column.Describe(field)}."));
            return null;
        }
        return (DataField)field;
    }

    private static void ThrowIfAny(CollectingSink<object> sink)
    {
        if (sink.ProblemCount > 0)
        {
            throw new DataValidationException(sink.Problems, sink.ProblemCount);
        }
    }
}
