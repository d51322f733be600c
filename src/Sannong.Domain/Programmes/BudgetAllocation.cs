using Sannong.Domain.Utility;

namespace Sannong.Domain.Programmes;

/// <summary>
/// Allocation plans: a cash or traffic budget spread over the months of a period, or over keys such as regions
/// (province codes) or rural issues, so that the parts always sum exactly to the whole.
/// </summary>
/// <remarks>
/// <para>Every plan uses the largest-remainder method of <see cref="Money"/> and <see cref="Impressions"/>: each part
/// is its exact proportional share rounded down, and the units left over (fen, or impressions) go one each to the
/// parts with the largest remainders, ties to the earlier part. So the parts sum to the total exactly and each lies
/// within one unit of its exact share.</para>
/// <para>A plan is a plan: what was actually given is recorded in a budget ledger.</para>
/// </remarks>
/// <threadsafety>This type is stateless; its members are pure functions, safe to call from any thread.</threadsafety>
public static class BudgetAllocation
{
    /// <summary>Returns the calendar months a period touches, each with the number of days of the period in it.</summary>
    /// <param name="period">The period, both ends included; ISO calendar.</param>
    /// <returns>The months in order, from the month of the start to the month of the end; the days sum to the
    /// period's length. 2023-11-15..2024-01-10 gives 2023-11: 16, 2023-12: 31, 2024-01: 10.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not in the ISO calendar.</exception>
    public static ImmutableArray<KeyValuePair<YearMonth, int>> DaysByMonth(DateInterval period)
    {
        Preconditions.CheckIso(period);
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<YearMonth, int>>();
        LocalDate from = period.Start;
        while (from <= period.End)
        {
            YearMonth month = from.ToYearMonth();
            LocalDate monthEnd = month.ToDateInterval().End;
            LocalDate to = monthEnd < period.End ? monthEnd : period.End;
            builder.Add(KeyValuePair.Create(month, Period.DaysBetween(from, to) + 1));
            if (to == period.End)
            {
                break;
            }
            from = to.PlusDays(1);
        }
        return builder.ToImmutable();
    }

    /// <summary>Plans a cash budget over the calendar months of a period, in proportion to the days of the period in
    /// each month (<see cref="MonthlyAllocation.ByDays"/>).</summary>
    /// <param name="total">The budget; not negative.</param>
    /// <param name="period">The period, both ends included; ISO calendar.</param>
    /// <returns>One amount per month the period touches, in month order, summing exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not in the ISO calendar.</exception>
    public static ImmutableArray<KeyValuePair<YearMonth, Money>> Monthly(Money total, DateInterval period) =>
        Monthly(total, period, MonthlyAllocation.ByDays);

    /// <summary>Plans a cash budget over the calendar months of a period.</summary>
    /// <param name="total">The budget; not negative.</param>
    /// <param name="period">The period, both ends included; ISO calendar.</param>
    /// <param name="mode">How to spread it: <see cref="MonthlyAllocation.ByDays"/> or <see cref="MonthlyAllocation.Even"/>.</param>
    /// <returns>One amount per month the period touches, in month order, summing exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative, or <paramref name="mode"/> is not
    /// a defined <see cref="MonthlyAllocation"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not in the ISO calendar.</exception>
    public static ImmutableArray<KeyValuePair<YearMonth, Money>> Monthly(Money total, DateInterval period, MonthlyAllocation mode)
    {
        Preconditions.CheckNonNegative(total, "yuan");
        return Monthly(period, mode, weights => total.Allocate(weights));
    }

    /// <summary>Plans a traffic budget over the calendar months of a period, in proportion to the days of the period
    /// in each month (<see cref="MonthlyAllocation.ByDays"/>).</summary>
    /// <param name="total">The budget in impressions.</param>
    /// <param name="period">The period, both ends included; ISO calendar.</param>
    /// <returns>One count per month the period touches, in month order, summing exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not in the ISO calendar.</exception>
    public static ImmutableArray<KeyValuePair<YearMonth, Impressions>> Monthly(Impressions total, DateInterval period) =>
        Monthly(total, period, MonthlyAllocation.ByDays);

    /// <summary>Plans a traffic budget over the calendar months of a period.</summary>
    /// <param name="total">The budget in impressions.</param>
    /// <param name="period">The period, both ends included; ISO calendar.</param>
    /// <param name="mode">How to spread it: <see cref="MonthlyAllocation.ByDays"/> or <see cref="MonthlyAllocation.Even"/>.</param>
    /// <returns>One count per month the period touches, in month order, summing exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="MonthlyAllocation"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not in the ISO calendar.</exception>
    public static ImmutableArray<KeyValuePair<YearMonth, Impressions>> Monthly(Impressions total, DateInterval period, MonthlyAllocation mode) =>
        Monthly(period, mode, weights => total.Allocate(weights));

