using System;
using System.Collections.Generic;

namespace Sannong.Domain.Tests.Contracts;

/// <summary>
/// Reusable checks of the equality and ordering contracts (in the spirit of NodaTime's TestHelper), so that
/// every value type's property tests say the same thing the same way.
/// </summary>
public static class ValueContract
{
    /// <summary>Equality is reflexive and symmetric, agrees with == / != and with the hash code.</summary>
    public static bool EqualityHolds<T>(T a, T b, Func<T, T, bool> eq, Func<T, T, bool> ne)
        where T : IEquatable<T>
    {
        bool equal = a.Equals(b);
        return a.Equals(a)
            && equal == b.Equals(a)
            && equal == a.Equals((object?)b)
            && !a.Equals((object?)null)
            && eq(a, b) == equal
            && ne(a, b) == !equal
            && (!equal || a.GetHashCode() == b.GetHashCode());
    }

    /// <summary>Ordering is antisymmetric, consistent with equality and with the comparison operators.</summary>
    public static bool OrderingHolds<T>(T a, T b, Func<T, T, bool> lt, Func<T, T, bool> le, Func<T, T, bool> gt, Func<T, T, bool> ge)
        where T : IComparable<T>, IComparable, IEquatable<T>
    {
        int c = a.CompareTo(b);
        return Math.Sign(c) == -Math.Sign(b.CompareTo(a))
            && (c == 0) == a.Equals(b)
            && Math.Sign(((IComparable)a).CompareTo(b)) == Math.Sign(c)
            && ((IComparable)a).CompareTo(null) > 0
            && lt(a, b) == (c < 0)
            && le(a, b) == (c <= 0)
            && gt(a, b) == (c > 0)
            && ge(a, b) == (c >= 0)
            && Comparer<T>.Default.Compare(a, b) == c;
    }
}
