using System;
using FsCheck.Xunit;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>ProgrammeTargets: validation, With* copies and the equality contract.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ProgrammeTargetsTest
{
    [Property]
    public bool Equality_contract(ProgrammeTargets a, ProgrammeTargets b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, new ProgrammeTargets(a.Mentees, a.EarningShare), (x, y) => x == y, (x, y) => x != y)
        && a.Equals(new ProgrammeTargets(a.Mentees, a.EarningShare));

    [Property]
    public bool With_copies_change_one_property(ProgrammeTargets a, ProgrammeTargets b) =>
        a.WithMentees(b.Mentees).Mentees == b.Mentees && a.WithMentees(b.Mentees).EarningShare == a.EarningShare
        && a.WithEarningShare(b.EarningShare).EarningShare == b.EarningShare && a.WithEarningShare(b.EarningShare).Mentees == a.Mentees;

    [Property]
    public bool WithMentees_revalidates(ProgrammeTargets a, int k)
    {
        int notPositive = -Math.Abs(k % 1000); // 0 or negative
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => a.WithMentees(notPositive));
        return e.ParamName == "mentees" && e.Message.StartsWith($"mentees must be positive, but was {notPositive}.", StringComparison.Ordinal);
    }

    [Fact]
    public void Mentees_must_be_positive()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ProgrammeTargets(0, Share.FromRatio(0.5)));
        Assert.Equal("mentees", e.ParamName);
        Assert.StartsWith("mentees must be positive, but was 0.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_reads_well() =>
        Assert.Equal("100000 mentees, 50% earning", new ProgrammeTargets(100_000, Share.FromRatio(0.5)).ToString());

    [Fact]
    public void Null_is_unequal_and_operators_handle_null()
    {
        var t = new ProgrammeTargets(1, Share.FromRatio(0));
        Assert.False(t.Equals(null));
        Assert.True(t != null);
        Assert.True((ProgrammeTargets?)null == null);
    }
}
