using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Sannong.Domain.Creators;
using Sannong.Domain.Exposure;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Samples;

namespace Sannong.Domain.Tests.Contracts;

/// <summary>One instance of every public non-static class and struct of Sannong.Domain.Progress and
/// Sannong.Domain.Exposure, built from the sample programme (seed 1, scale 0.01) through the calculators.</summary>
internal static class SampleResults
{
    private static readonly Lazy<IReadOnlyDictionary<Type, object>> LazyAll = new(Build);

    public static ProgrammeData Data => SampleProgramme.Generate(1, 0.01).Data;

    /// <summary>Keyed by the type, a generic type by its definition (Breakdown`1).</summary>
    public static IReadOnlyDictionary<Type, object> All => LazyAll.Value;

    public static Scorecard Scorecard => (Scorecard)All[typeof(Scorecard)];

    public static FeedSimulationResult Feed => (FeedSimulationResult)All[typeof(FeedSimulationResult)];

    private static IReadOnlyDictionary<Type, object> Build()
    {
        ProgrammeData data = Data;
        Scorecard card = ScorecardCalculator.Compute(data, SampleProgramme.AsOf);
        InequalityReport report = ExposureCalculator.ByCreator(data);
        var feedOptions = new FeedSimulationOptions(items: 2000, creators: 200, impressions: 100_000, viewCap: 2000,
            cutFactor: 0.2, popularityExponent: 1.0, audience: 100, seed: 1);
        FeedSimulationResult feed = FeedSimulation.Run(feedOptions);
        var accumulator = new ScorecardAccumulator(data.Programme, SampleProgramme.AsOf);
        accumulator.AddRange(data.Enrolments);
        accumulator.AddRange(data.Earnings);
        var breakdownBuilder = BreakdownBuilder.ByTier();
        var menteeBuilder = new MenteeBreakdownsBuilder();
        foreach (Influencer influencer in data.Influencers.Where(i => data.FirstEnrolments.ContainsKey(i.Id)))
        {
            breakdownBuilder.Add(influencer.Tier, isEarner: false);
            menteeBuilder.Add(influencer, isEarner: false);
        }
        var tally = new CreatorViewTally(feedOptions.Creators);
        for (int i = 0; i < feed.ItemCreators.Length; i++)
        {
            tally.Add(feed.ItemCreators[i], feed.Popularity.ItemViews[i]);
        }
        var all = new Dictionary<Type, object>
        {
            [typeof(Scorecard)] = card,
            [typeof(ProgrammeClock)] = card.Clock,
            [typeof(GoalProgress)] = card.Mentees,
            [typeof(CashProgress)] = card.Cash!,
            [typeof(TrafficProgress)] = card.Traffic!,
            [typeof(MonetisationProgress)] = card.Monetisation,
            [typeof(WilsonInterval)] = card.Monetisation.Interval!.Value,
            [typeof(MenteeBreakdowns)] = card.Breakdown,
            [typeof(Breakdown<>)] = card.Breakdown.ByProvince,
            [typeof(BreakdownRow<>)] = card.Breakdown.ByProvince.Rows[0],
            [typeof(Pace)] = Pace.Linear(data.Programme.Period),
            [typeof(ProgressOptions)] = ProgressOptions.Default,
            [typeof(ScorecardOptions)] = ScorecardOptions.Default,
            [typeof(MenteeTally)] = MenteeTally.FromFirstEnrolments(data.FirstEnrolments.Values),
            [typeof(ScorecardAccumulator)] = accumulator,
            [typeof(BreakdownBuilder<>)] = breakdownBuilder,
            [typeof(MenteeBreakdownsBuilder)] = menteeBuilder,
            [typeof(InequalityReport)] = report,
            [typeof(TheilDecomposition)] = ExposureCalculator.ByIssue(data),
            [typeof(ExposureSummary)] = ExposureSummary.Of(data),
            [typeof(LorenzPoint)] = report.Lorenz[report.Lorenz.Length / 2],
            [typeof(FeedSimulationOptions)] = feedOptions,
            [typeof(FeedSimulationResult)] = feed,
            [typeof(FeedPolicyResult)] = feed.Capped,
            [typeof(CreatorViewTally)] = tally,
            [typeof(CreatorViews)] = new CreatorViews(feed.ItemCreators[0], feed.Popularity.ItemViews[0]),
        };
        return all;
    }
}
