using System;
using FsCheck.Xunit;
using Sannong.Domain.Progress;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ProgressOptionsTest
{
    [Fact]
    public void Defaults_are_those_of_the_issue()
    {
        ProgressOptions d = ProgressOptions.Default;
        Assert.Equal((0.95, 0.80, 0.80, 1.20, 0.95), (d.OnTrackThreshold, d.AtRiskThreshold, d.BehindThreshold, d.AheadThreshold, d.MonetisationConfidence));
        Assert.Equal(d, new ProgressOptions());
        Assert.Equal("goal on track ≥ 0.95, at risk ≥ 0.8; budget behind < 0.8, ahead > 1.2; confidence 0.95", d.ToString());
    }

    [Fact]
    public void With_methods_change_only_their_values()
    {
        ProgressOptions o = ProgressOptions.Default.WithGoalThresholds(1.0, 0.5).WithBudgetThresholds(0.9, 1.1).WithMonetisationConfidence(0.9);
        Assert.Equal((1.0, 0.5, 0.9, 1.1, 0.9), (o.OnTrackThreshold, o.AtRiskThreshold, o.BehindThreshold, o.AheadThreshold, o.MonetisationConfidence));
        Assert.Equal(0.95, ProgressOptions.Default.OnTrackThreshold);
    }

    [Theory]
    [InlineData(0.0, 0.8, 0.8, 1.2, 0.95, "onTrackThreshold", "onTrackThreshold must be a finite positive number, but was 0.")]
    [InlineData(0.95, -0.1, 0.8, 1.2, 0.95, "atRiskThreshold", "atRiskThreshold must be a finite positive number, but was -0.1.")]
    [InlineData(0.95, 0.8, double.NaN, 1.2, 0.95, "behindThreshold", "behindThreshold must be a finite positive number, but was NaN.")]
    [InlineData(0.95, 0.8, 0.8, double.PositiveInfinity, 0.95, "aheadThreshold", "aheadThreshold must be a finite positive number, but was Infinity.")]
    [InlineData(0.95, 0.8, 0.8, 1.2, 1.0, "monetisationConfidence", "monetisationConfidence must be strictly between 0 and 1, but was 1.")]
    [InlineData(0.95, 0.8, 0.8, 1.2, 0.0, "monetisationConfidence", "monetisationConfidence must be strictly between 0 and 1, but was 0.")]
    [InlineData(0.8, 0.95, 0.8, 1.2, 0.95, "atRiskThreshold", "atRiskThreshold must not be above onTrackThreshold (0.8), but was 0.95.")]
    [InlineData(0.95, 0.8, 1.3, 1.2, 0.95, "behindThreshold", "behindThreshold must not be above aheadThreshold (1.2), but was 1.3.")]
    public void Invalid_values_are_rejected(double onTrack, double atRisk, double behind, double ahead, double confidence, string param, string message)
    {
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => new ProgressOptions(onTrack, atRisk, behind, ahead, confidence));
        Assert.Equal(param, e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_methods_check_again() =>
        Assert.Throws<ArgumentException>(() => ProgressOptions.Default.WithGoalThresholds(0.5, 0.9));

    [Property]
    public bool Generated_options_keep_the_rules(ProgressOptions o) =>
        o.AtRiskThreshold <= o.OnTrackThreshold && o.BehindThreshold <= o.AheadThreshold && o.AtRiskThreshold > 0
        && o.BehindThreshold > 0 && o.MonetisationConfidence is > 0 and < 1 && o.Equals(new ProgressOptions(
            o.OnTrackThreshold, o.AtRiskThreshold, o.BehindThreshold, o.AheadThreshold, o.MonetisationConfidence));
}
