using System.Threading;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Samples;

/// <summary>
/// A deterministic generator of realistic sample data (样本数据 yàngběn shùjù) for the seed plan
/// (<see cref="Programmes.ReferencePlans.SeedPlan"/>, started <see cref="Start"/>): influencers, enrolments, a budget
/// ledger of cash and traffic, monthly earnings and content, described as of <see cref="AsOf"/>, mid-programme.
/// </summary>
/// <remarks>
/// <para>The same seed and scale give the same data on every machine and run: the generator uses its own
/// pseudo-random numbers (xoshiro256** seeded by SplitMix64) and only arithmetic that is the same on every platform,
/// never <see cref="Random"/>, the current culture or the order of a hash table.</para>
/// <para>At scale s the programme's targets and budgets are the seed plan's times s (100,000 × s mentees, 10,000,000 × s
/// yuan, 1,000,000,000 × s impressions, each at least 1), and so are the record counts, so a small sample gives the
/// same statuses as the full one. By <see cref="AsOf"/>, 44% of the mentee target is enrolled where a linear pace expects
/// 50% (at risk), 46% of the cash budget is spent (on track), 65% of the traffic budget is granted (ahead), and about
/// 42% of the mentees earn (below the 50% goal). docs/sample-programme.md names every distribution and its parameters.</para>
/// </remarks>
/// <threadsafety>This type is stateless apart from the cached <see cref="Default"/>; its members are safe to call from any thread.
/// <see cref="Generate"/> builds the ledger, the earnings and the content on thread-pool threads side by side (each from
/// its own random stream, so the records are the same as built one after another).</threadsafety>
public static class SampleProgramme
{
    /// <summary>The seed of <see cref="Default"/>: 1.</summary>
    public const int DefaultSeed = 1;

    /// <summary>The scale of <see cref="Default"/>: 0.01, a 1,000-mentee programme generated in milliseconds.</summary>
    public const double DefaultScale = 0.01;

    private static readonly Lazy<SannongDataset> LazyDefault =
        new(() => Generate(DefaultSeed, DefaultScale), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The first day of the sample programme: 2023-11-01 (it ends on 2026-10-31).</summary>
    public static LocalDate Start { get; } = new(2023, 11, 1);

    /// <summary>The date every sample describes its programme as of: 2025-05-01, 548 of 1,096 days elapsed. Records
    /// dated on or after it, and earnings for its month or later, are not in the data.</summary>
    public static LocalDate AsOf { get; } = new(2025, 5, 1);

    /// <summary>A small sample for notebooks, examples and tests: seed <see cref="DefaultSeed"/> at scale
    /// <see cref="DefaultScale"/>, generated once on first use. (The command line scores the full seed plan, scale 1,
    /// when given no data.)</summary>
    public static SannongDataset Default => LazyDefault.Value;

    /// <summary>Generates a sample programme.</summary>
    /// <param name="seed">Any integer; the same seed and scale always give the same data.</param>
    /// <param name="scale">The size relative to the seed plan, in (0, 1]: 1 is 100,000 mentees targeted (44,000 enrolled
    /// by <see cref="AsOf"/>), 0.01 is 1,000 (440 enrolled).</param>
    /// <returns>The sample, as of <see cref="AsOf"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not a number greater than 0 and at most 1.</exception>
    public static SannongDataset Generate(int seed = DefaultSeed, double scale = 1.0)
    {
        if (!(scale > 0.0 && scale <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(scale),
                string.Create(CultureInfo.InvariantCulture, $"scale must be greater than 0 and at most 1, but was {scale.ToString("R", CultureInfo.InvariantCulture)}."));
        }
        return new SampleGenerator(seed, scale, Start, AsOf).Generate();
    }
}
