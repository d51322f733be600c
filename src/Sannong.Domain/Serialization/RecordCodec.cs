using System.Text.Json;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>How one kind of record is read and written: the record types of the dataset document that can also
/// stand alone (in NDJSON lines and in the caller's documents).</summary>
internal sealed class RecordCodec<T>
    where T : class
{
    private readonly Func<JsonObjectReader, T?> _readFields;
    private readonly Func<string?, string?> _fieldOf;

    /// <summary>A codec of records read field by field, each with a reader of the pool.</summary>
    /// <param name="what">What a record is, for messages ("an earning").</param>
    /// <param name="read">Reads a record's fields and builds it, or returns null after reporting its problems.</param>
    /// <param name="fieldOf">The field of a constructor's parameter that a rule refused (null: the record itself).</param>
    /// <param name="write">Writes a record as one JSON object.</param>
    internal RecordCodec(string what, Func<JsonObjectReader, T?> read, Func<string?, string?> fieldOf, Action<Utf8JsonWriter, T> write)
    {
        What = what;
        _readFields = read;
        _fieldOf = fieldOf;
        Write = write;
        ReadRoot = (ref Utf8JsonReader json, JsonSource buffer, ProblemList sink) => ReadHere(ref json, buffer, "$", sink);
    }

    /// <summary>Reads a record that is a whole JSON document of its own (an NDJSON line, a converter's value), at the
    /// path "$" (see <see cref="JsonPass.Read"/>).</summary>
    internal JsonPass.RootReader<T> ReadRoot { get; }

    /// <summary>What a record is, for messages ("an earning").</summary>
    internal string What { get; }

    /// <summary>Writes one record as a JSON object.</summary>
    internal Action<Utf8JsonWriter, T> Write { get; }

    /// <summary>Reads one record found earlier in the pass, reporting its problems to the sink; null when it has any.</summary>
    internal T? Read(JsonSlice value, ElementPath path, ProblemList sink) =>
        JsonObjectReader.ReadRecord(JsonObjectReader.Open(value, path, sink, What), _readFields, _fieldOf);

    /// <summary>Reads the record whose first token <paramref name="json"/> (a reader over the whole of
    /// <paramref name="buffer"/>) stands on, in the same pass; the reader then stands on its last token.</summary>
    /// <exception cref="JsonException">The JSON is not valid (or nests too deeply).</exception>
    internal T? ReadHere(ref Utf8JsonReader json, JsonSource buffer, ElementPath path, ProblemList sink)
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            JsonObjectReader.ReportNotObject(JsonSlice.Take(ref json, buffer).Kind, path, sink, What);
            return null;
        }
        return JsonObjectReader.ReadRecord(JsonObjectReader.OpenHere(ref json, buffer, path, sink, What), _readFields, _fieldOf);
    }
}

/// <summary>The codecs of the record types, found without reflection.</summary>
internal static class RecordCodecs
{
    internal const string Supported = "Influencer, Enrolment, LedgerEntry, Earning and ContentItem";

    internal static readonly RecordCodec<Influencer> Influencer = new("an influencer", InfluencerJson.Read, InfluencerJson.FieldOf, InfluencerJson.Write);
    internal static readonly RecordCodec<Enrolment> Enrolment = new("an enrolment", EnrolmentJson.Read, EnrolmentJson.FieldOf, EnrolmentJson.Write);
    internal static readonly RecordCodec<LedgerEntry> LedgerEntry = new("a ledger entry", LedgerEntryJson.Read, LedgerEntryJson.FieldOf, LedgerEntryJson.Write);
    internal static readonly RecordCodec<Earning> Earning = new("an earning", EarningJson.Read, EarningJson.FieldOf, EarningJson.Write);
    internal static readonly RecordCodec<ContentItem> ContentItem = new("a content item", ContentItemJson.Read, ContentItemJson.FieldOf, ContentItemJson.Write);

    // Not an NDJSON record type, but convertible on its own in the caller's documents (as is the whole dataset).
    internal static readonly RecordCodec<Programme> Programme = new("a programme", ProgrammeJson.Read, ProgrammeJson.FieldOf, ProgrammeJson.Write);

    /// <summary>The codec of <typeparamref name="T"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a record type of the format.</exception>
    internal static RecordCodec<T> For<T>()
        where T : class
    {
        object? codec = typeof(T) == typeof(Influencer) ? Influencer
            : typeof(T) == typeof(Enrolment) ? Enrolment
            : typeof(T) == typeof(LedgerEntry) ? LedgerEntry
            : typeof(T) == typeof(Earning) ? Earning
            : typeof(T) == typeof(ContentItem) ? ContentItem
            : null;
        return codec as RecordCodec<T>
            ?? throw new NotSupportedException($"{typeof(T).Name} is not a record type of the dataset format: use {Supported}.");
    }
}
