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
        JsonPass.Read(utf8, sink, "the document", static (ref Utf8JsonReader reader, JsonSource source, ProblemList problems) =>
            ReadFields(ref reader, DocumentBuffer.InMemory(source), problems)) is { } fields ? Build(fields, sink) : null;

    /// <summary>Reads a document from a stream that can seek, through a buffer of <paramref name="chunk"/> bytes that
    /// holds one value at a time (growing only for a larger value), so that the file is never held whole: the same
    /// result as <see cref="Read(ReadOnlyMemory{byte}, ValidationOptions)"/> of its bytes. What only the reader of the
    /// whole document words exactly (bad JSON, an escape, text that is not UTF-8, a token too long) sends the read
    /// back to the stream's start to read it whole; so does a stream past the size limit (reported as such).</summary>
    internal static ValidationResult<SannongDataset> ReadStreamed(Stream stream, ValidationOptions options, int chunk = 1 << 20)
    {
        long origin = stream.Position;
        if (stream.Length - origin > SannongJsonLimits.MaxDocumentBytes)
        {
            return ValidationResult<SannongDataset>.Failure([StreamBytes.TooLarge()]);
        }
        var sink = new ProblemList(options);
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
            stream.Position = origin;
            return StreamBytes.ReadAll(stream) is { } bytes ? Read(bytes, options) : ValidationResult<SannongDataset>.Failure([StreamBytes.TooLarge()]);
        }
        SannongDataset? dataset = fields is null ? null : Build(fields, sink);
        return dataset is not null ? ValidationResult<SannongDataset>.Success(dataset) : sink.Failure<SannongDataset>();
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

    private static SannongDataset? Build(DocumentFields fields, ProblemList sink)
    {
        JsonObjectReader r = fields.Root;
        if (r.String("format", true) is { } format && format != SannongJson.DatasetFormatName)
        {
            r.Problem("format", DataProblemKind.InvalidValue,
                $"format must be \"{SannongJson.DatasetFormatName}\", but was \"{(format.Length <= 40 ? format : format[..40] + "...")}\".");
        }
        LocalDate? asOf = r.Date("asOf", false);
        Programme? programme = r.TryGet("programme", true, out JsonSlice p) ? RecordCodecs.Programme.Read(p, r.PathOf("programme"), sink) : null;
        List<Influencer> influencers = fields.Influencers.Take(r);
        List<Enrolment> enrolments = fields.Enrolments.Take(r);
        List<LedgerEntry> ledger = fields.Ledger.Take(r);
        List<Earning> earnings = fields.Earnings.Take(r);
        List<ContentItem> content = fields.Content.Take(r);
        r.Finish();
        r.Release();
        if (sink.Count > 0 || programme is null)
        {
            return null;
        }
        // The records checked as a whole, each problem at its location written as the document's JSON path.
        ValidationResult<ProgrammeData> data = ProgrammeDataValidator.Validate(programme, influencers, enrolments, ledger, earnings, content,
            new ValidationOptions(sink.Room), DatasetPaths.Format);
        if (!data.IsValid)
        {
            sink.AddRange(data.Problems, data.ProblemCount);
            return null;
        }
        try
        {
            return new SannongDataset(data.Value, asOf);
        }
        catch (Exception e) when (e is ArgumentException or ArithmeticException)
        {
            // A rule of the dataset itself (the as-of date against the programme, say) that the reader did not know.
            sink.Add(e is ArgumentException { ParamName: "asOf" } ? "$.asOf" : "$", DataProblemKind.InvalidValue, JsonPaths.CleanMessage(e));
            return null;
        }
    }

    internal static void Write(Utf8JsonWriter writer, SannongDataset dataset)
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
