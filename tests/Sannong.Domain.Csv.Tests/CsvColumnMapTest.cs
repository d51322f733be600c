using System;
using System.IO;
using System.Linq;
using NodaTime;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Xunit;

namespace Sannong.Domain.Csv.Tests;

/// <summary>The column map: built in code or read from JSON (the same map either way), its errors naming the source and
/// the key, and each leniency applying only when the map says so.</summary>
public sealed class CsvColumnMapTest
{
    [Fact]
    public void A_map_from_json_equals_the_map_built_in_code()
    {
        CsvColumnMap json = CsvColumnMap.FromJson("""
            {
              // comments and trailing commas are allowed
              "thousandsSeparators": true,
              "ledger": { "columns": { "结算月份": "date", "备注": null }, "defaults": { "kind": "disbursement" } },
              "earnings": { "values": { "source": { "带货": "e-commerce" } } },
            }
            """);
        CsvColumnMap code = CsvColumnMap.None.WithThousandsSeparators(true)
            .WithColumn(DataRecordKind.LedgerEntry, "结算月份", "date").WithColumn(DataRecordKind.LedgerEntry, "备注", null)
            .WithDefault(DataRecordKind.LedgerEntry, "kind", "disbursement")
            .WithValue(DataRecordKind.Earning, "source", "带货", "e-commerce");
        foreach (CsvColumnMap map in new[] { json, code })
        {
            Assert.True(map.ThousandsSeparators);
            Assert.False(map.SkipZeroAmounts);
            Assert.False(map.MonthsAsLastDay);
            Assert.Equal([("备注", (string?)null), ("结算月份", "date")], map.Columns(DataRecordKind.LedgerEntry).Select(p => (p.Key, p.Value)));
            Assert.Equal("disbursement", map.Defaults(DataRecordKind.LedgerEntry)["kind"]);
            Assert.Equal("e-commerce", map.Values(DataRecordKind.Earning, "source")["带货"]);
            Assert.Empty(map.Columns(DataRecordKind.Influencer));
        }
        // A problem across records names the map's header for the field.
        Assert.Equal("结算月份", new CsvRecordFormat(json, null).PathOf(DataRecordKind.LedgerEntry, "date"));
        Assert.Equal("amount", new CsvRecordFormat(json, null).PathOf(DataRecordKind.Earning, "amount"));
        Assert.Equal("(row)", new CsvRecordFormat().PathOf(DataRecordKind.Earning, null));
    }

