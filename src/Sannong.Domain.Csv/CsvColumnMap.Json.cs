using System.IO;
using System.Text.Json;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Csv;

public sealed partial class CsvColumnMap
{
    /// <summary>The most bytes a column map's JSON file may hold (1 MiB).</summary>
    public const int MaxJsonBytes = 1 << 20;

    /// <summary>Reads a column map from a JSON file (docs/csv.md, "The column map").</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FormatException">The file is not a column map; the message names the file and the key
    /// (<c>map.json: $.earnings.columns.金额: ...</c>).</exception>
    /// <exception cref="IOException">The file could not be read, or is larger than <see cref="MaxJsonBytes"/>.</exception>
    public static CsvColumnMap Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new MemoryStream();
        byte[] chunk = new byte[8192];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxJsonBytes)
            {
                throw new IOException($"{Path.GetFileName(path)}: a column map holds at most {MaxJsonBytes} bytes.");
            }
        }
        return Parse(buffer.ToArray(), Path.GetFileName(path));
    }

    /// <summary>Reads a column map from its JSON text (docs/csv.md, "The column map").</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="source">What messages call it (a file's name); <c>column map</c> when null.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a column map; the message names the source and the key.</exception>
    public static CsvColumnMap FromJson(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(System.Text.Encoding.UTF8.GetBytes(json), source ?? "column map");
    }

    private static CsvColumnMap Parse(byte[] utf8, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            throw new FormatException($"{source}: not JSON: {e.Message}", e);
        }
        using (document)
        {
            JsonElement root = document.RootElement;
            Expect(root, JsonValueKind.Object, source, "$", "an object");
            CsvColumnMap map = None;
            foreach (JsonProperty property in root.EnumerateObject())
            {
                string at = "$." + TextEscaping.ForMessage(property.Name);
                switch (property.Name)
                {
                    case "thousandsSeparators":
                        map = map.WithThousandsSeparators(Bool(property.Value, source, at));
                        break;
                    case "skipZeroAmounts":
                        map = map.WithSkipZeroAmounts(Bool(property.Value, source, at));
                        break;
                    case "monthsAsLastDay":
                        map = map.WithMonthsAsLastDay(Bool(property.Value, source, at));
                        break;
                    default:
                        DataRecordKind kind = CsvFields.Kinds.FirstOrDefault(k => CsvFields.FileKey(k) == property.Name);
                        if (kind == DataRecordKind.None)
                        {
                            throw new FormatException(
                                $"{source}: {at}: not a key of a column map; the keys are thousandsSeparators, skipZeroAmounts, monthsAsLastDay, influencers, enrolments, ledger, earnings, content.");
                        }
                        map = ParseKind(map, kind, property.Value, source, at);
                        break;
                }
            }
            return map;
        }
    }

    private static CsvColumnMap ParseKind(CsvColumnMap map, DataRecordKind kind, JsonElement value, string source, string at)
    {
        Expect(value, JsonValueKind.Object, source, at, "an object with columns and defaults");
        foreach (JsonProperty part in value.EnumerateObject())
        {
            string partAt = at + "." + TextEscaping.ForMessage(part.Name);
            if (part.Name is not ("columns" or "defaults" or "values"))
            {
                throw new FormatException($"{source}: {partAt}: not a key of {at}; the keys are columns, defaults and values.");
            }
            Expect(part.Value, JsonValueKind.Object, source, partAt, "an object");
            if (part.Name == "values")
            {
                map = ParseValues(map, kind, part.Value, source, partAt);
                continue;
            }
            foreach (JsonProperty entry in part.Value.EnumerateObject())
            {
                string entryAt = partAt + "." + TextEscaping.ForMessage(entry.Name);
                bool isNull = entry.Value.ValueKind == JsonValueKind.Null;
                if (entry.Value.ValueKind != JsonValueKind.String && !(isNull && part.Name == "columns"))
                {
                    throw new FormatException($"{source}: {entryAt}: must be a string{(part.Name == "columns" ? " (a field) or null (ignore the column)" : "")}, but was {entry.Value.ValueKind}.");
                }
                try
                {
                    map = part.Name == "columns"
                        ? map.WithColumn(kind, entry.Name, isNull ? null : entry.Value.GetString())
                        : map.WithDefault(kind, entry.Name, entry.Value.GetString()!);
                }
                catch (ArgumentException e)
                {
                    throw new FormatException($"{source}: {entryAt}: {CsvText.CleanMessage(e)}", e);
                }
            }
        }
        return map;
    }

    private static CsvColumnMap ParseValues(CsvColumnMap map, DataRecordKind kind, JsonElement value, string source, string at)
    {
        foreach (JsonProperty field in value.EnumerateObject())
        {
            string fieldAt = at + "." + TextEscaping.ForMessage(field.Name);
            Expect(field.Value, JsonValueKind.Object, source, fieldAt, "an object of texts and the values they read as");
            foreach (JsonProperty entry in field.Value.EnumerateObject())
            {
                string entryAt = fieldAt + "." + TextEscaping.ForMessage(entry.Name);
                Expect(entry.Value, JsonValueKind.String, source, entryAt, "a string");
                try
                {
                    map = map.WithValue(kind, field.Name, entry.Name, entry.Value.GetString()!);
                }
                catch (ArgumentException e)
                {
                    throw new FormatException($"{source}: {entryAt}: {CsvText.CleanMessage(e)}", e);
                }
            }
        }
        return map;
    }

    private static bool Bool(JsonElement value, string source, string at)
    {
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new FormatException($"{source}: {at}: must be true or false, but was {value.ValueKind}.");
        }
        return value.GetBoolean();
    }

    private static void Expect(JsonElement value, JsonValueKind kind, string source, string at, string what)
    {
        if (value.ValueKind != kind)
        {
            throw new FormatException($"{source}: {at}: must be {what}, but was {value.ValueKind}.");
        }
    }
}
