using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Sannong.Domain.Exposure;
using Xunit;

namespace Sannong.Domain.Tests.Contracts;

/// <summary>
/// An argument error is one line naming the field and the rule (issue 14). .NET appends "Actual value was X." on a
/// second line to an <see cref="ArgumentOutOfRangeException"/> built with an actual value, so the library never passes
/// one: its messages already say "but was X". This test reads the library's sources and fails on any
/// <c>new ArgumentOutOfRangeException(name, value, message)</c>; the facts check the messages users see.
/// </summary>
public sealed class OneLineArgumentErrorsTest
{
    [Fact]
    public void No_library_source_builds_an_ArgumentOutOfRangeException_with_an_actual_value()
    {
        string source = RepositoryFiles.PathOf("src", "Sannong.Domain");
        var offenders = new List<string>();
        int seen = 0;
        foreach (string file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(file);
            const string Call = "new ArgumentOutOfRangeException(";
            for (int at = text.IndexOf(Call, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Call, at + 1, StringComparison.Ordinal))
            {
                seen++;
                if (TopLevelArguments(text, at + Call.Length) == 3)
                {
                    int line = text.AsSpan(0, at).Count('\n') + 1;
                    offenders.Add($"{Path.GetRelativePath(source, file)}:{line}");
                }
            }
        }
        Assert.True(seen > 20, $"only {seen} constructions found: the scan is not reading the sources");
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_scan_counts_arguments_past_commas_in_strings_and_calls()
    {
        const string Text = "new ArgumentOutOfRangeException(nameof(x), Math.Max(a, b), $\"x, y {F(a, b)} \\\", z\")";
        Assert.Equal(3, TopLevelArguments(Text, Text.IndexOf('(', StringComparison.Ordinal) + 1));
        const string Two = "new ArgumentOutOfRangeException(name, $\"{name} must be in (0, 1], but was {v}.\")";
        Assert.Equal(2, TopLevelArguments(Two, Two.IndexOf('(', StringComparison.Ordinal) + 1));
    }

    [Fact]
    public void Messages_users_see_are_one_line_naming_the_field_and_the_rule()
    {
        var thrown = new Exception[]
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromYuan(100_000_000_000_000_000m)),
            Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationOptions(0)),
            Assert.ThrowsAny<ArgumentException>(() => new FeedSimulationOptions(10, 1, 100, 100, 2.0, 1.0, 100, 1)),
        };
        Assert.All(thrown, e => Assert.DoesNotContain('\n', e.Message));
        Assert.All(thrown, e => Assert.Contains("but was", e.Message, StringComparison.Ordinal));
    }

    /// <summary>Counts the top-level arguments of a call whose argument list starts at <paramref name="start"/> (just
    /// past the opening parenthesis), skipping nested brackets, character literals and strings (regular, verbatim and
    /// interpolated, with their holes).</summary>
    private static int TopLevelArguments(string text, int start)
    {
        int depth = 0;
        int count = 1;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}' when depth == 0:
                    return count;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    count++;
                    break;
                case '\'':
                    i = text.IndexOf('\'', text[i + 1] == '\\' ? i + 3 : i + 2);
                    break;
                case '"' or '$' or '@' when c == '"' || text[i + 1] == '"' || (text[i + 1] is '$' or '@' && text[i + 2] == '"'):
                    i = SkipString(text, i);
                    break;
            }
        }
        throw new InvalidOperationException("unbalanced argument list");
    }

    private static int SkipString(string text, int i)
    {
        bool interpolated = false;
        bool verbatim = false;
        while (text[i] != '"')
        {
            interpolated |= text[i] == '$';
            verbatim |= text[i] == '@';
            i++;
        }
        int holes = 0;
        for (i++; ; i++)
        {
            char c = text[i];
            if (c == '\\' && !verbatim && holes == 0)
            {
                i++;
            }
            else if (interpolated && c == '{')
            {
                if (holes == 0 && text[i + 1] == '{')
                {
                    i++;
                }
                else
                {
                    holes++;
                }
            }
            else if (interpolated && c == '}' && holes > 0)
            {
                holes--;
            }
            else if (c == '"' && holes == 0)
            {
                if (verbatim && text[i + 1] == '"')
                {
                    i++;
                }
                else
                {
                    return i;
                }
            }
            else if (c == '"' && holes > 0)
            {
                i = SkipString(text, i);
            }
        }
    }
}
