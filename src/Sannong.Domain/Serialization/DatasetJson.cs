using System.IO;
using System.Text.Json;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>Reads and writes the whole <c>sannong-dataset/1</c> document.</summary>
internal static class DatasetJson
{
    internal const string What = "a sannong-dataset/1 document";

    internal static ValidationResult<SannongDataset> Read(ReadOnlyMemory<byte> utf8, ValidationOptions options)
    {
        var sink = new ProblemList(options);
        SannongDataset? dataset = Read(utf8, sink);
        return dataset is not null
            ? ValidationResult<SannongDataset>.Success(dataset)
            : sink.Failure<SannongDataset>();
    }

    /// <summary>Reads a whole document in one pass (the record arrays as the reader meets them), then checks the
    /// records as a whole; null after reporting the problems.</summary>
    internal static SannongDataset? Read(ReadOnlyMemory<byte> utf8, ProblemList sink) =>
        ReadParts(utf8, sink)?.Build(sink, DatasetPaths.Format);

    /// <summary>Reads a whole document in one pass into its parts, not yet checked as a whole; null when it is not a
    /// JSON object (after reporting that).</summary>
    internal static DatasetParts? ReadParts(ReadOnlyMemory<byte> utf8, ProblemList sink) =>
        JsonPass.Read(utf8, sink, "the document", static (ref Utf8JsonReader reader, JsonSource source, ProblemList problems) =>
            ReadFields(ref reader, DocumentBuffer.InMemory(source), problems)) is { } fields ? TakeParts(fields, sink) : null;

    /// <summary>Reads a document from a stream that can seek, through a buffer of <paramref name="chunk"/> bytes that
    /// holds one value at a time (growing only for a larger value), so that the file is never held whole: the same
    /// result as <see cref="Read(ReadOnlyMemory{byte}, ValidationOptions)"/> of its bytes. What only the reader of the
    /// whole document words exactly (bad JSON, an escape, text that is not UTF-8, a token too long) sends the read
    /// back to the stream's start to read it whole; so does a stream past the size limit (reported as such).</summary>
    internal static ValidationResult<SannongDataset> ReadStreamed(Stream stream, ValidationOptions options, int chunk = 1 << 20)
    {
        var sink = new ProblemList(options);
        SannongDataset? dataset = ReadPartsStreamed(stream, sink, chunk)?.Build(sink, DatasetPaths.Format);
        return dataset is not null ? ValidationResult<SannongDataset>.Success(dataset) : sink.Failure<SannongDataset>();
    }

    /// <summary>The parts of a document read from a stream that can seek, as <see cref="ReadStreamed"/> reads it; null
    /// after reporting the problems that leave no parts (the document is not an object, too large or not JSON).</summary>
    internal static DatasetParts? ReadPartsStreamed(Stream stream, ProblemList sink, int chunk = 1 << 20)
    {
        long origin = stream.Position;
        if (stream.Length - origin > SannongJsonLimits.MaxDocumentBytes)
        {
            sink.AddRange([StreamBytes.TooLarge()], 1);
            return null;
        }
        DocumentFields? fields;
        try
        {
            DocumentBuffer buffer = DocumentBuffer.Streamed(stream, (int)Math.Min(chunk, Math.Max(stream.Length - origin + 1, 16)));
            Utf8JsonReader reader = buffer.Reader(default);
            if (!buffer.Read(ref reader))
            {
                // Nothing but white space: the whole-document reader says so in its own words.
                throw new DocumentBuffer.WholeDocumentNeeded();
            }
            fields = ReadFields(ref reader, buffer, sink);
            while (buffer.Read(ref reader))
            {
            }
        }
        catch (Exception e) when (e is JsonException or DocumentBuffer.WholeDocumentNeeded)
        {
            // What was found so far is dropped: the whole-document read reports the one problem of its own.
            sink.Clear();
            stream.Position = origin;
            if (StreamBytes.ReadAll(stream) is { } bytes)
            {
                return ReadParts(bytes, sink);
            }
            sink.AddRange([StreamBytes.TooLarge()], 1);
            return null;
        }
        return fields is null ? null : TakeParts(fields, sink);
    }

