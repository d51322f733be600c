using System;
using System.IO;
using System.Linq;
using NodaTime;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Serialization;
using Xunit;

namespace Sannong.Domain.Csv.Tests;

/// <summary>THE fixture: an MCN's spreadsheet export (Fixtures/mcn-export: Chinese headers, province names, yyyy/M/d
/// dates, monthly payouts with thousands separators, a zero-amount row in the ledger and one in the earnings, a phone
/// column to ignore, Chinese earning sources) read with its map.json and scored. The CLI's test reads the same folder
/// with <c>sannong scorecard --data DIR --columns map.json</c>.</summary>
public sealed class McnExportFixtureTest
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "mcn-export");

    private static (SannongDataset Dataset, CsvReadReport Report) Read()
    {
        var report = new CsvReadReport();
        var format = new CsvRecordFormat(CsvColumnMap.Load(Path.Combine(Folder, "map.json")), report);
        return (DatasetFiles.Read(Folder, ValidationOptions.Default, [format]), report);
    }

    [Fact]
    public void The_export_reads_with_its_map_and_says_what_it_skipped()
    {
        (SannongDataset dataset, CsvReadReport report) = Read();
        ProgrammeData data = dataset.Data;
        Assert.Equal(6, data.Influencers.Length);
        Assert.Equal(6, data.Enrolments.Length);
        Assert.Equal(8, data.Ledger.Count);      // 9 rows, the 0.00 payout of dr003 in March skipped
        Assert.Equal(8, data.Earnings.Length);    // 9 rows, the 0.00 advertising of dr003 in May skipped
        Assert.Empty(data.Content);              // no content.csv
        Assert.Equal(2, report.SkippedZeroAmountRows);
        Assert.Equal("skipped 2 zero-amount rows (earnings.csv: 1, ledger.csv: 1)", report.ToString());

        // 广西壮族自治区 → 450000; "250,000" → 250000; 2018/9/30; 水果种植|农产品电商 by their Chinese labels.
        Influencer dr004 = data.Influencers.Single(i => i.Id.Value == "dr004");
        Assert.Equal("450000", dr004.HomeRegion.Code);
        Assert.Equal(250_000, dr004.Followers);
        Assert.Equal(new LocalDate(2018, 9, 30), dr004.Joined);
        Assert.Equal(["agriculture.crops.fruit", "agriculture.ecommerce"], dr004.Topics.Select(t => t.Code));
        Assert.Equal("530000", data.Influencers.Single(i => i.Id.Value == "dr006").HomeRegion.Code);   // given as a code

        // Monthly payouts land on the month's last day (2024 is a leap year), as disbursements (the map's default kind).
        Assert.Equal(
            [new LocalDate(2024, 1, 31), new LocalDate(2024, 2, 29), new LocalDate(2024, 2, 29), new LocalDate(2024, 3, 31),
             new LocalDate(2024, 4, 30), new LocalDate(2024, 5, 31), new LocalDate(2024, 6, 30), new LocalDate(2024, 7, 31)],
            data.Ledger.Entries.Select(e => e.Date));
        Assert.All(data.Ledger.Entries, e => Assert.Equal(LedgerEntryKind.Disbursement, e.Kind));
        Assert.Null(data.Ledger.Entries[5].Beneficiary);   // the venue fee is tied to no creator
        Assert.Equal(Money.Parse("12800.00"), data.Ledger.Entries[5].Cash);
        Assert.Equal(new Enrolment(InfluencerId.Parse("dr005"), new LocalDate(2024, 5, 16), MentorId.Parse("mentor-zhang"), new LocalDate(2024, 6, 10)),
            data.Enrolments[4]);
        Assert.Equal(new Earning(InfluencerId.Parse("dr004"), new YearMonth(2024, 6), Money.Parse("2000.00"), EarningSource.BrandDeals),
            data.Earnings.Single(e => e.Influencer.Value == "dr004"));
    }

    [Fact]
    public void The_export_scores_as_worked_by_hand()
    {
        (SannongDataset dataset, _) = Read();
        LocalDate asOf = dataset.AsOf!.Value;
        Assert.Equal(new LocalDate(2024, 6, 30), asOf);
        Scorecard card = ScorecardCalculator.Compute(dataset.Data, asOf);

        // Mentees as of 2024-06-30: dr001 (1/15), dr002 (2/3), dr003 (3/20), dr004 (4/8), dr005 (5/16; left 6/10 but a
        // mentee once enrolled); dr006 enrols 7/15, after the as-of date. 5 of the target 8.
        Assert.Equal(8, card.Mentees.Target);
        Assert.Equal(5, card.Mentees.Actual);

        // Cash spent by 2024-06-30: 2,000.00 + 2,000.00 (dr001, Jan and Feb) + 1,500.00 + 1,500.00 (dr002, Feb and
        // Mar) + 3,000.00 (dr004, Apr) + 12,800.00 (venue, May) + 800.50 (dr005, Jun 30) = 23,600.50; dr003's 0.00 was
        // skipped and dr006's 1,000.00 lands on 2024-07-31. Budget 60,000.00.
        Assert.NotNull(card.Cash);
        Assert.Equal(Money.Parse("60000.00"), card.Cash.Budget);
        Assert.Equal(Money.Parse("23600.50"), card.Cash.Spent);

        // Earning share: window of 3 months ending with June = Apr..Jun 2024, minimum 500.00.
        //   dr001: 320.00 (Apr) + 1,200.00 (May) = 1,520.00  → earns
        //   dr002: 150.00 (Jun); its 900.00 is March, outside → does not
        //   dr003: 499.99 (Jun; the 0.00 of May skipped)      → does not, one fen short
        //   dr004: 2,000.00 (Jun)                              → earns
        //   dr005: 500.00 (Apr), exactly the minimum           → earns
        //   dr006: 5,000.00, but not a mentee as of June 30    → not counted
        // 3 earners of 5 mentees: 0.6 against the target 0.5.
        Assert.Equal(5, card.Monetisation.Mentees);
        Assert.Equal(3, card.Monetisation.Earners);
        Assert.Equal(new YearMonth(2024, 4), card.Monetisation.WindowStart);
        Assert.Equal(new YearMonth(2024, 6), card.Monetisation.WindowEnd);
    }

    [Fact]
    public void Without_the_map_the_export_is_refused_with_every_header_named()
    {
        ValidationResult<SannongDataset> result = DatasetFiles.Validate(Folder, ValidationOptions.Default, [new CsvRecordFormat()]);
        Assert.Null(result.Value);
        Assert.Equal("[influencers.csv, line 1] 达人ID: UnknownField: '达人ID' is not a column of an influencer; the columns are id, handle, region, settlement, topics, followers, joined (a column map names others).",
            result.Problems[0].ToString());
        Assert.All(result.Problems, p => Assert.Equal(1, p.Line));
    }
}
