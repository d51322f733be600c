using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>Money allocation: the largest-remainder invariants for every overload, and worked examples.</summary>
public sealed partial class MoneyTest
{
    private static Arbitrary<Money> AnyMoney => DomainArbitraries.MoneyGen.ToArbitrary();

    [Property]
    public Property Split_gives_n_parts_that_sum_to_the_whole_and_differ_by_at_most_one_fen() =>
        Prop.ForAll(AnyMoney, Gen.Choose(1, 40).ToArbitrary(), (amount, n) =>
        {
            ImmutableArray<Money> parts = amount.Split(n);
            long[] fen = parts.Select(p => p.Fen).ToArray();
            Assert.Null(AllocationCheck.Problem(amount.Fen, AllocationCheck.Exact(Enumerable.Repeat(1L, n)), fen));
            Assert.True(fen.Max() - fen.Min() <= 1, "equal parts differ by more than one fen");
            Assert.Equal<Money>(amount.Allocate(Enumerable.Repeat(1, n).ToArray()), parts);
        });

    [Property]
    public Property Allocate_by_int_weights_is_largest_remainder() =>
        Prop.ForAll(AnyMoney, DomainArbitraries.AllocationIntWeightsGen.ToArbitrary(), (amount, weights) =>
            Assert.Null(AllocationCheck.Problem(amount.Fen, AllocationCheck.Exact(weights.Select(w => (long)w)), Fen(amount.Allocate(weights)))));

    [Property]
    public Property Allocate_by_long_weights_is_largest_remainder() =>
        Prop.ForAll(AnyMoney, DomainArbitraries.AllocationLongWeightsGen.ToArbitrary(), (amount, weights) =>
            Assert.Null(AllocationCheck.Problem(amount.Fen, AllocationCheck.Exact(weights), Fen(amount.Allocate(weights)))));

    [Property]
    public Property Allocate_by_decimal_weights_is_largest_remainder() =>
        Prop.ForAll(AnyMoney, DomainArbitraries.AllocationDecimalWeightsGen.ToArbitrary(), (amount, weights) =>
            Assert.Null(AllocationCheck.Problem(amount.Fen, AllocationCheck.Exact(weights), Fen(amount.Allocate(weights)))));

    [Property]
    public Property Decimal_weights_allocate_as_the_same_ratios_in_whole_numbers() =>
        Prop.ForAll(AnyMoney, DomainArbitraries.AllocationIntWeightsGen.ToArbitrary(), (amount, weights) =>
            Assert.Equal<Money>(amount.Allocate(weights), amount.Allocate(weights.Select(w => w / 1000m).ToArray())));

    [Property]
    public Property Allocation_of_a_negative_amount_mirrors_the_positive_one() =>
        Prop.ForAll(AnyMoney, DomainArbitraries.AllocationLongWeightsGen.ToArbitrary(), (amount, weights) =>
        {
            if (amount.Fen != long.MinValue)
            {
                Assert.Equal<Money>(amount.Allocate(weights).Select(p => -p), (-amount).Allocate(weights));
            }
        });

    [Fact]
    public void Thirty_five_fen_split_ten_ways()
    {
        // 35 fen / 10 = 3 fen each with 5 fen left over; every remainder is equal (35 mod 10 = 5 for each part),
        // so the 5 left-over fen go to the 5 earliest parts: five of 0.04 then five of 0.03. Sum 5*4 + 5*3 = 35.
        // (NodaMoney's remainder-to-the-last-share would give nine of 0.04 and a last share of -0.01.)
        Money[] expected = [.. Enumerable.Repeat(Money.FromYuan(0.04m), 5), .. Enumerable.Repeat(Money.FromYuan(0.03m), 5)];
        Assert.Equal<Money>(expected, Money.FromYuan(0.35m).Split(10));
        Assert.Equal<Money>(expected.Select(p => -p), Money.FromYuan(-0.35m).Split(10));
        Assert.All(Money.FromYuan(0.35m).Split(10), p => Assert.False(p.IsNegative));
    }

    [Fact]
    public void Hundred_yuan_by_weights_one_one_one()
    {
        // 10000 fen * 1/3 = 3333 fen each, remainder 1 for each (10000 mod 3 = 1): the one fen left goes to the first.
        Assert.Equal<Money>([Money.FromYuan(33.34m), Money.FromYuan(33.33m), Money.FromYuan(33.33m)], Money.FromYuan(100.00m).Allocate(1, 1, 1));
    }

