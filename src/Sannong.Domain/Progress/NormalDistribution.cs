namespace Sannong.Domain.Progress;

/// <summary>
/// The standard normal distribution (标准正态分布 biāozhǔn zhèngtài fēnbù, mean 0, standard deviation 1): its quantile
/// function, from which the critical value z of a confidence interval comes.
/// </summary>
/// <remarks>
/// <para><see cref="Quantile"/> is Wichura's algorithm AS 241 (PPND16, Applied Statistics 37(3), 1988): three
/// rational approximations of degree 7, one for the centre (|p - 0.5| &lt;= 0.425), one for the near tails
/// (min(p, 1 - p) &gt;= e^-25, about 1.4E-11) and one for the far tails, with a relative error of about 1E-16, that
/// is within a few units in the last place of a <see cref="double"/>.</para>
/// <para>The quantile is odd about one half: <c>Quantile(p) == -Quantile(1 - p)</c> exactly whenever
/// <c>1 - p</c> is exact in binary floating point (for example p = 0.025 and p = 0.975).</para>
/// </remarks>
/// <threadsafety>This type is a static class of pure functions that keeps no state: its members may be called from any number of threads at once.</threadsafety>
public static class NormalDistribution
{
    // Wichura (1988), AS 241 PPND16: coefficients of the three rational approximations, lowest degree first.
    private static readonly double[] CentreNumerator =
    [
        3.3871328727963666080e0, 1.3314166789178437745e2, 1.9715909503065514427e3, 1.3731693765509461125e4,
        4.5921953931549871457e4, 6.7265770927008700853e4, 3.3430575583588128105e4, 2.5090809287301226727e3,
    ];

    private static readonly double[] CentreDenominator =
    [
        1.0, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3,
        2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3,
    ];

    private static readonly double[] NearTailNumerator =
    [
        1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0, 3.64784832476320460504e0,
        1.27045825245236838258e0, 2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4,
    ];

    private static readonly double[] NearTailDenominator =
    [
        1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
        1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4, 1.05075007164441684324e-9,
    ];

    private static readonly double[] FarTailNumerator =
    [
        6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0, 2.96560571828504891230e-1,
        2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
    ];

    private static readonly double[] FarTailDenominator =
    [
        1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
        7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7, 2.04426310338993978564e-15,
    ];

    /// <summary>
    /// The standard normal quantile (inverse cumulative distribution function, Φ⁻¹): the z such that a standard
    /// normal variable falls at or below z with probability <paramref name="p"/>. Quantile(0.975) is
    /// 1.959963984540054, Quantile(0.5) is 0, Quantile(0.025) is -1.959963984540054.
    /// </summary>
    /// <param name="p">The probability, strictly between 0 and 1.</param>
    /// <returns>The quantile z, accurate to about 1E-16 relative; negative for p below one half.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is NaN or not strictly between 0 and 1.</exception>
    public static double Quantile(double p)
    {
        CheckOpenUnitInterval(p, nameof(p));
        double q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            double s = 0.180625 - (q * q);
            return q * Polynomial(CentreNumerator, s) / Polynomial(CentreDenominator, s);
        }
        // The smaller tail probability: p itself below one half (exact), 1 - p above it (exact for p >= 0.5).
        double tail = q < 0 ? p : 1.0 - p;
        double r = Math.Sqrt(-Math.Log(tail));
        double z;
        if (r <= 5.0)
        {
            r -= 1.6;
            z = Polynomial(NearTailNumerator, r) / Polynomial(NearTailDenominator, r);
        }
        else
        {
            r -= 5.0;
            z = Polynomial(FarTailNumerator, r) / Polynomial(FarTailDenominator, r);
        }
        return q < 0 ? -z : z;
    }

    /// <summary>
    /// The two-sided critical value of a confidence level c: the z with probability c between -z and z, that is
    /// Quantile(1 - (1 - c) / 2). It is computed as -Quantile((1 - c) / 2), the same number by symmetry, which keeps
    /// every bit of a confidence close to 1. TwoSidedCriticalValue(0.95) is 1.959963984540054.
    /// </summary>
    /// <param name="confidence">The confidence level, strictly between 0 and 1: 0.95 for 95%.</param>
    /// <returns>The critical value z, zero or more (0 only for a confidence so small that (1 - c) / 2 rounds to
    /// one half, below about 1E-16).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is NaN or not strictly between 0 and 1.</exception>
    public static double TwoSidedCriticalValue(double confidence)
    {
        CheckOpenUnitInterval(confidence, nameof(confidence));
        // Adding +0.0 turns the -0.0 of a vanishing confidence into +0.0.
        return -Quantile((1.0 - confidence) / 2.0) + 0.0;
    }

    /// <summary>Throws when <paramref name="value"/> is NaN or not strictly between 0 and 1.</summary>
    internal static void CheckOpenUnitInterval(double value, string paramName)
    {
        if (!(value > 0.0 && value < 1.0))
        {
            throw new ArgumentOutOfRangeException(paramName,
                string.Create(CultureInfo.InvariantCulture, $"{paramName} must be strictly between 0 and 1, but was {value:R}."));
        }
    }

    // Horner's rule over coefficients in increasing degree.
    private static double Polynomial(double[] coefficients, double x)
    {
        double sum = coefficients[^1];
        for (int i = coefficients.Length - 2; i >= 0; i--)
        {
            sum = (sum * x) + coefficients[i];
        }
        return sum;
    }
}
