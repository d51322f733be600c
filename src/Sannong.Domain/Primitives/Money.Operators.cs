using System.Numerics;
using Sannong.Domain.Utility;

namespace Sannong.Domain;

// Arithmetic and comparison operators, with their static and instance alternatives. Every result is exact;
// a result outside the range of Money throws OverflowException (never wraps around), whatever the
// compiler's checked/unchecked setting in the caller.
public readonly partial struct Money : IUnaryNegationOperators<Money, Money>
{
    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum lies outside the range of <see cref="Money"/>.</exception>
    public static Money operator +(Money left, Money right) =>
        new(CheckedArithmetic.Add(left._fen, right._fen, TypeName));

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference; negative when <paramref name="right"/> is the larger.</returns>
    /// <exception cref="OverflowException">The difference lies outside the range of <see cref="Money"/>.</exception>
    public static Money operator -(Money left, Money right) =>
        new(CheckedArithmetic.Subtract(left._fen, right._fen, TypeName));

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with its sign reversed.</returns>
    /// <exception cref="OverflowException"><paramref name="value"/> is <see cref="long.MinValue"/> fen, whose negation
    /// lies outside the range of <see cref="Money"/>.</exception>
    public static Money operator -(Money value) =>
        value._fen == long.MinValue
            ? throw CheckedArithmetic.Overflow(TypeName, $"-({value._fen})")
            : new(-value._fen);

    /// <summary>Multiplies an amount by a whole number.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The factor; any integer, negative included.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product lies outside the range of <see cref="Money"/>.</exception>
    public static Money operator *(Money left, long right) =>
        new(CheckedArithmetic.Multiply(left._fen, right, TypeName));

    /// <summary>Multiplies an amount by a whole number.</summary>
    /// <param name="left">The factor; any integer, negative included.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product lies outside the range of <see cref="Money"/>.</exception>
    public static Money operator *(long left, Money right) => right * left;

    /// <summary>Adds two amounts; the same as <c>left + right</c>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum lies outside the range of <see cref="Money"/>.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts one amount from another; the same as <c>left - right</c>.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference lies outside the range of <see cref="Money"/>.</exception>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Negates an amount; the same as <c>-value</c>.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with its sign reversed.</returns>
    /// <exception cref="OverflowException"><paramref name="value"/> is <see cref="long.MinValue"/> fen.</exception>
    public static Money Negate(Money value) => -value;

    /// <summary>Multiplies an amount by a whole number; the same as <c>value * factor</c>.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The factor; any integer, negative included.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product lies outside the range of <see cref="Money"/>.</exception>
    public static Money Multiply(Money value, long factor) => value * factor;

    /// <summary>Adds an amount to this one; the same as <c>this + other</c>.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum lies outside the range of <see cref="Money"/>.</exception>
    public Money Plus(Money other) => this + other;

    /// <summary>Subtracts an amount from this one; the same as <c>this - other</c>.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference lies outside the range of <see cref="Money"/>.</exception>
    public Money Minus(Money other) => this - other;

    /// <summary>The absolute value of this amount.</summary>
    /// <returns>This amount when it is not negative, else its negation.</returns>
    /// <exception cref="OverflowException">This amount is <see cref="long.MinValue"/> fen.</exception>
    public Money Abs() => _fen < 0 ? -this : this;

    /// <summary>Adds up a sequence of amounts, exactly. Only the total must lie in the range of <see cref="Money"/>:
    /// the running total is held in 128 bits, so the order of the amounts never matters.</summary>
    /// <param name="amounts">The amounts; an empty sequence sums to <see cref="Zero"/>.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="OverflowException">The total lies outside the range of <see cref="Money"/>.</exception>
    public static Money Sum(IEnumerable<Money> amounts) => IWholeUnits<Money>.Sum(Preconditions.CheckNotNull(amounts));

    /// <summary>Compares two amounts for equality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when both have the same number of fen.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Orders two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Orders two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is less than or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Orders two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;
}
