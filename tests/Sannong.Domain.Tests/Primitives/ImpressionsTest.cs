using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>Impressions: validation, the value contracts, arithmetic, allocation, formatting and parsing.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ImpressionsTest
{
    private static readonly Impressions Billion = new(1_000_000_000);
    private static readonly Impressions Max = new(long.MaxValue);

    [Property]
    public bool Contracts(Impressions a, Impressions b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, new Impressions(a.Count), (x, y) => x == y, (x, y) => x != y)
        && ValueContract.OrderingHolds(a, b, (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y)
        && Math.Sign(a.CompareTo(b)) == Math.Sign(a.Count.CompareTo(b.Count))
        && Impressions.Min(a, b) <= Impressions.Max(a, b);

    [Fact]
    public void Negative_counts_are_rejected()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => new Impressions(-3));
        Assert.Equal("count", e.ParamName);
        Assert.StartsWith("count must not be negative, but was -3.", e.Message, StringComparison.Ordinal);
        Assert.Equal(Impressions.Zero, default);
        Assert.True(default(Impressions).IsZero);
    }

    [Property]
    public void Addition_is_exact_or_throws(Impressions a, Impressions b)
    {
        Int128 exact = (Int128)a.Count + b.Count;
        if (exact <= long.MaxValue)
        {
            Assert.Equal((long)exact, (a + b).Count);
            Assert.Equal(a + b, b + a);
            Assert.Equal(a + b, Impressions.Add(a, b));
            Assert.Equal(a + b, a.Plus(b));
            Assert.Equal(a, a + b - b);
        }
        else
        {
            Assert.Throws<OverflowException>(() => a + b);
        }
    }

    [Property]
    public void Subtraction_below_zero_throws_overflow(Impressions a, Impressions b)
    {
        if (b <= a)
        {
            Assert.Equal(a.Count - b.Count, (a - b).Count);
            Assert.Equal(a - b, Impressions.Subtract(a, b));
            Assert.Equal(a - b, a.Minus(b));
            Assert.Equal(a, a - b + b);
        }
        else
        {
            Assert.Throws<OverflowException>(() => a - b);
            Assert.Throws<OverflowException>(() => a.Minus(b));
        }
    }

    [Property]
    public Property Multiplication_is_exact_or_throws() =>
        Prop.ForAll(DomainArbitraries.ImpressionsGen.ToArbitrary(), DomainArbitraries.AnyLongGen.ToArbitrary(), (a, any) =>
        {
            foreach (long factor in new[] { any & long.MaxValue, any & 0xFFF, 0L, 1L })
            {
                Int128 exact = (Int128)a.Count * factor;
                if (exact <= long.MaxValue)
                {
                    Assert.Equal((long)exact, (a * factor).Count);
                    Assert.Equal(a * factor, factor * a);
                    Assert.Equal(a * factor, Impressions.Multiply(a, factor));
                }
                else
                {
                    Assert.Throws<OverflowException>(() => a * factor);
                }
            }
        });

    [Fact]
    public void Arithmetic_errors()
    {
        OverflowException negative = Assert.Throws<OverflowException>(() => new Impressions(3) - new Impressions(5));
        Assert.Equal("Impressions overflow: 3 - 5 would be negative, and a number of impressions cannot be.", negative.Message);
        Assert.Throws<OverflowException>(() => Max + new Impressions(1));
        Assert.Throws<OverflowException>(() => Max * 2);
        ArgumentOutOfRangeException factor = Assert.Throws<ArgumentOutOfRangeException>(() => Billion * -1);
        Assert.Equal("factor", factor.ParamName);
        Assert.Equal(new Impressions(3_000_000_000), Billion * 3); // the 三农耕耘计划's 1 billion a year, for three years
    }

    [Property]
    public Property Split_gives_n_parts_that_sum_to_the_whole_and_differ_by_at_most_one() =>
        Prop.ForAll(DomainArbitraries.ImpressionsGen.ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), (total, n) =>
        {
            long[] parts = Counts(total.Split(n));
            Assert.Null(AllocationCheck.Problem(total.Count, AllocationCheck.Exact(Enumerable.Repeat(1L, n)), parts));
            Assert.True(parts.Max() - parts.Min() <= 1);
        });

    [Property]
    public Property Allocate_by_weights_is_largest_remainder() =>
        Prop.ForAll(
            DomainArbitraries.ImpressionsGen.ToArbitrary(),
            DomainArbitraries.AllocationLongWeightsGen.ToArbitrary(),
            DomainArbitraries.AllocationDecimalWeightsGen.ToArbitrary(),
            (total, longs, decimals) =>
            {
                int[] ints = longs.Select(w => (int)(w % 1001)).ToArray();
                if (ints.Any(w => w > 0))
                {
                    Assert.Null(AllocationCheck.Problem(total.Count, AllocationCheck.Exact(ints.Select(w => (long)w)), Counts(total.Allocate(ints))));
                }
                Assert.Null(AllocationCheck.Problem(total.Count, AllocationCheck.Exact(longs), Counts(total.Allocate(longs))));
                Assert.Null(AllocationCheck.Problem(total.Count, AllocationCheck.Exact(decimals), Counts(total.Allocate(decimals))));
                // Impressions and Money allocate alike.
                Assert.Equal(Money.FromFen(total.Count).Allocate(longs).Select(m => m.Fen), Counts(total.Allocate(longs)));
            });

    [Fact]
    public void A_billion_impressions_over_thirty_six_months()
    {
        // 1,000,000,000 / 36 = 27,777,777 remainder 28 (36 * 27,777,777 = 999,999,972): the first 28 months get
        // 27,777,778 and the last 8 get 27,777,777. Check: 28 * 27,777,778 + 8 * 27,777,777 = 777,777,784 + 222,222,216.
        ImmutableArray<Impressions> months = Billion.Split(36);
        Assert.Equal(36, months.Length);
        Assert.All(months.Take(28), m => Assert.Equal(27_777_778L, m.Count));
        Assert.All(months.Skip(28), m => Assert.Equal(27_777_777L, m.Count));
        Assert.Equal(Billion, months.Sum());
    }

    [Fact]
    public void Allocation_by_weights_example()
    {
        // 1,000,000,000 by days in Jan, Feb, Mar 2025 (31, 28, 31; W = 90): 344,444,444.4, 311,111,111.1,
        // 344,444,444.4; floors sum to 999,999,999 and the one left goes to the first of the equal largest remainders
        // (31e9 mod 90 = 40 for January and March, 28e9 mod 90 = 10 for February): January.
        Assert.Equal([344_444_445L, 311_111_111L, 344_444_444L], Counts(Billion.Allocate(31, 28, 31)));
    }

    [Fact]
    public void Formatting()
    {
        Assert.Equal("1000000000", Billion.ToString());
        Assert.Equal("1000000000", Billion.ToString("G", CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("1000000000", $"{Billion}");
        Assert.Equal("1,000,000,000", Billion.ToString("N", CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("1,000,000,000", Billion.ToString("n", CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("1\u202F000\u202F000\u202F000", Billion.ToString("N", CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("1,000,000,000", Billion.ToString("N", CultureInfo.InvariantCulture));
        Assert.Equal("The format 'N0' is not supported by Impressions: use G or N.",
            Assert.Throws<FormatException>(() => Billion.ToString("N0", null)).Message);
        Span<char> small = stackalloc char[9];
        Assert.False(Billion.TryFormat(small, out int none, "G", null));
        Assert.Equal(0, none);
    }

    [Property]
    public bool Parse_of_ToString_round_trips(Impressions a) =>
        Impressions.Parse(a.ToString()) == a
        && Impressions.TryParse(a.ToString().AsSpan(), out Impressions b) && b == a
        && Parse<Impressions>(a.ToString()) == a;

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1,000")]
    [InlineData("1.0")]
    [InlineData("1e9")]
    [InlineData("１")]
    public void Parse_rejects_anything_but_digits(string text)
    {
        Assert.Equal($"'{text}' is not a valid Impressions: expected one or more digits, with no sign, grouping or white space.",
            Assert.Throws<FormatException>(() => Impressions.Parse(text)).Message);
        Assert.False(Impressions.TryParse(text, out Impressions i));
        Assert.Equal(Impressions.Zero, i);
    }

    [Fact]
    public void Parse_edges()
    {
        Assert.Equal(new Impressions(7), Impressions.Parse("007"));
        Assert.Equal(Max, Impressions.Parse("9223372036854775807"));
        Assert.Equal("'9223372036854775808' is outside the range of Impressions.",
            Assert.Throws<FormatException>(() => Impressions.Parse("9223372036854775808")).Message);
        Assert.Throws<ArgumentNullException>(() => Impressions.Parse(null!));
        Assert.False(Impressions.TryParse((string?)null, out _));
    }

    private static T Parse<T>(string s)
        where T : IParsable<T> => T.Parse(s, CultureInfo.GetCultureInfo("ar-SA"));

    private static long[] Counts(ImmutableArray<Impressions> parts) => parts.Select(p => p.Count).ToArray();
}
