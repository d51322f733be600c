using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Progress;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class MenteeTallyTest
{
    private static LocalDate Jan(int day) => new(2024, 1, day);

    [Fact]
    public void Counts_per_day_as_of_a_date_and_the_nth_mentee()
    {
        // Days: 01-02 x1, 01-05 x3, 01-09 x2 (given out of order). Cumulative: 1, 4, 6.
        MenteeTally tally = MenteeTally.FromFirstEnrolments([Jan(5), Jan(9), Jan(2), Jan(5), Jan(9), Jan(5)]);
        Assert.Equal(new[] { (Jan(2), 1), (Jan(5), 3), (Jan(9), 2) }, tally.Days.ToArray());
        Assert.Equal(6, tally.Total);
        Assert.Equal(0, tally.CountAsOf(Jan(1)));
        Assert.Equal(1, tally.CountAsOf(Jan(4)));
        Assert.Equal(4, tally.CountAsOf(Jan(5)));
        Assert.Equal(6, tally.CountAsOf(Jan(31)));
        Assert.Equal(Jan(2), tally.DateCountReached(1));
        Assert.Equal(Jan(5), tally.DateCountReached(2));
        Assert.Equal(Jan(5), tally.DateCountReached(4));
        Assert.Equal(Jan(9), tally.DateCountReached(5));
        Assert.Null(tally.DateCountReached(7));
        Assert.Equal("6 mentees on 3 days, 2024-01-02 to 2024-01-09", tally.ToString());
        Assert.Equal("0 mentees", MenteeTally.Empty.ToString());
    }

    [Fact]
    public void Merge_adds_the_counts_of_each_day()
    {
        MenteeTally left = MenteeTally.FromFirstEnrolments([Jan(2), Jan(5)]);
        MenteeTally right = MenteeTally.FromFirstEnrolments([Jan(5), Jan(7), Jan(7)]);
        Assert.Equal(new[] { (Jan(2), 1), (Jan(5), 2), (Jan(7), 2) }, left.Merge(right).Days.ToArray());
        Assert.Equal(left.Merge(right), right.Merge(left));
        Assert.Equal(left, left.Merge(MenteeTally.Empty));
        Assert.True(left.Merge(right) == MenteeTally.FromFirstEnrolments([Jan(7), Jan(5), Jan(2), Jan(7), Jan(5)]));
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => MenteeTally.FromFirstEnrolments(null!));
        Assert.Throws<ArgumentNullException>(() => MenteeTally.Empty.Merge(null!));
        Assert.Equal("firstEnrolmentDates", Assert.Throws<ArgumentException>(() => MenteeTally.FromFirstEnrolments([new LocalDate(2024, 1, 1, CalendarSystem.Julian)])).ParamName);
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => MenteeTally.Empty.DateCountReached(0));
        Assert.StartsWith("count must be positive, but was 0.", e.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property Merging_partitions_equals_the_whole_and_matches_a_naive_count() =>
        Prop.ForAll(
            (from period in DomainArbitraries.ProgressPeriodGen
             from dates in DomainArbitraries.FirstEnrolmentDatesAround(period)
             from sides in Gen.ArrayOf(Gen.Choose(0, 2), dates.Length)
             from asOf in DomainArbitraries.AsOfAround(period)
             select (dates, sides, asOf)).ToArbitrary(),
            input =>
            {
                (LocalDate[] dates, int[] sides, LocalDate asOf) = input;
                MenteeTally whole = MenteeTally.FromFirstEnrolments(dates);
                MenteeTally merged = Enumerable.Range(0, 3)
                    .Select(side => MenteeTally.FromFirstEnrolments(dates.Where((_, i) => sides[i] == side)))
                    .Aggregate(MenteeTally.Empty, (acc, part) => acc.Merge(part));
                LocalDate[] sorted = dates.Order().ToArray();
                return whole == merged
                    && whole.GetHashCode() == merged.GetHashCode()
                    && whole.Total == dates.Length
                    && whole.CountAsOf(asOf) == dates.Count(d => d <= asOf)
                    && Enumerable.Range(1, dates.Length).All(n => whole.DateCountReached(n) == sorted[n - 1]);
            });
}