    [Theory]
    [InlineData("[]", "map.json: $: must be an object, but was Array.")]
    [InlineData("{ \"thousands\": true }", "map.json: $.thousands: not a key of a column map; the keys are thousandsSeparators, skipZeroAmounts, monthsAsLastDay, localTimeOffset, influencers, enrolments, ledger, earnings, content.")]
    [InlineData("{ \"skipZeroAmounts\": \"yes\" }", "map.json: $.skipZeroAmounts: must be true or false, but was String.")]
    [InlineData("{ \"earnings\": { \"columns\": { \"金额\": \"amout\" } } }", "map.json: $.earnings.columns.金额: field must be a field of an earning (influencer, month, amount, source) or null to ignore the column, but was 'amout'.")]
    [InlineData("{ \"earnings\": { \"columns\": { \"金额\": 3 } } }", "map.json: $.earnings.columns.金额: must be a string (a field) or null (ignore the column), but was Number.")]
    [InlineData("{ \"earnings\": { \"colums\": {} } }", "map.json: $.earnings.colums: not a key of $.earnings; the keys are columns, defaults and values.")]
    [InlineData("{ \"ledger\": { \"defaults\": { \"kinds\": \"disbursement\" } } }", "map.json: $.ledger.defaults.kinds: field must be a field of a ledger entry (date, kind, cash, impressions, influencer, memo), but was 'kinds'.")]
    [InlineData("{ \"earnings\": ", "map.json: not JSON: ")]
    [InlineData("{ \"localTimeOffset\": \"+8\" }", "map.json: $.localTimeOffset: must be an offset from UTC such as \"+08:00\" (Beijing time), or null.")]
    public void A_bad_map_is_refused_naming_the_file_and_the_key(string json, string message)
    {
        string folder = CsvHarness.NewFolder();
        Directory.CreateDirectory(folder);
        try
        {
            string path = Path.Combine(folder, "map.json");
            File.WriteAllText(path, json);
            FormatException e = Assert.Throws<FormatException>(() => CsvColumnMap.Load(path));
            Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
            Assert.StartsWith(message.Replace("map.json", "column map", StringComparison.Ordinal), Assert.Throws<FormatException>(() => CsvColumnMap.FromJson(json)).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Invalid_maps_cannot_be_built_in_code()
    {
        Assert.Equal("header", Assert.Throws<ArgumentException>(() => CsvColumnMap.None.WithColumn(DataRecordKind.Earning, "", "amount")).ParamName);
        Assert.Equal("header", Assert.Throws<ArgumentException>(() =>
            CsvColumnMap.None.WithColumn(DataRecordKind.Earning, "金额", "amount").WithColumn(DataRecordKind.Earning, "金额", "month")).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentException>(() => CsvColumnMap.None.WithDefault(DataRecordKind.Earning, "amout", "1")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => CsvColumnMap.None.WithValue(DataRecordKind.Earning, "source", "", "other")).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => CsvColumnMap.None.Columns(DataRecordKind.Programme));
        // Skipping rows needs somewhere to count them.
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => new CsvRecordFormat(CsvColumnMap.None.WithSkipZeroAmounts(true), null)).ParamName);
    }

    [Fact]
    public void Thousands_separators_months_and_zero_rows_only_when_the_map_says_so()
    {
        const string ledger = "date,kind,cash,impressions,influencer,memo\r\n2024-02,disbursement,\"1,500.00\",,,\r\n2024/3/9,traffic-grant,,\"1,000,000\",,\r\n2024-03-10,disbursement,0.00,,,\r\n";
        var strict = CsvHarness.Read<LedgerEntry>(new CsvRecordFormat(), ledger, "ledger.csv");
        Assert.Equal(
            [
                "[ledger.csv, line 2] date: InvalidValue: date must be a date such as 2024-03-01 or 2024/3/1, but was \"2024-02\".",
                "[ledger.csv, line 2] cash: InvalidValue: cash must be an amount of yuan with at most two decimals and no thousands separators, such as 1500.00, but was \"1,500.00\".",
                "[ledger.csv, line 3] impressions: WrongType: impressions must be a whole number such as 12000 (digits only), but was \"1,000,000\".",
                "[ledger.csv, line 4] cash: OutOfRange: cash is zero; a ledger entry moves a positive amount (a column map with skipZeroAmounts skips such rows and counts them).",
            ],
            strict.Lines);

        var report = new CsvReadReport();
        var lenient = CsvHarness.Read<LedgerEntry>(
            new CsvRecordFormat(CsvColumnMap.None.WithThousandsSeparators(true).WithMonthsAsLastDay(true).WithSkipZeroAmounts(true), report), ledger, "ledger.csv");
        Assert.Empty(lenient.Problems);
        Assert.Equal([LedgerEntry.Disbursement(new LocalDate(2024, 2, 29), Money.Parse("1500")), LedgerEntry.TrafficGrant(new LocalDate(2024, 3, 9), new Impressions(1_000_000))],
            lenient.Records);
        Assert.Equal(1, report.SkippedZeroAmountRows);
        Assert.Equal("skipped 1 zero-amount row (ledger.csv: 1)", report.ToString());
        Assert.Equal("skipped no rows", new CsvReadReport().ToString());

        // Separators must group by threes.
        var grouping = CsvHarness.Read<Earning>(new CsvRecordFormat(CsvColumnMap.None.WithThousandsSeparators(true), null),
            "influencer,month,amount,source\r\nkol-1,2024-01,\"15,00.00\",other\r\nkol-1,2024-01,\",500\",other\r\nkol-1,2024-01,\"-1,500.5\",other\r\n");
        Assert.Equal(["amount", "amount", "amount"], grouping.Problems.Select(p => p.Path));
        Assert.Equal(DataProblemKind.Negative, grouping.Problems[2].Kind);
    }

    [Fact]
    public void Ignored_columns_defaults_and_values_apply_per_kind()
    {
        CsvColumnMap map = CsvColumnMap.None
            .WithColumn(DataRecordKind.Earning, "达人ID", "influencer").WithColumn(DataRecordKind.Earning, "手机号", null)
            .WithDefault(DataRecordKind.Earning, "source", "other").WithValue(DataRecordKind.Earning, "month", "三月", "2024-03");
        var read = CsvHarness.Read<Earning>(new CsvRecordFormat(map, null), "达人ID,手机号,month,amount\r\nkol-1,138****0001,三月,5.00\r\nkol-2,,2024-04,x\r\n", "earnings.csv");
        Assert.Equal([new Earning(new InfluencerId("kol-1"), new YearMonth(2024, 3), Money.Parse("5"), EarningSource.Other)], read.Records);
        Assert.Equal(["[earnings.csv, line 3] amount: InvalidValue: amount must be an amount of yuan with at most two decimals and no thousands separators, such as 1500.00, but was \"x\"."],
            read.Lines);
        // A required field the map names a header for, missing from the file, names that header.
        var missing = CsvHarness.Read<Earning>(new CsvRecordFormat(map, null), "month,amount\r\n", "earnings.csv");
        Assert.Equal(["[earnings.csv, line 1] 达人ID: MissingField: earnings must have a column for influencer ('达人ID'), or the column map a default for it; the header has none."],
            missing.Lines);
    }

    [Fact]
    public void Instants_without_an_offset_read_at_the_maps_local_offset_only()
    {
        const string csv = "id,author,kind,published,lengthSeconds,caption,topics,views,likes,comments,shares\r\n" +
            "a,kol-1,image,2024/9/12 8:26,,,,0,0,0,0\r\nb,kol-1,image,2024-09-12 08:26:49.5,,,,0,0,0,0\r\nc,kol-1,image,2024-09-12T08:26:49Z,,,,0,0,0,0\r\n";
        var strict = CsvHarness.Read<Content.ContentItem>(new CsvRecordFormat(), csv, "content.csv");
        Assert.Equal(
            [
                "[content.csv, line 2] published: InvalidValue: published must be an instant with Z or an offset, such as 2024-09-12T00:26:49Z or 2024-09-12T08:26:49+08:00 (a column map's localTimeOffset reads instants without one), but was \"2024/9/12 8:26\".",
                "[content.csv, line 3] published: InvalidValue: published must be an instant with Z or an offset, such as 2024-09-12T00:26:49Z or 2024-09-12T08:26:49+08:00 (a column map's localTimeOffset reads instants without one), but was \"2024-09-12 08:26:49.5\".",
            ],
            strict.Lines);

        // Beijing time: 08:26 at +08:00 is 00:26 UTC; an instant with its own offset (Z) keeps it.
        CsvColumnMap map = CsvColumnMap.FromJson("{ \"localTimeOffset\": \"+08:00\" }").WithThousandsSeparators(true);
        Assert.Equal(Offset.FromHours(8), map.LocalTimeOffset);   // kept through the other With methods
        var beijing = CsvHarness.Read<Content.ContentItem>(new CsvRecordFormat(map, null), csv, "content.csv");
        Assert.Empty(beijing.Problems);
        Assert.Equal([Instant.FromUtc(2024, 9, 12, 0, 26), Instant.FromUtc(2024, 9, 12, 0, 26, 49).PlusNanoseconds(500_000_000), Instant.FromUtc(2024, 9, 12, 8, 26, 49)],
            beijing.Records.Select(r => r.Published));
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => CsvColumnMap.None.WithLocalTimeOffset(Offset.FromSeconds(30))).ParamName);
    }
}
