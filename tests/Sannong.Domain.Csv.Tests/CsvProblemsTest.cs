using System;
using System.Linq;
using System.Text;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Xunit;

namespace Sannong.Domain.Csv.Tests;

/// <summary>Bad cells and hostile files: every problem with its file, row (the header is row 1) and column (header),
/// all of them reported up to the cap and counted past it, user text escaped, memory bounded.</summary>
public sealed class CsvProblemsTest
{
    private static readonly CsvRecordFormat Format = new();

    [Fact]
    public void Bad_cells_are_named_by_row_and_column_each_one()
    {
        var read = CsvHarness.Read<Earning>(Format,
            "influencer,month,amount,source\r\nkol-1,2024-02,320.505,e-commerce\r\n,2024-13,\"1,500.00\",tv\r\nkol-2,2024-02,-5.00,other\r\nkol-3,2024-02,5,other\r\n",
            "earnings.csv");
        Assert.Equal(
            [
                "[earnings.csv, line 2] amount: InvalidValue: amount must be an amount of yuan with at most two decimals and no thousands separators, such as 1500.00, but was \"320.505\".",
                "[earnings.csv, line 3] influencer: MissingField: influencer is required in an earning, but the cell is empty.",
                "[earnings.csv, line 3] month: InvalidValue: month must be a month such as 2024-03 or 2024/3, but was \"2024-13\".",
                "[earnings.csv, line 3] amount: InvalidValue: amount must be an amount of yuan with at most two decimals and no thousands separators, such as 1500.00, but was \"1,500.00\".",
                "[earnings.csv, line 3] source: InvalidValue: source must be one of advertising, live-gifts, e-commerce, brand-deals, other, but was \"tv\".",
                "[earnings.csv, line 4] amount: Negative: amount must not be negative, but was \"-5.00\".",
            ],
            read.Lines);
        Assert.Equal([5L], read.Rows);   // the good row is kept, with its row
    }

    [Fact]
    public void Ledger_rules_are_problems_of_their_cells()
    {
        var read = CsvHarness.Read<LedgerEntry>(Format,
            "date,kind,cash,impressions,influencer,memo\r\n2024-03-01,disbursement,0,,kol-1,\r\n2024-03,refund,5,,,\r\n2024-02-29,traffic-grant,5,7,,\r\n2024-02-29,traffic-grant,,,,\r\n",
            "ledger.csv");
        Assert.Equal(
            [
                "[ledger.csv, line 2] cash: OutOfRange: cash is zero; a ledger entry moves a positive amount (a column map with skipZeroAmounts skips such rows and counts them).",
                "[ledger.csv, line 3] date: InvalidValue: date must be a date such as 2024-03-01 or 2024/3/1, but was \"2024-03\".",
                "[ledger.csv, line 4] cash: InvalidValue: cash is not allowed on a traffic-grant entry; leave the cell empty.",
                "[ledger.csv, line 5] impressions: MissingField: impressions is required in a traffic-grant entry, but the cell is empty.",
            ],
            read.Lines);
    }

    [Fact]
    public void Headers_are_checked_first_and_a_bad_header_stops_the_file()
    {
        var read = CsvHarness.Read<Earning>(Format, "influencer,mnth,amount,amount\r\nkol-1,2024-02,1,2\r\n", "earnings.csv");
        Assert.Equal(
            [
                "[earnings.csv, line 1] mnth: UnknownField: 'mnth' is not a column of an earning; the columns are influencer, month, amount, source (a column map names others).",
                "[earnings.csv, line 1] amount: DuplicateId: 'amount' holds amount, which column 3 ('amount') holds already.",
                "[earnings.csv, line 1] month: MissingField: earnings must have a column for month ('month'), or the column map a default for it; the header has none.",
                "[earnings.csv, line 1] source: MissingField: earnings must have a column for source ('source'), or the column map a default for it; the header has none.",
            ],
            read.Lines);
        Assert.Empty(read.Records);
    }

    [Fact]
    public void Ragged_rows_and_an_unterminated_quote_are_problems_and_blank_lines_are_skipped()
    {
        var read = CsvHarness.Read<Earning>(Format,
            "influencer,month,amount,source\r\nkol-1,2024-02,3,other,extra\r\nkol-1\r\n\r\nkol-1,2024-02,3,other\r\nkol-2,2024-02,\"3,other\r\nkol-3,2024-02,1,other\r\n",
            "earnings.csv");
        Assert.Equal(
            [
                "[earnings.csv, line 2] (row): InvalidValue: the row has 5 cells, but the header has 4; every row has one cell per column (quote a cell that holds a comma).",
                "[earnings.csv, line 3] (row): InvalidValue: the row has 1 cells, but the header has 4; every row has one cell per column (quote a cell that holds a comma).",
                // The quote opened on row 6 is never closed: the rest of the file is its cell, and the row is short.
                "[earnings.csv, line 6] (row): InvalidValue: the row has 3 cells, but the header has 4; every row has one cell per column (quote a cell that holds a comma).",
            ],
            read.Lines);
        Assert.Equal([5L], read.Rows);   // row 4 is blank
    }

