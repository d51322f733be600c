using System.Threading;

namespace Sannong.Domain.Serialization;

/// <summary>
/// What a <see cref="RecordFileFormat"/> hands the records and problems of one file to, while a dataset folder is read:
/// it keeps the records with their lines (or rows), keeps the problems up to the cap of the read (every one counted,
/// each given the file's name), and says when to stop (past <see cref="SannongJsonLimits.MaxRecordsPerFile"/>).
/// </summary>
/// <typeparam name="T">The record type: Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</typeparam>
/// <remarks>A dataset folder's reader makes one for each record file it reads with a format. To read one file alone,
/// make one with <see cref="ForFile"/>, pass it to <see cref="RecordFileFormat.Read{T}"/>, then take
/// <see cref="Records"/>, <see cref="PositionOf"/>, <see cref="Problems"/> and <see cref="ProblemCount"/>: the records
/// of one file are checked one by one, not against each other (that takes a dataset).</remarks>
/// <threadsafety>Not thread-safe: one format reading one file uses it, from one thread at a time.</threadsafety>
public sealed class RecordFileReader<T>
    where T : class
{
    private readonly ProblemList _problems;
    private readonly int _maxRecords;
    private long _lastPosition;

    internal RecordFileReader(string fileName, ProblemList problems, int maxRecords, CancellationToken cancellationToken)
    {
        FileName = fileName;
        _problems = problems;
        _maxRecords = maxRecords;
        CancellationToken = cancellationToken;
    }

    /// <summary>Makes a reader for one file read alone (outside a dataset folder), with the limits of a folder's file.</summary>
    /// <param name="fileName">The file's name, as problems name it (<c>earnings.csv</c>); not empty.</param>
    /// <param name="options">How many problems to keep (null: 1,000); every one is counted.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>An empty reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static RecordFileReader<T> ForFile(string fileName, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return new RecordFileReader<T>(fileName, new ProblemList(options ?? ValidationOptions.Default), SannongJsonLimits.MaxRecordsPerFile, cancellationToken);
    }

    /// <summary>The records added so far, in order.</summary>
    public IReadOnlyList<T> Records => Items;

    /// <summary>The problems kept so far, in the order reported, each with the file's name.</summary>
    public ImmutableArray<DataProblem> Problems => _problems.ToImmutableArray();

    /// <summary>Every problem reported so far, kept or only counted.</summary>
    public long ProblemCount => _problems.Count;

    /// <summary>The 1-based line (or row) of a record added.</summary>
    /// <param name="index">The record's index in <see cref="Records"/>.</param>
    /// <returns>The position it was added with.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than the count of
    /// <see cref="Records"/>.</exception>
    public long PositionOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Items.Count);
        return Lines.LineOf(index);
    }

    /// <summary>The file's name within its folder (<c>earnings.csv</c>), as problems name it.</summary>
    public string FileName { get; }

    /// <summary>Cancels the reading; a format checks it now and then (every few thousand records).</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The records added, in order.</summary>
    internal List<T> Items { get; } = [];

    /// <summary>The line (or row) of each record added.</summary>
    internal LineMap Lines { get; } = new();

    /// <summary>True when a further problem would only be counted, not kept: a format may then report
    /// <see cref="DataProblem"/>s it builds cheaply, or skip building messages and call <see cref="CountProblem"/>.</summary>
    public bool IsFull => _problems.IsFull;

    /// <summary>How many more problems would be kept (at least 1): a cap for a format's own list of a record's
    /// problems.</summary>
    public int Room => _problems.Room;

    /// <summary>Adds a valid record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="position">Its 1-based line (or row) in the file, greater than that of the record before.</param>
    /// <returns>True to go on; false when the file holds more records than
    /// <see cref="SannongJsonLimits.MaxRecordsPerFile"/> (the record is not kept, a problem says so at
    /// <paramref name="position"/>): the format must stop reading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not greater than the position of
    /// the record before (and at least 1).</exception>
    public bool Add(T record, long position)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (position <= _lastPosition)
        {
            throw new ArgumentOutOfRangeException(nameof(position), string.Create(CultureInfo.InvariantCulture,
                $"position must be greater than that of the record before ({_lastPosition}), but was {position}."));
        }
        _lastPosition = position;
        if (Items.Count >= _maxRecords)
        {
            Report(new DataProblem("$", DataProblemKind.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                $"the file holds more than {_maxRecords:N0} records, the most a record file of a dataset folder may hold; the rest of it was not read."),
                position));
            return false;
        }
        Items.Add(record);
        Lines.Add(position);
        return true;
    }

    /// <summary>Reports a problem of the file's content (a record's field, the file's header), kept while there is room
    /// and counted always, with the file's name (<see cref="DataProblem.File"/>).</summary>
    /// <param name="problem">The problem: its path (a JSON path, a column), kind, message and line or row.</param>
    public void Report(DataProblem problem)
    {
        if (_problems.IsFull)
        {
            _problems.CountOnly();
            return;
        }
        _problems.AddRange([problem.InFile(FileName)], 1);
    }

    /// <summary>Counts a problem that is not kept: the format found <see cref="IsFull"/> and built nothing.</summary>
    public void CountProblem() => _problems.CountOnly();

    /// <summary>Reports problems found apart, <paramref name="total"/> in all of which <paramref name="problems"/> are
    /// the first.</summary>
    internal void Report(IReadOnlyList<DataProblem> problems, long total) => DatasetFolder.AddInFile(_problems, problems, total, FileName);

    /// <summary>The problems reported, as the folder's reader takes them.</summary>
    internal ProblemList ProblemSink => _problems;
}
