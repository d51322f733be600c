using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>Programme: validation of every part, With* copies that re-validate, convenience properties, equality.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ProgrammeTest
{
    private static readonly ProgrammeTargets Targets = new(10, Share.FromRatio(0.5));
    private static readonly DateInterval Year2024 = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

    private static Programme Valid(string name = "Pilot") => new(new ProgrammeId("p-1"), name, Year2024, Targets, ProgrammeBudgets.None);

    private static Programme Copy(Programme p) =>
        new(new ProgrammeId(p.Id.Value), new string(p.Name.AsSpan()), new DateInterval(p.Start, p.End), p.Targets, p.Budgets, p.Eligibility, p.EarningRule);

    [Property]
    public bool Equality_contract(Programme a, Programme b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, Copy(a), (x, y) => x == y, (x, y) => x != y)
        && a == Copy(a);

    [Property]
    public bool Each_part_takes_part_in_equality(Programme a, Programme b) =>
        (a.WithId(b.Id) == a) == (a.Id == b.Id)
        && (a.WithName(b.Name) == a) == (a.Name == b.Name)
        && (a.WithPeriod(b.Period) == a) == a.Period.Equals(b.Period)
        && (a.WithTargets(b.Targets) == a) == (a.Targets == b.Targets)
        && (a.WithBudgets(b.Budgets) == a) == (a.Budgets == b.Budgets)
        && (a.WithEligibility(b.Eligibility) == a) == (a.Eligibility == b.Eligibility)
        && (a.WithEarningRule(b.EarningRule) == a) == (a.EarningRule == b.EarningRule);

    [Property]
    public bool Convenience_properties_follow_the_period(Programme p) =>
        p.Start == p.Period.Start && p.End == p.Period.End && p.Days == p.Period.Length
        && p.Days == Period.DaysBetween(p.Start, p.End) + 1;

    [Property]
    public Property With_name_revalidates() =>
        Prop.ForAll(DomainArbitraries.Programmes(), Gen.Elements("", " lead", "trail ", "a\nb", "tab\there", new string('x', 201)).ToArbitrary(),
            (p, bad) => Assert.Throws<ArgumentException>(() => p.WithName(bad)).ParamName == "name");

    [Property]
    public bool With_id_and_period_revalidate(Programme p)
    {
        var id = Assert.Throws<ArgumentException>(() => p.WithId(default));
        var period = Assert.Throws<ArgumentException>(() =>
            p.WithPeriod(new DateInterval(p.Start.WithCalendar(CalendarSystem.Julian), p.End.WithCalendar(CalendarSystem.Julian))));
        return id.ParamName == "id" && id.Message.StartsWith("id must be a valid ProgrammeId, but was default(ProgrammeId).", StringComparison.Ordinal)
            && period.ParamName == "period" && period.Message.StartsWith("period must be in the ISO calendar, but was in the Julian calendar.", StringComparison.Ordinal)
            && Assert.Throws<ArgumentNullException>(() => p.WithTargets(null!)).ParamName == "targets"
            && Assert.Throws<ArgumentNullException>(() => p.WithBudgets(null!)).ParamName == "budgets"
            && Assert.Throws<ArgumentNullException>(() => p.WithPeriod(null!)).ParamName == "period";
    }

    [Theory]
    [InlineData("", "name must not be empty.")]
    [InlineData(" Pilot", "name must not start or end with white space.")]
    [InlineData("Pilot\u3000", "name must not start or end with white space.")]
    [InlineData("Pi\u0007lot", "name must not contain control characters, but contains U+0007 at index 2.")]
    public void Invalid_names_are_rejected_with_the_rule_named(string name, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => Valid(name));
        Assert.Equal("name", e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_up_to_200_characters_are_accepted()
    {
        Assert.Equal(200, Valid(new string('农', 200)).Name.Length);
        var e = Assert.Throws<ArgumentException>(() => Valid(new string('农', 201)));
        Assert.StartsWith("name must be at most 200 characters long, but was 201.", e.Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Valid(null!)).ParamName);
    }

    [Fact]
    public void Defaults_are_everyone_and_the_default_earning_rule()
    {
        Programme p = Valid();
        Assert.Null(p.Eligibility);
        Assert.Same(EarningRule.Default, p.EarningRule);
        Assert.Same(EarningRule.Default, p.WithEarningRule(new EarningRule(6, Money.FromFen(1))).WithEarningRule(null).EarningRule);
        // 2024 is a leap year: 366 days, both ends included.
        Assert.Equal(366, p.Days);
        Assert.Equal(new LocalDate(2024, 1, 1), p.Start);
        Assert.Equal(new LocalDate(2024, 12, 31), p.End);
    }

    [Fact]
    public void ToString_reads_as_one_line()
    {
        Assert.Equal("p-1 \"Pilot\" 2024-01-01..2024-12-31 (366 days): 10 mentees, 50% earning; no budget", Valid().ToString());
        Programme full = Valid()
            .WithBudgets(ProgrammeBudgets.CashOnly(Money.FromYuan(500m)))
            .WithEligibility(new Eligibility(10_000))
            .WithEarningRule(new EarningRule(6, Money.FromYuan(100m)));
        Assert.Equal(
            "p-1 \"Pilot\" 2024-01-01..2024-12-31 (366 days): 10 mentees, 50% earning; cash 500.00 yuan; eligible: at least 10000 followers; earner: at least 100.00 yuan over 6 months",
            full.ToString());
    }
}
