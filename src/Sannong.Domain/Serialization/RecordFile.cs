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

    internal RecordFile(string folder, string[] names, DataRecordKind kind, RecordCodec<T> codec, ProblemList sink, CancellationToken cancellationToken)
    {
        _kind = kind;
        _names = Array.FindAll(names, name => DatasetFolder.KindOfFile(name) == kind);
        _read = Array.Find(_names, IsNdjson);
        _problems = sink.Sibling();
        Reading = _read is { } read ? Task.Run(() => ReadLines(Path.Combine(folder, read), codec, cancellationToken), cancellationToken) : Task.CompletedTask;
    }

    public Task Reading { get; }

    public void TakeInto(DatasetParts parts, ProblemList sink)
    {
        var part = (RecordPart<T>)parts.Of(_kind);
        string record = DatasetFolder.RecordName(_kind);
        // A kind of record the document gives as an array has no file: every one of its files is a second place.
        string? first = part.IsGiven ? $"the array {record} of {DatasetFolder.DocumentName}" : null;
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
                    $"{record} are given twice, in {first} and in {name}: a kind of record lives in one place; remove one.");
            }
            else
            {
                sink.AddRange(_problems.Kept, _problems.Count);
                part.TakeFile(name, _items, _lines);
                first = name;
            }
        }
    }

    private static bool IsNdjson(string name) =>
        string.Equals(Path.GetExtension(name), DatasetFolder.RecordExtension, StringComparison.OrdinalIgnoreCase);

    private void ReadLines(string path, RecordCodec<T> codec, CancellationToken cancellationToken)
    {
        string name = Path.GetFileName(path);
        using FileStream stream = File.OpenRead(path);
        foreach (NdjsonRecord<T> record in SannongJson.ReadNdjsonLines(stream, codec, new ValidationOptions(_problems.Room)))
        {
            if ((record.Line & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (record.Value is { } value)
            {
                _items.Add(value);
                _lines.Add(record.Line);
            }
            else
            {
                DatasetFolder.AddInFile(_problems, record.Problems, record.ProblemCount, name);
            }
        }
    }
}

/// <summary>Starts the reading of a kind of record's files.</summary>
internal static class RecordFile
{
    internal static IRecordFile Start<T>(string folder, string[] names, DataRecordKind kind, RecordCodec<T> codec, ProblemList sink,
        CancellationToken cancellationToken)
        where T : class => new RecordFile<T>(folder, names, kind, codec, sink, cancellationToken);
}
