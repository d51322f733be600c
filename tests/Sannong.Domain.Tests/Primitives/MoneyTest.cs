using System;
using System.Collections.Generic;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>Money: construction from yuan and fen, the value contracts, arithmetic and overflow.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed partial class MoneyTest
{
    private static readonly Money Max = Money.FromFen(long.MaxValue);
    private static readonly Money Min = Money.FromFen(long.MinValue);

    [Property]
    public bool Equality_contract(Money a, Money b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, Money.FromFen(a.Fen), (x, y) => x == y, (x, y) => x != y)
        && a.Equals(b) == (a.Fen == b.Fen);

    [Property]
    public bool Ordering_contract(Money a, Money b) =>
        ValueContract.OrderingHolds(a, b, (x, y) => x < y, (x, y) => x <= y, (x, y) => x > y, (x, y) => x >= y)
        && Math.Sign(a.CompareTo(b)) == Math.Sign(a.Yuan.CompareTo(b.Yuan))
        && Money.Min(a, b) <= Money.Max(a, b)
        && (Money.Min(a, b) == a || Money.Min(a, b) == b);

    [Property]
    public bool FromYuan_of_Yuan_round_trips_and_Yuan_has_two_decimals(Money a) =>
        Money.FromYuan(a.Yuan) == a && a.Yuan.Scale == 2 && a.Yuan * 100 == a.Fen;

    [Property]
    public Property FromYuan_with_a_third_decimal_throws_naming_yuan() =>
        Prop.ForAll(DomainArbitraries.SmallMoneyGen.ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (m, thousandths) =>
        {
            decimal yuan = m.Yuan + (thousandths / 1000m);
            ArgumentException e = Assert.Throws<ArgumentException>(() => Money.FromYuan(yuan));
            Assert.Equal("yuan", e.ParamName);
        });

    [Fact]
    public void FromYuan_examples()
    {
        Assert.Equal(123_456L, Money.FromYuan(1234.56m).Fen);
        Assert.Equal(123L, Money.FromYuan(1.230m).Fen); // 1.230 equals 1.23: a trailing zero is not a third decimal
        Assert.Equal(-5L, Money.FromYuan(-0.05m).Fen);
        Assert.Equal(Money.Zero, Money.FromYuan(0m));
        Assert.Equal(Max, Money.FromYuan(92_233_720_368_547_758.07m));
        Assert.Equal(Min, Money.FromYuan(-92_233_720_368_547_758.08m));
    }

    [Fact]
    public void FromYuan_never_rounds()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Money.FromYuan(1.005m));
        Assert.Equal("yuan", e.ParamName);
        Assert.StartsWith("yuan must be a whole number of fen (at most two decimal places, never rounded), but was 1.005.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Money.FromYuan(0.0000000000000000000000000001m));
    }

    [Theory]
    [InlineData("92233720368547758.08")]
    [InlineData("-92233720368547758.09")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    public void FromYuan_outside_the_range_throws_naming_yuan(string text)
    {
        decimal yuan = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromYuan(yuan));
        Assert.Equal("yuan", e.ParamName);
        Assert.StartsWith("yuan must be between -92233720368547758.08 and 92233720368547758.07 inclusive", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_is_zero()
    {
        Assert.Equal(Money.Zero, default);
        Assert.Equal(0L, default(Money).Fen);
        Assert.Equal(0.00m, default(Money).Yuan);
        Assert.True(default(Money).IsZero);
        Assert.False(default(Money).IsNegative || default(Money).IsPositive);
    }

    [Property]
    public bool Sign_properties_agree_with_Fen(Money a) =>
        a.IsNegative == (a.Fen < 0) && a.IsPositive == (a.Fen > 0) && a.IsZero == (a.Fen == 0);

    [Property]
    public void Addition_is_exact_or_throws(Money a, Money b)
    {
        Int128 exact = (Int128)a.Fen + b.Fen;
        if (Fits(exact))
        {
            Assert.Equal((long)exact, (a + b).Fen);
            Assert.Equal(a + b, b + a);
            Assert.Equal(a + b, Money.Add(a, b));
            Assert.Equal(a + b, a.Plus(b));
            Assert.Equal(a, a + b - b);
        }
        else
        {
            Assert.Throws<OverflowException>(() => a + b);
            Assert.Throws<OverflowException>(() => b + a);
        }
    }

    [Property]
    public void Subtraction_is_exact_or_throws(Money a, Money b)
    {
        Int128 exact = (Int128)a.Fen - b.Fen;
        if (Fits(exact))
        {
            Assert.Equal((long)exact, (a - b).Fen);
            Assert.Equal(a - b, Money.Subtract(a, b));
            Assert.Equal(a - b, a.Minus(b));
            Assert.Equal(a, a - b + b);
        }
        else
        {
            Assert.Throws<OverflowException>(() => a - b);
        }
    }

    [Property]
    public void Addition_is_associative_where_nothing_overflows(Money a, Money b, Money c)
    {
        Int128 ab = (Int128)a.Fen + b.Fen, bc = (Int128)b.Fen + c.Fen, abc = ab + c.Fen;
        if (Fits(ab) && Fits(bc) && Fits(abc))
        {
            Assert.Equal((a + b) + c, a + (b + c));
        }
    }

    [Property]
    public void Negation_is_exact_or_throws(Money a)
    {
        if (a.Fen == long.MinValue)
        {
            Assert.Throws<OverflowException>(() => -a);
            Assert.Throws<OverflowException>(() => a.Abs());
        }
        else
        {
            Assert.Equal(-a.Fen, (-a).Fen);
            Assert.Equal(-a, Money.Negate(a));
            Assert.Equal(a, -(-a));
            Assert.Equal(Money.Zero, a + -a);
            Assert.Equal(Math.Abs(a.Fen), a.Abs().Fen);
        }
    }

    [Property]
    public Property Multiplication_is_exact_or_throws() =>
        Prop.ForAll(DomainArbitraries.MoneyGen.ToArbitrary(), DomainArbitraries.AnyLongGen.ToArbitrary(), Gen.Choose(-1000, 1000).ToArbitrary(), (a, big, small) =>
        {
            foreach (long factor in new[] { big, small, 0L, 1L, -1L })
            {
                Int128 exact = (Int128)a.Fen * factor;
                if (Fits(exact))
                {
                    Assert.Equal((long)exact, (a * factor).Fen);
                    Assert.Equal(a * factor, factor * a);
                    Assert.Equal(a * factor, Money.Multiply(a, factor));
                }
                else
                {
                    Assert.Throws<OverflowException>(() => a * factor);
                    Assert.Throws<OverflowException>(() => factor * a);
                }
            }
        });

    [Fact]
    public void Overflow_examples()
    {
        Money fen = Money.FromFen(1);
        OverflowException e = Assert.Throws<OverflowException>(() => Max + fen);
        Assert.Equal("Money overflow: 9223372036854775807 + 1 (in fen) is outside the range of Money.", e.Message);
        Assert.Throws<OverflowException>(() => Min - fen);
        Assert.Throws<OverflowException>(() => Max * 2);
        Assert.Throws<OverflowException>(() => Min * -1);
        Assert.Equal("Money overflow: -(-9223372036854775808) (in fen) is outside the range of Money.",
            Assert.Throws<OverflowException>(() => -Min).Message);
        Assert.Equal(Money.Zero, Min + Max + fen); // -2^63 + (2^63 - 1) = -1, then -1 + 1 = 0
        Assert.Equal(-Max, Min + fen);
    }

    [Fact]
    public void Generic_math_interfaces_use_the_same_operators()
    {
        Assert.Equal(Money.FromYuan(3.50m), Total(new[] { Money.FromYuan(1.25m), Money.FromYuan(2.25m) }, Money.Zero));
        Assert.Throws<OverflowException>(() => Total(new[] { Max, Money.FromFen(1) }, Money.Zero));
        Assert.Equal(Money.FromYuan(-3m), Negated(Money.FromYuan(3m)));
        Assert.Equal(Money.FromYuan(7.5m), Times(Money.FromYuan(2.5m), 3L));
        Assert.True(Less(Money.FromFen(1), Money.FromFen(2)));
    }

    private static T Total<T>(IEnumerable<T> items, T zero)
        where T : IAdditionOperators<T, T, T>
    {
        T total = zero;
        foreach (T item in items)
        {
            total += item;
        }
        return total;
    }

    private static T Negated<T>(T value)
        where T : IUnaryNegationOperators<T, T> => -value;

    private static T Times<T>(T value, long factor)
        where T : IMultiplyOperators<T, long, T> => value * factor;

    private static bool Less<T>(T a, T b)
        where T : IComparisonOperators<T, T, bool> => a < b;

    private static bool Fits(Int128 fen) => fen >= long.MinValue && fen <= long.MaxValue;
}
