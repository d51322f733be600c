using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>The parts of a dataset as read from its files, not yet checked as a whole: the programme, the as-of date
/// and each kind of record with the place it came from. A document fills them all; a dataset folder fills them from
/// its dataset.json and its record files.</summary>
internal sealed class DatasetParts
{
    /// <summary>The programme, or null when it was missing or had problems.</summary>
    internal Programme? Programme { get; set; }

    /// <summary>The as-of date, or null.</summary>
    internal LocalDate? AsOf { get; set; }

    internal RecordPart<Influencer> Influencers { get; } = new(DataRecordKind.Influencer);

    internal RecordPart<Enrolment> Enrolments { get; } = new(DataRecordKind.Enrolment);

    internal RecordPart<LedgerEntry> Ledger { get; } = new(DataRecordKind.LedgerEntry);

    internal RecordPart<Earning> Earnings { get; } = new(DataRecordKind.Earning);

    internal RecordPart<ContentItem> Content { get; } = new(DataRecordKind.ContentItem);

    /// <summary>The part of a kind of record.</summary>
    internal IRecordPart Of(DataRecordKind kind) => kind switch
    {
        DataRecordKind.Influencer => Influencers,
        DataRecordKind.Enrolment => Enrolments,
        DataRecordKind.LedgerEntry => Ledger,
        DataRecordKind.Earning => Earnings,
        DataRecordKind.ContentItem => Content,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Checks the records as a whole (each problem at the place <paramref name="placeOf"/> gives its location)
    /// and builds the dataset; null after reporting the problems. Nothing is checked as a whole when the reading
    /// already found problems, or no programme.</summary>
    internal SannongDataset? Build(ProblemList sink, Func<DataLocation, ProblemPlace> placeOf)
    {
        if (sink.Count > 0 || Programme is null)
        {
            return null;
        }
        ValidationResult<ProgrammeData> data = ProgrammeDataValidator.Validate(Programme, Influencers.Items, Enrolments.Items,
            Ledger.Items, Earnings.Items, Content.Items, new ValidationOptions(sink.Room), placeOf);
        if (!data.IsValid)
        {
            sink.AddRange(data.Problems, data.ProblemCount);
            return null;
        }
        try
        {
            return new SannongDataset(data.Value, AsOf);
        }
        catch (Exception e) when (e is ArgumentException or ArithmeticException)
        {
            // A rule of the dataset itself (the as-of date against the programme, say) that the reader did not know.
            // The as-of date lies in the file of the programme (the document, or a folder's dataset.json).
            string? file = placeOf(new DataLocation(DataRecordKind.Programme)).File;
            string path = e is ArgumentException { ParamName: "asOf" } ? "$.asOf" : "$";
            sink.AddRange([new DataProblem(path, null, DataProblemKind.InvalidValue, JsonPaths.CleanMessage(e), null, file)], 1);
            return null;
        }
    }
}

/// <summary>What every <see cref="RecordPart{T}"/> says of itself, whatever its type.</summary>
internal interface IRecordPart
{
    /// <summary>The kind of record.</summary>
    DataRecordKind Kind { get; }

    /// <summary>Where the records came from: the document's array (null) or a file's name; see <see cref="IsGiven"/>.</summary>
    string? File { get; }

    /// <summary>True once a place gave this kind of record (an array of the document, or a file).</summary>
    bool IsGiven { get; }

    /// <summary>The 1-based line of each record in <see cref="File"/>, when the records came from a file of lines.</summary>
    LineMap? Lines { get; }

    /// <summary>The format of <see cref="File"/>, or null for the document's array.</summary>
    RecordFileFormat? Format { get; }
}

/// <summary>The records of one kind, with where they came from.</summary>
internal sealed class RecordPart<T>(DataRecordKind kind) : IRecordPart
    where T : class
{
    public DataRecordKind Kind { get; } = kind;

    /// <summary>The records, in the order of their place.</summary>
    internal List<T> Items { get; private set; } = [];

    public string? File { get; private set; }

    public bool IsGiven { get; private set; }

    public LineMap? Lines { get; private set; }

    public RecordFileFormat? Format { get; private set; }

    /// <summary>Takes the records of the document's array, when the document has the field.</summary>
    internal void Take(DatasetRecords<T> records, JsonObjectReader root)
    {
        if (records.Take(root) is { } items)
        {
            Items = items;
            IsGiven = true;
        }
    }

    /// <summary>Takes the records of a file, read with <paramref name="format"/>.</summary>
    internal void TakeFile(string file, List<T> items, LineMap lines, RecordFileFormat format)
    {
        Items = items;
        File = file;
        Lines = lines;
        Format = format;
        IsGiven = true;
    }
}

/// <summary>The 1-based line of the i-th record of a file of lines, kept as the few places where the lines stop
/// following one another (a blank line, a skipped record), so that a file of a million records costs a few bytes.</summary>
internal sealed class LineMap
{
    private readonly List<(int Index, long Line)> _jumps = [];
    private int _count;

    /// <summary>Notes that the next record (index <see cref="Count"/>) is on <paramref name="line"/>.</summary>
    internal void Add(long line)
    {
        if (_count == 0 ? line != 1 : LineOf(_count - 1) + 1 != line)
        {
            _jumps.Add((_count, line));
        }
        _count++;
    }

    /// <summary>How many records were noted.</summary>
    internal int Count => _count;

    /// <summary>The line of record <paramref name="index"/>.</summary>
    internal long LineOf(int index)
    {
        // The last jump at or before the index; the lines follow one another from there.
        int lo = 0, hi = _jumps.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_jumps[mid].Index <= index)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found < 0 ? index + 1L : _jumps[found].Line + (index - _jumps[found].Index);
    }
}
