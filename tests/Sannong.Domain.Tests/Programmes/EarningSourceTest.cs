using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>EarningSource: the five channels, their numbers and their text names.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class EarningSourceTest
{
    [Theory]
    [InlineData(EarningSource.Advertising, 1, "advertising")]
    [InlineData(EarningSource.LiveGifts, 2, "live-gifts")]
    [InlineData(EarningSource.ECommerce, 3, "e-commerce")]
    [InlineData(EarningSource.BrandDeals, 4, "brand-deals")]
    [InlineData(EarningSource.Other, 5, "other")]
    public void Each_source_has_a_fixed_number_and_name(EarningSource source, int number, string name)
    {
        Assert.Equal(number, (int)source);
        Assert.Equal(name, SannongNames.Name(source));
    }

    [Fact]
    public void There_are_exactly_five_sources_and_default_is_not_one()
    {
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, Enum.GetValues<EarningSource>().Select(s => (int)s));
        Assert.False(Enum.IsDefined(default(EarningSource)));
    }

    [Property]
    public bool Every_source_is_accepted_by_an_earning_and_named_in_its_text(EarningSource source) =>
        new Earning(new InfluencerId("kol-1"), new YearMonth(2024, 1), Money.Zero, source).ToString().EndsWith(" from " + SannongNames.Name(source), StringComparison.Ordinal);
}