    // The pass: the record arrays are read element by element as they come, each into its own list of problems; every
    // other field is kept (copied out of the buffer) and read after the pass in the order the format lists the fields,
    // so that the problems come in that order whatever the order of the document. The reader stands on the first token.
    private static DocumentFields? ReadFields(ref Utf8JsonReader reader, DocumentBuffer buffer, ProblemList sink)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            buffer.EnsureWhole();
            JsonObjectReader.ReportNotObject(JsonSlice.Take(ref reader, buffer.Source).Kind, "$", sink, What);
            return null;
        }
        var fields = new DocumentFields(JsonObjectReader.OpenEmpty("$", sink, What));
        while (buffer.Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
        {
            JsonSlice name = JsonSlice.Take(ref reader, buffer.Source).Detach();
            // A field repeated: the last one counts (and Finish reports the repetition), so its records replace those read.
            if (buffer.PeekNext(ref reader) == JsonTokenType.StartArray && fields.IsRecordField(name))
            {
                buffer.Read(ref reader);
                fields.ReadRecords(name, ref reader, buffer, sink);
                fields.Root.Properties.Add(name, JsonSlice.ReadArray);
                continue;
            }
            buffer.EnsureNextValue(ref reader);
            buffer.Read(ref reader);
            fields.Root.Properties.Add(name, JsonSlice.Take(ref reader, buffer.Source).Detach());
        }
        return fields;
    }

    /// <summary>The document's fields read in the format's order (reporting their problems), its record arrays'
    /// problems reported after them.</summary>
    private static DatasetParts TakeParts(DocumentFields fields, ProblemList sink)
    {
        JsonObjectReader r = fields.Root;
        if (r.String("format", true) is { } format && format != SannongJson.DatasetFormatName)
        {
            r.Problem("format", DataProblemKind.InvalidValue,
                $"format must be \"{SannongJson.DatasetFormatName}\", but was \"{(format.Length <= 40 ? format : format[..40] + "...")}\".");
        }
        var parts = new DatasetParts { AsOf = r.Date("asOf", false) };
        parts.Programme = r.TryGet("programme", true, out JsonSlice p) ? RecordCodecs.Programme.Read(p, r.PathOf("programme"), sink) : null;
        parts.Influencers.Take(fields.Influencers, r);
        parts.Enrolments.Take(fields.Enrolments, r);
        parts.Ledger.Take(fields.Ledger, r);
        parts.Earnings.Take(fields.Earnings, r);
        parts.Content.Take(fields.Content, r);
        r.Finish();
        r.Release();
        return parts;
    }

    internal static void Write(Utf8JsonWriter writer, SannongDataset dataset) => Write(writer, dataset, records: true);

    /// <summary>Writes the document; without <paramref name="records"/>, only its format, as-of date and programme (the
    /// dataset.json of a dataset folder, whose records lie in files of their own).</summary>
    internal static void Write(Utf8JsonWriter writer, SannongDataset dataset, bool records)
    {
        ProgrammeData data = dataset.Data;
        writer.WriteStartObject();
        writer.WriteString("format", SannongJson.DatasetFormatName);
        if (dataset.AsOf is { } asOf)
        {
            writer.WriteString("asOf", JsonWrite.Date(asOf));
        }
        writer.WritePropertyName("programme");
        ProgrammeJson.Write(writer, data.Programme);
        if (!records)
        {
            writer.WriteEndObject();
            return;
        }
        WriteArray(writer, "influencers", data.Influencers, InfluencerJson.Write);
        WriteArray(writer, "enrolments", data.Enrolments, EnrolmentJson.Write);
        WriteArray(writer, "ledger", data.Ledger.Entries, LedgerEntryJson.Write);
        WriteArray(writer, "earnings", data.Earnings, EarningJson.Write);
        WriteArray(writer, "content", data.Content, ContentItemJson.Write);
        writer.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (T item in items)
        {
            write(writer, item);
        }
        writer.WriteEndArray();
    }
}
