namespace Sannong.Domain;

/// <summary>
/// A value type ordered by its own <see cref="IComparable{T}.CompareTo"/>: this interface supplies, once for all of
/// them, the non-generic <see cref="IComparable.CompareTo"/>, where null sorts first and any other type is refused
/// with an <see cref="ArgumentException"/> that names both types ("obj must be a Money, but was String.").
/// </summary>
/// <typeparam name="TSelf">The value type.</typeparam>
internal interface IComparableValue<TSelf> : IComparable<TSelf>, IComparable
    where TSelf : struct, IComparableValue<TSelf>
{
    /// <summary>Orders this value against an object, which must be a <typeparamref name="TSelf"/> or null.</summary>
    /// <param name="obj">The object to compare with; null sorts first.</param>
    /// <returns>Negative, zero or positive as this value sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <typeparamref name="TSelf"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        TSelf other => CompareTo(other),
        _ => throw new ArgumentException($"obj must be {WithArticle(typeof(TSelf).Name)}, but was {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>The type's name after "a", or "an" before a vowel: "a Money", "an Impressions".</summary>
    private static string WithArticle(string typeName) => ("AEIOU".Contains(typeName[0], StringComparison.Ordinal) ? "an " : "a ") + typeName;
}
