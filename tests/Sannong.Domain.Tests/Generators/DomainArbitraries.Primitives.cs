using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using Sannong.Domain;

namespace Sannong.Domain.Tests.Generators;

/// <summary>Generators of the Primitives layer: <see cref="Money"/>, <see cref="Impressions"/>, <see cref="Share"/>,
/// and the weights that allocation takes.</summary>
public static partial class DomainArbitraries
{
    /// <summary>Any <see cref="long"/>, uniformly over the whole range (FsCheck's own longs stay small).</summary>
    public static Gen<long> AnyLongGen { get; } =
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        select unchecked(((long)high << 32) | (uint)low);

    /// <summary>Fen values on the edges: zero, one fen either way, one yuan, the extremes and their neighbours.</summary>
    public static Gen<long> MoneyEdgeFenGen { get; } =
        Gen.Elements(0L, 1L, -1L, 35L, -35L, 100L, -100L, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1,
            long.MaxValue / 2, long.MinValue / 2, 1_000_000_000L, -1_000_000_000L);

    /// <summary>Amounts biased to small values (within ±1,000.00 yuan), with edge cases (0, ±0.01, the extremes)
    /// and budget-sized and arbitrary 64-bit amounts.</summary>
    public static Gen<Money> MoneyGen { get; } =
        Gen.Frequency(
            (6, Gen.Choose(-100_000, 100_000).Select(f => (long)f)),
            (2, MoneyEdgeFenGen),
            (1, Gen.Choose(-1_000_000_000, 1_000_000_000).Select(f => f * 1_000L)),
            (2, AnyLongGen))
        .Select(Money.FromFen);

    /// <summary>Amounts of zero or more, biased to small values, with edge cases.</summary>
    public static Gen<Money> NonNegativeMoneyGen { get; } =
        Gen.Frequency(
            (6, Gen.Choose(0, 100_000).Select(f => (long)f)),
            (2, Gen.Elements(0L, 1L, 35L, 100L, long.MaxValue, long.MaxValue - 1, 1_000_000_000L)),
            (2, AnyLongGen.Select(f => f & long.MaxValue)))
        .Select(Money.FromFen);

    /// <summary>Amounts within ±10,000,000.00 yuan (a whole programme's cash), far from overflow.</summary>
    public static Gen<Money> SmallMoneyGen { get; } =
        Gen.Choose(-1_000_000_000, 1_000_000_000).Select(f => Money.FromFen(f));

    /// <summary>Counts of impressions biased to small values, with edge cases (0, 1, a billion, the maximum)
    /// and arbitrary non-negative 64-bit counts.</summary>
    public static Gen<Impressions> ImpressionsGen { get; } =
        Gen.Frequency(
            (6, Gen.Choose(0, 100_000).Select(c => (long)c)),
            (2, Gen.Elements(0L, 1L, 2L, 1_000_000_000L, 10_000_000_000L, long.MaxValue, long.MaxValue - 1)),
            (2, AnyLongGen.Select(c => c & long.MaxValue)))
        .Select(c => new Impressions(c));

    /// <summary>Shares: the edges (0, 1, one half, one third), round percentages and arbitrary ratios in [0, 1].</summary>
    public static Gen<Share> ShareGen { get; } =
        Gen.Frequency(
            (2, Gen.Elements(Share.Zero, Share.One, Share.FromRatio(0.5), Share.Of(1, 3), Share.Of(2, 3), Share.FromRatio(double.Epsilon))),
            (3, Gen.Choose(0, 10_000).Select(bp => Share.FromPercentage(bp / 100.0))),
            (3, Gen.Choose(0, int.MaxValue).Select(n => Share.Of(n, int.MaxValue))));

    /// <summary>Integer weights for allocation: 1 to 12 weights in [0, 1000] (zeros common), sometimes very large,
    /// at least one positive.</summary>
    public static Gen<int[]> AllocationIntWeightsGen { get; } =
        from length in Gen.Choose(1, 12)
        from weights in Gen.ArrayOf(
            Gen.Frequency((2, Gen.Constant(0)), (6, Gen.Choose(1, 1000)), (1, Gen.Choose(int.MaxValue - 10, int.MaxValue))), length)
        from fix in Gen.Choose(1, 1000)
        select EnsurePositive(weights, fix);

    /// <summary>Long weights for allocation: as <see cref="AllocationIntWeightsGen"/>, with arbitrary and extreme 64-bit weights.</summary>
    public static Gen<long[]> AllocationLongWeightsGen { get; } =
        from length in Gen.Choose(1, 12)
        from weights in Gen.ArrayOf(
            Gen.Frequency(
                (2, Gen.Constant(0L)),
                (5, Gen.Choose(1, 1000).Select(w => (long)w)),
                (2, AnyLongGen.Select(w => w & long.MaxValue)),
                (1, Gen.Constant(long.MaxValue))),
            length)
        from fix in Gen.Choose(1, 1000)
        select EnsurePositive(weights, (long)fix);

    /// <summary>Decimal weights for allocation: ratios with 0 to 28 decimal places (0.5, 0.333, 1E-28), sometimes
    /// as large as <see cref="decimal.MaxValue"/>, at least one positive.</summary>
    public static Gen<decimal[]> AllocationDecimalWeightsGen { get; } =
        from length in Gen.Choose(1, 12)
        from weights in Gen.ArrayOf(
            Gen.Frequency(
                (2, Gen.Constant(0m)),
                (5, from units in Gen.Choose(1, 100_000) from scale in Gen.Choose(0, 6) select new decimal(units, 0, 0, false, (byte)scale)),
                (1, from lo in Gen.Choose(int.MinValue, int.MaxValue) from scale in Gen.Choose(0, 28) select new decimal(lo, 1, 0, false, (byte)scale)),
                (1, Gen.Elements(decimal.MaxValue, new decimal(1, 0, 0, false, 28), 0.3333333333333333333333333333m))),
            length)
        from fix in Gen.Choose(1, 1000)
        select EnsurePositive(weights, (decimal)fix);

    /// <summary>Amounts with a biased, shrinking generator (shrinks towards zero).</summary>
    public static Arbitrary<Money> Monies() => Arb.From(MoneyGen, ShrinkMoney);

    /// <summary>Counts of impressions (shrinks towards zero).</summary>
    public static Arbitrary<Impressions> ImpressionCounts() => Arb.From(ImpressionsGen, ShrinkImpressions);

    /// <summary>Shares in [0, 1].</summary>
    public static Arbitrary<Share> Shares() => ShareGen.ToArbitrary();

    private static T[] EnsurePositive<T>(T[] weights, T fallback)
        where T : IComparable<T>
    {
        if (Array.TrueForAll(weights, w => w.CompareTo(default!) == 0))
        {
            weights[^1] = fallback;
        }
        return weights;
    }

    private static IEnumerable<Money> ShrinkMoney(Money m)
    {
        foreach (long fen in ShrinkTowardsZero(m.Fen))
        {
            yield return Money.FromFen(fen);
        }
    }

    private static IEnumerable<Impressions> ShrinkImpressions(Impressions i)
    {
        foreach (long count in ShrinkTowardsZero(i.Count))
        {
            yield return new Impressions(count);
        }
    }

    private static IEnumerable<long> ShrinkTowardsZero(long value)
    {
        if (value != 0)
        {
            yield return 0;
            if (value / 2 != 0)
            {
                yield return value / 2;
            }
            long closer = value - Math.Sign(value);
            if (closer != 0 && closer != value / 2)
            {
                yield return closer;
            }
        }
    }
}
