using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Sannong.Domain.Exposure;
using Sannong.Domain.Samples;

namespace Sannong.Domain.Tests.Generators;

// Generators of views by creator (CreatorViewTally) and of small synthetic platform months (PlatformMonth).
public static partial class DomainArbitraries
{
    /// <summary>A number of creators (1 to 40) and 0 to 200 items credited to them, with zero views, ties, small and
    /// huge views (up to 10^12, so 200 of them stay far below long.MaxValue in total).</summary>
    public static Gen<(int Creators, CreatorViews[] Items)> CreatorItemsGen { get; } =
        from creators in Gen.Choose(1, 40)
        from count in Gen.Choose(0, 200)
        from items in Gen.ArrayOf(
            from creator in Gen.Choose(0, creators - 1)
            from views in Gen.Frequency(
                (3, Gen.Constant(0L)),
                (5, Gen.Choose(0, 20).Select(i => (long)i)),
                (3, Gen.Choose(0, 1_000_000).Select(i => (long)i)),
                (1, Gen.Elements(999_999_999L, 1_000_000_000_000L)))
            select new CreatorViews(creator, views), count)
        select (creators, items);

    /// <summary>Whole amounts of every size a tally can hold, 0 to 3,000 of them, from 0 up to
    /// <see cref="long.MaxValue"/>, many equal, on both sides of the count sort's threshold (2^20).</summary>
    public static Gen<long[]> WideCountsGen { get; } =
        from n in Gen.Choose(0, 3_000)
        from values in Gen.ArrayOf(Gen.Frequency(
            (4, Gen.Choose(0, 3).Select(i => (long)i)),
            (3, Gen.Choose(0, int.MaxValue).Select(i => (long)i)),
            (2, from hi in Gen.Choose(0, int.MaxValue) from lo in Gen.Choose(0, int.MaxValue) select ((long)hi << 32) | (uint)lo),
            (1, Gen.Elements(long.MaxValue, long.MaxValue - 1, 1L << 53, (1L << 53) + 1, 1L << 62)),
            (1, Gen.Elements((1L << 20) - 1, 1L << 20, (1L << 20) + 1))), n)
        select values;

    /// <summary>Small platform months: up to 200,000 items (so up to four blocks, the last one short), 1 to 3,000
    /// creators, any seed, every kind of tail and activity within the options' ranges.</summary>
    public static Gen<PlatformMonthOptions> PlatformMonthOptionsGen { get; } =
        from items in Gen.Frequency(
            (1, Gen.Elements(0L, 1L, PlatformMonth.BlockItems - 1L, PlatformMonth.BlockItems, PlatformMonth.BlockItems + 1L)),
            (3, Gen.Choose(0, 200_000).Select(i => (long)i)))
        from creators in Gen.Frequency((1, Gen.Constant(1)), (4, Gen.Choose(1, 3_000)))
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        from tail in Gen.Elements(0.5, 0.8, 1.2, 2.0, 10.0)
        from minimum in Gen.Elements(1L, 100L, 1_000_000L)
        from activity in Gen.Elements(0.0, 0.5, 0.9)
        select new PlatformMonthOptions(items, creators, seed, tail, minimum, activity);

    /// <summary>Small valid platform months.</summary>
    public static Arbitrary<PlatformMonthOptions> PlatformMonthOptionsArbitrary() => PlatformMonthOptionsGen.ToArbitrary();
}
