using System.Threading.Tasks;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Utility;
using static Sannong.Domain.Samples.SampleTuning;

namespace Sannong.Domain.Samples;

/// <summary>
/// One run of the sample generator: the programme, then the mentees (enrolment dates, influencers, enrolments), then
/// the ledger, earnings and content, each step drawing from its own random stream.
/// </summary>
internal sealed partial class SampleGenerator
{
    private static readonly Offset ChinaStandardTime = Offset.FromHours(8);

    private readonly int _seed;
    private readonly double _scale;
    private readonly LocalDate _start;
    private readonly LocalDate _asOf;

    // One row per mentee, in enrolment order.
    private Influencer[] _influencers = [];
    private Enrolment[] _enrolments = [];

    internal SampleGenerator(int seed, double scale, LocalDate start, LocalDate asOf)
    {
        _seed = seed;
        _scale = scale;
        _start = start;
        _asOf = asOf;
    }

    internal SannongDataset Generate()
    {
        Programme programme = BuildProgramme();
        int mentees = Math.Max(1, (int)Math.Round(programme.Targets.Mentees * EnrolledShareOfTarget, MidpointRounding.AwayFromZero));
        BuildMentees(mentees);
        // The ledger, the earnings and the content only read the mentees, and each draws from its own random stream,
        // so they are built side by side: the records are the same as when built one after another.
        Task<List<ContentItem>> content = Task.Run(BuildContent);
        Task<List<Earning>> earnings = Task.Run(BuildEarnings);
        List<LedgerEntry> ledger = BuildLedger(programme);
        ProgrammeData data = ProgrammeData.Create(programme, _influencers, _enrolments, ledger,
            earnings.GetAwaiter().GetResult(), content.GetAwaiter().GetResult());
        return new SannongDataset(data, _asOf);
    }

    private Programme BuildProgramme()
    {
        Programme plan = ReferencePlans.SeedPlan(_start);
        int target = Math.Max(1, (int)Math.Round(plan.Targets.Mentees * _scale, MidpointRounding.AwayFromZero));
        long cashFen = Math.Max(1L, (long)Math.Round(plan.Budgets.Cash!.Value.Fen * _scale, MidpointRounding.AwayFromZero));
        long traffic = Math.Max(1L, (long)Math.Round(plan.Budgets.Traffic!.Value.Count * _scale, MidpointRounding.AwayFromZero));
        string name = string.Create(CultureInfo.InvariantCulture,
            $"{plan.Name}, sample (seed {_seed}, scale {_scale.ToString("R", CultureInfo.InvariantCulture)})");
        return plan
            .WithName(name)
            .WithTargets(plan.Targets.WithMentees(target))
            .WithBudgets(ProgrammeBudgets.Of(Money.FromFen(cashFen), new Impressions(traffic)));
    }