    [Fact]
    public void Largest_remainders_win_and_ties_go_to_the_earlier_index()
    {
        // 5 fen by weights 1, 3, 1, 3 (W = 8): exact shares 5/8, 15/8, 5/8, 15/8; floors 0, 1, 0, 1 (sum 2), so 3 fen
        // are left; remainders 5, 7, 5, 7: parts 1 and 3 (remainder 7) get one each, then part 0 wins its tie with part 2.
        Assert.Equal([1L, 2L, 0L, 2L], Fen(Money.FromFen(5).Allocate(1, 3, 1, 3)));
        // 10 fen by 1..5 (W = 15): shares 10/15, 20/15, 30/15, 40/15, 50/15; floors 0, 1, 2, 2, 3 (sum 8);
        // remainders 10, 5, 0, 10, 5: the 2 fen left go to parts 0 and 3.
        Assert.Equal([1L, 1L, 2L, 3L, 3L], Fen(Money.FromFen(10).Allocate(1L, 2L, 3L, 4L, 5L)));
        // Decimal ratios: 10.00 yuan by 0.5, 0.3, 0.2 is exact.
        Assert.Equal<Money>([Money.FromYuan(5m), Money.FromYuan(3m), Money.FromYuan(2m)], Money.FromYuan(10m).Allocate(0.5m, 0.3m, 0.2m));
        // A zero weight gets nothing even when fen are left over: 1 fen by 0, 1, 1 -> 0, 1, 0.
        Assert.Equal([0L, 1L, 0L], Fen(Money.FromFen(1).Allocate(0, 1, 1)));
    }

    [Fact]
    public void Extreme_amounts_and_weights_are_exact()
    {
        // (2^63 - 1) fen by two weights of 2^63 - 1: 2^62 - 1 each (floor of 2^62 - 0.5) and one fen left, to the first.
        Assert.Equal([4_611_686_018_427_387_904L, 4_611_686_018_427_387_903L], Fen(Money.FromFen(long.MaxValue).Allocate(long.MaxValue, long.MaxValue)));
        // -2^63 fen in two: -2^62 each; in one: itself.
        Assert.Equal([long.MinValue / 2, long.MinValue / 2], Fen(Money.FromFen(long.MinValue).Split(2)));
        Assert.Equal<Money>([Min], Min.Split(1));
        Assert.Equal<Money>([Money.Zero, Money.Zero], Money.Zero.Allocate(decimal.MaxValue, 1m));
    }

    [Fact]
    public void Invalid_parts_and_weights_are_rejected()
    {
        Money m = Money.FromYuan(1m);
        ArgumentOutOfRangeException parts = Assert.Throws<ArgumentOutOfRangeException>(() => m.Split(0));
        Assert.Equal("parts", parts.ParamName);
        Assert.StartsWith("parts must be positive, but was 0.", parts.Message, StringComparison.Ordinal);

        ArgumentException negative = Assert.Throws<ArgumentException>(() => m.Allocate(1, -2));
        Assert.Equal("weights", negative.ParamName);
        Assert.StartsWith("weights must not be negative, but weights[1] was -2.", negative.Message, StringComparison.Ordinal);
        Assert.StartsWith("weights must not be negative, but weights[0] was -0.5.",
            Assert.Throws<ArgumentException>(() => m.Allocate(-0.5m)).Message, StringComparison.Ordinal);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => m.Allocate(long.MinValue)).ParamName);

        ArgumentException zeros = Assert.Throws<ArgumentException>(() => m.Allocate(0L, 0L));
        Assert.Equal("weights", zeros.ParamName);
        Assert.StartsWith("weights must contain at least one positive weight, but all 2 were zero.", zeros.Message, StringComparison.Ordinal);
        Assert.StartsWith("weights must contain at least one positive weight, but was empty.",
            Assert.Throws<ArgumentException>(() => m.Allocate(Array.Empty<decimal>())).Message, StringComparison.Ordinal);
    }

    private static long[] Fen(ImmutableArray<Money> parts) => parts.Select(p => p.Fen).ToArray();
}