    /// <summary>Plans a cash budget over keys in proportion to whole-number weights (for example the number of
    /// mentees per province).</summary>
    /// <typeparam name="TKey">The key type, for example a province code or a rural issue.</typeparam>
    /// <param name="total">The budget; not negative.</param>
    /// <param name="weights">Each key with its weight: keys distinct, no weight negative, at least one positive. Read once.</param>
    /// <returns>Each key with its amount, in the order of <paramref name="weights"/>, summing exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, repeats a key, has a negative weight or
    /// no positive weight.</exception>
    public static ImmutableArray<KeyValuePair<TKey, Money>> ByWeights<TKey>(Money total, IEnumerable<KeyValuePair<TKey, long>> weights)
        where TKey : notnull
    {
        Preconditions.CheckNonNegative(total, "yuan");
        return ByWeights(weights, w => total.Allocate(w));
    }

    /// <summary>Plans a cash budget over keys in proportion to decimal weights (for example ratios 0.5, 0.3, 0.2),
    /// used exactly, never rounded.</summary>
    /// <typeparam name="TKey">The key type, for example a province code or a rural issue.</typeparam>
    /// <param name="total">The budget; not negative.</param>
    /// <param name="weights">Each key with its weight: keys distinct, no weight negative, at least one positive. Read once.</param>
    /// <returns>Each key with its amount, in the order of <paramref name="weights"/>, summing exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, repeats a key, has a negative weight or
    /// no positive weight.</exception>
    public static ImmutableArray<KeyValuePair<TKey, Money>> ByWeights<TKey>(Money total, IEnumerable<KeyValuePair<TKey, decimal>> weights)
        where TKey : notnull
    {
        Preconditions.CheckNonNegative(total, "yuan");
        return ByWeights(weights, w => total.Allocate(w));
    }

    /// <summary>Plans a traffic budget over keys in proportion to whole-number weights.</summary>
    /// <typeparam name="TKey">The key type, for example a province code or a rural issue.</typeparam>
    /// <param name="total">The budget in impressions.</param>
    /// <param name="weights">Each key with its weight: keys distinct, no weight negative, at least one positive. Read once.</param>
    /// <returns>Each key with its count, in the order of <paramref name="weights"/>, summing exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, repeats a key, has a negative weight or
    /// no positive weight.</exception>
    public static ImmutableArray<KeyValuePair<TKey, Impressions>> ByWeights<TKey>(Impressions total, IEnumerable<KeyValuePair<TKey, long>> weights)
        where TKey : notnull =>
        ByWeights(weights, w => total.Allocate(w));

    /// <summary>Plans a traffic budget over keys in proportion to decimal weights, used exactly, never rounded.</summary>
    /// <typeparam name="TKey">The key type, for example a province code or a rural issue.</typeparam>
    /// <param name="total">The budget in impressions.</param>
    /// <param name="weights">Each key with its weight: keys distinct, no weight negative, at least one positive. Read once.</param>
    /// <returns>Each key with its count, in the order of <paramref name="weights"/>, summing exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, repeats a key, has a negative weight or
    /// no positive weight.</exception>
    public static ImmutableArray<KeyValuePair<TKey, Impressions>> ByWeights<TKey>(Impressions total, IEnumerable<KeyValuePair<TKey, decimal>> weights)
        where TKey : notnull =>
        ByWeights(weights, w => total.Allocate(w));

    private static ImmutableArray<KeyValuePair<YearMonth, T>> Monthly<T>(DateInterval period, MonthlyAllocation mode, Func<long[], ImmutableArray<T>> allocate)
    {
        ImmutableArray<KeyValuePair<YearMonth, int>> days = DaysByMonth(period);
        Preconditions.CheckDefined(mode);
        long[] weights = new long[days.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = mode == MonthlyAllocation.ByDays ? days[i].Value : 1;
        }
        ImmutableArray<T> parts = allocate(weights);
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<YearMonth, T>>(parts.Length);
        for (int i = 0; i < parts.Length; i++)
        {
            builder.Add(KeyValuePair.Create(days[i].Key, parts[i]));
        }
        return builder.MoveToImmutable();
    }

    private static ImmutableArray<KeyValuePair<TKey, T>> ByWeights<TKey, TWeight, T>(
        IEnumerable<KeyValuePair<TKey, TWeight>> weights, Func<TWeight[], ImmutableArray<T>> allocate)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(weights);
        var keys = new List<TKey>();
        var values = new List<TWeight>();
        var seen = new HashSet<TKey>();
        foreach (KeyValuePair<TKey, TWeight> pair in weights)
        {
            if (pair.Key is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"weights must not have a null key, but weights[{keys.Count}] has one."), nameof(weights));
            }
            if (!seen.Add(pair.Key))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"weights must not repeat a key, but {pair.Key} appears more than once."), nameof(weights));
            }
            keys.Add(pair.Key);
            values.Add(pair.Value);
        }
        ImmutableArray<T> parts = allocate(values.ToArray());
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<TKey, T>>(parts.Length);
        for (int i = 0; i < parts.Length; i++)
        {
            builder.Add(KeyValuePair.Create(keys[i], parts[i]));
        }
        return builder.MoveToImmutable();
    }
}
