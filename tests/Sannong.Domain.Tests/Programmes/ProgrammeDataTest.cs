using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>ProgrammeData: the checked whole, and validation that reports every problem.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ProgrammeDataTest
{
    private static readonly Programme Seed = ReferencePlans.SeedPlan(new LocalDate(2023, 11, 1));
    private static readonly InfluencerId A = new("kol-a");
    private static readonly InfluencerId B = new("kol-b");
    private static readonly InfluencerId Ghost = new("ghost");

    private static Influencer Person(InfluencerId id) =>
        new(id, "handle " + id, Region.Parse("430524/220"), new[] { SannongTaxonomy.Standard.GetByCode("farmers.cuisine") }, 12_000, new LocalDate(2019, 5, 2));

    private static ContentItem Item(string id, InfluencerId author) =>
        new(new ContentId(id), author, ContentKind.ShortVideo, Instant.FromUtc(2024, 1, 2, 8, 0), Duration.FromSeconds(42), "#乡村美食", Array.Empty<Topic>(), new Engagement(1000, 30, 4, 2));

    [Property]
    public bool Generated_data_is_valid_and_rebuilds_equal(ProgrammeData data)
    {
        ValidationResult<ProgrammeData> again = ProgrammeData.Validate(
            data.Programme, data.Influencers, data.Enrolments, data.Ledger.Entries, data.Earnings, data.Content);
        return again.IsValid && again.Problems.IsEmpty && again.Value == data
            && ValueContract.EqualityHolds(data, again.Value, (x, y) => x == y, (x, y) => x != y);
    }

    [Property]
    public bool First_enrolments_are_the_earliest_date_of_each_enrolled_influencer(ProgrammeData data) =>
        data.FirstEnrolments.Count == data.Enrolments.Select(e => e.Influencer).Distinct().Count()
        && data.FirstEnrolments.All(kv => kv.Value == data.Enrolments.Where(e => e.Influencer == kv.Key).Min(e => e.Enrolled));

    [Property]
    public Property Removing_an_influencer_reports_every_record_that_refers_to_them(ProgrammeData data) =>
        Prop.ForAll(Gen.Elements(DomainArbitraries.DatasetInfluencerIds).ToArbitrary(), gone =>
        {
            ValidationResult<ProgrammeData> result = ProgrammeData.Validate(
                data.Programme, data.Influencers.Where(p => p.Id != gone), data.Enrolments, data.Ledger.Entries, data.Earnings, data.Content);
            // The references to the removed influencer, counted independently, with the paths they must be reported at.
            var expected = new List<string>();
            expected.AddRange(data.Enrolments.Select((e, i) => (e, i)).Where(x => x.e.Influencer == gone).Select(x => $"$.enrolments[{x.i}].influencer"));
            expected.AddRange(data.Ledger.Entries.Select((e, i) => (e, i)).Where(x => x.e.Beneficiary == gone).Select(x => $"$.ledger[{x.i}].influencer"));
            expected.AddRange(data.Earnings.Select((e, i) => (e, i)).Where(x => x.e.Influencer == gone).Select(x => $"$.earnings[{x.i}].influencer"));
            expected.AddRange(data.Content.Select((c, i) => (c, i)).Where(x => x.c.Author == gone).Select(x => $"$.content[{x.i}].author"));
            bool pathsMatch = result.Problems.Select(p => DatasetPaths.Of(p.Location!.Value)).SequenceEqual(expected)
                && result.Problems.All(p => p.Kind == DataProblemKind.UnknownInfluencer);
            return pathsMatch && result.IsValid == (expected.Count == 0) && (result.IsValid || result.Value is null);
        });

    [Fact]
    public void Called_directly_every_problem_is_at_its_location_written_in_the_domain_s_terms()
    {
        // The records of the fact below; the paths are the kinds of record, indexes and properties (written by hand).
        ValidationResult<ProgrammeData> result = ProgrammeData.Validate(
            Seed,
            [Person(A), Person(B), Person(A)],
            [new(A, new LocalDate(2023, 11, 15)), new(Ghost, new LocalDate(2023, 12, 1)), new(B, new LocalDate(2023, 10, 31))],
            [
                LedgerEntry.Disbursement(new LocalDate(2023, 12, 1), Money.FromYuan(1500m), A),
                LedgerEntry.Refund(new LocalDate(2023, 12, 2), Money.FromYuan(1500.01m), A),
                LedgerEntry.TrafficGrant(new LocalDate(2023, 12, 1), new Impressions(200_000), Ghost),
            ],
            [new(Ghost, new YearMonth(2024, 1), Money.FromYuan(320.50m), EarningSource.ECommerce)],
            [Item("v-1", A), Item("v-1", B), Item("v-2", Ghost)]);

        Assert.Equal(
            new[]
            {
                "Influencer[2].Id", "Enrolment[1].Influencer", "Enrolment[2].Enrolled", "LedgerEntry[2].Beneficiary", "LedgerEntry[1]",
                "Earning[0].Influencer", "ContentItem[1].Id", "ContentItem[2].Author",
            },
            result.Problems.Select(p => p.Path));
        Assert.Equal(result.Problems.Select(p => p.Path), result.Problems.Select(p => p.Location!.Value.ToString()));
        Assert.Equal(new DataLocation(DataRecordKind.Enrolment, 2, nameof(Enrolment.Enrolled)), result.Problems[2].Location);
        Assert.Equal("content id 'v-1' appears more than once (first at ContentItem[0]).", result.Problems[6].Message);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_path_and_kind_and_nothing_is_built()
    {
        Influencer[] people = { Person(A), Person(B), Person(A) };                       // [2] repeats A
        Enrolment[] enrolments =
        {
            new(A, new LocalDate(2023, 11, 15)),                                             // fine
            new(Ghost, new LocalDate(2023, 12, 1)),                                          // [1] unknown influencer
            new(B, new LocalDate(2023, 10, 31)),                                             // [2] the day before the period starts
        };
        LedgerEntry[] ledger =
        {
            LedgerEntry.Disbursement(new LocalDate(2023, 12, 1), Money.FromYuan(1500m), A), // fine
            LedgerEntry.Refund(new LocalDate(2023, 12, 2), Money.FromYuan(1500.01m), A),    // [1] 1,500.01 back of 1,500.00 given
            LedgerEntry.TrafficGrant(new LocalDate(2023, 12, 1), new Impressions(200_000), Ghost), // [2] unknown beneficiary
        };
        Earning[] earnings = { new(Ghost, new YearMonth(2024, 1), Money.FromYuan(320.50m), EarningSource.ECommerce) }; // [0] unknown
        ContentItem[] content = { Item("v-1", A), Item("v-1", B), Item("v-2", Ghost) };   // [1] repeats v-1, [2] unknown author

        ValidationResult<ProgrammeData> result = ProgrammeData.Validate(Seed, people, enrolments, ledger, earnings, content);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(
            new[]
            {
                ("$.influencers[2].id", DataProblemKind.DuplicateId),
                ("$.enrolments[1].influencer", DataProblemKind.UnknownInfluencer),
                ("$.enrolments[2].date", DataProblemKind.OutsidePeriod),
                ("$.ledger[2].influencer", DataProblemKind.UnknownInfluencer),
                ("$.ledger[1]", DataProblemKind.RefundExceedsDisbursed),
                ("$.earnings[0].influencer", DataProblemKind.UnknownInfluencer),
                ("$.content[1].id", DataProblemKind.DuplicateId),
                ("$.content[2].author", DataProblemKind.UnknownInfluencer),
            },
            result.Problems.Select(p => (DatasetPaths.Of(p.Location!.Value), p.Kind)));
        Assert.Equal("influencer id 'kol-a' appears more than once (first at Influencer[0]).", result.Problems[0].Message);
        Assert.Equal("enrolment date 2023-10-31 is outside the programme's period 2023-11-01..2026-10-31.", result.Problems[2].Message);

        DataValidationException e = Assert.Throws<DataValidationException>(
            () => ProgrammeData.Create(Seed, people, enrolments, ledger, earnings, content));
        Assert.Equal<DataProblem>(result.Problems, e.Problems);
        Assert.StartsWith("The data has 8 problems:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_dataset_answers_lookups_and_keeps_the_order_given()
    {
        ProgrammeData data = ProgrammeData.Create(
            Seed,
            new[] { Person(B), Person(A) },
            new[] { new Enrolment(A, new LocalDate(2024, 3, 1)), new Enrolment(A, new LocalDate(2023, 11, 2)), new Enrolment(B, new LocalDate(2026, 10, 31)) },
            new[] { LedgerEntry.Disbursement(new LocalDate(2023, 12, 1), Money.FromYuan(1500m), A) },
            new[] { new Earning(A, new YearMonth(2024, 1), Money.FromYuan(320.50m), EarningSource.ECommerce) },
            new[] { Item("v-1", A) });

        Assert.Equal(new[] { B, A }, data.Influencers.Select(p => p.Id));
        Assert.Same(data.Influencers[1], data.GetInfluencer(A));
        Assert.False(data.TryGetInfluencer(Ghost, out _));
        Assert.Equal("id 'ghost' is not an influencer of programme 'kuaishou-sannong-seed'.",
            Assert.Throws<KeyNotFoundException>(() => data.GetInfluencer(Ghost)).Message);
        // A enrolled on 2024-03-01 and earlier on 2023-11-02: the first enrolment counts. B enrolled on the last day.
        Assert.Equal(new LocalDate(2023, 11, 2), data.FirstEnrolments[A]);
        Assert.Equal(new LocalDate(2026, 10, 31), data.FirstEnrolments[B]);
        Assert.Equal(Money.FromYuan(1500m), data.Ledger.TotalSpent);
        Assert.Equal("kuaishou-sannong-seed: 2 influencers, 3 enrolments, 1 ledger entries, 1 earnings, 1 content items", data.ToString());
    }

    [Fact]
    public void Null_arguments_and_null_records_are_programming_errors_not_data_problems()
    {
        Influencer[] people = { Person(A) };
        Assert.Equal("programme", Assert.Throws<ArgumentNullException>(() => ProgrammeData.Validate(null!, people, [], [], [], [])).ParamName);
        Assert.Equal("enrolments", Assert.Throws<ArgumentNullException>(() => ProgrammeData.Validate(Seed, people, null!, [], [], [])).ParamName);
        Assert.Equal("influencers", Assert.Throws<ArgumentNullException>(() => ProgrammeData.Validate(Seed, new Influencer[] { null! }, [], [], [], [])).ParamName);
    }

    [Fact]
    public void The_input_sequences_are_enumerated_once()
    {
        int enumerations = 0;
        IEnumerable<Influencer> Counted()
        {
            enumerations++;
            yield return Person(A);
        }
        ProgrammeData.Create(Seed, Counted(), new[] { new Enrolment(A, new LocalDate(2023, 11, 1)) }, [], [], []);
        Assert.Equal(1, enumerations);
    }
}
