using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Sannong.Domain.Serialization;

/// <summary>The files of one kind of record in a dataset folder, the first NDJSON one being read on a thread of its
/// own: what <see cref="DatasetFolder"/> needs of it, whatever the record type.</summary>
internal interface IRecordFile
{
    /// <summary>The reading, done (or nothing to read) when the task completes.</summary>
    Task Reading { get; }

    /// <summary>Reports the files' problems in ordinal order of their names (a second place for the kind, a file that
    /// is not NDJSON, the problems of the lines read) and gives the records read to <paramref name="parts"/>.</summary>
    void TakeInto(DatasetParts parts, ProblemList sink);
}

/// <summary>The files of one kind of record <typeparamref name="T"/> in a dataset folder.</summary>
internal sealed class RecordFile<T> : IRecordFile
    where T : class
{
    private readonly DataRecordKind _kind;
    private readonly string[] _names;
    private readonly string? _read;
    private readonly ProblemList _problems;
    private List<T> _items = [];
    private LineMap _lines = new();

    internal RecordFile(string folder, string[] names, DataRecordKind kind, RecordCodec<T> codec, ProblemList sink, int maxRecords,
        CancellationToken cancellationToken)
    {
        _kind = kind;
        _names = Array.FindAll(names, name => DatasetFolder.KindOfFile(name) == kind);
        _read = Array.Find(_names, IsNdjson);
        _problems = sink.Sibling();
        Reading = _read is { } read ? Task.Run(() => ReadLines(Path.Combine(folder, read), codec, maxRecords, cancellationToken), cancellationToken) : Task.CompletedTask;
    }

    public Task Reading { get; }

    public void TakeInto(DatasetParts parts, ProblemList sink)
    {
        var part = (RecordPart<T>)parts.Of(_kind);
        string record = DatasetFolder.RecordName(_kind);
        // A kind of record the document gives as an array has no file: every one of its files is a second place. An
        // empty array is a place too ("none"), but the likely fix is to drop it, so the message says so.
        string? first = part.IsGiven ? $"the array {record} of {DatasetFolder.DocumentName}" : null;
        string fix = part.IsGiven && part.Items.Count == 0
            ? $"remove the empty array {record} from {DatasetFolder.DocumentName}"
            : "keep one of them";
        string records = Noun(_kind);
        foreach (string name in _names)
        {
            if (!IsNdjson(name))
            {
                DatasetFolder.Add(sink, name, DataProblemKind.InvalidValue,
                    $"a record file of a dataset folder is NDJSON, named {record}{DatasetFolder.RecordExtension}; {name} is not one.");
            }
            else if (first is not null)
            {
                // (DataProblem escapes the names in its message.)
                DatasetFolder.Add(sink, name, DataProblemKind.DuplicateSource,
                    $"the {records} are given in two places, {first} and {name}, but a kind of record lives in one place: {fix}.");
            }
            else
            {
                sink.AddRange(_problems.Kept, _problems.Count);
                part.TakeFile(name, _items, _lines);
                first = name;
                fix = "keep one of them";
            }
        }
    }

    /// <summary>What the records of a kind are called in a message.</summary>
    private static string Noun(DataRecordKind kind) => kind switch
    {
        DataRecordKind.LedgerEntry => "ledger entries",
        DataRecordKind.ContentItem => "content items",
        _ => DatasetFolder.RecordName(kind),
    };

    private static bool IsNdjson(string name) =>
        string.Equals(Path.GetExtension(name), DatasetFolder.RecordExtension, StringComparison.OrdinalIgnoreCase);

    private void ReadLines(string path, RecordCodec<T> codec, int maxRecords, CancellationToken cancellationToken)
    {
        string name = Path.GetFileName(path);
        using FileStream stream = File.OpenRead(path);
        long records = 0;
        var lineProblems = new ProblemList(new ValidationOptions(_problems.Room), 1);
        foreach ((T? value, long line) in SannongJson.ReadNdjsonValues(stream, codec, lineProblems))
        {
            if (++records > maxRecords)
            {
                DatasetFolder.AddInFile(_problems, [new DataProblem("$", DataProblemKind.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                    $"the file holds more than {maxRecords:N0} records, the most a record file of a dataset folder may hold; the rest of it was not read."),
                    line)], 1, name);
                return;
            }
            if ((line & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (value is not null)
            {
                _items.Add(value);
                _lines.Add(line);
            }
            else
            {
                DatasetFolder.AddInFile(_problems, lineProblems.Kept, lineProblems.Count, name);
            }
        }
    }
}

/// <summary>Starts the reading of a kind of record's files.</summary>
internal static class RecordFile
{
    internal static IRecordFile Start<T>(string folder, string[] names, DataRecordKind kind, RecordCodec<T> codec, ProblemList sink,
        int maxRecords, CancellationToken cancellationToken)
        where T : class => new RecordFile<T>(folder, names, kind, codec, sink, maxRecords, cancellationToken);
}
