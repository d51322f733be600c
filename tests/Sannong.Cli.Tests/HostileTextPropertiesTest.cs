using System;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Sannong.Cli.Tests;

/// <summary>The class behind the examples of <see cref="HostileTextTest"/>: whatever text a user or a document brings,
/// what the CLI prints holds no character that can drive a terminal, and a bad option value is one line, exit 2.</summary>
public sealed class HostileTextPropertiesTest
{
    /// <summary>Text mixing ordinary pieces with controls, format and bidirectional characters, separators, noncharacters
    /// and any UTF-16 code unit (lone surrogates included).</summary>
    private static readonly Gen<string> Hostile =
        from pieces in Gen.ArrayOf(Gen.Frequency(
            (3, Gen.Elements("村", "abc", " ", "\\", "🌾", "👨\u200D🌾", "2024-01-01", "0.5")),
            (3, Gen.Elements("\u001b", "\u0007", "\u001b]0;x\u0007", "\u001b[2J", "\u009b", "\u007f", "\u202e", "\u2066", "\u200b",
                "\ufeff", "\u2028", "\ufffe", "\U0010FFFF", "\r", "\n", "\t", "\0")),
            (2, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()))))
        select string.Concat(pieces);

    [Property(MaxTest = 60)]
    public Property A_hostile_handle_in_a_document_never_reaches_the_terminal_raw() =>
        Prop.ForAll(Hostile.ToArbitrary(), handle =>
        {
            // The handle as the content of a JSON string: escaped so that the document stays well-formed JSON.
            string encoded = JsonString(handle);
            using var files = new TestFiles();
            string path = files.Write("hostile.json", TestFiles.Document(handleOfB: encoded));
            foreach (string[] args in new[] { new[] { "validate", path }, new[] { "scorecard", "--data", path } })
            {
                (int exit, string output, string error) = CliRun.Of(args);
                Terminal.AssertSafe(output);
                Terminal.AssertSafe(error);
                if (exit is not (0 or 1))
                {
                    return false;
                }
            }
            return true;
        });

    /// <summary>The content of a JSON string holding <paramref name="text"/>: quotes, backslashes, controls and every
    /// surrogate (lone ones included) as \u escapes, the rest as is.</summary>
    private static string JsonString(string text)
    {
        var json = new StringBuilder(text.Length * 2);
        foreach (char c in text)
        {
            json.Append(c < 0x20 || c is '"' or '\\' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }
        return json.ToString();
    }

    [Property(MaxTest = 100)]
    public Property A_hostile_option_value_is_one_safe_line_and_exit_2() =>
        Prop.ForAll(Hostile.ToArbitrary(), Gen.Elements("--as-of", "--format").ToArbitrary(), (value, option) =>
        {
            (int exit, string output, string error) = CliRun.Of("scorecard", option, "x" + value);
            Terminal.AssertSafe(error);
            return exit == 2 && output.Length == 0 && Terminal.Lines(error).Length == 1
                && error.StartsWith($"sannong: {option}: ", StringComparison.Ordinal);
        });

    [Property(MaxTest = 100)]
    public Property Classify_never_echoes_a_raw_control_character() =>
        Prop.ForAll(Hostile.ToArbitrary(), text =>
        {
            (int exit, string output, string error) = CliRun.Of("classify", "x" + text);
            Terminal.AssertSafe(output);
            Terminal.AssertSafe(error);
            return exit == 0;
        });
}
