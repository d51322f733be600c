using System;

namespace Sannong.Domain.Benchmarks;

/// <summary>Amounts for the Gini benchmark: views-like log-normal whole numbers (median about 1,000), seeded.</summary>
internal static class GiniData
{
    internal static long[] Amounts(int count)
    {
#pragma warning disable CA5394 // Not security: benchmark data from a fixed seed.
        var random = new Random(20_231_101);
        long[] amounts = new long[count];
        for (int i = 0; i < count; i++)
        {
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            double normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
            amounts[i] = (long)Math.Round(Math.Exp(Math.Log(1000.0) + (1.5 * normal)));
        }
#pragma warning restore CA5394
        return amounts;
    }
}
