using Sannong.Domain.Utility;

namespace Sannong.Domain;

/// <summary>
/// Exact, overflow-checked totals of <see cref="Money"/> and <see cref="Impressions"/> over sequences, in the
/// style of <see cref="Enumerable.Sum(IEnumerable{long})"/>: <c>payments.Sum()</c>,
/// <c>enrolments.Sum(e =&gt; e.Budget)</c>.
/// </summary>
/// <threadsafety>This type is a static class of pure functions that keeps no state: its members may be called from any number of threads at once.</threadsafety>
public static class PrimitiveEnumerable
{
    /// <summary>Adds up a sequence of amounts, exactly; the same as <see cref="Money.Sum"/>.</summary>
    /// <param name="source">The amounts; an empty sequence sums to <see cref="Money.Zero"/>.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="OverflowException">The total lies outside the range of <see cref="Money"/>.</exception>
    public static Money Sum(this IEnumerable<Money> source) => Money.Sum(Preconditions.CheckNotNull(source));

    /// <summary>Adds up the amounts that <paramref name="selector"/> picks from a sequence, exactly.</summary>
    /// <typeparam name="TSource">The type of the elements.</typeparam>
    /// <param name="source">The elements; an empty sequence sums to <see cref="Money.Zero"/>.</param>
    /// <param name="selector">Picks the amount of an element.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is null.</exception>
    /// <exception cref="OverflowException">The total lies outside the range of <see cref="Money"/>.</exception>
    public static Money Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, Money> selector)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(selector);
        return Money.Sum(source.Select(selector));
    }

    /// <summary>Adds up a sequence of counts, exactly; the same as <see cref="Impressions.Sum"/>.</summary>
    /// <param name="source">The counts; an empty sequence sums to <see cref="Impressions.Zero"/>.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="OverflowException">The total is greater than <see cref="long.MaxValue"/>.</exception>
    public static Impressions Sum(this IEnumerable<Impressions> source) => Impressions.Sum(Preconditions.CheckNotNull(source));

    /// <summary>Adds up the counts that <paramref name="selector"/> picks from a sequence, exactly.</summary>
    /// <typeparam name="TSource">The type of the elements.</typeparam>
    /// <param name="source">The elements; an empty sequence sums to <see cref="Impressions.Zero"/>.</param>
    /// <param name="selector">Picks the count of an element.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is null.</exception>
    /// <exception cref="OverflowException">The total is greater than <see cref="long.MaxValue"/>.</exception>
    public static Impressions Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, Impressions> selector)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(selector);
        return Impressions.Sum(source.Select(selector));
    }
}
