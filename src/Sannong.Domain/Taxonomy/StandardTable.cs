using System.IO;
using System.Reflection;
using System.Text;

namespace Sannong.Domain.Taxonomy;

/// <summary>
/// Reads the standard taxonomy from its embedded data table, <c>sannong-topics.tsv</c>: UTF-8, tab-separated,
/// lines starting with '#' are comments, a header line, then one topic a line with the columns code, zh-Hans,
/// pinyin, English, French and keywords (separated by '|').
/// </summary>
internal static class StandardTable
{
    internal const string ResourceName = "Sannong.Domain.Taxonomy.sannong-topics.tsv";
    internal const string Header = "code\tzh-Hans\tpinyin\ten\tfr\tkeywords";

    internal static SannongTaxonomy Load()
    {
        using Stream stream = typeof(StandardTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(StandardTable).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses the table; every problem names its line.</summary>
    internal static SannongTaxonomy Parse(string table)
    {
        var builder = new SannongTaxonomyBuilder();
        bool headerSeen = false;
        string[] lines = table.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (!headerSeen)
            {
                if (line != Header)
                {
                    throw new InvalidOperationException($"Taxonomy table line {i + 1}: the header must be '{Header.Replace("\t", "\\t", StringComparison.Ordinal)}'.");
                }
                headerSeen = true;
                continue;
            }
            string[] cells = line.Split('\t');
            if (cells.Length != 6)
            {
                throw new InvalidOperationException($"Taxonomy table line {i + 1}: expected 6 tab-separated cells, but found {cells.Length}.");
            }
            try
            {
                string[] keywords = cells[5].Length == 0 ? Array.Empty<string>() : cells[5].Split('|');
                builder.Add(cells[0], new TopicLabels(cells[1], cells[2], cells[3], cells[4]), keywords);
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException($"Taxonomy table line {i + 1}: {e.Message}", e);
            }
        }
        return builder.Build();
    }
}
