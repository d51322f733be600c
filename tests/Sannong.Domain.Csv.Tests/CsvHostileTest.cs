using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Xunit;

namespace Sannong.Domain.Csv.Tests;

/// <summary>Any text at all in the cells (or around them) is read without an exception: every problem is located at a
/// row of the file and a column (or the row), and the records that come out are valid ones.</summary>
public sealed class CsvHostileTest
{
    private static readonly Gen<string> Cell = Gen.OneOf(
        Gen.Elements("", "0", "-1", "1,000", "2024-02-30", "2024/2/29", "2024-02", "云南省", "villages.life|", "|", "\"", "\"\"", "a\"b",
            "9223372036854775808", "1e3", " 1", "１２", "2024-09-12T08:26:49+08:00", "disbursement", "short-video", "other", "kol-1", "\u0000", "\r", "\n"),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));

    private static readonly Gen<string> Csv =
        from header in Gen.Elements(
            "id,handle,region,settlement,topics,followers,joined", "influencer,date,mentor,left",
            "date,kind,cash,impressions,influencer,memo", "influencer,month,amount,source",
            "id,author,kind,published,lengthSeconds,caption,topics,views,likes,comments,shares")
        from rows in Gen.ListOf(Gen.ArrayOf(Cell).Select(cells => string.Join(",", cells)))
        from newline in Gen.Elements("\r\n", "\n", "\r")
        select header + newline + string.Join(newline, rows);

    private static void ReadsSafely<T>(string csv, CsvRecordFormat format)
        where T : class
    {
        CsvHarness.Result<T> read = CsvHarness.Read<T>(format, csv, "hostile.csv", maxProblems: 50);
        Assert.All(read.Problems, p =>
        {
            Assert.True(p.Line >= 1);
            Assert.False(string.IsNullOrEmpty(p.Path));
            Assert.Equal("hostile.csv", p.File);
        });
        Assert.True(read.ProblemCount >= read.Problems.Count);
        Assert.Equal(read.Rows.Distinct().Count(), read.Rows.Count);
    }

    [Property(MaxTest = 300)]
    public Property Any_cells_read_without_an_exception() =>
        Prop.ForAll(Csv.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (csv, lenient) =>
        {
            CsvRecordFormat format = lenient
                ? new CsvRecordFormat(CsvColumnMap.None.WithThousandsSeparators(true).WithMonthsAsLastDay(true).WithSkipZeroAmounts(true), new CsvReadReport())
                : new CsvRecordFormat();
            ReadsSafely<Influencer>(csv, format);
            ReadsSafely<Enrolment>(csv, format);
            ReadsSafely<LedgerEntry>(csv, format);
            ReadsSafely<Earning>(csv, format);
            ReadsSafely<ContentItem>(csv, format);
        });
}
