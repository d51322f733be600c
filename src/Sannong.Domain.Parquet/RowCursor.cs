using NodaTime.Text;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Parquet;

/// <summary>Reads the values of one row of a row group, each checked: a value that breaks a rule is reported as a
/// problem at the row (1-based within the file) and the column, and the getter returns false.</summary>
internal sealed class RowCursor
{
    private readonly IReadOnlyList<Column> _columns;
    private readonly Action<DataProblem> _report;

    internal RowCursor(IReadOnlyList<Column> columns, Action<DataProblem> report)
    {
        _columns = columns;
        _report = report;
    }

    internal ColumnValues Values { get; set; } = null!;

    /// <summary>The row's index within the row group.</summary>
    internal int Index { get; set; }

    /// <summary>The row's 1-based number within the file.</summary>
    internal long Row { get; set; }

    /// <summary>Reports a problem at the row and a column (by its name, or <c>(row)</c>).</summary>
    internal void Report(string column, DataProblemKind kind, string message) =>
        _report(new DataProblem(column, kind, message, Row));

    private bool Missing(int column)
    {
        Report(_columns[column].Name, DataProblemKind.MissingField, $"{_columns[column].Name} is required, but is null.");
        return false;
    }

    /// <summary>A string of a required column, or of an optional one (null when absent).</summary>
    internal bool Text(int column, out string? value)
    {
        value = Values.Strings(column)?[Index];
        return value is not null || _columns[column].Optional || Missing(column);
    }

    /// <summary>An identifier, made by <paramref name="make"/> (whose ArgumentException says the rule).</summary>
    internal bool Id<TId>(int column, Func<string, TId> make, out TId? id)
        where TId : struct
    {
        id = null;
        if (!Text(column, out string? text))
        {
            return false;
        }
        if (text is null)
        {
            return true;
        }
        try
        {
            id = make(text);
            return true;
        }
        catch (ArgumentException e)
        {
            Report(_columns[column].Name, DataProblemKind.InvalidValue, $"'{Clip(text)}' is not a valid identifier: {e.Message}");
            return false;
        }
    }

    /// <summary>An enumeration by its wire name.</summary>
    internal bool Name<TEnum>(int column, TryParse<TEnum> parse, string names, out TEnum value)
        where TEnum : struct
    {
        value = default;
        if (!Text(column, out string? text) || text is null)
        {
            return false;
        }
        if (parse(text, out value))
        {
            return true;
        }
        Report(_columns[column].Name, DataProblemKind.InvalidValue, $"'{Clip(text)}' is not one of {names}.");
        return false;
    }

    internal delegate bool TryParse<TEnum>(string text, out TEnum value);

    internal bool Month(int column, out YearMonth month)
    {
        month = default;
        if (!Text(column, out string? text) || text is null)
        {
            return false;
        }
        ParseResult<YearMonth> result = YearMonthPattern.Iso.Parse(text);
        if (result.Success && text.Length == 7)
        {
            month = result.Value;
            return true;
        }
        Report(_columns[column].Name, DataProblemKind.InvalidValue, $"'{Clip(text)}' is not a month yyyy-MM.");
        return false;
    }

    internal bool Count(int column, out long? count)
    {
        count = Values.Counts(column)?[Index];
        if (count is null)
        {
            return _columns[column].Optional || Missing(column);
        }
        if (count < 0)
        {
            Report(_columns[column].Name, DataProblemKind.Negative, $"{_columns[column].Name} must not be negative, but was {count.Value.ToString(CultureInfo.InvariantCulture)}.");
            return false;
        }
        return true;
    }

    internal bool Money(int column, out Money? money)
    {
        money = null;
        decimal? yuan = Values.Decimals(column)?[Index];
        if (yuan is null)
        {
            return _columns[column].Optional || Missing(column);
        }
        string name = _columns[column].Name;
        if (yuan < 0)
        {
            Report(name, DataProblemKind.Negative, $"{name} must not be negative, but was {yuan.Value.ToString(CultureInfo.InvariantCulture)}.");
            return false;
        }
        if (decimal.Round(yuan.Value, 2) != yuan.Value)
        {
            Report(name, DataProblemKind.TooManyDecimals, $"{name} must be a whole number of fen (at most 2 decimal places), but was {yuan.Value.ToString(CultureInfo.InvariantCulture)}.");
            return false;
        }
        try
        {
            money = Domain.Money.FromYuan(yuan.Value);
            return true;
        }
        catch (ArgumentException e)
        {
            Report(name, DataProblemKind.OutOfRange, e.Message);
            return false;
        }
    }

    internal bool Date(int column, out LocalDate? date)
    {
        DateTime? time = Values.Times(column)?[Index];
        date = time is { } t ? LocalDate.FromDateTime(t) : null;
        return time is not null || _columns[column].Optional || Missing(column);
    }

    internal bool Instant(int column, out Instant instant)
    {
        DateTime? time = Values.Times(column)?[Index];
        instant = time is { } t ? NodaTime.Instant.FromDateTimeUtc(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : default;
        return time is not null || Missing(column);
    }

    /// <summary>Topic codes of the standard taxonomy; a null list is none.</summary>
    internal bool Topics(int column, out List<Topic> topics)
    {
        topics = [];
        string[]? codes = Values.Lists(column)?[Index];
        bool ok = true;
        foreach (string? code in codes ?? [])
        {
            if (code is null)
            {
                Report(_columns[column].Name, DataProblemKind.MissingField, $"{_columns[column].Name} holds a null topic.");
                ok = false;
            }
            else if (SannongTaxonomy.Standard.TryGetByCode(code, out Topic? topic))
            {
                topics.Add(topic);
            }
            else
            {
                Report(_columns[column].Name, DataProblemKind.UnknownTopic, $"'{Clip(code)}' is not a topic code of the standard taxonomy.");
                ok = false;
            }
        }
        return ok;
    }

    /// <summary>User text shortened for a message (the problem escapes it).</summary>
    internal static string Clip(string text) => text.Length <= 64 ? text : text[..64] + "...";
}
