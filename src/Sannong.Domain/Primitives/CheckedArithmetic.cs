namespace Sannong.Domain;

/// <summary>
/// Overflow-checked arithmetic on the <see cref="long"/> units of <see cref="Money"/> (fen) and
/// <see cref="Impressions"/>, throwing <see cref="OverflowException"/> with a message that names the type,
/// whatever the checked/unchecked context of the caller.
/// </summary>
internal static class CheckedArithmetic
{
    /// <summary>a + b, or <see cref="OverflowException"/>.</summary>
    internal static long Add(long a, long b, string typeName)
    {
        long sum = unchecked(a + b);
        // Overflow happened exactly when a and b have the same sign and the sum has the other one.
        return ((a ^ sum) & (b ^ sum)) < 0 ? throw Overflow(typeName, $"{a} + {b}") : sum;
    }

    /// <summary>a - b, or <see cref="OverflowException"/>.</summary>
    internal static long Subtract(long a, long b, string typeName)
    {
        long difference = unchecked(a - b);
        // Overflow happened exactly when a and b have different signs and the difference has b's sign.
        return ((a ^ b) & (a ^ difference)) < 0 ? throw Overflow(typeName, $"{a} - {b}") : difference;
    }

    /// <summary>a * b, or <see cref="OverflowException"/>.</summary>
    internal static long Multiply(long a, long b, string typeName)
    {
        long high = Math.BigMul(a, b, out long low);
        // The 128-bit product fits in 64 bits exactly when its high half is the sign extension of its low half.
        return high != (low >> 63) ? throw Overflow(typeName, $"{a} * {b}") : low;
    }

    /// <summary>The 128-bit total as a <see cref="long"/>, or <see cref="OverflowException"/>.</summary>
    internal static long ToInt64(Int128 total, string typeName) =>
        total < long.MinValue || total > long.MaxValue ? throw Overflow(typeName, $"a sum of {total}") : (long)total;

    /// <summary>The exception for a result, in units, outside the range of <paramref name="typeName"/>.</summary>
    internal static OverflowException Overflow(string typeName, FormattableString operation) =>
        new($"{typeName} overflow: {operation.ToString(CultureInfo.InvariantCulture)} ({UnitName(typeName)}) is outside the range of {typeName}.");

    private static string UnitName(string typeName) => typeName == nameof(Money) ? "in fen" : "in whole units";
}
