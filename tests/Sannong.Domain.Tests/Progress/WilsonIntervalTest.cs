using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Progress;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class WilsonIntervalTest
{
    // z = 1.959963984540054 at 95%, z² = 3.841458820694124 (to 16 digits). The expected bounds below were worked with
    // 40-digit decimal arithmetic (Python's decimal module), independently of the code under test.

    [Fact]
    public void Forty_five_of_a_hundred_at_95_percent()
    {
        // p = 0.45, n = 100. z²/n = 0.03841458820694124, so 1 + z²/n = 1.03841458820694124.
        // centre = (0.45 + z²/200) / 1.03841458820694124 = (0.45 + 0.01920729410347062) / 1.0384145882069412
        //        = 0.46920729410347062 / 1.03841458820694124 = 0.45184967491034928
        // half   = z * sqrt(0.45 * 0.55 / 100 + z²/40000) / 1.0384...
        //        = 1.959963984540054 * sqrt(0.002475 + 0.0000960364705173531) / 1.0384...
        //        = 1.959963984540054 * 0.05070538897 / 1.03841458820694124 = 0.09570429511522944
        // low = 0.35614537979511984, high = 0.54755397002557873.
        WilsonInterval w = WilsonInterval.Compute(45, 100);
        Assert.Equal(0.35614537979511984, w.Low.Value, 1e-9);
        Assert.Equal(0.54755397002557873, w.High.Value, 1e-9);
        Assert.Equal(0.45184967491034928, w.Centre.Value, 1e-9);
        Assert.Equal(0.45, w.Estimate.Value);
        Assert.Equal(45, w.Successes);
        Assert.Equal(100, w.Trials);
        Assert.Equal(0.95, w.Confidence);
        Assert.Equal(1.959963984540054, w.Z, 4e-15);
        Assert.Equal("45/100 at 95%: [35.61%, 54.76%]", w.ToString());
    }

    [Fact]
    public void No_successes_in_ten()
    {
        // p = 0: centre = half = (z²/(2n)) / (1 + z²/n), so low = 0 exactly and high = z² / (n + z²)
        // = 3.841458820694124 / 13.841458820694124 = 0.27753279986288920.
        WilsonInterval w = WilsonInterval.Compute(0, 10);
        Assert.Equal(0.0, w.Low.Value);
        Assert.Equal(0.27753279986288920, w.High.Value, 1e-9);
        Assert.Equal(0.13876639993144460, w.Centre.Value, 1e-9);
    }

    [Fact]
    public void Ten_successes_in_ten()
    {
        // The mirror of 0 in 10: low = n / (n + z²) = 10 / 13.841458820694124 = 0.72246720013711080, high = 1 exactly.
        WilsonInterval w = WilsonInterval.Compute(10, 10);
        Assert.Equal(0.72246720013711080, w.Low.Value, 1e-9);
        Assert.Equal(1.0, w.High.Value);
        Assert.Equal(0.86123360006855540, w.Centre.Value, 1e-9);
    }

    [Fact]
    public void A_single_trial()
    {
        // n = 1, k = 0: [0, z²/(1 + z²)] = [0, 3.841458820694124 / 4.841458820694124] = [0, 0.79345068562276257].
        WilsonInterval failure = WilsonInterval.Compute(0, 1);
        Assert.Equal(0.0, failure.Low.Value);
        Assert.Equal(0.79345068562276257, failure.High.Value, 1e-9);
        // n = 1, k = 1: [1/(1 + z²), 1] = [1 / 4.841458820694124, 1] = [0.20654931437723743, 1].
        WilsonInterval success = WilsonInterval.Compute(1, 1);
        Assert.Equal(0.20654931437723743, success.Low.Value, 1e-9);
        Assert.Equal(1.0, success.High.Value);
    }

    [Fact]
    public void Invalid_inputs_are_rejected_with_the_field_named()
    {
        Assert.Equal("trials", Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(0, 0)).ParamName);
        Assert.Equal("trials", Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(0, -5)).ParamName);
        ArgumentOutOfRangeException tooMany = Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(11, 10));
        Assert.Equal("successes", tooMany.ParamName);
        Assert.Contains("successes must be between 0 and 10 inclusive, but was 11.", tooMany.Message, StringComparison.Ordinal);
        Assert.Equal("successes", Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(-1, 10)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(1, 10, 1.0)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(1, 10, 0.0)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(1, 10, double.NaN)).ParamName);
    }

    [Fact]
    public void Default_is_an_empty_interval()
    {
        WilsonInterval empty = default;
        Assert.Equal(0, empty.Trials);
        Assert.Equal(Share.Zero, empty.Estimate);
        Assert.Equal(0.0, empty.Width);
        Assert.NotEqual(WilsonInterval.Compute(0, 1), empty);
    }

    [Property]
    public bool The_interval_lies_in_the_unit_interval_and_contains_the_share(WilsonInput input)
    {
        WilsonInterval w = WilsonInterval.Compute(input.Successes, input.Trials, input.Confidence);
        double share = (double)input.Successes / input.Trials;
        return 0.0 <= w.Low.Value && w.Low.Value <= share && share <= w.High.Value && w.High.Value <= 1.0
            && w.Low <= w.Centre && w.Centre <= w.High
            && w.Contains(Share.Of(input.Successes, input.Trials));
    }

    [Property]
    public bool The_interval_narrows_as_the_trials_grow_at_a_fixed_share(WilsonInput input)
    {
        // k/n and 4k/4n have the same share; the larger sample gives a strictly narrower interval. A width at k = n
        // (about z²/n, next to 1) can fall below the resolution of a double near 1 (1.1E-16) for very large n or very
        // small z; when the smaller sample's width is below 1E-12 the larger one can only be required to be no wider.
        long n = Math.Min(input.Trials, long.MaxValue / 8);
        long k = Math.Min(input.Successes, n);
        WilsonInterval small = WilsonInterval.Compute(k, n, input.Confidence);
        WilsonInterval large = WilsonInterval.Compute(4 * k, 4 * n, input.Confidence);
        return small.Width > 1e-12 ? large.Width < small.Width : large.Width <= small.Width;
    }

    [Property]
    public bool A_higher_confidence_gives_a_wider_interval_that_contains_the_narrower(WilsonInput input)
    {
        // Wilson intervals nest in the confidence: {p0 : |p̂ - p0| <= z √(p0(1 - p0)/n)} grows with z. Strictly wider
        // unless the narrower width is below 1E-12, where (at k = n, next to 1) a double may not resolve the change.
        double[] levels = { 0.5, 0.8, 0.9, 0.95, 0.99, 0.999 };
        WilsonInterval previous = WilsonInterval.Compute(input.Successes, input.Trials, levels[0]);
        foreach (double level in levels[1..])
        {
            WilsonInterval next = WilsonInterval.Compute(input.Successes, input.Trials, level);
            bool wider = previous.Width > 1e-12 ? next.Width > previous.Width : next.Width >= previous.Width;
            if (!(wider && next.Low <= previous.Low && next.High >= previous.High))
            {
                return false;
            }
            previous = next;
        }
        return true;
    }

    [Property]
    public bool Successes_and_failures_mirror_each_other(WilsonInput input)
    {
        // Swapping successes and failures mirrors the interval about one half: low(k) = 1 - high(n - k).
        WilsonInterval w = WilsonInterval.Compute(input.Successes, input.Trials, input.Confidence);
        WilsonInterval mirror = WilsonInterval.Compute(input.Trials - input.Successes, input.Trials, input.Confidence);
        return Math.Abs(w.Low.Value - (1.0 - mirror.High.Value)) <= 1e-12
            && Math.Abs(w.High.Value - (1.0 - mirror.Low.Value)) <= 1e-12;
    }

    [Property]
    public bool Equality_contract_holds(WilsonInterval a, WilsonInterval b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && WilsonInterval.Compute(a.Successes, a.Trials, a.Confidence) == a;
}
