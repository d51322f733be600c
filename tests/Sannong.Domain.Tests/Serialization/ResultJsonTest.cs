using System.Text.Json;
using System.Text.RegularExpressions;
using Sannong.Domain.Exposure;
using Sannong.Domain.Progress;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Contracts;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>
/// <see cref="JsonSerializer"/> (reflection-based here) with <see cref="SannongJsonOptions.CreateDefault"/> writes
/// the sample's result types without an object cycle, without enumerating a period, and in bounded size.
/// </summary>
/// <remarks>
/// The bounds, measured on the sample (seed 1, scale 0.01: 440 mentees, 30 provinces, a 1,096-day period): the
/// scorecard is 7,848 characters (a programme, a clock, four goals, three breakdowns of at most 31 rows); 20 KB leaves room
/// for a few more rows but not for a single enumerated period (1,096 dates of 13 bytes each are 14 KB, and before
/// the converter the period was written four times, 64 KB). The inequality report holds n + 1 Lorenz points, so its
/// bound is 200 bytes per member plus 2 KB; the feed simulation holds four arrays per item (appeal, creator, views
/// under each policy) and two per creator, so its bound is 100 bytes per item and creator plus 4 KB.
/// </remarks>
public sealed class ResultJsonTest
{
    private const int ScorecardBound = 20 * 1024;

    // A JSON array whose first element is an ISO date: an enumerated DateInterval.
    private static readonly Regex DateArray = new("""\[\s*"\d{4}-\d{2}-\d{2}"\s*,""");

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, SannongJsonOptions.CreateDefault());

    [Fact]
    public void The_scorecard_is_written_under_20_KB_with_its_period_as_two_ends()
    {
        Scorecard card = SampleResults.Scorecard;
        string json = Serialize(card);
        Assert.True(json.Length < ScorecardBound, $"{json.Length} characters");
        Assert.DoesNotMatch(DateArray, json);
        // The programme's period and the clock's period, each {"start": "2023-11-01", "end": "2026-10-31"}.
        string period = """{"start":"2023-11-01","end":"2026-10-31"}""";
        Assert.Equal(1096, card.Clock.Period.Length);
        Assert.True(Regex.Count(json, Regex.Escape(period)) >= 2, json);
        Assert.DoesNotContain("\"complement\":", json, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_inequality_report_and_theil_decomposition_are_written_in_bounded_size()
    {
        var report = (InequalityReport)SampleResults.All[typeof(InequalityReport)];
        string json = Serialize(report);
        Assert.True(json.Length < 200 * report.Count + 2048, $"{json.Length} characters for {report.Count} members");
        Assert.Contains("\"gini\":", json, System.StringComparison.Ordinal);
        string theil = Serialize((TheilDecomposition)SampleResults.All[typeof(TheilDecomposition)]);
        Assert.True(theil.Length < 512, theil);
        Assert.Contains("\"between\":", theil, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_feed_simulation_is_written_in_bounded_size()
    {
        FeedSimulationResult feed = SampleResults.Feed;
        string json = Serialize(feed);
        Assert.True(json.Length < 100 * (feed.Options.Items + feed.Options.Creators) + 4096, $"{json.Length} characters");
        Assert.Contains("\"capped\":", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_mentee_breakdowns_are_written_without_a_cycle()
    {
        var breakdowns = (MenteeBreakdowns)SampleResults.All[typeof(MenteeBreakdowns)];
        string json = Serialize(breakdowns);
        Assert.True(json.Length < 16 * 1024, $"{json.Length} characters");
        Assert.DoesNotMatch(DateArray, json);
        Assert.Contains("\"byProvince\":", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sample_result_type_is_written_without_a_cycle_or_an_enumerated_period()
    {
        foreach ((System.Type type, object value) in SampleResults.All)
        {
            // The mutable tallies are not results (CreatorViewTally.Views is a span, which no serializer writes);
            // what they build (a report, breakdowns, a scorecard) is checked here.
            if (value is CreatorViewTally or ScorecardAccumulator or MenteeBreakdownsBuilder || type == typeof(BreakdownBuilder<>))
            {
                continue;
            }
            string json = JsonSerializer.Serialize(value, value.GetType(), SannongJsonOptions.CreateDefault());
            // The feed's results hold arrays per item and creator: the same bound as above; the others, 64 KB.
            int bound = value is FeedSimulationResult or FeedPolicyResult
                ? 100 * (SampleResults.Feed.Options.Items + SampleResults.Feed.Options.Creators) + 4096
                : 64 * 1024;
            Assert.True(json.Length < bound, $"{type.Name}: {json.Length} characters");
            Assert.DoesNotMatch(DateArray, json);
        }
    }
}
