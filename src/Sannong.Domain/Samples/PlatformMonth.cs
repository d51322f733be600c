using Sannong.Domain.Exposure;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Samples;

/// <summary>
/// A synthetic month of a short-video platform's rural content (三农内容 sānnóng nèiróng): its items, each a creator
/// and the views the item got, generated on the fly from a seed and never stored, at any size up to the month Kuaishou
/// reported (<see cref="PlatformMonthOptions.Reported"/>: 378 million items from 42 million creators) and beyond.
/// The month splits into partitions that can be generated on separate threads and tallied with
/// <see cref="CreatorViewTally.Merge"/>, exactly.
/// </summary>
/// <remarks>
/// <para>The items are generated in blocks of <see cref="BlockItems"/>; block b draws from its own stream b of the
/// seed (xoshiro256** seeded by SplitMix64), two draws an item: the creator, then the views. So every item is the
/// same whichever partition generates it, and the items are the same on every machine and run (the draws use basic
/// arithmetic only). Partition k of P holds the blocks from ⌊kB/P⌋ to ⌊(k + 1)B/P⌋ − 1 of the B blocks: the
/// partitions are disjoint, cover the month, and in the order k = 0, 1, … are the month's items in order.</para>
/// <para>The shape of the month is described in <see cref="PlatformMonthOptions"/>.</para>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
/// </remarks>
public sealed class PlatformMonth
{
    /// <summary>The number of items of a block, the unit of partitioning: 65,536.</summary>
    public const int BlockItems = 1 << 16;

    private const int BufferItems = 4096;
    private readonly UniformPower _creatorPower;
    private readonly UniformPower _viewsPower;
    private readonly double _cut;

    /// <summary>Prepares the month described by <paramref name="options"/> (a few tables; no item is generated yet).</summary>
    /// <param name="options">The size, shape and seed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public PlatformMonth(PlatformMonthOptions options)
    {
        Options = Preconditions.CheckNotNull(options);
        // creator = ⌊N U^s⌋ with s = 1/(1 − z) has density ∝ x^(1/s − 1) = x^−z on [0, 1): a Zipf law of exponent z.
        _creatorPower = new UniformPower(1.0 / (1.0 - options.ActivityExponent));
        // views = minimum × U^(−1/α) is Pareto: P(views ≥ v) = P(U ≤ (minimum / v)^α) = (minimum / v)^α.
        _viewsPower = new UniformPower(-1.0 / options.ViewsTailIndex);
        _cut = PlatformMonthOptions.MaxViewsPerItem;
    }

    /// <summary>The size, shape and seed of the month.</summary>
    public PlatformMonthOptions Options { get; }

    /// <summary>The number of items in partition <paramref name="partition"/> of <paramref name="partitions"/>.</summary>
    /// <param name="partition">k, from 0 to <paramref name="partitions"/> − 1.</param>
    /// <param name="partitions">P, at least 1.</param>
    /// <returns>The partition's items: about 1/P of the month, in whole blocks (so some are empty when P exceeds the
    /// number of blocks).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partitions"/> is below 1 or
    /// <paramref name="partition"/> is not in [0, P − 1].</exception>
    public long ItemsIn(int partition, int partitions)
    {
        (long first, long end) = Range(partition, partitions);
        return end - first;
    }

    /// <summary>The items of one partition, in order, each generated when it is asked for and never kept.</summary>
    /// <param name="partition">k, from 0 to <paramref name="partitions"/> − 1.</param>
    /// <param name="partitions">P, at least 1.</param>
    /// <returns>A sequence that generates the items anew each time it is enumerated.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partitions"/> is below 1 or
    /// <paramref name="partition"/> is not in [0, P − 1].</exception>
    public IEnumerable<CreatorViews> Items(int partition, int partitions)
    {
        (long first, long end) = Range(partition, partitions);
        return Generate(first, end);
    }

    /// <summary>The month's views by creator, in one pass over every item on the calling thread.</summary>
    /// <returns>A new tally of <see cref="PlatformMonthOptions.Creators"/> creators.</returns>
    public CreatorViewTally Tally() => Tally(0, 1);

    /// <summary>The views by creator of one partition's items, generated a buffer at a time and added to a new tally;
    /// the tallies of partitions 0 to P − 1, merged in any order, are <see cref="Tally()"/>.</summary>
    /// <param name="partition">k, from 0 to <paramref name="partitions"/> − 1.</param>
    /// <param name="partitions">P, at least 1.</param>
    /// <returns>A new tally of <see cref="PlatformMonthOptions.Creators"/> creators.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partitions"/> is below 1 or
    /// <paramref name="partition"/> is not in [0, P − 1].</exception>
    public CreatorViewTally Tally(int partition, int partitions)
    {
        (long first, long end) = Range(partition, partitions);
        var tally = new CreatorViewTally(Options.Creators);
        var buffer = new CreatorViews[BufferItems];
        for (long start = first; start < end; start += BlockItems)
        {
            DeterministicRandom random = BlockRandom(start);
            int blockItems = (int)Math.Min(BlockItems, end - start);
            for (int done = 0; done < blockItems; done += BufferItems)
            {
                Span<CreatorViews> span = buffer.AsSpan(0, Math.Min(BufferItems, blockItems - done));
                for (int i = 0; i < span.Length; i++)
                {
                    span[i] = Next(random);
                }
                tally.AddRange(span);
            }
        }
        return tally;
    }

    private IEnumerable<CreatorViews> Generate(long first, long end)
    {
        for (long start = first; start < end; start += BlockItems)
        {
            DeterministicRandom random = BlockRandom(start);
            long blockEnd = Math.Min(start + BlockItems, end);
            for (long item = start; item < blockEnd; item++)
            {
                yield return Next(random);
            }
        }
    }

    private DeterministicRandom BlockRandom(long firstItem) => new(Options.Seed, (int)(firstItem / BlockItems));

    private CreatorViews Next(DeterministicRandom random)
    {
        int creators = Options.Creators;
        int creator = (int)Math.Min(creators - 1.0, Math.Floor(creators * _creatorPower.Of(random.NextUInt64())));
        double views = Math.Min(_cut, Math.Floor(Options.MinimumViews * _viewsPower.Of(random.NextUInt64())));
        return new CreatorViews(creator, (long)views);
    }

    // The partition's items [first, end): whole blocks ⌊kB/P⌋ to ⌊(k + 1)B/P⌋ − 1.
    private (long First, long End) Range(int partition, int partitions)
    {
        Preconditions.CheckBetween(partitions, 1, int.MaxValue);
        Preconditions.CheckBetween(partition, 0, partitions - 1);
        long blocks = (Options.Items + BlockItems - 1) / BlockItems;
        long firstBlock = (long)((Int128)blocks * partition / partitions);
        long endBlock = (long)((Int128)blocks * (partition + 1) / partitions);
        return (firstBlock * BlockItems, Math.Min(endBlock * BlockItems, Options.Items));
    }
}
