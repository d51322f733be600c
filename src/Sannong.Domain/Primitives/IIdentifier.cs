using System.Numerics;

namespace Sannong.Domain;

/// <summary>
/// The shape shared by the library's strongly typed identifiers (<see cref="InfluencerId"/>, <see cref="ContentId"/>,
/// <see cref="MentorId"/>, <see cref="ProgrammeId"/>): a readonly struct around one piece of text that obeys the
/// identifier rules, compared and ordered ordinally, parsed and formatted as that text alone. Generic code (the JSON
/// converter <c>IdentifierJsonConverter&lt;TId&gt;</c>, for one) works with any of them through this interface.
/// </summary>
/// <remarks>
/// <para>A valid identifier is non-empty, at most 64 characters (UTF-16 code units), has no leading or trailing
/// white space and nothing invisible or unprintable inside (see each identifier's remarks). <c>default(TSelf)</c> is
/// not a valid identifier: its <see cref="Value"/> is the empty string, it equals only another default value and
/// sorts before every valid identifier.</para>
/// <para>Only the library implements this interface: it has an internal member, so the set of identifiers is
/// closed.</para>
/// </remarks>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
/// <threadsafety>Every implementation is an immutable value type: a value never changes, so it may be copied and
/// read from any number of threads at once without locking.</threadsafety>
public interface IIdentifier<TSelf> :
    IEquatable<TSelf>,
    IComparable<TSelf>,
    IComparable,
    IComparisonOperators<TSelf, TSelf, bool>,
    ISpanParsable<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>The identifier's text; the empty string for <c>default(TSelf)</c>.</summary>
    string Value { get; }

    /// <summary>The identifier of <paramref name="value"/>, which the caller has checked against the rules already
    /// (<see cref="IdentifierRules.Problem"/> is null for it): a reader that checked the text to report a problem does
    /// not pay for the check twice.</summary>
    internal static abstract TSelf Create(string value);
}
