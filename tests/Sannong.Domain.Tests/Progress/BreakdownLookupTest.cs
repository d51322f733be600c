using System;
using System.Linq;
using FsCheck.Xunit;
using Sannong.Domain.Creators;
using Sannong.Domain.Progress;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>Looking up a row of a breakdown: every key present is found with its own row, every other key is not,
/// and a null key is refused. (Pins the binary search against mutants of tests/mutation/run.sh Progress; see
/// tests/mutation/RESULTS.md.)</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class BreakdownLookupTest
{
    [Property]
    public bool Every_province_is_found_exactly_when_it_has_a_row(BreakdownEntry[] entries)
    {
        BreakdownBuilder<ProvincialDivision> builder = BreakdownBuilder.ByProvince();
        foreach (BreakdownEntry e in entries)
        {
            builder.Add(e.Province, e.IsEarner);
        }
        Breakdown<ProvincialDivision> breakdown = builder.Build();
        return ProvincialDivisions.All.All(p =>
        {
            bool found = breakdown.TryGetRow(p, out BreakdownRow<ProvincialDivision> row);
            int expected = entries.Count(e => e.Province.Number == p.Number);
            return expected == 0
                ? !found && row == default
                : found && row.Key.Number == p.Number && row.Mentees == expected
                    && row.Earners == entries.Count(e => e.Province.Number == p.Number && e.IsEarner);
        });
    }

    [Fact]
    public void A_null_key_is_refused()
    {
        Breakdown<ProvincialDivision> breakdown = BreakdownBuilder.ByProvince().Build();
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => breakdown.TryGetRow(null!, out _)).ParamName);
    }
}
