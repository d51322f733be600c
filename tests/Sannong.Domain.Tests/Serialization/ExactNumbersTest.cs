using System;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Serialization;
using Xunit;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Money and whole counts are read from the JSON number's digits exactly: a value that is exactly a valid
/// one is accepted in any written form, anything else is a problem naming the field, never a rounded value.</summary>
public sealed class ExactNumbersTest
{
    private static readonly string TenThousandDigits = "1" + new string('0', 9_999);

    private static JsonObject Base() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json")))!.AsObject();

    /// <summary>valid-base.json with the earning's amount written as the raw JSON number <paramref name="raw"/>.</summary>
    private static ValidationResult<SannongDataset> WithEarningAmount(string raw) =>
        SannongJson.ValidateDatasetJson(Base().ToJsonString().Replace("\"amount\":\"320.50\"", "\"amount\":" + raw, StringComparison.Ordinal));

    /// <summary>valid-base.json with the first influencer's followers written as <paramref name="raw"/>.</summary>
    private static ValidationResult<SannongDataset> WithFollowers(string raw) =>
        SannongJson.ValidateDatasetJson(Base().ToJsonString().Replace("\"followers\":12000", "\"followers\":" + raw, StringComparison.Ordinal));

    // Each written form, and the fen it is exactly: 100.5 yuan is 10,050 fen however it is written.
    [Theory]
    [InlineData("100.5", 10_050)]
    [InlineData("100.50", 10_050)]
    [InlineData("100.500000", 10_050)]
    [InlineData("1.005e2", 10_050)]
    [InlineData("1.005E+2", 10_050)]
    [InlineData("10050e-2", 10_050)]
    [InlineData("0.01", 1)]
    [InlineData("1e-2", 1)]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    [InlineData("0e999999999999999999999", 0)]
    [InlineData("0.0e-999999999999999999999", 0)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    [InlineData("9223372036854775807e-2", long.MaxValue)]
    public void Money_that_is_exactly_whole_fen_is_accepted_in_any_form(string raw, long fen)
    {
        ValidationResult<SannongDataset> result = WithEarningAmount(raw);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(Money.FromFen(fen), result.Value.Data.Earnings[0].Amount);
    }

    [Theory]
    [InlineData("1.0000000000000000000000000000001e2", DataProblemKind.TooManyDecimals)]
    [InlineData("1e-400", DataProblemKind.TooManyDecimals)]
    [InlineData("100.505", DataProblemKind.TooManyDecimals)]
    [InlineData("0.001", DataProblemKind.TooManyDecimals)]
    [InlineData("1e-999999999999999999999", DataProblemKind.TooManyDecimals)]
    [InlineData("1e400", DataProblemKind.OutOfRange)]
    [InlineData("1e999999999999999999999", DataProblemKind.OutOfRange)]
    [InlineData("92233720368547758.08", DataProblemKind.OutOfRange)]
    [InlineData("-92233720368547758.09", DataProblemKind.OutOfRange)]
    [InlineData("-0.01", DataProblemKind.Negative)]
    [InlineData("-92233720368547758.08", DataProblemKind.Negative)]
    public void Money_that_is_not_exactly_valid_is_a_problem_naming_the_field(string raw, DataProblemKind kind)
    {
        DataProblem problem = Assert.Single(WithEarningAmount(raw).Problems);
        Assert.Equal("$.earnings[0].amount", problem.Path);
        Assert.Equal(kind, problem.Kind);
        Assert.StartsWith("amount", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_of_ten_thousand_digits_is_out_of_range_and_its_fraction_too_fine()
    {
        Assert.Equal(DataProblemKind.OutOfRange, Assert.Single(WithEarningAmount(TenThousandDigits).Problems).Kind);
        Assert.Equal(DataProblemKind.TooManyDecimals, Assert.Single(WithEarningAmount("0." + new string('0', 9_998) + "1").Problems).Kind);
        // Ten thousand digits that are exactly 1.5 yuan: 1.5 followed by 9,998 zeros.
        ValidationResult<SannongDataset> exact = WithEarningAmount("1.5" + new string('0', 9_998));
        Assert.True(exact.IsValid);
        Assert.Equal(Money.FromFen(150), exact.Value.Data.Earnings[0].Amount);
    }

    [Theory]
    [InlineData("12000", 12_000)]
    [InlineData("12000.0", 12_000)]
    [InlineData("1.2e4", 12_000)]
    [InlineData("1.2E+4", 12_000)]
    [InlineData("120000e-1", 12_000)]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    [InlineData("-0.0e5", 0)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("9.223372036854775807e18", long.MaxValue)]
    public void Counts_that_are_exactly_whole_are_accepted_in_any_form(string raw, long followers)
    {
        ValidationResult<SannongDataset> result = WithFollowers(raw);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(followers, result.Value.Data.Influencers[0].Followers);
    }

    [Theory]
    [InlineData("12000.0000000000000000000000000001", DataProblemKind.WrongType)]
    [InlineData("12000.5", DataProblemKind.WrongType)]
    [InlineData("1e-400", DataProblemKind.WrongType)]
    [InlineData("1.23e1", DataProblemKind.WrongType)]
    [InlineData("1e400", DataProblemKind.OutOfRange)]
    [InlineData("9223372036854775808", DataProblemKind.OutOfRange)]
    [InlineData("-9223372036854775809", DataProblemKind.OutOfRange)]
    [InlineData("-9223372036854775808", DataProblemKind.Negative)]
    [InlineData("-1", DataProblemKind.Negative)]
    [InlineData("-1e0", DataProblemKind.Negative)]
    public void Counts_that_are_not_exactly_valid_are_a_problem_naming_the_field(string raw, DataProblemKind kind)
    {
        DataProblem problem = Assert.Single(WithFollowers(raw).Problems);
        Assert.Equal("$.influencers[0].followers", problem.Path);
        Assert.Equal(kind, problem.Kind);
        Assert.StartsWith("followers", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_of_ten_thousand_digits_is_out_of_range_and_one_with_a_tiny_fraction_is_not_whole()
    {
        Assert.Equal(DataProblemKind.OutOfRange, Assert.Single(WithFollowers(TenThousandDigits).Problems).Kind);
        Assert.Equal(DataProblemKind.WrongType, Assert.Single(WithFollowers("12000." + new string('0', 9_990) + "1").Problems).Kind);
    }

    [Theory]
    [InlineData("1.0000000000000000001", DataProblemKind.OutOfRange)] // the nearest double is 1, but the value is above
    [InlineData("1e400", DataProblemKind.OutOfRange)]
    [InlineData("-1e-400", DataProblemKind.Negative)] // the nearest double is -0, but the value is below 0
    [InlineData("-0.5", DataProblemKind.Negative)]
    public void A_share_is_checked_against_its_range_exactly(string raw, DataProblemKind kind)
    {
        string json = Base().ToJsonString().Replace("\"earningShare\":0.5", "\"earningShare\":" + raw, StringComparison.Ordinal);
        DataProblem problem = Assert.Single(SannongJson.ValidateDatasetJson(json).Problems);
        Assert.Equal("$.programme.targets.earningShare", problem.Path);
        Assert.Equal(kind, problem.Kind);
    }

    [Theory]
    [InlineData("1.000", 1.0)]
    [InlineData("1e0", 1.0)]
    [InlineData("-0", 0.0)]
    [InlineData("0.5e0", 0.5)]
    [InlineData("5e-1", 0.5)]
    public void A_share_exactly_in_range_is_read_as_its_nearest_double(string raw, double expected)
    {
        string json = Base().ToJsonString().Replace("\"earningShare\":0.5", "\"earningShare\":" + raw, StringComparison.Ordinal);
        ValidationResult<SannongDataset> result = SannongJson.ValidateDatasetJson(json);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(expected, result.Value.Data.Programme.Targets.EarningShare.Value);
    }

    [Theory]
    [InlineData("1.0000000000000000000000000000001e2")]
    [InlineData("1e-400")]
    [InlineData("1e400")]
    public void The_public_converters_refuse_what_is_not_exact(string raw)
    {
        var options = new System.Text.Json.JsonSerializerOptions();
        options.Converters.Add(new MoneyJsonConverter());
        options.Converters.Add(new ImpressionsJsonConverter());
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Money>(raw, options));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Impressions>(raw + "0", options));
        Assert.Equal(Money.FromFen(10_050), System.Text.Json.JsonSerializer.Deserialize<Money>("1.005e2", options));
        Assert.Equal(new Impressions(12_000), System.Text.Json.JsonSerializer.Deserialize<Impressions>("1.2e4", options));
    }

    /// <summary>Any long, written with its digits split by a decimal point and an exponent that puts them back
    /// (n = m × 10^e for some split), is read back exactly; one more digit below the unit makes it a problem.</summary>
    [Property(MaxTest = 300)]
    public Property Any_written_form_of_a_whole_number_reads_back_exactly() =>
        Prop.ForAll(
            (from n in Gen.OneOf(ArbMap.Default.GeneratorFor<long>(), Gen.Elements(long.MinValue, long.MaxValue, 0L, -1L))
             from shift in Gen.Choose(0, 25)
             from zeros in Gen.Choose(0, 3)
             select (n, shift, zeros)).ToArbitrary(),
            t =>
            {
                (long n, int shift, int zeros) = t;
                string raw = Write(n, shift, zeros);
                JsonNumber.Outcome outcome = JsonNumber.Parse(Encoding.ASCII.GetBytes(raw), 0, out long read);
                JsonNumber.Outcome finer = JsonNumber.Parse(Encoding.ASCII.GetBytes(raw[..raw.LastIndexOf('e')] + "e" + (shift - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), 0, out _);
                bool finerIsFraction = n % 10 == 0 || finer == JsonNumber.Outcome.Fraction;
                return (outcome == JsonNumber.Outcome.Exact && read == n && finerIsFraction).Label($"{raw} -> {outcome} {read}");
            });

    /// <summary>n written as digits with the point moved <paramref name="shift"/> places left, then e+shift, and
    /// <paramref name="zeros"/> trailing zeros in the fraction.</summary>
    private static string Write(long n, int shift, int zeros)
    {
        string digits = BigInteger.Abs(n).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(shift + 1, '0');
        string integer = digits[..^shift].TrimStart('0');
        string fraction = digits[^shift..] + new string('0', zeros);
        string text = (integer.Length == 0 ? "0" : integer) + (fraction.Length > 0 ? "." + fraction : string.Empty) + "e" + shift.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return n < 0 ? "-" + text : text;
    }

    [Fact]
    public void Numbers_past_the_scan_limit_are_a_limit_problem_not_an_exception()
    {
        // 70,000 digits: more than a token may hold (60,000 bytes); the document is refused as a whole.
        ValidationResult<SannongDataset> result = WithFollowers(new string('1', 70_000));
        Assert.Equal(DataProblemKind.LimitExceeded, Assert.Single(result.Problems).Kind);
    }
}