    private void BuildMentees(int count)
    {
        // Enrolment days: density ∝ 1 + k·u on u ∈ [0, 1) over the days before the as-of date, drawn by inverting the
        // distribution function F(u) = (u + k·u²/2) / (1 + k/2), then sorted so that ids follow enrolment order.
        var random = new DeterministicRandom(_seed, StreamEnrolment);
        int days = Period.DaysBetween(_start, _asOf);
        int[] enrolDays = new int[count];
        const double k = RampGrowth;
        for (int i = 0; i < count; i++)
        {
            double v = random.NextDouble();
            double u = (Math.Sqrt(1.0 + (2.0 * k * v * (1.0 + (k / 2.0)))) - 1.0) / k;
            enrolDays[i] = Math.Min(days - 1, (int)(u * days));
        }
        Array.Sort(enrolDays);

        random = new DeterministicRandom(_seed, StreamInfluencers);
        SannongTaxonomy taxonomy = SannongTaxonomy.Standard;
        Topic[] topics = Array.ConvertAll(SampleTables.Topics, t => taxonomy.GetByCode(t.Code));
        int[] topicWeights = Array.ConvertAll(SampleTables.Topics, t => t.Weight);
        int[] provinceWeights = Array.ConvertAll(SampleTables.Provinces, p => p.Weight);
        int[] urbanRuralWeights = Array.ConvertAll(SampleTables.UrbanRural, u => u.Weight);
        int topicTotal = SampleTables.Total(topicWeights);
        int provinceTotal = SampleTables.Total(provinceWeights);
        int urbanRuralTotal = SampleTables.Total(urbanRuralWeights);
        double followerMu = PortableMath.Log(FollowerMedian);

        _influencers = new Influencer[count];
        _enrolments = new Enrolment[count];
        for (int i = 0; i < count; i++)
        {
            LocalDate enrolled = _start.PlusDays(enrolDays[i]);
            var id = new InfluencerId(Invariant($"kol-{i + 1:D6}"));
            string[] counties = SampleTables.Provinces[random.NextWeighted(provinceWeights, provinceTotal)].Counties;
            string county = counties[random.NextInt(counties.Length)];
            var urbanRural = new UrbanRuralCode(SampleTables.UrbanRural[random.NextWeighted(urbanRuralWeights, urbanRuralTotal)].Code);
            int primary = random.NextWeighted(topicWeights, topicTotal);
            Topic[] own = [topics[primary]];
            if (random.Chance(SecondTopicChance))
            {
                int second = random.NextWeighted(topicWeights, topicTotal);
                if (second != primary)
                {
                    own = [topics[primary], topics[second]];
                }
            }
            long followers = (long)Math.Round(random.NextLogNormal(followerMu, FollowerSigma), MidpointRounding.AwayFromZero);
            LocalDate joined = enrolled.PlusDays(-random.NextInt(30, 2000));
            string handle = SampleTables.HandlePrefixes[random.NextInt(SampleTables.HandlePrefixes.Length)]
                + SampleTables.HandleNames[random.NextInt(SampleTables.HandleNames.Length)]
                + (random.Chance(0.5) ? Invariant($"{random.NextInt(1, 999)}") : string.Empty);
            LocalDate? left = null;
            if (random.Chance(LeaverShare))
            {
                LocalDate last = enrolled.PlusDays(random.NextInt(60, 400));
                left = last < _asOf ? last : null;
            }
            _influencers[i] = new Influencer(id, handle, new Region(county, urbanRural), own, followers, joined);
            _enrolments[i] = new Enrolment(id, enrolled, new MentorId(Invariant($"mentor-{(i / MenteesPerMentor) + 1:D4}")), left);
        }
    }

    private List<ContentItem> BuildContent()
    {
        // 1 to 3 items per mentee, published between enrolment and the as-of date (China Standard Time).
        var random = new DeterministicRandom(_seed, StreamContent);
        ContentKind[] kinds = [ContentKind.ShortVideo, ContentKind.LiveStream, ContentKind.Image, ContentKind.Article];
        int[] kindWeights = [70, 15, 10, 5];
        int kindTotal = SampleTables.Total(kindWeights);
        double viewMu = PortableMath.Log(0.3);
        var items = new List<ContentItem>(_influencers.Length * 2);
        for (int i = 0; i < _influencers.Length; i++)
        {
            Influencer author = _influencers[i];
            LocalDate enrolled = _enrolments[i].Enrolled;
            int span = Period.DaysBetween(enrolled, _asOf);
            int count = random.NextInt(1, 3);
            for (int j = 0; j < count; j++)
            {
                Topic topic = author.Topics.Length > 1 && random.Chance(0.25) ? author.Topics[1] : author.Topics[0];
                ContentKind kind = kinds[random.NextWeighted(kindWeights, kindTotal)];
                LocalDate day = enrolled.PlusDays(random.NextInt(span));
                Instant published = day.AtMidnight().PlusSeconds(random.NextInt(6 * 3600, 86_399)).WithOffset(ChinaStandardTime).ToInstant();
                Duration? length = kind switch
                {
                    ContentKind.ShortVideo => Duration.FromSeconds(random.NextInt(15, 180)),
                    ContentKind.LiveStream => Duration.FromMinutes(random.NextInt(30, 240)),
                    _ => null,
                };
                string caption = SampleCaptions.Build(topic, random);
                long views = (long)Math.Round(author.Followers * random.NextLogNormal(viewMu, 1.0), MidpointRounding.AwayFromZero) + random.NextInt(50);
                long likes = Math.Min(views, (long)Math.Round(views * 0.04 * random.NextLogNormal(0.0, 0.5), MidpointRounding.AwayFromZero));
                long comments = (long)Math.Round(likes * 0.08 * random.NextLogNormal(0.0, 0.5), MidpointRounding.AwayFromZero);
                long shares = (long)Math.Round(likes * 0.05 * random.NextLogNormal(0.0, 0.5), MidpointRounding.AwayFromZero);
                items.Add(new ContentItem(
                    new ContentId(Invariant($"post-{i + 1:D6}-{j + 1}")),
                    author.Id,
                    kind,
                    published,
                    length,
                    caption,
                    [topic],
                    new Engagement(views, likes, comments, shares)));
            }
        }
        return items;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
