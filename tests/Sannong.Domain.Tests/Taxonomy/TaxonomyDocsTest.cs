using System;
using System.IO;
using System.Linq;
using Sannong.Domain.Taxonomy;
using Xunit;

namespace Sannong.Domain.Tests.Taxonomy;

/// <summary>The table of topics in docs/taxonomy.md is the embedded data, row for row.</summary>
public sealed class TaxonomyDocsTest
{
    private static string DocsPage() => RepositoryFiles.Text("docs", "taxonomy.md");

    [Fact]
    public void The_documented_table_is_the_embedded_table()
    {
        string page = DocsPage();
        int begin = page.IndexOf("<!-- topics:begin -->", StringComparison.Ordinal);
        int end = page.IndexOf("<!-- topics:end -->", StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "docs/taxonomy.md has no topics:begin / topics:end markers");

        string[][] rows = page[begin..end]
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
            .ToArray();
        string[][] expected = SannongTaxonomy.Standard.Topics
            .Select(t => new[] { $"`{t.Code}`", t.Labels.ZhHans, t.Labels.Pinyin, t.Labels.English, t.Labels.French })
            .ToArray();

        Assert.Equal(expected.Select(r => string.Join(" | ", r)), rows.Select(r => string.Join(" | ", r)));
    }
}
