using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Sannong.Domain.Serialization;

/// <summary>The files of one kind of record in a dataset folder, the first of a known format being read on a thread of
/// its own: what <see cref="DatasetFolder"/> needs of it, whatever the record type.</summary>
internal interface IRecordFile
{
    /// <summary>The reading, done (or nothing to read) when the task completes.</summary>
    Task Reading { get; }

    /// <summary>Reports the files' problems in ordinal order of their names (a second place for the kind, a file that
    /// is of no known format, the problems of the file read) and gives the records read to <paramref name="parts"/>.</summary>
    void TakeInto(DatasetParts parts, ProblemList sink);
}

/// <summary>The files of one kind of record <typeparamref name="T"/> in a dataset folder.</summary>
internal sealed class RecordFile<T> : IRecordFile
    where T : class
{
    private readonly DataRecordKind _kind;
    private readonly string[] _names;
    private readonly IReadOnlyList<RecordFileFormat> _formats;
    private readonly string? _read;
    private readonly RecordFileFormat? _format;
    private readonly RecordFileReader<T>? _reader;

    internal RecordFile(string folder, string[] names, DataRecordKind kind, IReadOnlyList<RecordFileFormat> formats, ProblemList sink,
        int maxRecords, CancellationToken cancellationToken)
    {
        _kind = kind;
        _formats = formats;
        _names = Array.FindAll(names, name => DatasetFolder.KindOfFile(name) == kind);
        _read = Array.Find(_names, name => FormatOf(name) is not null);
        if (_read is { } read)
        {
            RecordFileFormat format = FormatOf(read)!;
            var reader = new RecordFileReader<T>(read, sink.Sibling(), maxRecords, cancellationToken);
            _format = format;
            _reader = reader;
            Reading = Task.Run(() =>
            {
                using FileStream stream = File.OpenRead(Path.Combine(folder, read));
                format.Read(stream, reader);
            }, cancellationToken);
        }
        else
        {
            Reading = Task.CompletedTask;
        }
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
            if (FormatOf(name) is null)
            {
                string known = string.Join(", ", _formats.Select(f => record + f.Extension));
                DatasetFolder.Add(sink, name, DataProblemKind.InvalidValue,
                    $"a record file of this dataset folder is one of {known}; {name} is not one.");
            }
            else if (first is not null)
            {
                // (DataProblem escapes the names in its message.)
                DatasetFolder.Add(sink, name, DataProblemKind.DuplicateSource,
                    $"the {records} are given in two places, {first} and {name}, but a kind of record lives in one place: {fix}.");
            }
            else
            {
                ProblemList found = _reader!.ProblemSink;
                sink.AddRange(found.Kept, found.Count);
                part.TakeFile(name, _reader.Items, _reader.Lines, _format!);
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

    private RecordFileFormat? FormatOf(string name)
    {
        string extension = Path.GetExtension(name);
        foreach (RecordFileFormat format in _formats)
        {
            if (string.Equals(extension, format.Extension, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }
        return null;
    }
}

/// <summary>Starts the reading of a kind of record's files.</summary>
internal static class RecordFile
{
    internal static IRecordFile Start<T>(string folder, string[] names, DataRecordKind kind, IReadOnlyList<RecordFileFormat> formats,
        ProblemList sink, int maxRecords, CancellationToken cancellationToken)
        where T : class => new RecordFile<T>(folder, names, kind, formats, sink, maxRecords, cancellationToken);
}
