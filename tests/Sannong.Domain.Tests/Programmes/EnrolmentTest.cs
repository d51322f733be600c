using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>Enrolment: validation, the mentee rule (from the day enrolled, leaving does not undo it, twice counts once).</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class EnrolmentTest
{
    private static readonly InfluencerId Kol1 = new("kol-1");
    private static readonly InfluencerId Kol2 = new("kol-2");

    private static Gen<Enrolment[]> Lists { get; } = Gen.ArrayOf(DomainArbitraries.ProgrammeEnrolmentGen);

    [Property]
    public bool Equality_contract(Enrolment a, Enrolment b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && a == new Enrolment(a.Influencer, a.Enrolled, a.Mentor, a.Left)
        && a != a.WithEnrolled(a.Enrolled.PlusDays(-1))
        && a != a.WithLeft(a.Enrolled.PlusDays(1000));

    [Property]
    public bool With_copies_revalidate(Enrolment a)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => a.WithLeft(a.Enrolled.PlusDays(-1)));
        bool enrolledAfterLeft = a.Left is not { } left
            || Assert.Throws<ArgumentOutOfRangeException>(() => a.WithEnrolled(left.PlusDays(1))).ParamName == "left";
        return e.ParamName == "left"
            && enrolledAfterLeft
            && Assert.Throws<ArgumentException>(() => a.WithMentor(default(MentorId))).ParamName == "mentor"
            && a.WithLeft(null).Left is null
            && a.WithMentor(null).Mentor is null
            && a.WithLeft(a.Enrolled).Left == a.Enrolled;
    }

    [Property]
    public Property Counting_as_a_mentee_starts_on_the_day_enrolled_and_ignores_leaving() =>
        Prop.ForAll(DomainArbitraries.Enrolments(), DomainArbitraries.ProgrammeDateGen.ToArbitrary(), (e, date) =>
            e.CountsAsMenteeOn(date) == (date >= e.Enrolled)
            && e.WithLeft(null).CountsAsMenteeOn(date) == e.CountsAsMenteeOn(date)
            && (!e.IsActiveOn(date) || e.CountsAsMenteeOn(date))
            && e.IsActiveOn(date) == (date >= e.Enrolled && (e.Left is null || date <= e.Left)));

    [Property]
    public Property CountMentees_is_monotone_in_the_date() =>
        Prop.ForAll(Lists.ToArbitrary(), DomainArbitraries.ProgrammeDateGen.ToArbitrary(), Gen.Choose(0, 2000).ToArbitrary(), (list, date, later) =>
            Enrolment.CountMentees(list, date) <= Enrolment.CountMentees(list, date.PlusDays(later)));

    [Property]
    public Property CountMentees_counts_an_influencer_enrolled_twice_once() =>
        Prop.ForAll(Lists.ToArbitrary(), DomainArbitraries.ProgrammeDateGen.ToArbitrary(), (list, date) =>
        {
            int count = Enrolment.CountMentees(list, date);
            // Enrolling everyone again, later, changes nothing; the count never exceeds the distinct influencers.
            Enrolment[] twice = list.Concat(list.Select(e => new Enrolment(e.Influencer, e.Enrolled.PlusDays(30)))).ToArray();
            return Enrolment.CountMentees(twice, date) == count
                && count <= list.Select(e => e.Influencer).Distinct().Count()
                && count == list.Where(e => e.Enrolled <= date).Select(e => e.Influencer).Distinct().Count();
        });

    [Property]
    public Property CountMentees_agrees_with_FirstEnrolments_in_any_order() =>
        Prop.ForAll(Lists.ToArbitrary(), DomainArbitraries.ProgrammeDateGen.ToArbitrary(), (list, date) =>
        {
            var first = Enrolment.FirstEnrolments(list);
            return Enrolment.CountMentees(list, date) == first.Count(kv => kv.Value <= date)
                && Enrolment.CountMentees(Enumerable.Reverse(list), date) == Enrolment.CountMentees(list, date)
                && Enrolment.FirstEnrolments(Enumerable.Reverse(list)).SequenceEqual(first)
                && first.All(kv => list.Where(e => e.Influencer == kv.Key).Min(e => e.Enrolled) == kv.Value);
        });

    [Fact]
    public void The_mentee_rule_worked_by_hand()
    {
        // kol-1 enrolled 2024-01-10, left 2024-03-31, enrolled again 2024-06-01; kol-2 enrolled 2024-02-01.
        var list = new[]
        {
            new Enrolment(Kol1, new LocalDate(2024, 1, 10), left: new LocalDate(2024, 3, 31)),
            new Enrolment(Kol1, new LocalDate(2024, 6, 1), new MentorId("m-1")),
            new Enrolment(Kol2, new LocalDate(2024, 2, 1)),
        };
        Assert.Equal(0, Enrolment.CountMentees(list, new LocalDate(2024, 1, 9)));  // nobody yet
        Assert.Equal(1, Enrolment.CountMentees(list, new LocalDate(2024, 1, 10))); // kol-1 from the day enrolled
        Assert.Equal(2, Enrolment.CountMentees(list, new LocalDate(2024, 2, 1)));  // and kol-2
        Assert.Equal(2, Enrolment.CountMentees(list, new LocalDate(2024, 4, 15))); // kol-1 left, still counts
        Assert.Equal(2, Enrolment.CountMentees(list, new LocalDate(2024, 7, 1)));  // enrolled twice, counts once
        Assert.Equal(
            new[] { KeyValuePair.Create(Kol1, new LocalDate(2024, 1, 10)), KeyValuePair.Create(Kol2, new LocalDate(2024, 2, 1)) },
            Enrolment.FirstEnrolments(list));
        Assert.True(list[0].IsActiveOn(new LocalDate(2024, 3, 31)));  // the leaving day is the last day in
        Assert.False(list[0].IsActiveOn(new LocalDate(2024, 4, 1)));
        Assert.True(list[0].CountsAsMenteeOn(new LocalDate(2024, 4, 1)));
    }

    [Fact]
    public void Invalid_enrolments_are_rejected_naming_the_field()
    {
        var left = Assert.Throws<ArgumentOutOfRangeException>(() => new Enrolment(Kol1, new LocalDate(2024, 5, 2), left: new LocalDate(2024, 5, 1)));
        Assert.Equal("left", left.ParamName);
        Assert.StartsWith("left must be on or after enrolled (2024-05-02), but was 2024-05-01.", left.Message, StringComparison.Ordinal);
        var id = Assert.Throws<ArgumentException>(() => new Enrolment(default, new LocalDate(2024, 5, 2)));
        Assert.Equal("influencer", id.ParamName);
        Assert.StartsWith("influencer must be a valid InfluencerId, but was default(InfluencerId).", id.Message, StringComparison.Ordinal);
        var cal = Assert.Throws<ArgumentException>(() => new Enrolment(Kol1, new LocalDate(2024, 5, 2, CalendarSystem.Julian)));
        Assert.Equal("enrolled", cal.ParamName);
        Assert.Equal("asOf", Assert.Throws<ArgumentException>(() =>
            Enrolment.CountMentees(Array.Empty<Enrolment>(), new LocalDate(2024, 5, 2, CalendarSystem.Julian))).ParamName);
        Assert.Equal("enrolments", Assert.Throws<ArgumentNullException>(() => Enrolment.CountMentees(null!, new LocalDate(2024, 5, 2))).ParamName);
        Assert.Equal("enrolments", Assert.Throws<ArgumentNullException>(() => Enrolment.FirstEnrolments(new Enrolment[] { null! })).ParamName);
    }

    [Fact]
    public void ToString_reads_as_one_line()
    {
        Assert.Equal("kol-1 enrolled 2023-11-05", new Enrolment(Kol1, new LocalDate(2023, 11, 5)).ToString());
        Assert.Equal("kol-1 enrolled 2023-11-05 with mentor m-7, left 2024-06-30",
            new Enrolment(Kol1, new LocalDate(2023, 11, 5), new MentorId("m-7"), new LocalDate(2024, 6, 30)).ToString());
    }
}
