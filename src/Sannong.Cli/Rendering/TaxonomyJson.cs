using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;

namespace Sannong.Cli.Rendering;

/// <summary>`sannong taxonomy --format json`: the sannong-taxonomy/1 document (docs/schema/sannong-taxonomy-1.schema.json),
/// every topic with its code, issue, labels in all four languages and keywords, nested as in the tree.</summary>
internal static class TaxonomyJson
{
    internal const string FormatName = "sannong-taxonomy/1";

    internal static string ToJson(SannongTaxonomy taxonomy)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            Topics(writer, "topics", taxonomy.Roots);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Topics(Utf8JsonWriter writer, string name, IEnumerable<Topic> topics)
    {
        writer.WriteStartArray(name);
        foreach (Topic topic in topics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", topic.Code);
            writer.WriteString("issue", SannongNames.Name(topic.Issue));
            writer.WriteStartObject("labels");
            writer.WriteString("zh", topic.Labels.Get(TopicLanguage.ZhHans));
            writer.WriteString("pinyin", topic.Labels.Get(TopicLanguage.Pinyin));
            writer.WriteString("en", topic.Labels.Get(TopicLanguage.English));
            writer.WriteString("fr", topic.Labels.Get(TopicLanguage.French));
            writer.WriteEndObject();
            writer.WriteStartArray("keywords");
            foreach (string keyword in topic.Keywords)
            {
                writer.WriteStringValue(keyword);
            }
            writer.WriteEndArray();
            Topics(writer, "children", topic.Children);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
