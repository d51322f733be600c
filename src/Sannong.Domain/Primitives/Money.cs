namespace Sannong.Domain;

/// <summary>
/// An amount of Chinese yuan (人民币 rénmínbì, CNY), exact to the fen (分, 0.01 yuan): a programme's cash budget,
/// a payment to a creator, an earning. Negative amounts are allowed (a refund, a shortfall).
/// </summary>
/// <remarks>
/// <para>The amount is held as a whole number of fen in a <see cref="long"/>; it enters and leaves as
/// <see cref="decimal"/> yuan (<see cref="FromYuan"/>, <see cref="Yuan"/>) or as fen (<see cref="FromFen"/>,
/// <see cref="Fen"/>), never as floating point. The range is ±92,233,720,368,547,758.07 yuan
/// (<see cref="long.MinValue"/> to <see cref="long.MaxValue"/> fen); every operation whose result falls
/// outside it throws <see cref="OverflowException"/> rather than wrapping around.</para>
/// <para>Equality and ordering are those of the amount: two values are equal when they have the same number
/// of fen. There is only one currency, so there is no cross-currency case.</para>
/// <para><c>default(Money)</c> is <see cref="Zero"/>.</para>
/// <para>Arithmetic comes in three equivalent forms, as in NodaTime: operators (<c>a + b</c>), static methods
/// (<see cref="Add"/>) and instance methods (<see cref="Plus"/>). Allocation (<see cref="Split"/>,
/// <see cref="Allocate(ReadOnlySpan{int})"/>) uses the largest-remainder method, so the parts always sum to the
/// whole.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
public readonly partial struct Money : IWholeUnits<Money>
{
    private const string TypeName = nameof(Money);
    private const int FenPerYuan = 100;
    private readonly long _fen;

    private Money(long fen) => _fen = fen;

    /// <summary>No money: 0.00 yuan. The same as <c>default(Money)</c>.</summary>
    public static Money Zero => default;

    /// <summary>The amount as a whole number of fen (分, hundredths of a yuan).</summary>
    public long Fen => _fen;

    long IWholeUnits<Money>.Units => _fen;

    /// <summary>The amount in yuan (元), always with exactly two decimal places (scale 2): 1234.50, not 1234.5.</summary>
    public decimal Yuan
    {
        get
        {
            // The decimal whose 96-bit integer is |fen| and whose scale is 2; |long.MinValue| fits in 64 bits.
            ulong magnitude = _fen < 0 ? unchecked(0UL - (ulong)_fen) : (ulong)_fen;
            return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, _fen < 0, 2);
        }
    }

    /// <summary>True when the amount is below zero.</summary>
    public bool IsNegative => _fen < 0;

    /// <summary>True when the amount is above zero.</summary>
    public bool IsPositive => _fen > 0;

    /// <summary>True when the amount is zero.</summary>
    public bool IsZero => _fen == 0;

    /// <summary>Creates an amount from a whole number of fen (分, hundredths of a yuan).</summary>
    /// <param name="fen">The amount in fen; any <see cref="long"/> is valid.</param>
    /// <returns>The amount.</returns>
    public static Money FromFen(long fen) => new(fen);

    static Money IWholeUnits<Money>.FromUnits(long units) => new(units);

    /// <summary>Creates an amount from yuan (元), which must be a whole number of fen: at most two significant
    /// decimal places. The value is never rounded: 1.005 is an error, while 1.230 (equal to 1.23) is accepted.</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="yuan"/> has a non-zero third or later decimal place.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yuan"/> lies outside the range of
    /// <see cref="Money"/> (±92,233,720,368,547,758.07 yuan).</exception>
    public static Money FromYuan(decimal yuan)
    {
        if (yuan < MinYuan || yuan > MaxYuan)
        {
            throw new ArgumentOutOfRangeException(nameof(yuan),
                Invariant($"yuan must be between {MinYuan} and {MaxYuan} inclusive, but was {yuan}."));
        }
        decimal fen = yuan * FenPerYuan;
        if (fen != decimal.Truncate(fen))
        {
            throw new ArgumentException(
                Invariant($"yuan must be a whole number of fen (at most two decimal places, never rounded), but was {yuan}."),
                nameof(yuan));
        }
        return new Money((long)fen);
    }

    private static decimal MinYuan => new Money(long.MinValue).Yuan;

    private static decimal MaxYuan => new Money(long.MaxValue).Yuan;

    /// <summary>Compares two amounts for equality.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>True when both have the same number of fen.</returns>
    public bool Equals(Money other) => _fen == other._fen;

    /// <summary>Compares this amount with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Money"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Money other && Equals(other);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code of <see cref="Fen"/>.</returns>
    public override int GetHashCode() => _fen.GetHashCode();

    /// <summary>Orders amounts by value.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Negative, zero or positive as this amount is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Money other) => _fen.CompareTo(other._fen);

    /// <summary>The smaller of two amounts.</summary>
    /// <param name="x">The first amount.</param>
    /// <param name="y">The second amount.</param>
    /// <returns><paramref name="x"/> when it is less than or equal to <paramref name="y"/>, else <paramref name="y"/>.</returns>
    public static Money Min(Money x, Money y) => IWholeUnits<Money>.Min(x, y);

    /// <summary>The larger of two amounts.</summary>
    /// <param name="x">The first amount.</param>
    /// <param name="y">The second amount.</param>
    /// <returns><paramref name="x"/> when it is greater than or equal to <paramref name="y"/>, else <paramref name="y"/>.</returns>
    public static Money Max(Money x, Money y) => IWholeUnits<Money>.Max(x, y);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
