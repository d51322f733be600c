using System.IO;
using System.Threading;
using System.Threading.Tasks;
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

    /// <summary>Reads and checks the folder. Its files are read at the same time, one a thread (their problems gathered
    /// apart and reported in a fixed order: dataset.json, then each kind of record in the format's order, its files in
    /// ordinal order), so the result never depends on which file is read first.</summary>
    internal static ValidationResult<SannongDataset> Read(string folder, ValidationOptions options, CancellationToken cancellationToken = default,
        int maxRecords = SannongJsonLimits.MaxRecordsPerFile, IReadOnlyList<RecordFileFormat>? formats = null)
    {
        formats ??= [RecordFileFormat.Ndjson];
        var sink = new ProblemList(options);
        string[] names = FileNames(folder);
        Task<(DatasetParts? Parts, ProblemList Problems)> document = Task.Run(() => ReadDocument(folder, names, sink.Sibling()), cancellationToken);
        IRecordFile[] files =
        [
            RecordFile.Start<Influencer>(folder, names, DataRecordKind.Influencer, formats, sink, maxRecords, cancellationToken),
            RecordFile.Start<Enrolment>(folder, names, DataRecordKind.Enrolment, formats, sink, maxRecords, cancellationToken),
            RecordFile.Start<LedgerEntry>(folder, names, DataRecordKind.LedgerEntry, formats, sink, maxRecords, cancellationToken),
            RecordFile.Start<Earning>(folder, names, DataRecordKind.Earning, formats, sink, maxRecords, cancellationToken),
            RecordFile.Start<ContentItem>(folder, names, DataRecordKind.ContentItem, formats, sink, maxRecords, cancellationToken),
        ];
        // Every read ends before any failure is thrown (the first in the fixed order), so no file is left open.
        Task[] reads = [document, .. files.Select(file => file.Reading)];
        try
        {
            Task.WaitAll(reads);
        }
        catch (AggregateException)
        {
            foreach (Task each in reads)
            {
                each.GetAwaiter().GetResult();
            }
            throw;
        }
        cancellationToken.ThrowIfCancellationRequested();
        (DatasetParts? read, ProblemList found) = document.Result;
        sink.AddRange(found.Kept, found.Count);
        DatasetParts parts = read ?? new DatasetParts();
        // The record files are read even when the document has problems, so that every problem is reported at once.
        foreach (IRecordFile file in files)
        {
            file.TakeInto(parts, sink);
        }
        SannongDataset? dataset = parts.Build(sink, location => PlaceOf(location, parts));
        return dataset is not null ? ValidationResult<SannongDataset>.Success(dataset) : sink.Failure<SannongDataset>();
    }

    /// <summary>Writes the folder: dataset.json without records, then every kind of record in its file (an empty file
    /// for none), replacing those files. A file of the folder that would give a kind of record a second place
    /// (<c>content.csv</c> beside the <c>content.ndjson</c> written) is refused before anything is written.</summary>
    internal static void Write(SannongDataset dataset, string folder, RecordFileFormat format)
    {
        Directory.CreateDirectory(folder);
        foreach (string name in FileNames(folder))
        {
            if (KindOfFile(name) is { } kind && !string.Equals(name, RecordName(kind) + format.Extension, StringComparison.Ordinal))
            {
                throw new IOException(
                    $"the folder holds {TextEscaping.ForMessage(name)}, which would give {RecordName(kind)} a second place beside {RecordName(kind)}{format.Extension}; remove it first.");
            }
        }
        File.WriteAllBytes(Path.Combine(folder, DocumentName), SannongJson.DocumentBytes(dataset, records: false));
        ProgrammeData data = dataset.Data;
        WriteRecords(folder, DataRecordKind.Influencer, data.Influencers, format);
        WriteRecords(folder, DataRecordKind.Enrolment, data.Enrolments, format);
        WriteRecords(folder, DataRecordKind.LedgerEntry, data.Ledger.Entries, format);
        WriteRecords(folder, DataRecordKind.Earning, data.Earnings, format);
        WriteRecords(folder, DataRecordKind.ContentItem, data.Content, format);
    }

    private static void WriteRecords<T>(string folder, DataRecordKind kind, IEnumerable<T> records, RecordFileFormat format)
        where T : class
    {
        using FileStream file = File.Create(Path.Combine(folder, RecordName(kind) + format.Extension));
        format.Write(records, file);
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
    internal static DataRecordKind? KindOfFile(string name)
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

    /// <summary>Reads dataset.json into its parts, its problems (with the file's name) to <paramref name="sink"/>.</summary>
    private static (DatasetParts? Parts, ProblemList Problems) ReadDocument(string folder, string[] names, ProblemList sink)
    {
        string? name = Array.Find(names, n => string.Equals(n, DocumentName, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            Add(sink, DocumentName, DataProblemKind.MissingField,
                "the folder has no dataset.json: a dataset folder holds dataset.json (its format, asOf and programme) and a file " +
                "for each kind of record given (influencers.ndjson, enrolments.ndjson, ledger.ndjson, earnings.ndjson, content.ndjson).");
            return (null, sink);
        }
        ProblemList found = sink.Sibling();
        DatasetParts? parts;
        using (FileStream stream = File.OpenRead(Path.Combine(folder, name)))
        {
            parts = stream.CanSeek ? DatasetJson.ReadPartsStreamed(stream, found)
                : StreamBytes.ReadAll(stream) is { } bytes ? DatasetJson.ReadParts(bytes, found) : TooLarge(found);
        }
        AddInFile(sink, found.Kept, found.Count, name);
        return (parts, sink);
    }

    private static DatasetParts? TooLarge(ProblemList sink)
    {
        sink.AddRange([StreamBytes.TooLarge()], 1);
        return null;
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
        return new ProblemPlace((part.Format ?? RecordFileFormat.Ndjson).PathOf(location.Record, DatasetPaths.WireField(location)), line, file);
    }

    internal static void Add(ProblemList sink, string file, DataProblemKind kind, string message) =>
        sink.AddRange([new DataProblem("$", null, kind, message, null, file)], 1);

    internal static void AddInFile(ProblemList sink, IReadOnlyList<DataProblem> problems, long total, string file)
    {
        var located = new List<DataProblem>(problems.Count);
        foreach (DataProblem problem in problems)
        {
            located.Add(problem.InFile(file));
        }
        sink.AddRange(located, total);
    }
}
