using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Sannong.Domain.Tests.Generators;

// Generators of the input of a daily cumulative series (the ledger's and the mentee tally's): ascending distinct days
// with gaps of 1 to 40 days (so months and a year end are crossed), and an amount for each day.
public static partial class DomainArbitraries
{
    private static readonly LocalDate SeriesEpoch = new(2023, 12, 1);

    /// <summary>0 to 40 days, each with an amount in [-1,000, 1,000] (a net, which can fall) or in [0, 1,000]
    /// (a gross total or a count, which never falls).</summary>
    public static Gen<DailyAmounts> DailyAmountsGen { get; } =
        from count in Gen.Choose(0, 40)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 40), count)
        from canFall in Gen.Elements(true, false)
        from amounts in Gen.ArrayOf(Gen.Choose(canFall ? -1_000 : 0, 1_000).Select(a => (long)a), gaps.Length)
        select new DailyAmounts(
            gaps.Select((_, i) => SeriesEpoch.PlusDays(gaps.Take(i + 1).Sum())).ToArray(),
            amounts);

    /// <summary>The inputs of daily cumulative series.</summary>
    public static Arbitrary<DailyAmounts> DailyAmountsArb() => DailyAmountsGen.ToArbitrary();
}

/// <summary>Days in ascending order, distinct, and the amount recorded on each.</summary>
/// <param name="Days">The days.</param>
/// <param name="Amounts">The amount of each day, in the same order.</param>
public sealed record DailyAmounts(LocalDate[] Days, long[] Amounts);
