using System.Runtime.CompilerServices;

namespace Sannong.Domain;

/// <summary>Formats a problem's message (in the invariant culture) only when the problem will be kept: an interpolated
/// string passed to <see cref="ProblemList.Add(string, DataProblemKind, ref ProblemText)"/> and the like costs nothing
/// once the cap of problems is reached.</summary>
[InterpolatedStringHandler]
internal ref struct ProblemText
{
    private DefaultInterpolatedStringHandler _inner;
    private readonly bool _active;

    /// <summary>Starts a message for <paramref name="target"/>, or skips it when the target keeps no more.</summary>
    public ProblemText(int literalLength, int formattedCount, IProblemTarget target, out bool shouldAppend)
    {
        _active = shouldAppend = !target.IsFull;
        _inner = _active ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    /// <summary>Appends literal text.</summary>
    public void AppendLiteral(string value) => _inner.AppendLiteral(value);

    /// <summary>Appends a value, formatted in the invariant culture.</summary>
    public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

    /// <summary>Appends a value with a format, in the invariant culture.</summary>
    public void AppendFormatted<T>(T value, string? format) => _inner.AppendFormatted(value, format);

    /// <summary>Appends text.</summary>
    public void AppendFormatted(string? value) => _inner.AppendFormatted(value);

    /// <summary>Appends text.</summary>
    public void AppendFormatted(ReadOnlySpan<char> value) => _inner.AppendFormatted(value);

    /// <summary>The message (empty when it was skipped).</summary>
    internal string ToStringAndClear() => _active ? _inner.ToStringAndClear() : string.Empty;
}
