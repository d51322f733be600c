namespace Sannong.Domain.Serialization;

/// <summary>The start of a piece of input quoted in a message, so that a huge value makes a short message.</summary>
internal static class Excerpt
{
    /// <summary>How much of a field name or a raw value a message quotes.</summary>
    internal const int Long = 64;

    /// <summary>How much of a text value a message quotes.</summary>
    internal const int Short = 40;

    /// <summary>The first <paramref name="max"/> characters of <paramref name="text"/>, followed by "..." when
    /// something was cut.</summary>
    internal static string Of(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "...");
}
