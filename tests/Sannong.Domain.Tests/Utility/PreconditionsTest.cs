using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Tests.Generators;
using Sannong.Domain.Utility;
using Xunit;

namespace Sannong.Domain.Tests.Utility;

/// <summary>The one home of argument checks: every message is one line that names the argument and the rule. The
/// expected messages are written out by hand.</summary>
public sealed class PreconditionsTest
{
    private static readonly CalendarSystem Julian = CalendarSystem.Julian;

    private static void AssertMessage<TException>(string paramName, string message, Action action)
        where TException : ArgumentException
    {
        TException e = Assert.Throws<TException>(action);
        Assert.Equal(paramName, e.ParamName);
        Assert.Equal($"{message} (Parameter '{paramName}')", e.Message);
    }

    [Fact]
    public void The_ISO_calendar_rule_names_the_argument_and_the_calendar()
    {
        var date = new LocalDate(2024, 5, 1, Julian);
        var month = new YearMonth(2024, 5, Julian);
        var period = new DateInterval(date, date.PlusDays(3));
        AssertMessage<ArgumentException>("date", "date must be in the ISO calendar, but was in the Julian calendar.", () => Preconditions.CheckIso(date));
        AssertMessage<ArgumentException>("month", "month must be in the ISO calendar, but was in the Julian calendar.", () => Preconditions.CheckIso(month));
        AssertMessage<ArgumentException>("period", "period must be in the ISO calendar, but was in the Julian calendar.", () => Preconditions.CheckIso(period));
        LocalDate? asOf = date;
        AssertMessage<ArgumentException>("asOf", "asOf must be in the ISO calendar, but was in the Julian calendar.", () => Preconditions.CheckIso(asOf));
        AssertMessage<ArgumentException>("dates", "dates must be in the ISO calendar, but had a date in the Julian calendar.",
            () => Preconditions.CheckIsoElement(date, "dates"));
        DateInterval? none = null;
        Assert.Equal("none", Assert.Throws<ArgumentNullException>(() => Preconditions.CheckIso(none)).ParamName);
    }

    [Fact]
    public void ISO_values_pass_through_unchanged()
    {
        var date = new LocalDate(2024, 2, 29);
        Assert.Equal(date, Preconditions.CheckIso(date));
        Assert.Equal(new YearMonth(2024, 2), Preconditions.CheckIso(new YearMonth(2024, 2)));
        Assert.Null(Preconditions.CheckIso((LocalDate?)null));
        var period = new DateInterval(date, date);
        Assert.Same(period, Preconditions.CheckIso(period));
    }

    [Fact]
    public void Signs_are_checked_against_the_type_zero_with_an_optional_unit()
    {
        Money cash = Money.FromFen(-1);
        AssertMessage<ArgumentOutOfRangeException>("cash", "cash must not be negative, but was -0.01 yuan.", () => Preconditions.CheckNonNegative(cash, "yuan"));
        Money zero = Money.Zero;
        AssertMessage<ArgumentOutOfRangeException>("zero", "zero must be positive, but was 0.00 yuan.", () => Preconditions.CheckPositive(zero, "yuan"));
        Impressions traffic = Impressions.Zero;
        AssertMessage<ArgumentOutOfRangeException>("traffic", "traffic must be positive, but was 0 impressions.",
            () => Preconditions.CheckPositive(traffic, "impressions"));
        long count = -3;
        AssertMessage<ArgumentOutOfRangeException>("count", "count must not be negative, but was -3.", () => Preconditions.CheckNonNegative(count));
        Duration length = Duration.FromSeconds(-5);
        AssertMessage<ArgumentOutOfRangeException>("length", "length must be positive, but was -0:00:00:05.", () => Preconditions.CheckPositive(length));
        Assert.Equal(0L, Preconditions.CheckNonNegative(0L));
        Assert.Equal(Money.FromFen(1), Preconditions.CheckPositive(Money.FromFen(1), "yuan"));
    }

    [Fact]
    public void Ranges_say_inclusive_except_in_the_feed_options_wording()
    {
        double share = 1.5;
        AssertMessage<ArgumentOutOfRangeException>("share", "share must be between 0 and 1 inclusive, but was 1.5.", () => Preconditions.CheckInRange(share, 0.0, 1.0));
        double cut = double.NaN;
        AssertMessage<ArgumentOutOfRangeException>("cut", "cut must be between 0 and 1, but was NaN.", () => Preconditions.CheckBetween(cut, 0.0, 1.0));
        Assert.Equal(1.0, Preconditions.CheckBetween(1.0, 0.0, 1.0));
    }

