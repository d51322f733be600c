using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Xunit;

namespace Sannong.Domain.Tests.Contracts;

/// <summary>
/// Every public result type states its figures in ToString. The rule, over every public non-static class and struct
/// of Sannong.Domain.Progress and Sannong.Domain.Exposure, each built from the sample programme through the
/// calculators (<see cref="SampleResults"/>):
/// <list type="bullet">
/// <item>it is not the default object text (the type's full name) nor a raw record dump (<c>Name { ... }</c>), and
/// names no namespace of the library (a nested member that falls back to the default text would);</item>
/// <item>it is short enough to read at a glance: one line of at most 200 characters for a single result, and for a
/// container (the scorecard, the mentee breakdowns, the feed simulation) at most 6 such lines and 600 characters in all
/// (measured for the sample: scorecard 464 characters on 6 lines, mentee breakdowns 502 on 3);</item>
/// <item>it is culture-free: the same under zh-CN, fr-FR (decimal comma) and the invariant culture.</item>
/// </list>
/// </summary>
public sealed class ResultToStringTest
{
    private const int MaxLength = 600;
    private const int MaxLineLength = 200;
    private const int MaxLines = 6;

    private static readonly string[] Namespaces = ["Sannong.Domain.Progress", "Sannong.Domain.Exposure"];

    public static IEnumerable<Type> ResultTypes =>
        DesignRules.LibraryTypes.Where(t => Namespaces.Contains(t.Namespace)
            && !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed) && !t.IsSubclassOf(typeof(Delegate)));

    public static TheoryData<string> ResultTypeNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (Type t in ResultTypes)
            {
                data.Add(t.FullName!);
            }
            return data;
        }
    }

    [Fact]
    public void Every_result_type_has_a_sample_instance()
    {
        Type[] missing = ResultTypes.Where(t => !SampleResults.All.ContainsKey(t)).ToArray();
        Assert.Empty(missing);
        // The test covers the types the issue names at least.
        Assert.True(ResultTypes.Count() >= 20, $"only {ResultTypes.Count()} result types found");
    }

    [Theory]
    [MemberData(nameof(ResultTypeNames))]
    public void ToString_states_the_figures_briefly_and_culture_free(string typeName)
    {
        Type type = ResultTypes.Single(t => t.FullName == typeName);
        object value = SampleResults.All[type];
        string text = TextIn(CultureInfo.InvariantCulture, value);
        Assert.NotEqual(value.GetType().FullName, text);
        Assert.DoesNotContain("Sannong.Domain", text, StringComparison.Ordinal);
        Assert.False(text.StartsWith(type.Name.Split('`')[0] + " {", StringComparison.Ordinal), $"raw record dump: {text}");
        Assert.True(text.Length <= MaxLength, $"{text.Length} characters: {text}");
        string[] lines = text.Split('\n');
        Assert.True(lines.Length <= MaxLines, $"more than {MaxLines} lines: {text}");
        Assert.All(lines, line => Assert.True(line.Length <= MaxLineLength, $"a line of {line.Length} characters: {line}"));
        Assert.Matches("[0-9]", text);
        Assert.Equal(text, TextIn(CultureInfo.GetCultureInfo("zh-CN"), value));
        Assert.Equal(text, TextIn(CultureInfo.GetCultureInfo("fr-FR"), value));
    }

    [Fact]
    public void The_rule_catches_the_default_text_and_a_record_dump()
    {
        // Tests of the tests: an object's default ToString is its full name; a record's starts "Name { ".
        object plain = new object();
        Assert.Equal(typeof(object).FullName, plain.ToString());
        Assert.StartsWith("Dump { ", new Dump(1).ToString(), StringComparison.Ordinal);
    }

    private static string TextIn(CultureInfo culture, object value)
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            return value.ToString()!;
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    private sealed record Dump(int Figure);
}
