using System.IO;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Serialization;

/// <summary>Reads and writes a dataset folder: <c>dataset.json</c> (format, as-of date, programme, and any record
/// arrays) and a file of lines for any kind of record, named for it (<c>influencers.ndjson</c>,
/// <c>enrolments.ndjson</c>, <c>ledger.ndjson</c>, <c>earnings.ndjson</c>, <c>content.ndjson</c>). A kind of record
/// lives in one place. The records are checked as a whole, across the files, as those of one document are.</summary>
internal static class DatasetFolder
{
    /// <summary>The folder's document.</summary>
    internal const string DocumentName = "dataset.json";

    /// <summary>The extension of a record file.</summary>
    internal const string RecordExtension = ".ndjson";

    /// <summary>The kinds of record and the names of their files (without extension) and of their arrays, in the
    /// format's order.</summary>
    internal static ReadOnlySpan<DataRecordKind> RecordKinds =>
        [DataRecordKind.Influencer, DataRecordKind.Enrolment, DataRecordKind.LedgerEntry, DataRecordKind.Earning, DataRecordKind.ContentItem];

    /// <summary>The name of a kind of record's file (without extension), which is also its array's in the document.</summary>
    internal static string RecordName(DataRecordKind kind) => kind switch
    {
        DataRecordKind.Influencer => "influencers",
        DataRecordKind.Enrolment => "enrolments",
        DataRecordKind.LedgerEntry => "ledger",
        DataRecordKind.Earning => "earnings",
        DataRecordKind.ContentItem => "content",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), string.Create(CultureInfo.InvariantCulture,
            $"kind must be a kind of record kept in a list (Influencer, Enrolment, LedgerEntry, Earning or ContentItem), but was {kind}.")),
    };

    internal static ValidationResult<SannongDataset> Read(string folder, ValidationOptions options)
    {
        var sink = new ProblemList(options);
        string[] names = FileNames(folder);
        DatasetParts parts = ReadDocument(folder, names, sink) ?? new DatasetParts();
        // The record files are read even when the document has problems, so that every problem is reported at once.
        ReadRecords(folder, names, parts.Influencers, RecordCodecs.Influencer, sink);
        ReadRecords(folder, names, parts.Enrolments, RecordCodecs.Enrolment, sink);
        ReadRecords(folder, names, parts.Ledger, RecordCodecs.LedgerEntry, sink);
        ReadRecords(folder, names, parts.Earnings, RecordCodecs.Earning, sink);
        ReadRecords(folder, names, parts.Content, RecordCodecs.ContentItem, sink);
        SannongDataset? dataset = parts.Build(sink, location => PlaceOf(location, parts));
        return dataset is not null ? ValidationResult<SannongDataset>.Success(dataset) : sink.Failure<SannongDataset>();
    }

    /// <summary>Writes the folder: dataset.json without records, then every kind of record in its file (an empty file
    /// for none), replacing those files. A file of the folder that would give a kind of record a second place
    /// (<c>content.csv</c> beside the <c>content.ndjson</c> written) is refused before anything is written.</summary>
    internal static void Write(SannongDataset dataset, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (string name in FileNames(folder))
        {
            if (KindOfFile(name) is { } kind && !string.Equals(name, RecordName(kind) + RecordExtension, StringComparison.Ordinal))
            {
                throw new IOException(
                    $"the folder holds {TextEscaping.ForMessage(name)}, which would give {RecordName(kind)} a second place beside {RecordName(kind)}{RecordExtension}; remove it first.");
            }
        }
        File.WriteAllBytes(Path.Combine(folder, DocumentName), SannongJson.DocumentBytes(dataset, records: false));
        ProgrammeData data = dataset.Data;
        WriteRecords(folder, DataRecordKind.Influencer, data.Influencers);
        WriteRecords(folder, DataRecordKind.Enrolment, data.Enrolments);
        WriteRecords(folder, DataRecordKind.LedgerEntry, data.Ledger.Entries);
        WriteRecords(folder, DataRecordKind.Earning, data.Earnings);
        WriteRecords(folder, DataRecordKind.ContentItem, data.Content);
    }

    private static void WriteRecords<T>(string folder, DataRecordKind kind, IEnumerable<T> records)
        where T : class
    {
        using FileStream file = File.Create(Path.Combine(folder, RecordName(kind) + RecordExtension));
        SannongJson.WriteNdjson(records, file);
    }

    /// <summary>The names of the folder's files, in ordinal order (so that problems come in the same order on every
    /// file system).</summary>
    private static string[] FileNames(string folder)
    {
        string[] names = Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }

    /// <summary>The kind of record a file's name is for (its name without extension, in any case), or null.</summary>
    private static DataRecordKind? KindOfFile(string name)
    {
        string stem = Path.GetFileNameWithoutExtension(name);
        foreach (DataRecordKind kind in RecordKinds)
        {
            if (string.Equals(stem, RecordName(kind), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }
        return null;
    }

    private static DatasetParts? ReadDocument(string folder, string[] names, ProblemList sink)
    {
        string? name = Array.Find(names, n => string.Equals(n, DocumentName, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            sink.AddRange([new DataProblem("$", null, DataProblemKind.MissingField,
                "the folder has no dataset.json: a dataset folder holds dataset.json (its format, asOf and programme) and a file " +
                "for each kind of record given (influencers.ndjson, enrolments.ndjson, ledger.ndjson, earnings.ndjson, content.ndjson).",
                null, DocumentName)], 1);
            return null;
        }
        ProblemList found = sink.Sibling();
        DatasetParts? parts;
        using (FileStream stream = File.OpenRead(Path.Combine(folder, name)))
        {
            parts = stream.CanSeek ? DatasetJson.ReadPartsStreamed(stream, found)
                : StreamBytes.ReadAll(stream) is { } bytes ? DatasetJson.ReadParts(bytes, found) : TooLarge(found);
        }
        AddInFile(sink, found.Kept, found.Count, name);
        return parts;
    }

    private static DatasetParts? TooLarge(ProblemList sink)
    {
        sink.AddRange([StreamBytes.TooLarge()], 1);
        return null;
    }

    /// <summary>Reads the file of a kind of record, if the folder has one: its problems to the sink with the file's name,
    /// its records to the part. A second place for the kind (the document's array, another file) is a problem, and
    /// that file is not read.</summary>
    private static void ReadRecords<T>(string folder, string[] names, RecordPart<T> part, RecordCodec<T> codec, ProblemList sink)
        where T : class
    {
        string record = RecordName(part.Kind);
        foreach (string name in names)
        {
            if (KindOfFile(name) != part.Kind)
            {
                continue;
            }
            if (part.IsGiven)
            {
                // (DataProblem escapes the names in its message.)
                string first = part.File ?? $"the array {record} of {DocumentName}";
                Add(sink, name, DataProblemKind.DuplicateSource,
                    $"{record} are given twice, in {first} and in {name}: a kind of record lives in one place; remove one.");
                continue;
            }
            if (!string.Equals(Path.GetExtension(name), RecordExtension, StringComparison.OrdinalIgnoreCase))
            {
                Add(sink, name, DataProblemKind.InvalidValue,
                    $"a record file of a dataset folder is NDJSON, named {record}{RecordExtension}; {name} is not one.");
                continue;
            }
            part.TakeFile(name, ReadLines(Path.Combine(folder, name), name, codec, sink, out LineMap lines), lines);
        }
    }

    private static List<T> ReadLines<T>(string path, string name, RecordCodec<T> codec, ProblemList sink, out LineMap lines)
        where T : class
    {
        var items = new List<T>();
        lines = new LineMap();
        using FileStream stream = File.OpenRead(path);
        foreach (NdjsonRecord<T> record in SannongJson.ReadNdjsonLines(stream, codec, new ValidationOptions(sink.Room)))
        {
            if (record.Value is { } value)
            {
                items.Add(value);
                lines.Add(record.Line);
            }
            else
            {
                AddInFile(sink, record.Problems, record.ProblemCount, name);
            }
        }
        return items;
    }

    /// <summary>Where a location of the records checked as a whole is: in the file its kind came from, at the record's
    /// line, or in dataset.json at its JSON path.</summary>
    private static ProblemPlace PlaceOf(DataLocation location, DatasetParts parts)
    {
        if (location.Record is DataRecordKind.None or DataRecordKind.Programme || parts.Of(location.Record) is not { File: { } file } part)
        {
            return new ProblemPlace(DatasetPaths.Of(location), null, DocumentName);
        }
        long? line = location.Index is { } index ? part.Lines?.LineOf(index) : null;
        return new ProblemPlace(DatasetPaths.InRecord(location), line, file);
    }

    private static void Add(ProblemList sink, string file, DataProblemKind kind, string message) =>
        sink.AddRange([new DataProblem("$", null, kind, message, null, file)], 1);

    private static void AddInFile(ProblemList sink, IReadOnlyList<DataProblem> problems, long total, string file)
    {
        var located = new List<DataProblem>(problems.Count);
        foreach (DataProblem problem in problems)
        {
            located.Add(problem.InFile(file));
        }
        sink.AddRange(located, total);
    }
}