    [Fact]
    public void Default_values_and_undefined_members_are_named_by_their_type()
    {
        InfluencerId author = default;
        AssertMessage<ArgumentException>("author", "author must be a valid InfluencerId, but was default(InfluencerId).", () => Preconditions.CheckNotDefault(author));
        InfluencerId? beneficiary = default(InfluencerId);
        AssertMessage<ArgumentException>("beneficiary", "beneficiary must be null or a valid influencer id, but was default(InfluencerId).",
            () => Preconditions.CheckNullOrNotDefault(beneficiary, "influencer id"));
        Assert.Null(Preconditions.CheckNullOrNotDefault((InfluencerId?)null));
        var tier = (FollowerTier)99;
        AssertMessage<ArgumentOutOfRangeException>("tier", "tier must be a defined FollowerTier, but was 99.", () => throw Preconditions.Undefined(tier));
        var kind = (ContentKind)(-1);
        AssertMessage<ArgumentOutOfRangeException>("kind", "kind must be a defined ContentKind, but was -1.", () => Preconditions.CheckDefined(kind));
    }

    [Theory]
    [InlineData((int)TextRule.DisplayText, "", "must not be empty")]
    [InlineData((int)TextRule.DisplayText, "abcdef", "must be at most 5 characters long, but was 6")]
    [InlineData((int)TextRule.DisplayText, " a", "must not start or end with white space")]
    [InlineData((int)TextRule.DisplayText, "a\u0007", "must not contain control characters, but contains U+0007")]
    [InlineData((int)TextRule.Name, " a\u0007", "must not contain control characters, but contains U+0007 at index 2")]
    [InlineData((int)TextRule.Name, "\u200D", "must contain at least one visible character")]
    [InlineData((int)TextRule.FreeText, "", null)]
    [InlineData((int)TextRule.FreeText, " a\n\t ", null)]
    [InlineData((int)TextRule.FreeText, "a\r", "must not contain control characters other than line feed and tab, but contains U+000D")]
    [InlineData((int)TextRule.Memo, "abcdef", "must be at most 5 characters, but had 6")]
    [InlineData((int)TextRule.Memo, "a\nb", "must not contain control characters, but had U+000A at index 1")]
    [InlineData((int)TextRule.Memo, "a\u202Eb", "must not contain bidirectional embeddings, overrides or isolates, but contains U+202E")]
    [InlineData((int)TextRule.Label, "abcdef", "must be at most 5 characters long, but has 6")]
    [InlineData((int)TextRule.Label, " a\tb", "must not start or end with white space")]
    [InlineData((int)TextRule.Label, "a\tb", "must not contain control characters")]
    [InlineData((int)TextRule.Label, "a\u202Eb", null)]
    [InlineData((int)TextRule.Identifier, "a\u00A0b", "must not contain white space other than U+0020, but contains U+00A0")]
    [InlineData((int)TextRule.Identifier, "a\u200Db", "must not contain format or invisible characters, but contains U+200D")]
    public void Each_kind_of_text_has_its_rules_and_wording(int rule, string text, string? problem) =>
        Assert.Equal(problem, Preconditions.TextProblem(text, (TextRule)rule, 5));

    [Fact]
    public void A_text_check_throws_the_problem_as_one_sentence_naming_the_argument()
    {
        string memo = "a\nb";
        AssertMessage<ArgumentException>("memo", "memo must not contain control characters, but had U+000A at index 1.",
            () => Preconditions.CheckText(memo, TextRule.Memo, 500));
        string? handle = null;
        Assert.Equal("handle", Assert.Throws<ArgumentNullException>(() => Preconditions.CheckText(handle, TextRule.DisplayText, 100)).ParamName);
        AssertMessage<ArgumentException>("value", "value is not a valid ContentId: it must not be empty.",
            () => Preconditions.CheckIdentifier("", "ContentId", 64, "value"));
    }

    [Property]
    public Property A_name_is_display_text_reported_differently() =>
        Prop.ForAll(DomainArbitraries.HostileText.ToArbitrary(), text =>
            (Preconditions.TextProblem(text, TextRule.Name, 40) is null) == (Preconditions.TextProblem(text, TextRule.DisplayText, 40) is null));

    [Property]
    public Property A_memo_is_free_text_without_any_control_character() =>
        Prop.ForAll(DomainArbitraries.HostileText.ToArbitrary(), text =>
            (Preconditions.TextProblem(text, TextRule.Memo, 40) is null)
                == (Preconditions.TextProblem(text, TextRule.FreeText, 40) is null && !text.AsSpan().ContainsAny(ControlCharacters)));

    [Property]
    public Property Accepted_text_is_never_longer_than_the_maximum() =>
        Prop.ForAll(DomainArbitraries.HostileText.ToArbitrary(), Gen.Elements(Enum.GetValues<TextRule>()).ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(),
            (text, rule, max) => Preconditions.TextProblem(text, rule, max) is not null || text.Length <= max);

    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(ControlRange());

    private static string ControlRange()
    {
        var chars = new System.Text.StringBuilder();
        for (char c = '\0'; c <= '\u009F'; c++)
        {
            if (char.IsControl(c))
            {
                chars.Append(c);
            }
        }
        return chars.ToString();
    }
}
