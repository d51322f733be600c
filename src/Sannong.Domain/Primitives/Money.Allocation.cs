namespace Sannong.Domain;

// Allocation by the largest-remainder method: the parts always sum to the whole, exactly.
public readonly partial struct Money
{
    /// <summary>
    /// Splits this amount into <paramref name="parts"/> parts that differ by at most one fen and sum to it
    /// exactly: every part is the amount divided by <paramref name="parts"/>, rounded towards zero, and the
    /// first <c>|fen| mod parts</c> parts are one fen further from zero. So 0.35 yuan split 10 ways is five parts
    /// of 0.04 followed by five of 0.03, and -0.35 yuan gives five of -0.04 and five of -0.03.
    /// </summary>
    /// <param name="parts">The number of parts; at least 1.</param>
    /// <returns>The parts, in order; no part is further from zero than the amount, and none has the opposite sign.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is zero or negative.</exception>
    public ImmutableArray<Money> Split(int parts) => IWholeUnits<Money>.Split(this, parts);

    /// <summary>
    /// Allocates this amount in proportion to whole-number weights by the largest-remainder method: each part
    /// is first its exact share <c>amount * weights[i] / sum(weights)</c> rounded towards zero, and the fen left
    /// over go one each to the parts with the largest remainders, equal remainders going to the earlier index.
    /// The parts sum to the amount exactly; each lies within one fen of its exact share; a zero weight gets
    /// <see cref="Zero"/>. A negative amount is allocated as its absolute value and each part negated.
    /// </summary>
    /// <example>100.00 yuan allocated with weights 1, 1, 1 gives 33.34, 33.33, 33.33.</example>
    /// <param name="weights">The weights, one per part: none negative, at least one positive.</param>
    /// <returns>One part per weight, in the order of <paramref name="weights"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, contains a negative weight, or has
    /// no positive weight.</exception>
    public ImmutableArray<Money> Allocate(params ReadOnlySpan<int> weights) => IWholeUnits<Money>.Allocate(this, weights);

    /// <summary>
    /// Allocates this amount in proportion to whole-number weights by the largest-remainder method, exactly as
    /// <see cref="Allocate(ReadOnlySpan{int})"/> does (the arithmetic is exact for any weights up to
    /// <see cref="long.MaxValue"/>).
    /// </summary>
    /// <param name="weights">The weights, one per part: none negative, at least one positive.</param>
    /// <returns>One part per weight, in the order of <paramref name="weights"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, contains a negative weight, or has
    /// no positive weight.</exception>
    public ImmutableArray<Money> Allocate(params ReadOnlySpan<long> weights) => IWholeUnits<Money>.Allocate(this, weights);

    /// <summary>
    /// Allocates this amount in proportion to decimal weights (ratios such as 0.5, 0.3, 0.2, which need not sum to
    /// 1) by the largest-remainder method, exactly as <see cref="Allocate(ReadOnlySpan{int})"/> does. The weights
    /// are used exactly, never rounded: they are scaled by a common power of ten to whole numbers first.
    /// </summary>
    /// <param name="weights">The weights, one per part: none negative, at least one positive.</param>
    /// <returns>One part per weight, in the order of <paramref name="weights"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, contains a negative weight, or has
    /// no positive weight.</exception>
    public ImmutableArray<Money> Allocate(params ReadOnlySpan<decimal> weights) => IWholeUnits<Money>.Allocate(this, weights);
}
