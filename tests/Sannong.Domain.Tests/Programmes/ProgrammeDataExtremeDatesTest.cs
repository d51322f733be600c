using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>Checking a programme's data never throws for records that could be built, whatever their dates: the
/// ledger is ordered on day numbers of its own, defined over all of NodaTime's range (years -9998 to 9999).</summary>
public sealed class ProgrammeDataExtremeDatesTest
{
    [Theory]
    // DateOnly.DayNumber counts from 0001-01-01 (day 0); 9999-12-31 is day 3,652,058.
    [InlineData(1, 1, 1, 0)]
    [InlineData(1, 3, 1, 59)] // January's 31 days and February's 28
    [InlineData(2000, 3, 1, 730_179)]
    [InlineData(9999, 12, 31, 3_652_058)]
    // Before year 1: 0000-12-31 is the day before day 0; year 0 is a leap year of 366 days.
    [InlineData(0, 12, 31, -1)]
    [InlineData(0, 1, 1, -366)]
    [InlineData(0, 3, 1, -306)] // March to December of year 0: 306 days
    public void Day_numbers_count_from_the_first_of_January_of_year_1(int year, int month, int day, long expected) =>
        Assert.Equal(expected, LedgerValidation.DayNumber(new LocalDate(year, month, day)));

    [Property(MaxTest = 300)]
    public Property Day_numbers_agree_with_DateOnly_where_it_holds_and_step_by_one_everywhere() =>
        Prop.ForAll(
            Gen.Choose(-9998, 9999).SelectMany(y => Gen.Choose(1, 365).Select(d => (y, d))).ToArbitrary(),
            t =>
            {
                LocalDate date = new LocalDate(t.y, 1, 1).PlusDays(t.d - 1);
                long number = LedgerValidation.DayNumber(date);
                bool agrees = date.Year < 1 || number == date.ToDateOnly().DayNumber;
                bool steps = date == new LocalDate(9999, 12, 31) || LedgerValidation.DayNumber(date.PlusDays(1)) == number + 1;
                return (agrees && steps).Label($"{date}: {number}");
            });

    [Fact]
    public void A_ledger_spanning_NodaTime_s_whole_range_is_checked_without_an_exception()
    {
        // A grant at the earliest date, one in year 0, and a reversal of both at the last date: in date order the
        // grants come first, so the ledger is sound.
        LedgerEntry[] entries =
        [
            LedgerEntry.TrafficReversal(new LocalDate(9999, 12, 31), new Impressions(30), null, string.Empty),
            LedgerEntry.TrafficGrant(new LocalDate(0, 6, 1), new Impressions(10), null, string.Empty),
            LedgerEntry.TrafficGrant(new LocalDate(-9998, 1, 1), new Impressions(20), null, string.Empty),
        ];
        ValidationResult<ProgrammeData> result = ProgrammeData.Validate(ReferencePlans.SeedPlan(new LocalDate(2023, 11, 1)), [], [], entries, [], []);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(new LocalDate(-9998, 1, 1), result.Value.Ledger.Entries[0].Date);

        // Reversed the other way round, the reversal comes first and breaks the rule: a problem, not an exception.
        LedgerEntry[] early =
        [
            LedgerEntry.TrafficReversal(new LocalDate(-9998, 1, 1), new Impressions(30), null, string.Empty),
            LedgerEntry.TrafficGrant(new LocalDate(0, 6, 1), new Impressions(30), null, string.Empty),
        ];
        DataProblem problem = Assert.Single(ProgrammeData.Validate(ReferencePlans.SeedPlan(new LocalDate(2023, 11, 1)), [], [], early, [], []).Problems);
        Assert.Equal(DataProblemKind.ReversalExceedsGranted, problem.Kind);
        Assert.Equal("$.ledger[0]", DatasetPaths.Of(problem.Location!.Value));
    }
}
