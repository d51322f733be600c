using NodaTime.Text;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Programmes;

/// <summary>
/// What one influencer earned from content in one calendar month through one channel (收入 shōurù): the record an
/// <see cref="EarningRule"/> reads to decide whether a mentee "earns money from content".
/// </summary>
/// <remarks>
/// <para>The amount may be zero (a month reported with nothing earned) but never negative. Several earnings of
/// the same influencer, month and source are allowed; rules and calculators add them up.</para>
/// <para>Equality compares every property. There is no natural order, so the type is not comparable.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class Earning : IEquatable<Earning>
{
    /// <summary>Creates an earning record.</summary>
    /// <param name="influencer">The influencer who earned; a valid (non-default) identifier.</param>
    /// <param name="month">The calendar month of the earning; ISO calendar.</param>
    /// <param name="amount">The amount earned; zero or more.</param>
    /// <param name="source">The channel it came from; a defined <see cref="EarningSource"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or <paramref name="source"/>
    /// is not a defined <see cref="EarningSource"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="influencer"/> is <c>default(InfluencerId)</c>, or
    /// <paramref name="month"/> is not in the ISO calendar.</exception>
    public Earning(InfluencerId influencer, YearMonth month, Money amount, EarningSource source)
    {
        Preconditions.CheckNotDefault(influencer);
        Influencer = influencer;
        Month = Preconditions.CheckIso(month);
        Amount = Preconditions.CheckNonNegative(amount, "yuan");
        Source = Preconditions.CheckDefined(source);
    }

    /// <summary>The influencer who earned.</summary>
    public InfluencerId Influencer { get; }

    /// <summary>The calendar month of the earning (ISO calendar).</summary>
    public YearMonth Month { get; }

    /// <summary>The amount earned; zero or more.</summary>
    public Money Amount { get; }

    /// <summary>The channel the earning came from.</summary>
    public EarningSource Source { get; }

    /// <summary>Returns a copy for another influencer.</summary>
    /// <param name="influencer">The influencer; a valid (non-default) identifier.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="influencer"/> is <c>default(InfluencerId)</c>.</exception>
    public Earning WithInfluencer(InfluencerId influencer) => new(influencer, Month, Amount, Source);

    /// <summary>Returns a copy for another month.</summary>
    /// <param name="month">The month; ISO calendar.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    public Earning WithMonth(YearMonth month) => new(Influencer, month, Amount, Source);

    /// <summary>Returns a copy with another amount.</summary>
    /// <param name="amount">The amount; zero or more.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public Earning WithAmount(Money amount) => new(Influencer, Month, amount, Source);

    /// <summary>Returns a copy with another source.</summary>
    /// <param name="source">The source; a defined <see cref="EarningSource"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a defined <see cref="EarningSource"/>.</exception>
    public Earning WithSource(EarningSource source) => new(Influencer, Month, Amount, source);

    /// <summary>Returns the earning as one line, for example <c>2024-03 kol-1 1234.56 yuan from live-gifts</c>.</summary>
    /// <returns>The month (ISO), influencer, amount in yuan and source name, invariant culture.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{YearMonthPattern.Iso.Format(Month)} {Influencer.Value} {Amount} yuan from {SourceWords(Source)}");

    /// <summary>Compares every property.</summary>
    /// <param name="other">The earning to compare with.</param>
    /// <returns>True when influencer, month, amount and source are equal.</returns>
    public bool Equals([NotNullWhen(true)] Earning? other) =>
        other is not null
        && Influencer == other.Influencer
        && Month == other.Month
        && Amount == other.Amount
        && Source == other.Source;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Earning"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Earning);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Influencer, Month, Amount, Source);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first earning, or null.</param>
    /// <param name="right">The second earning, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Earning? left, Earning? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first earning, or null.</param>
    /// <param name="right">The second earning, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Earning? left, Earning? right) => !(left == right);

    // The source in the words of ToString. The dataset format's names are Serialization's (SannongNames), which this
    // layer may not use; a test holds the two equal.
    private static string SourceWords(EarningSource source) => source switch
    {
        EarningSource.Advertising => "advertising",
        EarningSource.LiveGifts => "live-gifts",
        EarningSource.ECommerce => "e-commerce",
        EarningSource.BrandDeals => "brand-deals",
        _ => "other",
    };
}
