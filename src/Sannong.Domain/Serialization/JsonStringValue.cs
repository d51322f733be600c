using System.Text.Json;

namespace Sannong.Domain.Serialization;

/// <summary>Reads a JSON string value, saying what is wrong with it instead of reporting it: the reader that asked
/// decides where the problem goes.</summary>
internal static class JsonStringValue
{
    /// <summary>The most characters <see cref="TryShortAscii"/> copies.</summary>
    internal const int ShortAsciiChars = 32;

    /// <summary>What is wrong with a string value, if anything.</summary>
    internal enum Issue
    {
        None,
        WrongType,
        NotUtf8,
        TooLong,
    }

    /// <summary>The text of a string value, or null with the <paramref name="issue"/> (and, for a text too long, its
    /// <paramref name="length"/>).</summary>
    internal static string? Read(JsonSlice value, out Issue issue, out int length)
    {
        length = 0;
        if (value.Kind != JsonValueKind.String)
        {
            issue = Issue.WrongType;
            return null;
        }
        string text;
        try
        {
            text = value.GetString();
        }
        catch (InvalidOperationException)
        {
            issue = Issue.NotUtf8;
            return null;
        }
        length = text.Length;
        if (text.Length > SannongJsonLimits.MaxStringLength)
        {
            issue = Issue.TooLong;
            return null;
        }
        issue = Issue.None;
        return text;
    }

    /// <summary>The kind of problem an issue is.</summary>
    internal static DataProblemKind KindOf(Issue issue) => issue switch
    {
        Issue.WrongType => DataProblemKind.WrongType,
        Issue.TooLong => DataProblemKind.LimitExceeded,
        _ => DataProblemKind.InvalidValue,
    };

    /// <summary>The message of an issue of the value called <paramref name="name"/>.</summary>
    internal static string Explain(Issue issue, string name, JsonValueKind kind, int length) => issue switch
    {
        Issue.WrongType => $"{name} must be a string, but was {JsonPaths.Describe(kind)}.",
        Issue.NotUtf8 => $"{name} is not valid UTF-8 text.",
        _ => string.Create(CultureInfo.InvariantCulture,
            $"{name} is {length} characters long, more than the limit of {SannongJsonLimits.MaxStringLength}."),
    };

    /// <summary>Copies a string value's text into <paramref name="chars"/> without building a string, when that is
    /// sure to give the text <see cref="Read"/> would: the value is a string written without escapes, of ASCII bytes
    /// only (so each byte is one character), at most <see cref="ShortAsciiChars"/> long. Otherwise false.</summary>
    internal static bool TryShortAscii(JsonSlice value, Span<char> chars, out int length)
    {
        length = 0;
        if (value.Kind != JsonValueKind.String || value.IsEscaped)
        {
            return false;
        }
        ReadOnlySpan<byte> raw = value.Bytes;
        if (raw.Length > chars.Length || !System.Text.Ascii.IsValid(raw))
        {
            return false;
        }
        for (int i = 0; i < raw.Length; i++)
        {
            chars[i] = (char)raw[i];
        }
        length = raw.Length;
        return true;
    }
}
