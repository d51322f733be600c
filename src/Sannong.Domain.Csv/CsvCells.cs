using nietras.SeparatedValues;

namespace Sannong.Domain.Csv;

/// <summary>The cells of one row, by field, with the problems found in them: what a record is built from.</summary>
internal ref struct CsvCells
{
    private readonly SepReader.Row _row;
    private readonly CsvFile _file;

    internal CsvCells(SepReader.Row row, CsvFile file, long rowNumber)
    {
        _row = row;
        _file = file;
        RowNumber = rowNumber;
    }

    /// <summary>The 1-based row of the spreadsheet (the header is row 1).</summary>
    internal long RowNumber { get; }

    /// <summary>True once a problem of this row was reported.</summary>
    internal bool HasProblems { get; private set; }

    /// <summary>The rules of the column map.</summary>
    internal readonly CsvColumnMap Map => _file.Map;

    /// <summary>The text of a field's cell (its default when the file has no column for it); empty when blank.</summary>
    internal readonly ReadOnlySpan<char> this[int field]
    {
        get
        {
            int column = _file.Columns[field];
            ReadOnlySpan<char> text = column < 0 ? _file.Defaults[field].AsSpan() : _row[column].Span;
            return _file.Values[field] is { } values && values.TryGetValue(text.ToString(), out string? value) ? value.AsSpan() : text;
        }
    }

    /// <summary>A field's text when not empty; a <see cref="DataProblemKind.MissingField"/> problem when empty and
    /// required.</summary>
    internal bool TryGet(int field, out ReadOnlySpan<char> text)
    {
        text = this[field];
        if (!text.IsEmpty)
        {
            if (text.Length > CsvFile.MaxCellLength)
            {
                Problem(field, DataProblemKind.LimitExceeded, $"{_file.Fields[field]}: a cell holds at most {CsvFile.MaxCellLength:N0} characters, but this one holds {text.Length:N0}.");
                return false;
            }
            return true;
        }
        if (CsvFields.IsRequired(_file.Kind, _file.Fields[field]))
        {
            Problem(field, DataProblemKind.MissingField, $"{_file.Fields[field]} is required in {CsvFields.Noun(_file.Kind)}, but the cell is empty.");
        }
        return false;
    }

    /// <summary>Reports a problem of a field's cell, at this row and the field's column.</summary>
    internal void Problem(int field, DataProblemKind kind, string message)
    {
        HasProblems = true;
        if (_file.IsFull)
        {
            _file.CountProblem();
            return;
        }
        _file.Report(new DataProblem(_file.PathOfField(field), kind, message, RowNumber));
    }

    /// <summary>Reports a malformed cell: "<c>field rule, but was "text".</c>", the message built only while problems
    /// are kept (counted otherwise).</summary>
    internal void Bad(int field, DataProblemKind kind, string rule, ReadOnlySpan<char> text)
    {
        HasProblems = true;
        if (_file.IsFull)
        {
            _file.CountProblem();
            return;
        }
        _file.Report(new DataProblem(_file.PathOfField(field), kind, $"{_file.Fields[field]} {rule}, but was \"{CsvText.Excerpt(text)}\".", RowNumber));
    }

    /// <summary>Reports what a record's constructor refused, at the column of the field its parameter names.</summary>
    internal void Refused(ArgumentException e, Func<string?, string> fieldOf)
    {
        string field = fieldOf(e.ParamName);
        int index = Array.IndexOf(_file.Fields, field);
        Problem(index < 0 ? 0 : index, e is ArgumentOutOfRangeException ? DataProblemKind.OutOfRange : DataProblemKind.InvalidValue, CsvText.CleanMessage(e));
    }

    /// <summary>Counts a row skipped for its zero amount.</summary>
    internal readonly void SkipZero() => _file.SkipZero();
}
