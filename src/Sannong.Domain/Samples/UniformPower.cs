using System.Numerics;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Samples;

/// <summary>
/// U^p for U uniform in (0, 1), from 64 random bits, without a logarithm per draw: the bits are read as
/// U = 2^−(e+1) × m with e the number of leading zero bits (0 to 63) and m in [1, 2) the bits after the first one,
/// so U^p = 2^−(e+1)p × m^p, the first factor from a table of 64 and the second interpolated linearly in a table of
/// 4,097 points of [1, 2] (relative error below 10^−7 for |p| ≤ 2). Both tables come from <see cref="PortableMath"/>
/// and the draws use basic arithmetic only, so the values are the same on every platform.
/// </summary>
/// <remarks>Immutable once built: one instance may serve any number of threads.</remarks>
internal sealed class UniformPower
{
    private const int TableBits = 12;
    private const double Ln2 = 0.6931471805599453;
    private readonly double[] _octave = new double[64];
    private readonly double[] _mantissa = new double[(1 << TableBits) + 1];

    /// <summary>Builds the tables for one power.</summary>
    /// <param name="power">p, with |p| × 64 ln 2 at most 700 (|p| ≤ 15).</param>
    internal UniformPower(double power)
    {
        for (int e = 0; e < _octave.Length; e++)
        {
            _octave[e] = PortableMath.Exp(-(e + 1) * power * Ln2);
        }
        for (int j = 0; j < _mantissa.Length; j++)
        {
            _mantissa[j] = PortableMath.Exp(power * PortableMath.Log(1.0 + ((double)j / (1 << TableBits))));
        }
    }

    /// <summary>U^p for the uniform U that <paramref name="bits"/> stand for (all zero bits stand for 2^−64).</summary>
    internal double Of(ulong bits)
    {
        bits |= bits == 0 ? 1UL : 0UL;
        int e = BitOperations.LeadingZeroCount(bits);
        // The bits after the leading one, left-aligned: the top TableBits pick the table interval, the rest interpolate.
        ulong fraction = e == 63 ? 0UL : bits << (e + 1);
        int j = (int)(fraction >> (64 - TableBits));
        double f = (fraction & ((1UL << (64 - TableBits)) - 1)) * (1.0 / (1UL << (64 - TableBits)));
        double low = _mantissa[j];
        return _octave[e] * (low + (f * (_mantissa[j + 1] - low)));
    }
}
