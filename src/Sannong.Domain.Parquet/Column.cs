using Parquet.Schema;

namespace Sannong.Domain.Parquet;

/// <summary>The forms a column of a record file takes.</summary>
internal enum ColumnType
{
    /// <summary>An identifier: a UTF-8 string, dictionary-encoded where that pays.</summary>
    Id,

    /// <summary>Free text: a UTF-8 string.</summary>
    Text,

    /// <summary>An enumeration's wire name: a UTF-8 string, dictionary-encoded where that pays.</summary>
    Name,

    /// <summary>A month: a <c>yyyy-MM</c> UTF-8 string.</summary>
    Month,

    /// <summary>A day: DATE (INT32).</summary>
    Date,

    /// <summary>An instant: TIMESTAMP(MICROS, isAdjustedToUTC) (INT64).</summary>
    Instant,

    /// <summary>Money in yuan: DECIMAL(18,2) (INT64).</summary>
    Money,

    /// <summary>A count: INT64 (INT32 is read too).</summary>
    Count,

    /// <summary>Topic codes: list&lt;string&gt;.</summary>
    Topics,
}

/// <summary>One column of a record type's table: its name (the field's name in the dataset document), its form, and
/// whether it may be null (an optional field).</summary>
internal sealed record Column(string Name, ColumnType Type, bool Optional)
{
    /// <summary>The Parquet field this library writes.</summary>
    internal Field Field { get; } = MakeField(Name, Type, Optional);

    /// <summary>The data field holding the values (for a list, its element).</summary>
    internal DataField DataField => Field as DataField ?? (DataField)((ListField)Field).Item;

    /// <summary>What the column must be, as a message says it.</summary>
    internal string Expected => Type switch
    {
        ColumnType.Id or ColumnType.Text or ColumnType.Name => "a UTF-8 string",
        ColumnType.Month => "a UTF-8 string yyyy-MM",
        ColumnType.Date => "DATE",
        ColumnType.Instant => "TIMESTAMP adjusted to UTC, in milliseconds or microseconds (DuckDB TIMESTAMPTZ)",
        ColumnType.Money => "DECIMAL (money in yuan, at most 2 decimal places; written as DECIMAL(18,2))",
        ColumnType.Count => "INT64 or INT32",
        _ => "LIST of UTF-8 strings",
    };

    private static Field MakeField(string name, ColumnType type, bool optional) => type switch
    {
        ColumnType.Date => new DateTimeDataField(name, DateTimeFormat.Date, isNullable: optional),
        ColumnType.Instant => new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: optional),
        ColumnType.Money => new DecimalDataField(name, 18, 2, isNullable: optional),
        ColumnType.Count => new DataField<long>(name, optional),
        ColumnType.Topics => new ListField(name, new DataField<string>("element")),
        _ => new DataField<string>(name, optional),
    };

    /// <summary>Whether a column of a file, as Parquet.Net describes it, can be read as this column.</summary>
    internal bool Accepts(Field field)
    {
        if (Type == ColumnType.Topics)
        {
            return field is ListField { Item: DataField item } && IsString(item);
        }
        if (field is not DataField data || data.IsArray)
        {
            return false;
        }
        return Type switch
        {
            ColumnType.Date => data is DateTimeDataField { DateTimeFormat: DateTimeFormat.Date } || data.ClrType == typeof(DateOnly),
            ColumnType.Instant => data is DateTimeDataField { DateTimeFormat: not DateTimeFormat.Date } t
                && t.IsAdjustedToUTC && t.Unit != DateTimeTimeUnit.Nanos,
            ColumnType.Money => data is DecimalDataField && data.ClrType == typeof(decimal),
            ColumnType.Count => data.ClrType == typeof(long) || data.ClrType == typeof(int),
            _ => IsString(data),
        };
    }

    private static bool IsString(DataField field) =>
        field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    /// <summary>How a message shows a file's column.</summary>
    internal static string Describe(Field field) => field switch
    {
        ListField list => "LIST of " + Describe(list.Item),
        DecimalDataField d => $"DECIMAL({d.Precision},{d.Scale})",
        DateTimeDataField { DateTimeFormat: DateTimeFormat.Date } => "DATE",
        DateTimeDataField t => $"TIMESTAMP({t.Unit}{(t.IsAdjustedToUTC ? ", UTC" : ", not adjusted to UTC")})",
        DataField d when d.ClrType == typeof(ReadOnlyMemory<char>) || d.ClrType == typeof(string) => "a string",
        DataField d => d.ClrType.Name,
        _ => field.SchemaType.ToString(),
    };
}
