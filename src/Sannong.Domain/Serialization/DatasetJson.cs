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
        using JsonDocument? document = JsonDocuments.Parse(utf8, sink, "the document");
        SannongDataset? dataset = document is null ? null : Read(document.RootElement, sink);
        return dataset is not null
            ? ValidationResult<SannongDataset>.Success(dataset)
            : sink.Failure<SannongDataset>();
    }

    internal static SannongDataset? Read(JsonElement root, ProblemList sink)
    {
        JsonObjectReader? r = JsonObjectReader.Open(root, "$", sink, What);
        if (r is null)
        {
            return null;
        }
        if (r.String("format", true) is { } format && format != SannongJson.DatasetFormatName)
        {
            r.Problem("format", DataProblemKind.InvalidValue,
                $"format must be \"{SannongJson.DatasetFormatName}\", but was \"{(format.Length <= 40 ? format : format[..40] + "...")}\".");
        }
        LocalDate? asOf = r.Date("asOf", false);
        Programme? programme = r.TryGet("programme", true, out JsonElement p) ? RecordCodecs.Programme.Read(p, r.PathOf("programme"), sink) : null;
        List<Influencer> influencers = ReadArray(r, "influencers", RecordCodecs.Influencer.Read);
        List<Enrolment> enrolments = ReadArray(r, "enrolments", RecordCodecs.Enrolment.Read);
        List<LedgerEntry> ledger = ReadArray(r, "ledger", RecordCodecs.LedgerEntry.Read);
        List<Earning> earnings = ReadArray(r, "earnings", RecordCodecs.Earning.Read);
        List<ContentItem> content = ReadArray(r, "content", RecordCodecs.ContentItem.Read);
        r.Finish();
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

    private static List<T> ReadArray<T>(JsonObjectReader r, string name, Func<JsonElement, ElementPath, ProblemList, T?> read)
        where T : class
    {
        if (!r.TryGetArray(name, false, out JsonElement array))
        {
            return [];
        }
        var items = new List<T>(array.GetArrayLength());
        string path = r.PathOf(name);
        int index = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            if (read(element, new ElementPath(path, index), r.Sink) is { } item)
            {
                items.Add(item);
            }
            index++;
        }
        return items;
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
