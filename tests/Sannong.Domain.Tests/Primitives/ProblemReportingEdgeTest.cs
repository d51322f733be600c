using System;
using System.Linq;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>The edges of problem reporting: the messages of an invalid <see cref="DataProblem"/>, the default value,
/// the exception at exactly twenty problems, and <see cref="ValidationResult{T}"/>'s text and its refusal of an empty
/// failure. (Pins mutants that survived tests/mutation/run.sh Primitives; see tests/mutation/RESULTS.md.)</summary>
public sealed class ProblemReportingEdgeTest
{
    [Fact]
    public void An_invalid_kind_or_line_is_named_with_its_value()
    {
        ArgumentOutOfRangeException kind = Assert.Throws<ArgumentOutOfRangeException>(() => new DataProblem("$", (DataProblemKind)999, "m"));
        Assert.StartsWith("kind must be a defined DataProblemKind, but was 999.", kind.Message, StringComparison.Ordinal);
        ArgumentOutOfRangeException line = Assert.Throws<ArgumentOutOfRangeException>(() => new DataProblem("$", DataProblemKind.Negative, "m", -4));
        Assert.StartsWith("line must be at least 1, but was -4.", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_problem_has_empty_text_not_null()
    {
        DataProblem d = default;
        Assert.Equal("", d.Path);
        Assert.Equal("", d.Message);
        Assert.Null(d.Line);
    }

    [Fact]
    public void Exactly_twenty_problems_are_all_listed_with_no_more_line()
    {
        DataProblem[] problems = Enumerable.Range(0, 20)
            .Select(i => new DataProblem($"$.earnings[{i}].amount", DataProblemKind.Negative, "amount must not be negative."))
            .ToArray();
        string[] lines = new DataValidationException(problems).Message.Split('\n');
        // 1 heading + 20 problems, and no "... and 0 more." line.
        Assert.Equal(21, lines.Length);
        Assert.Equal("The data has 20 problems:", lines[0].TrimEnd('\r'));
        Assert.Equal("  $.earnings[19].amount: Negative: amount must not be negative.", lines[20].TrimEnd('\r'));
    }

    [Fact]
    public void One_problem_is_singular()
    {
        var e = new DataValidationException([new DataProblem("$.x", DataProblemKind.Negative, "x must not be negative.")]);
        Assert.Equal("The data has 1 problem:" + Environment.NewLine + "  $.x: Negative: x must not be negative.", e.Message);
    }

    [Fact]
    public void The_exception_refuses_null_or_no_problems_naming_the_parameter()
    {
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => new DataValidationException(null!)).ParamName);
        ArgumentException empty = Assert.Throws<ArgumentException>(() => new DataValidationException(Array.Empty<DataProblem>()));
        Assert.Equal("problems", empty.ParamName);
        Assert.StartsWith("problems must hold at least one problem.", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_validation_result_says_what_it_holds()
    {
        Assert.Equal("valid String", ValidationResult<string>.Success("x").ToString());
        var problem = new DataProblem("$.x", DataProblemKind.Negative, "x must not be negative.");
        Assert.Equal("2 problem(s)", ValidationResult<string>.Failure([problem, problem]).ToString());
    }

    [Fact]
    public void A_failure_needs_at_least_one_problem()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => ValidationResult<string>.Failure([]));
        Assert.Equal("problems", e.ParamName);
        Assert.StartsWith("problems must hold at least one problem.", e.Message, StringComparison.Ordinal);
    }
}
