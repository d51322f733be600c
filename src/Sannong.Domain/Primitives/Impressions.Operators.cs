using Sannong.Domain.Utility;

namespace Sannong.Domain;

// Arithmetic, comparison and allocation. A result above long.MaxValue or below zero throws OverflowException.
public readonly partial struct Impressions
{
    /// <summary>Adds two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is greater than <see cref="long.MaxValue"/>.</exception>
    public static Impressions operator +(Impressions left, Impressions right) =>
        new(CheckedArithmetic.Add(left._count, right._count, TypeName));

    /// <summary>Subtracts one count from another.</summary>
    /// <param name="left">The count to subtract from.</param>
    /// <param name="right">The count to subtract; at most <paramref name="left"/>.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException"><paramref name="right"/> is greater than <paramref name="left"/>: the
    /// result would be negative.</exception>
    public static Impressions operator -(Impressions left, Impressions right) =>
        right._count > left._count
            ? throw new OverflowException(
                $"{TypeName} overflow: {left} - {right} would be negative, and a number of impressions cannot be.")
            : new(left._count - right._count);

    /// <summary>Multiplies a count by a whole number.</summary>
    /// <param name="left">The count.</param>
    /// <param name="right">The factor; zero or more.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is negative.</exception>
    /// <exception cref="OverflowException">The product is greater than <see cref="long.MaxValue"/>.</exception>
    public static Impressions operator *(Impressions left, long right) => Multiply(left, right);

    /// <summary>Multiplies a count by a whole number.</summary>
    /// <param name="left">The factor; zero or more.</param>
    /// <param name="right">The count.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="left"/> is negative.</exception>
    /// <exception cref="OverflowException">The product is greater than <see cref="long.MaxValue"/>.</exception>
    public static Impressions operator *(long left, Impressions right) => Multiply(right, left);

    /// <summary>Adds two counts; the same as <c>left + right</c>.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is greater than <see cref="long.MaxValue"/>.</exception>
    public static Impressions Add(Impressions left, Impressions right) => left + right;

    /// <summary>Subtracts one count from another; the same as <c>left - right</c>.</summary>
    /// <param name="left">The count to subtract from.</param>
    /// <param name="right">The count to subtract; at most <paramref name="left"/>.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The result would be negative.</exception>
    public static Impressions Subtract(Impressions left, Impressions right) => left - right;

    /// <summary>Multiplies a count by a whole number; the same as <c>value * factor</c>.</summary>
    /// <param name="value">The count.</param>
    /// <param name="factor">The factor; zero or more.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative.</exception>
    /// <exception cref="OverflowException">The product is greater than <see cref="long.MaxValue"/>.</exception>
    public static Impressions Multiply(Impressions value, long factor) =>
        new(CheckedArithmetic.Multiply(value._count, Preconditions.CheckNonNegative(factor), TypeName));

    /// <summary>Adds a count to this one; the same as <c>this + other</c>.</summary>
    /// <param name="other">The count to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is greater than <see cref="long.MaxValue"/>.</exception>
    public Impressions Plus(Impressions other) => this + other;

    /// <summary>Subtracts a count from this one; the same as <c>this - other</c>.</summary>
    /// <param name="other">The count to subtract; at most this one.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The result would be negative.</exception>
    public Impressions Minus(Impressions other) => this - other;

    /// <summary>The smaller of two counts.</summary>
    /// <param name="x">The first count.</param>
    /// <param name="y">The second count.</param>
    /// <returns><paramref name="x"/> when it is less than or equal to <paramref name="y"/>, else <paramref name="y"/>.</returns>
    public static Impressions Min(Impressions x, Impressions y) => IWholeUnits<Impressions>.Min(x, y);

    /// <summary>The larger of two counts.</summary>
    /// <param name="x">The first count.</param>
    /// <param name="y">The second count.</param>
    /// <returns><paramref name="x"/> when it is greater than or equal to <paramref name="y"/>, else <paramref name="y"/>.</returns>
    public static Impressions Max(Impressions x, Impressions y) => IWholeUnits<Impressions>.Max(x, y);

    /// <summary>Adds up a sequence of counts, exactly.</summary>
    /// <param name="counts">The counts; an empty sequence sums to <see cref="Zero"/>.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="OverflowException">The total is greater than <see cref="long.MaxValue"/>.</exception>
    public static Impressions Sum(IEnumerable<Impressions> counts) => IWholeUnits<Impressions>.Sum(Preconditions.CheckNotNull(counts));

    /// <summary>
    /// Splits this count into <paramref name="parts"/> whole counts that differ by at most one and sum to it
    /// exactly: each is the count divided by <paramref name="parts"/>, rounded down, and the first
    /// <c>count mod parts</c> get one more. So 1,000,000,000 impressions over 36 months is 27,777,778 for each of
    /// the first 28 months and 27,777,777 for each of the last 8.
    /// </summary>
    /// <param name="parts">The number of parts; at least 1.</param>
    /// <returns>The parts, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is zero or negative.</exception>
    public ImmutableArray<Impressions> Split(int parts) => IWholeUnits<Impressions>.Split(this, parts);

    /// <summary>
    /// Allocates this count in proportion to whole-number weights by the largest-remainder method, as
    /// <see cref="Money.Allocate(ReadOnlySpan{int})"/> does with fen: each part is its exact share rounded down,
    /// and the impressions left over go one each to the largest remainders, equal remainders to the earlier index.
    /// The parts sum to the count exactly, each lies within one impression of its exact share, and a zero weight
    /// gets <see cref="Zero"/>.
    /// </summary>
    /// <param name="weights">The weights, one per part: none negative, at least one positive.</param>
    /// <returns>One part per weight, in the order of <paramref name="weights"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, contains a negative weight, or has
    /// no positive weight.</exception>
    public ImmutableArray<Impressions> Allocate(params ReadOnlySpan<int> weights) => IWholeUnits<Impressions>.Allocate(this, weights);

    /// <summary>Allocates this count in proportion to whole-number weights, as <see cref="Allocate(ReadOnlySpan{int})"/> does.</summary>
    /// <param name="weights">The weights, one per part: none negative, at least one positive.</param>
    /// <returns>One part per weight, in the order of <paramref name="weights"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, contains a negative weight, or has
    /// no positive weight.</exception>
    public ImmutableArray<Impressions> Allocate(params ReadOnlySpan<long> weights) => IWholeUnits<Impressions>.Allocate(this, weights);

    /// <summary>Allocates this count in proportion to decimal weights, used exactly (never rounded), as
    /// <see cref="Allocate(ReadOnlySpan{int})"/> does.</summary>
    /// <param name="weights">The weights, one per part: none negative, at least one positive.</param>
    /// <returns>One part per weight, in the order of <paramref name="weights"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, contains a negative weight, or has
    /// no positive weight.</exception>
    public ImmutableArray<Impressions> Allocate(params ReadOnlySpan<decimal> weights) => IWholeUnits<Impressions>.Allocate(this, weights);

    /// <summary>Compares two counts for equality.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>True when both have the same <see cref="Count"/>.</returns>
    public static bool operator ==(Impressions left, Impressions right) => left.Equals(right);

    /// <summary>Compares two counts for inequality.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Impressions left, Impressions right) => !left.Equals(right);

    /// <summary>Orders two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>True when <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    public static bool operator <(Impressions left, Impressions right) => left.CompareTo(right) < 0;

    /// <summary>Orders two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>True when <paramref name="left"/> is less than or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(Impressions left, Impressions right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>True when <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    public static bool operator >(Impressions left, Impressions right) => left.CompareTo(right) > 0;

    /// <summary>Orders two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>True when <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(Impressions left, Impressions right) => left.CompareTo(right) >= 0;
}
