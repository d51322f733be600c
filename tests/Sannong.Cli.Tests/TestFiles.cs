using System;
using System.Globalization;
using System.IO;
using System.Text;
using Xunit;

namespace Sannong.Cli.Tests;

/// <summary>A temporary folder for the files of one test, deleted afterwards; and a small hand-made dataset document.</summary>
internal sealed class TestFiles : IDisposable
{
    internal TestFiles() => Directory.CreateDirectory(Folder);

    internal string Folder { get; } = Path.Combine(Path.GetTempPath(), $"sannong-cli-{Guid.NewGuid():N}");

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) to a file of the folder and returns its path.</summary>
    internal string Write(string name, string text)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>The hand-made pilot of ScorecardCommandTest (valid), with the JSON texts of b's id and handle and of one
    /// extra member of the programme replaceable, and the items of its content array (none by default). The values are
    /// JSON string contents: "\\u200b" is an escape.</summary>
    internal static string Document(string idOfB = "b", string handleOfB = "b", string extraMember = "", string content = "") => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "format": "sannong-dataset/1",
          "asOf": "2024-01-05",
          "programme": {
            {{extraMember}}
            "id": "hand", "name": "Hand-made pilot",
            "period": { "start": "2024-01-01", "end": "2024-01-10" },
            "targets": { "mentees": 4, "earningShare": 0.5 },
            "budgets": { "cash": "1000.00" }
          },
          "influencers": [
            { "id": "a", "handle": "阿妹", "region": "430524", "settlement": "220", "topics": ["farmers.cuisine"], "followers": 12000, "joined": "2019-05-02" },
            { "id": "{{idOfB}}", "handle": "{{handleOfB}}", "region": "510100", "topics": ["agriculture.crops"], "followers": 500, "joined": "2020-01-01" }
          ],
          "enrolments": [ { "influencer": "a", "date": "2024-01-01" }, { "influencer": "{{idOfB}}", "date": "2024-01-03" } ],
          "ledger": [ { "date": "2024-01-02", "kind": "disbursement", "cash": "300.00", "influencer": "a" } ],
          "earnings": [ { "influencer": "a", "month": "2024-01", "amount": "50.00", "source": "e-commerce" } ],
          "content": [{{content}}]
        }
        """);
}

/// <summary>What may reach a terminal.</summary>
internal static class Terminal
{
    /// <summary>Asserts that <paramref name="text"/> holds no character that can drive a terminal or hide text: no C0
    /// control but line feed and carriage return, no DEL or C1, no format character but the joiners, no separator
    /// U+2028/U+2029, no lone surrogate.</summary>
    internal static void AssertSafe(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool allowed = c is '\n' or '\r' or '\u200C' or '\u200D'
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            bool unsafeChar = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
            Assert.False(unsafeChar && !allowed, $"U+{(int)c:X4} at {i} reaches the terminal raw in: {text}");
        }
    }

    /// <summary>The lines of <paramref name="text"/> without the final line break.</summary>
    internal static string[] Lines(string text) => text.TrimEnd('\n', '\r').Split('\n');
}
