using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Content;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Every optional field of the format round-trips whether present or absent.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 60)]
public sealed class OptionalFieldsRoundTripTest
{
    /// <summary>A dataset with each optional part switched on or off by the flags.</summary>
    private static SannongDataset Vary(SannongDataset dataset, bool eligibility, bool budgets, bool rule, bool left, bool lengths, Eligibility? someEligibility)
    {
        ProgrammeData data = dataset.Data;
        Programme programme = data.Programme
            .WithEligibility(eligibility ? someEligibility ?? new Eligibility(10_000) : null)
            .WithBudgets(budgets ? data.Programme.Budgets : ProgrammeBudgets.None)
            .WithEarningRule(rule ? new EarningRule(12, Money.FromFen(123_456)) : null);
        var enrolments = data.Enrolments.Select((e, i) => left && i % 2 == 0 ? e.WithLeft(e.Enrolled.PlusDays(i)) : e.WithLeft(null));
        var content = data.Content.Select(c => lengths || c.Length is null ? c : c.WithLength(null));
        ProgrammeData varied = ProgrammeData.Create(programme, data.Influencers, enrolments, data.Ledger.Entries, data.Earnings, content);
        return new SannongDataset(varied, dataset.AsOf);
    }

    [Property]
    public bool Optional_fields_round_trip_present_and_absent(
        SannongDataset dataset, bool eligibility, bool budgets, bool rule, bool left, bool lengths, Eligibility someEligibility)
    {
        SannongDataset varied = Vary(dataset, eligibility, budgets, rule, left, lengths, someEligibility);
        string json = SannongJson.ToJson(varied);
        return SannongJson.ParseDataset(json) == varied
            && json.Contains("\"eligibility\"", System.StringComparison.Ordinal) == eligibility
            && json.Contains("\"left\"", System.StringComparison.Ordinal) == (left && varied.Data.Enrolments.Any(e => e.Left is not null));
    }
}
