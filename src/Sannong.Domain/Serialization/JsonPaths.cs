using System.Text;
using System.Text.Json;

namespace Sannong.Domain.Serialization;

/// <summary>JSON paths ($.a.b[3]) and descriptions of JSON values for problem messages.</summary>
internal static class JsonPaths
{
    private const int MaxNameInPath = 64;

    internal static string Property(string parent, string name)
    {
        bool simple = name.Length > 0 && name.Length <= MaxNameInPath;
        foreach (char c in name)
        {
            simple &= char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
        }
        if (simple)
        {
            return parent + "." + name;
        }
        var text = new StringBuilder(parent).Append("['");
        foreach (char c in name.Length > MaxNameInPath ? name[..MaxNameInPath] : name)
        {
            text.Append(c is '\'' or '\\' ? "\\" + c : char.IsControl(c) ? "?" : c.ToString());
        }
        return text.Append(name.Length > MaxNameInPath ? "...']" : "']").ToString();
    }

    internal static string Index(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>The message of an argument exception without the "(Parameter 'x')" and "Actual value" suffixes.</summary>
    internal static string CleanMessage(Exception exception)
    {
        string message = exception.Message;
        int suffix = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return suffix > 0 ? message[..suffix] : message;
    }
}
