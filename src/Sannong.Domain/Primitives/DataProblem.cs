using Sannong.Domain.Utility;

namespace Sannong.Domain;

/// <summary>
/// One problem found in recorded data: where it is, what kind of rule it breaks, and a message a person can act on.
/// Validation in this library reports every problem it finds as a list of these, never just the first.
/// </summary>
/// <remarks>
/// <para><see cref="Path"/> says where the problem is, as text. A problem found by a reader of
/// <see cref="Serialization.SannongJson"/> is located in the shape of the dataset document, by a JSONPath-like path
/// with indexes from 0 (docs/dataset-format.md), and for a record of an NDJSON stream
/// <see cref="Line"/> is its 1-based line number. A problem found by
/// <see cref="Programmes.ProgrammeData.Validate(Programmes.Programme, System.Collections.Generic.IEnumerable{Creators.Influencer}, System.Collections.Generic.IEnumerable{Programmes.Enrolment}, System.Collections.Generic.IEnumerable{Programmes.LedgerEntry}, System.Collections.Generic.IEnumerable{Programmes.Earning}, System.Collections.Generic.IEnumerable{Content.ContentItem}, ValidationOptions)"/>
/// or <see cref="Programmes.BudgetLedger"/> called directly is located in the domain's terms instead: the kind of
/// record, the index and the property, for example <c>Enrolment[3].Influencer</c> (see
/// <see cref="DataLocation.ToString"/>).
/// Either way, a problem found by the validation of a programme's data also carries its <see cref="Location"/>,
/// structured (record kind, index, field), for a program to act on; a problem of a document's syntax or of one
/// record's fields has a path only.</para>
/// <para>Equality compares <see cref="Path"/>, <see cref="Kind"/>, <see cref="Message"/>, <see cref="Line"/> and
/// <see cref="File"/> (ordinal text); <see cref="Location"/>, another view of where the path points, is not compared.</para>
/// <para>The constructor escapes the path and the message with <see cref="TextEscaping.ForMessage"/>: control, format
/// and bidirectional characters, separators, lone surrogates and noncharacters that user text brought in are kept as
/// <c>\u001b</c>-style escapes, so that no problem can carry a raw control character to a terminal or a log.</para>
/// <para><c>default(DataProblem)</c> has an empty path and message and kind 0; it is not a meaningful problem.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
public readonly struct DataProblem : IEquatable<DataProblem>
{
    private readonly string? _path;
    private readonly string? _message;
    private readonly string? _file;
    private readonly DataLocation? _location;

    /// <summary>Creates a problem report.</summary>
    /// <param name="path">Where the problem is, for example <c>LedgerEntry[12].Cash</c>, or a reader's JSON path; must not be empty. Kept escaped
    /// (see the remarks).</param>
    /// <param name="kind">The kind of rule broken; must be a defined <see cref="DataProblemKind"/>.</param>
    /// <param name="message">What is wrong and, where it helps, what would be right; must not be empty. Kept escaped
    /// (see the remarks).</param>
    /// <param name="line">The 1-based line of an NDJSON record, or null for a document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> or <paramref name="message"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="line"/> is less than 1.</exception>
    public DataProblem(string path, DataProblemKind kind, string message, long? line = null)
        : this(path, null, kind, message, line)
    {
    }

    /// <summary>Creates a problem report located in the domain's terms; its <see cref="Path"/> is
    /// <paramref name="location"/> written by <see cref="DataLocation.ToString"/> (for example
    /// <c>LedgerEntry[12]</c>).</summary>
    /// <param name="location">Where the problem is.</param>
    /// <param name="kind">The kind of rule broken; must be a defined <see cref="DataProblemKind"/>.</param>
    /// <param name="message">What is wrong and, where it helps, what would be right; must not be empty. Kept escaped
    /// (see the remarks).</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public DataProblem(DataLocation location, DataProblemKind kind, string message)
        : this(location.ToString(), location, kind, message, null)
    {
    }

    /// <summary>A problem with both a path (written by the caller: a JSON path, say) and the location it writes.</summary>
    internal DataProblem(string path, DataLocation? location, DataProblemKind kind, string message, long? line, string? file = null)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(message);
        Preconditions.CheckArgument(path.Length > 0, nameof(path), "path must not be empty.");
        Preconditions.CheckArgument(message.Length > 0, nameof(message), "message must not be empty.");
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), $"kind must be a defined DataProblemKind, but was {(int)kind}.");
        }
        if (line is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(line), $"line must be at least 1, but was {line}.");
        }
        Preconditions.CheckArgument(file is not { Length: 0 }, nameof(file), "file must be null or a name, but was empty.");
        _path = TextEscaping.ForMessage(path);
        Kind = kind;
        _message = TextEscaping.ForMessage(message);
        Line = line;
        _file = file is null ? null : TextEscaping.ForMessage(file);
        _location = location;
    }

    /// <summary>Where the problem is: the JSON path of the document from a reader, or for example
    /// <c>Enrolment[3].Influencer</c> from a validation called directly (escaped; see the remarks).</summary>
    public string Path => _path ?? string.Empty;

    /// <summary>The kind of rule broken.</summary>
    public DataProblemKind Kind { get; }

    /// <summary>What is wrong, in a sentence a person can act on (escaped).</summary>
    public string Message => _message ?? string.Empty;

    /// <summary>The 1-based line number of the NDJSON record, or null when the data is one document.</summary>
    public long? Line { get; }

    /// <summary>The file the problem is in, when the data came from several (for a dataset folder, the file's name
    /// within it, such as <c>earnings.ndjson</c> or <c>dataset.json</c>); null when the reader was given one document
    /// or stream. Escaped (see the remarks).</summary>
    public string? File => _file;

    /// <summary>Where the problem is, structured (record kind, index, field), when the validation of a programme's
    /// data found it; null for a problem located by its <see cref="Path"/> only (a document's syntax, a field of one
    /// record as read).</summary>
    public DataLocation? Location => _location;

    /// <summary>This problem located in a file (the same path, location, kind, message and line): how a reader of
    /// several files names the one a problem was found in: <c>new DataProblem("$.amount", kind, message, 7).InFile("earnings.csv")</c>.</summary>
    /// <param name="file">The file's name; must not be empty.</param>
    /// <returns>The problem with <see cref="File"/> set (escaped).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="file"/> is empty.</exception>
    public DataProblem InFile(string file)
    {
        Preconditions.CheckNotNull(file);
        return new DataProblem(Path, _location, Kind, Message, Line, file);
    }

    /// <summary>Returns the problem as one line: <c>[line 7] path: Negative: amount must not be negative.</c>, and
    /// with a file <c>[earnings.ndjson, line 7] $.amount: ...</c> or <c>[dataset.json] $.asOf: ...</c>.</summary>
    /// <returns>The path, kind and message, prefixed by the file and the line when there are.</returns>
    public override string ToString() => (File, Line) switch
    {
        (null, null) => $"{Path}: {Kind}: {Message}",
        (null, { } line) => $"[line {line}] {Path}: {Kind}: {Message}",
        ({ } file, null) => $"[{file}] {Path}: {Kind}: {Message}",
        ({ } file, { } line) => $"[{file}, line {line}] {Path}: {Kind}: {Message}",
    };

    /// <summary>Compares all members (text ordinally).</summary>
    /// <param name="other">The problem to compare with.</param>
    /// <returns>True when path, kind, message, line and file are equal.</returns>
    public bool Equals(DataProblem other) =>
        string.Equals(Path, other.Path, StringComparison.Ordinal)
        && Kind == other.Kind
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && Line == other.Line
        && string.Equals(File, other.File, StringComparison.Ordinal);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="DataProblem"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DataProblem other && Equals(other);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Path), Kind, StringComparer.Ordinal.GetHashCode(Message), Line,
            File is null ? 0 : StringComparer.Ordinal.GetHashCode(File));

    /// <summary>Equality of all members.</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DataProblem left, DataProblem right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(DataProblem left, DataProblem right) => !left.Equals(right);
}
