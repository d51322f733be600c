namespace Sannong.Domain.Utility;

/// <summary>
/// The natural logarithm and exponential computed from IEEE 754 basic operations only, so that they give the same bits
/// on every platform and runtime (unlike <see cref="Math.Log(double)"/> and <see cref="Math.Exp"/>, whose last bit
/// may differ between C runtimes). The deterministic generators (<see cref="DeterministicRandom"/>, the sample
/// programme, the feed simulation) need them to reproduce the same numbers everywhere.
/// </summary>
/// <remarks>Pure functions that keep no state: safe to call from any number of threads at once.</remarks>
internal static class PortableMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Ln2 = 0.6931471805599453;

    /// <summary>The natural logarithm of a positive finite number, from basic arithmetic only (error below 2 ulp).</summary>
    internal static double Log(double x)
    {
        if (!(x > 0.0) || double.IsInfinity(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), "x must be positive and finite.");
        }
        int exponent = 0;
        while (x < 0.7071067811865476)
        {
            x *= 2.0;
            exponent--;
        }
        while (x >= 1.4142135623730951)
        {
            x *= 0.5;
            exponent++;
        }
        // log(x) = 2 atanh(s) with s = (x − 1)/(x + 1), |s| ≤ 0.1716: the series converges fast.
        // Horner's scheme from the smallest term: s(1 + s²/3 + s⁴/5 + ... + s⁴⁰/41).
        double s = (x - 1.0) / (x + 1.0);
        double s2 = s * s;
        double sum = 0.0;
        for (int k = 41; k >= 3; k -= 2)
        {
            sum = (sum + (1.0 / k)) * s2;
        }
        double logMantissa = (2.0 * s) + (2.0 * s * sum);
        return (exponent * Ln2Hi) + (logMantissa + (exponent * Ln2Lo));
    }

    /// <summary>e to a power, from basic arithmetic only (error below 2 ulp); arguments in [−700, 700].</summary>
    internal static double Exp(double x)
    {
        if (!(x >= -700.0 && x <= 700.0))
        {
            throw new ArgumentOutOfRangeException(nameof(x), "x must be between -700 and 700.");
        }
        double k = Math.Round(x / Ln2);
        double r = (x - (k * Ln2Hi)) - (k * Ln2Lo);
        // Taylor series of e^r − 1 for |r| ≤ 0.35 by Horner's scheme from the smallest term: 20 terms leave an
        // error far below one ulp; the 1 is added last.
        double sum = 0.0;
        for (int n = 20; n >= 1; n--)
        {
            sum = (1.0 + sum) * r / n;
        }
        return Math.ScaleB(1.0 + sum, (int)k);
    }
}
