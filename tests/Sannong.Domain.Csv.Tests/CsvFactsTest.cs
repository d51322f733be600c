using System;
using System.Linq;
using System.Text;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Taxonomy;
using Xunit;

namespace Sannong.Domain.Csv.Tests;

/// <summary>A small CSV of each kind with the records it must give, and bad cells with the exact problem, row and
/// column.</summary>
public sealed class CsvFactsTest
{
    private static readonly CsvRecordFormat Format = new();

    private static Topic T(string code) => SannongTaxonomy.Standard.GetByCode(code);

    [Fact]
    public void Influencers_read_with_quoted_cells_slash_dates_and_province_names()
    {
        var read = CsvHarness.Read<Influencer>(Format,
            "id,handle,region,settlement,topics,followers,joined\r\n" +
            "kol-1,湘西赶山,433101,,farmers.cuisine,12000,2019-05-02\r\n" +
            "kol-2,\"Li, \"\"the farmer\"\"\",430524,220,villages.life|种植业,50000,2020/1/15\r\n" +
            "kol-3,滇南,云南省,,茶叶,0,2023/12/5\r\n");
        Assert.Empty(read.Problems);
        Assert.Equal([2L, 3, 4], read.Rows);
        Assert.Equal(
            [
                new Influencer(new InfluencerId("kol-1"), "湘西赶山", new Region("433101"), [T("farmers.cuisine")], 12000, new LocalDate(2019, 5, 2)),
                new Influencer(new InfluencerId("kol-2"), "Li, \"the farmer\"", new Region("430524", UrbanRuralCode.Village),
                    [T("villages.life"), T("agriculture.crops")], 50000, new LocalDate(2020, 1, 15)),
                new Influencer(new InfluencerId("kol-3"), "滇南", new Region("530000"), [T("agriculture.crops.tea")], 0, new LocalDate(2023, 12, 5)),
            ],
            read.Records);
    }

    [Fact]
    public void Enrolments_ledger_earnings_and_content_read_as_written_by_hand()
    {
        var enrolments = CsvHarness.Read<Enrolment>(Format,
            "influencer,date,mentor,left\r\nkol-1,2024-01-15,,\r\nkol-2,2024/2/1,m-1,2024-03-31\r\n");
        Assert.Empty(enrolments.Problems);
        Assert.Equal([new Enrolment(new InfluencerId("kol-1"), new LocalDate(2024, 1, 15)),
            new Enrolment(new InfluencerId("kol-2"), new LocalDate(2024, 2, 1), new MentorId("m-1"), new LocalDate(2024, 3, 31))], enrolments.Records);

        var ledger = CsvHarness.Read<LedgerEntry>(Format,
            "date,kind,cash,impressions,influencer,memo\r\n2024-01-31,disbursement,1500.00,,kol-1,一月\r\n2024-02-01,traffic-grant,,100000,,\"a, b\"\r\n2024-02-02,refund,0.5,,kol-1,\r\n");
        Assert.Empty(ledger.Problems);
        Assert.Equal([LedgerEntry.Disbursement(new LocalDate(2024, 1, 31), Money.Parse("1500"), new InfluencerId("kol-1"), "一月"),
            LedgerEntry.TrafficGrant(new LocalDate(2024, 2, 1), new Impressions(100000), null, "a, b"),
            LedgerEntry.Refund(new LocalDate(2024, 2, 2), Money.FromFen(50), new InfluencerId("kol-1"))], ledger.Records);

        // An earning of zero is a record (earnings may be zero) when the map does not skip them.
        var earnings = CsvHarness.Read<Earning>(Format, "influencer,month,amount,source\r\nkol-1,2024-02,320.50,e-commerce\r\nkol-2,2024/3,0,other\r\n");
        Assert.Empty(earnings.Problems);
        Assert.Equal([new Earning(new InfluencerId("kol-1"), new YearMonth(2024, 2), Money.FromFen(32050), EarningSource.ECommerce),
            new Earning(new InfluencerId("kol-2"), new YearMonth(2024, 3), Money.Zero, EarningSource.Other)], earnings.Records);

        // Beijing time (+08:00) is the same instant as 00:26:49Z; a caption spanning lines, quoted.
        var content = CsvHarness.Read<ContentItem>(Format,
            "id,author,kind,published,lengthSeconds,caption,topics,views,likes,comments,shares\r\n" +
            "v1,kol-1,short-video,2024-09-12T08:26:49+08:00,45,\"赶集\n第二行\",farmers.cuisine,1000,50,3,2\r\n" +
            "p1,kol-2,image,2024-09-12T00:00:00.5Z,,,,0,0,0,0\r\n");
        Assert.Empty(content.Problems);
        // Rows are the spreadsheet's: the caption's line break stays inside row 2, so p1 is row 3 (line 4 of the text).
        Assert.Equal([2L, 3], content.Rows);
        Assert.Equal([
            new ContentItem(new ContentId("v1"), new InfluencerId("kol-1"), ContentKind.ShortVideo, Instant.FromUtc(2024, 9, 12, 0, 26, 49),
                Duration.FromSeconds(45), "赶集\n第二行", [T("farmers.cuisine")], new Engagement(1000, 50, 3, 2)),
            new ContentItem(new ContentId("p1"), new InfluencerId("kol-2"), ContentKind.Image, Instant.FromUtc(2024, 9, 12, 0, 0).PlusNanoseconds(500_000_000),
                null, "", [], Engagement.Zero),
        ], content.Records);
    }
}
