using System.Text.Json;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>What the single pass over a dataset document found: the root object's fields (as places in the buffer) and
/// the records of each array field, read as the pass met them.</summary>
internal sealed class DocumentFields
{
    internal DocumentFields(JsonObjectReader root) => Root = root;

    /// <summary>The root object, its fields not yet read.</summary>
    internal JsonObjectReader Root { get; }

    internal DatasetRecords<Influencer> Influencers { get; } = new("influencers", RecordCodecs.Influencer);

    internal DatasetRecords<Enrolment> Enrolments { get; } = new("enrolments", RecordCodecs.Enrolment);

    internal DatasetRecords<LedgerEntry> Ledger { get; } = new("ledger", RecordCodecs.LedgerEntry);

    internal DatasetRecords<Earning> Earnings { get; } = new("earnings", RecordCodecs.Earning);

    internal DatasetRecords<ContentItem> Content { get; } = new("content", RecordCodecs.ContentItem);

    /// <summary>True when <paramref name="name"/> is one of the record fields.</summary>
    internal bool IsRecordField(JsonSlice name) =>
        Influencers.Matches(name) || Enrolments.Matches(name) || Ledger.Matches(name) || Earnings.Matches(name) || Content.Matches(name);

    /// <summary>Reads the array whose opening bracket the reader stands on when <paramref name="name"/> is one of the
    /// record fields (true); otherwise reads nothing (false).</summary>
    /// <exception cref="JsonException">The JSON is not valid (or nests too deeply).</exception>
    internal bool ReadRecords(JsonSlice name, ref Utf8JsonReader reader, DocumentBuffer buffer, ProblemList sink) =>
        Influencers.TryRead(name, ref reader, buffer, sink)
        || Enrolments.TryRead(name, ref reader, buffer, sink)
        || Ledger.TryRead(name, ref reader, buffer, sink)
        || Earnings.TryRead(name, ref reader, buffer, sink)
        || Content.TryRead(name, ref reader, buffer, sink);
}

/// <summary>The records of one array field of the document, read element by element in the pass, with their problems
/// gathered apart (to be reported in the format's order of fields).</summary>
internal sealed class DatasetRecords<T>
    where T : class
{
    private readonly string _name;
    private readonly byte[] _utf8Name;
    private readonly string _path;
    private readonly RecordCodec<T> _codec;
    private List<T> _items = [];
    private ProblemList? _problems;

    internal DatasetRecords(string name, RecordCodec<T> codec)
    {
        _name = name;
        _utf8Name = Utf8Names.Of(name);
        _path = JsonPaths.Property("$", name);
        _codec = codec;
    }

    /// <summary>True when <paramref name="name"/> is this field's.</summary>
    internal bool Matches(JsonSlice name) => name.TextEquals(_utf8Name);

    /// <summary>When <paramref name="name"/> is this field's, reads the array the reader stands on (replacing the
    /// records of an earlier field of the same name) and returns true.</summary>
    internal bool TryRead(JsonSlice name, ref Utf8JsonReader reader, DocumentBuffer buffer, ProblemList sink)
    {
        if (!Matches(name))
        {
            return false;
        }
        var items = new List<T>();
        ProblemList problems = sink.Sibling();
        int index = 0;
        while (buffer.PeekNext(ref reader) is not (JsonTokenType.EndArray or JsonTokenType.None))
        {
            // A record is read from the bytes held; one that runs past them is read again after a refill (nothing of it
            // was reported or built: its fields are all found before any is read).
            Utf8JsonReader before = reader;
            T? item;
            try
            {
                reader.Read();
                item = _codec.ReadHere(ref reader, buffer.Source, new ElementPath(_path, index), problems);
            }
            catch (DocumentBuffer.Incomplete)
            {
                reader = before;
                buffer.Refill(ref reader);
                continue;
            }
            if (item is not null)
            {
                items.Add(item);
            }
            index++;
        }
        buffer.Read(ref reader);
        _items = items;
        _problems = problems;
        return true;
    }

    /// <summary>The records, once <paramref name="root"/> has checked the field (an array, if present), their problems
    /// now reported to the root's sink; null when the field is absent (or null), empty when it is not an array.</summary>
    internal List<T>? Take(JsonObjectReader root)
    {
        if (!root.TryGet(_name, false, out _))
        {
            return null;
        }
        if (!root.TryGetArray(_name, false, out _))
        {
            return [];
        }
        if (_problems is null)
        {
            return [];
        }
        root.Sink.AddRange(_problems.Kept, _problems.Count);
        return _items;
    }
}
