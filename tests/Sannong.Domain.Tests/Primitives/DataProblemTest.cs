using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Sannong.Domain.Tests.Utility;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>Problem reports and the exception that carries every one of them.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class DataProblemTest
{
    private static DataProblem Copy(DataProblem a)
    {
        var copy = new DataProblem(a.Path, a.Kind, a.Message, a.Line);
        return a.File is { } file ? copy.InFile(file) : copy;
    }

    [Property]
    public bool Equality_contract(DataProblem a, DataProblem b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && ValueContract.EqualityHolds(a, Copy(a), (x, y) => x == y, (x, y) => x != y)
        && a == Copy(a);

    [Property]
    public bool The_file_is_part_of_the_value(DataProblem a) =>
        a.InFile("other.ndjson") != a.InFile("others.ndjson")
        && (a.File is not null || a.InFile("x.json") != a)
        && a.InFile("x.json").File == "x.json"
        && a.InFile("x.json").Path == a.Path && a.InFile("x.json").Line == a.Line && a.InFile("x.json").Message == a.Message;

    [Fact]
    public void ToString_puts_the_file_and_the_line_first()
    {
        var problem = new DataProblem("$.influencer", DataProblemKind.UnknownInfluencer, "influencer 'x' is not among the influencers.", 7);
        Assert.Equal("[earnings.ndjson, line 7] $.influencer: UnknownInfluencer: influencer 'x' is not among the influencers.",
            problem.InFile("earnings.ndjson").ToString());
        Assert.Equal("[dataset.json] $.asOf: InvalidValue: bad.",
            new DataProblem("$.asOf", DataProblemKind.InvalidValue, "bad.").InFile("dataset.json").ToString());
        Assert.Null(problem.File);
    }

    [Fact]
    public void A_file_name_is_escaped_and_must_not_be_empty()
    {
        var problem = new DataProblem("$", DataProblemKind.InvalidValue, "m");
        Assert.Equal("\\u001b[2Jx.json", problem.InFile("\u001b[2Jx.json").File);
        Assert.Equal("file", Assert.Throws<ArgumentException>(() => problem.InFile("")).ParamName);
        Assert.Throws<ArgumentNullException>(() => problem.InFile(null!));
    }

    [Fact]
    public void ToString_reads_as_one_line_with_the_line_number_first_when_there_is_one()
    {
        Assert.Equal("$.ledger[2].cash: Negative: cash must not be negative.",
            new DataProblem("$.ledger[2].cash", DataProblemKind.Negative, "cash must not be negative.").ToString());
        Assert.Equal("[line 7] $.amount: TooManyDecimals: amount has 3 decimals.",
            new DataProblem("$.amount", DataProblemKind.TooManyDecimals, "amount has 3 decimals.", 7).ToString());
    }

    [Fact]
    public void Control_characters_of_user_text_in_a_path_or_message_are_escaped()
    {
        // Issue 14: a field name or value holding ESC ] 0 ; ... BEL (retitle) or ESC [ 2 J (clear) reached the terminal raw.
        var problem = new DataProblem("$['\u001b]0;pwned\u0007']", DataProblemKind.UnknownField,
            "'\u001b[2J\u202E' is not a known influencer.", 3);
        Assert.Equal("$['\\u001b]0;pwned\\u0007']", problem.Path);
        Assert.Equal("'\\u001b[2J\\u202e' is not a known influencer.", problem.Message);
        Assert.Equal("[line 3] $['\\u001b]0;pwned\\u0007']: UnknownField: '\\u001b[2J\\u202e' is not a known influencer.", problem.ToString());
    }

    [Property]
    public Property No_problem_carries_a_raw_control_or_invisible_character() =>
        Prop.ForAll(DomainArbitraries.HostileText.ToArbitrary(), DomainArbitraries.HostileText.ToArbitrary(), (path, message) =>
        {
            var problem = new DataProblem("$" + path, DataProblemKind.InvalidValue, "m" + message);
            return TextEscapingTest.IsSafe(problem.ToString())
                && problem == new DataProblem(problem.Path, problem.Kind, problem.Message, problem.Line);
        });

    [Fact]
    public void Invalid_reports_cannot_be_built()
    {
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => new DataProblem("", DataProblemKind.Negative, "m")).ParamName);
        Assert.Equal("message", Assert.Throws<ArgumentException>(() => new DataProblem("$", DataProblemKind.Negative, "")).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new DataProblem("$", 0, "m")).ParamName);
        Assert.Equal("line", Assert.Throws<ArgumentOutOfRangeException>(() => new DataProblem("$", DataProblemKind.Negative, "m", 0)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => new DataProblem(null!, DataProblemKind.Negative, "m")).ParamName);
    }

    [Fact]
    public void The_exception_carries_every_problem_and_lists_the_first_twenty()
    {
        DataProblem[] problems = Enumerable.Range(0, 23)
            .Select(i => new DataProblem($"$.earnings[{i}].amount", DataProblemKind.Negative, "amount must not be negative."))
            .ToArray();
        var e = new DataValidationException(problems);
        Assert.Equal(problems, e.Problems);
        string[] lines = e.Message.Split('\n');
        // 1 heading + 20 problems + 1 "... and 3 more." = 22 lines.
        Assert.Equal(22, lines.Length);
        Assert.Equal("The data has 23 problems:", lines[0].TrimEnd('\r'));
        Assert.Equal("  $.earnings[19].amount: Negative: amount must not be negative.", lines[20].TrimEnd('\r'));
        Assert.Equal("  ... and 3 more.", lines[21]);
        Assert.Throws<ArgumentException>(() => new DataValidationException(Array.Empty<DataProblem>()));
    }
}
