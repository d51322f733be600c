namespace Sannong.Domain.Serialization;

/// <summary>The JSON path of a value, kept as its parent's path and an index until it is needed: a record read from an
/// array has a path ("$.ledger[7]") only when it has a problem, so most never build theirs.</summary>
internal readonly struct ElementPath
{
    private readonly string _parent;
    private readonly int _index;

    /// <summary>The element at <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    internal ElementPath(string parent, int index)
    {
        _parent = parent;
        _index = index;
    }

    /// <summary>A path already written out.</summary>
    public static implicit operator ElementPath(string path) => new(path, -1);

    /// <summary>The path as text, built on each call.</summary>
    public override string ToString() => _index < 0 ? _parent : JsonPaths.Index(_parent, _index);
}