    [Fact]
    public void Control_characters_and_long_cells_are_escaped_and_cut_in_messages()
    {
        var read = CsvHarness.Read<Earning>(Format,
            "influencer,month,amount,source\r\nkol\u0001\u202e-1,2024-02,1,other\r\nkol-1,2024-02," + new string('9', 100_000) + ",other\r\nkol-1,2024-02,1," + new string('x', 50) + "\r\n",
            "earnings.csv");
        Assert.Equal(
            [
                "[earnings.csv, line 2] influencer: InvalidValue: influencer must be an identifier (at most 64 characters, no control or invisible characters, no outer white space), but was \"kol\\u0001\\u202e-1\".",
                "[earnings.csv, line 3] amount: LimitExceeded: amount: a cell holds at most 10,000 characters, but this one holds 100,000.",
                "[earnings.csv, line 4] source: InvalidValue: source must be one of advertising, live-gifts, e-commerce, brand-deals, other, but was \"" + new string('x', 40) + "... (50 characters)\".",
            ],
            read.Lines);
    }

    [Fact]
    public void A_row_longer_than_the_parser_holds_stops_the_file_with_a_problem()
    {
        // Sep holds at most 16 Mi characters of one row: an opened quote that never closes in a 40 MB file stops there.
        var read = CsvHarness.Read<Earning>(Format, "influencer,month,amount,source\r\nkol-1,2024-02,1,other\r\n\"" + new string('x', 40_000_000), "earnings.csv");
        Assert.Single(read.Problems);
        Assert.Equal(DataProblemKind.LimitExceeded, read.Problems[0].Kind);
        Assert.Equal(CsvRecordFormat.RowPath, read.Problems[0].Path);
        Assert.StartsWith("the file could not be read as CSV: Buffer or row has reached maximum supported length of 16777216.", read.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_a_problem_and_a_bom_is_tolerated()
    {
        byte[] bad = Encoding.UTF8.GetBytes("influencer,month,amount,source\r\nkol-1,2024-02,1,other\r\n").Concat(new byte[] { 0xff, 0xfe, 0x41, 0x0d, 0x0a }).ToArray();
        var read = CsvHarness.Read<Earning>(Format, bad, "earnings.csv");
        Assert.Equal(DataProblemKind.InvalidValue, Assert.Single(read.Problems).Kind);
        Assert.StartsWith("the file is not UTF-8 text", read.Problems[0].Message, StringComparison.Ordinal);

        byte[] bom = new byte[] { 0xef, 0xbb, 0xbf }.Concat(Encoding.UTF8.GetBytes("influencer,month,amount,source\r\nkol-1,2024-02,1,other\r\n")).ToArray();
        Assert.Single(CsvHarness.Read<Earning>(Format, bom).Records);
    }

    [Fact]
    public void Problems_past_the_cap_are_counted_not_kept()
    {
        // 5,000 bad rows, each with two bad cells: 10,000 problems, 10 kept.
        var text = new StringBuilder("influencer,month,amount,source\r\n");
        for (int i = 0; i < 5000; i++)
        {
            text.Append("kol-1,2024-13,x,other\r\n");
        }
        var read = CsvHarness.Read<Earning>(Format, text.ToString(), "earnings.csv", maxProblems: 10);
        Assert.Equal(10, read.Problems.Count);
        Assert.Equal(10_000, read.ProblemCount);
        Assert.Equal(6, read.Problems[^1].Line);
    }

    [Fact]
    public void An_empty_file_has_no_records_and_a_header_alone_neither()
    {
        Assert.Empty(CsvHarness.Read<Influencer>(Format, "").Records);
        var header = CsvHarness.Read<Influencer>(Format, "id,handle,region,settlement,topics,followers,joined\r\n");
        Assert.Empty(header.Records);
        Assert.Empty(header.Problems);
    }

    [Fact]
    public void What_the_constructors_refuse_is_reported_at_the_field_column()
    {
        var read = CsvHarness.Read<Influencer>(Format,
            "id,handle,region,settlement,topics,followers,joined\r\nkol-1, 湘西 ,433101,,farmers.cuisine,1,2019-05-02\r\nkol-2,x,433101,,farmers.cuisine|farmers.cuisine,1,2019-05-02\r\n",
            "influencers.csv");
        Assert.Equal(2, read.Problems.Count);
        Assert.Equal(("handle", 2L), (read.Problems[0].Path, read.Problems[0].Line!.Value));
        Assert.Equal(("topics", 3L), (read.Problems[1].Path, read.Problems[1].Line!.Value));
    }
}
