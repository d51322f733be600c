using Sannong.Domain.Serialization;

namespace Sannong.Domain.Csv;

/// <summary>One CSV file being read: its kind, which column holds each field, the map's rules, and where problems
/// go.</summary>
internal abstract class CsvFile
{
    /// <summary>The most characters a cell may hold (as the JSON reader's MaxStringLength).</summary>
    internal const int MaxCellLength = SannongJsonLimits.MaxStringLength;

    protected CsvFile(DataRecordKind kind, CsvColumnMap map, CsvReadReport? report)
    {
        Kind = kind;
        Map = map;
        _report = report;
        Fields = CsvFields.Of(kind);
        Columns = new int[Fields.Length];
        Array.Fill(Columns, -1);
        Defaults = new string[Fields.Length];
        foreach (KeyValuePair<string, string> pair in map.Defaults(kind))
        {
            Defaults[Array.IndexOf(Fields, pair.Key)] = pair.Value;
        }
        Values = new ImmutableSortedDictionary<string, string>?[Fields.Length];
        for (int field = 0; field < Fields.Length; field++)
        {
            ImmutableSortedDictionary<string, string> values = map.Values(kind, Fields[field]);
            Values[field] = values.IsEmpty ? null : values;
        }
        Headers = [];
    }

    /// <summary>For each field, the map's translations of its cells, or null when none.</summary>
    internal ImmutableSortedDictionary<string, string>?[] Values { get; }

    internal DataRecordKind Kind { get; }

    internal CsvColumnMap Map { get; }

    private readonly CsvReadReport? _report;

    /// <summary>The fields of the kind, in the order of <see cref="CsvFields"/>.</summary>
    internal string[] Fields { get; }

    /// <summary>For each field, the index of its column, or -1 when the file has none.</summary>
    internal int[] Columns { get; }

    /// <summary>For each field, the map's default text (empty when none).</summary>
    internal string?[] Defaults { get; }

    /// <summary>The file's headers, escaped for paths.</summary>
    internal string[] Headers { get; private set; }

    internal abstract string FileName { get; }

    internal abstract bool IsFull { get; }

    internal abstract void Report(DataProblem problem);

    internal abstract void CountProblem();

    /// <summary>The path of a field's cell: its column's header, or (a default's field) the header the map gives it.</summary>
    internal string PathOfField(int field) =>
        Columns[field] >= 0 ? Headers[Columns[field]] : Path(Map.HeaderOf(Kind, Fields[field]));

    /// <summary>A header as a problem's path: escaped, at most 64 characters.</summary>
    internal static string Path(string header) =>
        Utility.TextEscaping.ForMessage(header.Length <= 64 ? header : header[..64] + "...");

    internal void SkipZero() => _report?.CountSkipped(FileName);

    /// <summary>Resolves the header row; reports every problem of it at row 1.</summary>
    /// <returns>True when every field has a column or a default and no column is unknown or repeated.</returns>
    internal bool ResolveHeader(IReadOnlyList<string> names)
    {
        Headers = names.Select(Path).ToArray();
        ImmutableSortedDictionary<string, string?> named = Map.Columns(Kind);
        bool ok = true;
        for (int column = 0; column < names.Count; column++)
        {
            string name = names[column];
            string? field = named.TryGetValue(name, out string? mapped) ? mapped : Fields.Contains(name, StringComparer.Ordinal) ? name : "";
            if (field is null)
            {
                continue; // the map ignores this column
            }
            int index = Array.IndexOf(Fields, field);
            if (index < 0)
            {
                ok = false;
                if (IsFull)
                {
                    CountProblem();
                    continue;
                }
                Report(new DataProblem(Headers[column], DataProblemKind.UnknownField,
                    $"'{Headers[column]}' is not a column of {CsvFields.Noun(Kind)}; the columns are {string.Join(", ", Fields)}" +
                    (named.IsEmpty ? " (a column map names others)." : $", and those of the column map ({string.Join(", ", named.Keys.Select(Path))})."), 1));
            }
            else if (Columns[index] >= 0)
            {
                ok = false;
                Report(new DataProblem(Headers[column], DataProblemKind.DuplicateId,
                    $"'{Headers[column]}' holds {field}, which column {Columns[index] + 1} ('{Headers[Columns[index]]}') holds already.", 1));
            }
            else
            {
                Columns[index] = column;
            }
        }
        for (int field = 0; field < Fields.Length; field++)
        {
            if (Columns[field] < 0 && Defaults[field] is null && CsvFields.IsRequired(Kind, Fields[field]))
            {
                ok = false;
                Report(new DataProblem(PathOfField(field), DataProblemKind.MissingField,
                    $"{CsvFields.FileKey(Kind)} must have a column for {Fields[field]} ('{PathOfField(field)}'), or the column map a default for it; the header has none.", 1));
            }
            Defaults[field] ??= "";
        }
        return ok;
    }
}
