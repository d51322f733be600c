using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Progress;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class MonetisationProgressTest
{
    private static readonly Share Half = Share.FromPercentage(50);
    private static readonly LocalDate AsOf = new(2024, 2, 10);

    private static MonetisationProgress Compute(Share target, long mentees, long earners, bool sample = false) =>
        MonetisationCalculator.Compute(target, 3, mentees, earners, AsOf, earningsAreSample: sample);

    [Fact]
    public void No_mentees_is_no_data_with_no_share_and_no_interval()
    {
        MonetisationProgress progress = Compute(Half, 0, 0);
        Assert.Equal(MonetisationStatus.NoData, progress.Status);
        Assert.Null(progress.Share);
        Assert.Null(progress.Low);
        Assert.Null(progress.High);
        Assert.Null(progress.Interval);
        Assert.Equal(0.95, progress.Confidence);
        Assert.Equal(MonetisationStatus.NoData, Compute(Half, 0, 0, sample: true).Status);
    }

    [Fact]
    public void A_census_share_exactly_on_target_is_met()
    {
        // 50 / 100 = 0.5 >= 0.5.
        MonetisationProgress progress = Compute(Half, 100, 50);
        Assert.Equal(MonetisationStatus.Met, progress.Status);
        Assert.Equal(Half, progress.Share);
        // 7 / 20 and 35 / 100 round to the same double 0.35, so the share equals the target.
        Assert.Equal(MonetisationStatus.Met, Compute(Share.FromPercentage(35), 20, 7).Status);
        // 49 / 100 = 0.49 < 0.5.
        Assert.Equal(MonetisationStatus.Below, Compute(Half, 100, 49).Status);
        // Everyone earns against a 100% target: 1 >= 1.
        Assert.Equal(MonetisationStatus.Met, Compute(Share.One, 10, 10).Status);
    }

    [Fact]
    public void A_sample_reads_the_interval()
    {
        // 45 of 100: [0.3561, 0.5476] (see WilsonIntervalTest) contains 0.5, so the sample cannot tell.
        MonetisationProgress inconclusive = Compute(Half, 100, 45, sample: true);
        Assert.Equal(MonetisationStatus.Inconclusive, inconclusive.Status);
        Assert.True(inconclusive.IsSample);
        Assert.Equal(0.35614537979511984, inconclusive.Low!.Value.Value, 1e-9);
        Assert.Equal(0.54755397002557873, inconclusive.High!.Value.Value, 1e-9);
        // The same counts as a census: 0.45 < 0.5.
        Assert.Equal(MonetisationStatus.Below, Compute(Half, 100, 45).Status);

        // 600 of 1000: z²/n = 0.0038414588, centre = (0.6 + 0.0019207294) / 1.0038414588 = 0.5996173,
        // half = 1.959964 * sqrt(0.00024 + 0.00000096036) / 1.0038414588 = 0.0303079, low = 0.5693094 >= 0.5: met.
        MonetisationProgress met = Compute(Half, 1000, 600, sample: true);
        Assert.Equal(MonetisationStatus.Met, met.Status);
        Assert.Equal(0.5693094, met.Low!.Value.Value, 1e-6);

        // 400 of 1000 is the mirror image: high = 1 - 0.5693094 = 0.4306906 < 0.5: not met.
        MonetisationProgress notMet = Compute(Half, 1000, 400, sample: true);
        Assert.Equal(MonetisationStatus.NotMet, notMet.Status);
        Assert.Equal(0.4306906, notMet.High!.Value.Value, 1e-6);
    }

    [Fact]
    public void Sample_edges_where_a_bound_equals_the_target()
    {
        // k = 0: low is exactly 0, so a 0% target is met even by a sample (low >= p0).
        Assert.Equal(MonetisationStatus.Met, Compute(Share.Zero, 10, 0, sample: true).Status);
        // k = n: high is exactly 1, not below a 100% target, and low = 10 / (10 + z²) = 0.7225 is below it.
        Assert.Equal(MonetisationStatus.Inconclusive, Compute(Share.One, 10, 10, sample: true).Status);
    }

    [Fact]
    public void The_window_is_the_calendar_months_ending_with_the_month_of_the_date()
    {
        // W = 3 as of 2024-02-10: 2023-12, 2024-01, 2024-02.
        MonetisationProgress progress = Compute(Half, 10, 5);
        Assert.Equal(new YearMonth(2023, 12), progress.WindowStart);
        Assert.Equal(new YearMonth(2024, 2), progress.WindowEnd);
        // W = 1: the month of the date only.
        Assert.Equal(new YearMonth(2024, 2), MonetisationCalculator.WindowStart(1, new LocalDate(2024, 2, 29)));
        // W = 12 as of the last day of a year: the whole year.
        Assert.Equal(new YearMonth(2024, 1), MonetisationCalculator.WindowStart(12, new LocalDate(2024, 12, 31)));
        // W = 14 as of 2024-02-01: 2023-01 to 2024-02.
        Assert.Equal(new YearMonth(2023, 1), MonetisationCalculator.WindowStart(14, new LocalDate(2024, 2, 1)));
    }

    [Fact]
    public void Invalid_inputs_are_rejected_with_the_field_named()
    {
        Assert.Equal("windowMonths", Assert.Throws<ArgumentOutOfRangeException>(
            () => MonetisationCalculator.Compute(Half, 0, 10, 5, AsOf)).ParamName);
        Assert.Equal("mentees", Assert.Throws<ArgumentOutOfRangeException>(
            () => MonetisationCalculator.Compute(Half, 3, -1, 0, AsOf)).ParamName);
        ArgumentOutOfRangeException tooMany = Assert.Throws<ArgumentOutOfRangeException>(
            () => MonetisationCalculator.Compute(Half, 3, 10, 11, AsOf));
        Assert.Equal("earners", tooMany.ParamName);
        Assert.Contains("earners must be between 0 and 10 inclusive, but was 11.", tooMany.Message, StringComparison.Ordinal);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(
            () => MonetisationCalculator.Compute(Half, 3, 10, 5, AsOf, confidence: 1.0)).ParamName);
        // The confidence is checked even when there are no mentees.
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(
            () => MonetisationCalculator.Compute(Half, 3, 0, 0, AsOf, confidence: 0.0)).ParamName);
        Assert.Equal("windowMonths", Assert.Throws<ArgumentOutOfRangeException>(
            () => MonetisationCalculator.WindowStart(-2, AsOf)).ParamName);
    }

    [Property]
    public bool No_data_exactly_when_there_are_no_mentees(MonetisationInput i)
    {
        MonetisationProgress p = MonetisationCalculator.Compute(i.Target, i.WindowMonths, i.Mentees, i.Earners, i.AsOf, i.Confidence, i.IsSample);
        bool none = i.Mentees == 0;
        return (p.Status == MonetisationStatus.NoData) == none
            && (p.Share is null) == none && (p.Low is null) == none && (p.High is null) == none
            && p.Mentees == i.Mentees && p.Earners == i.Earners && p.Target == i.Target
            && p.Confidence == i.Confidence && p.IsSample == i.IsSample;
    }

    [Property]
    public bool The_share_lies_within_its_interval(MonetisationInput i)
    {
        MonetisationProgress p = MonetisationCalculator.Compute(i.Target, i.WindowMonths, i.Mentees, i.Earners, i.AsOf, i.Confidence, i.IsSample);
        return p.Share is not { } share || (p.Low <= share && share <= p.High && share == Share.Of(i.Earners, i.Mentees));
    }

    [Property]
    public bool A_sample_verdict_never_contradicts_the_census_verdict(MonetisationInput i)
    {
        // low <= share <= high, so a sample that meets the target (low >= p0) has share >= p0, and one that misses it
        // (high < p0) has share < p0.
        MonetisationProgress census = MonetisationCalculator.Compute(i.Target, i.WindowMonths, i.Mentees, i.Earners, i.AsOf, i.Confidence, false);
        MonetisationProgress sample = MonetisationCalculator.Compute(i.Target, i.WindowMonths, i.Mentees, i.Earners, i.AsOf, i.Confidence, true);
        return sample.Status switch
        {
            MonetisationStatus.Met => census.Status == MonetisationStatus.Met,
            MonetisationStatus.NotMet => census.Status == MonetisationStatus.Below,
            MonetisationStatus.Inconclusive => census.Status is MonetisationStatus.Met or MonetisationStatus.Below,
            MonetisationStatus.NoData => census.Status == MonetisationStatus.NoData,
            _ => false,
        };
    }

    [Property]
    public bool A_census_is_met_exactly_when_the_share_reaches_the_target(MonetisationInput i)
    {
        MonetisationProgress p = MonetisationCalculator.Compute(i.Target, i.WindowMonths, i.Mentees, i.Earners, i.AsOf, i.Confidence, false);
        return i.Mentees == 0 || (p.Status == MonetisationStatus.Met) == ((double)i.Earners / i.Mentees >= i.Target.Value);
    }

    [Property]
    public bool The_window_has_W_months_and_ends_with_the_month_of_the_date(MonetisationInput i)
    {
        MonetisationProgress p = MonetisationCalculator.Compute(i.Target, i.WindowMonths, i.Mentees, i.Earners, i.AsOf, i.Confidence, i.IsSample);
        int months = ((p.WindowEnd.Year - p.WindowStart.Year) * 12) + p.WindowEnd.Month - p.WindowStart.Month + 1;
        return p.WindowEnd == new YearMonth(i.AsOf.Year, i.AsOf.Month) && months == i.WindowMonths
            && p.WindowStart.OnDayOfMonth(1) <= i.AsOf;
    }

    [Property]
    public bool Equality_contract_holds(MonetisationProgress a, MonetisationProgress b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y);

    [Property]
    public bool The_same_inputs_give_equal_results(MonetisationInput i) =>
        MonetisationCalculator.Compute(i.Target, i.WindowMonths, i.Mentees, i.Earners, i.AsOf, i.Confidence, i.IsSample)
        == MonetisationCalculator.Compute(i.Target, i.WindowMonths, i.Mentees, i.Earners, i.AsOf, i.Confidence, i.IsSample);
}
