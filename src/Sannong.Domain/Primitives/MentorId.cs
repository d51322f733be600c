namespace Sannong.Domain;

/// <summary>
/// Identifies a mentor (导师 dǎoshī: a person or team that coaches enrolled creators) within a dataset: a staff id or
/// any stable key the caller chooses.
/// </summary>
/// <remarks>
/// <para>A valid identifier is non-empty, at most 64 characters (UTF-16 code units), has no leading or trailing
/// white space and nothing invisible or unprintable inside: no control or format characters (zero width spaces,
/// the byte order mark, bidirectional controls), no line separators, no white space other than U+0020, no other
/// default-ignorable code point, no noncharacters and no lone surrogates. Equality and ordering are ordinal (case-sensitive,
/// culture-independent) on <see cref="Value"/>.</para>
/// <para><c>default(MentorId)</c> is not a valid identifier: its <see cref="Value"/> is the empty string,
/// it equals only another default value, and it sorts before every valid identifier.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
public readonly struct MentorId : IIdentifier<MentorId>, IComparableValue<MentorId>, IInvariantParsable<MentorId>
{
    private readonly string? _value;

    /// <summary>Creates an identifier from its text.</summary>
    /// <param name="value">The identifier's text, kept exactly as given (no trimming, no case folding).</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, longer than 64 characters, contains a
    /// control, format or other invisible character (see the remarks), or starts or ends with white space.</exception>
    public MentorId(string value) => _value = Identifier<MentorId>.Validate(value, nameof(value));

    /// <summary>The identifier's text; the empty string for <c>default(MentorId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    // Text the caller has checked already (IdentifierRules.Problem is null): not checked twice.
    private MentorId(CheckedText text) => _value = text.Value;

    static MentorId IIdentifier<MentorId>.Create(string value) => new(new CheckedText(value));

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two identifiers for ordinal equality.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>True when both have the same <see cref="Value"/>, compared ordinally.</returns>
    public bool Equals(MentorId other) => Identifier<MentorId>.AreEqual(this, other);

    /// <summary>Compares this identifier with an object for equality.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="MentorId"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is MentorId other && Equals(other);

    /// <summary>Returns a hash code consistent with ordinal equality.</summary>
    /// <returns>The hash code of <see cref="Value"/>.</returns>
    public override int GetHashCode() => Identifier<MentorId>.Hash(this);

    /// <summary>Orders identifiers ordinally by <see cref="Value"/>.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>Negative, zero or positive as this identifier sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(MentorId other) => Identifier<MentorId>.Compare(this, other);

    /// <summary>Parses the text of an identifier.</summary>
    /// <param name="s">The text; it must already be a valid identifier (it is not trimmed).</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid identifier.</exception>
    public static MentorId Parse(string s) => IInvariantParsable<MentorId>.ParseString(s);

    /// <summary>Parses the text of an identifier.</summary>
    /// <param name="s">The text; it must already be a valid identifier (it is not trimmed).</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid identifier.</exception>
    public static MentorId Parse(ReadOnlySpan<char> s) => Identifier<MentorId>.Parse(s);

    /// <summary>Tries to parse the text of an identifier.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The identifier, or <c>default</c> when parsing fails.</param>
    /// <returns>True when <paramref name="s"/> is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out MentorId result) => IInvariantParsable<MentorId>.TryParseString(s, out result);

    /// <summary>Tries to parse the text of an identifier.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identifier, or <c>default</c> when parsing fails.</param>
    /// <returns>True when <paramref name="s"/> is a valid identifier.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out MentorId result) => Identifier<MentorId>.TryParse(s, out result);

    /// <summary>Ordinal equality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when both are equal.</returns>
    public static bool operator ==(MentorId left, MentorId right) => left.Equals(right);

    /// <summary>Ordinal inequality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(MentorId left, MentorId right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(MentorId left, MentorId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts before or with <paramref name="right"/>.</returns>
    public static bool operator <=(MentorId left, MentorId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(MentorId left, MentorId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts after or with <paramref name="right"/>.</returns>
    public static bool operator >=(MentorId left, MentorId right) => left.CompareTo(right) >= 0;
}
