using Sannong.Domain.Utility;

namespace Sannong.Domain.Programmes;

/// <summary>
/// What a <see cref="Programme"/> has to give (预算 yùsuàn): a cash budget in yuan, a traffic budget in impressions
/// (流量扶持 liúliàng fúchí, traffic support), both, or neither.
/// </summary>
/// <remarks>
/// <para>Each budget is optional; when present it is strictly positive. A programme with neither is allowed
/// (<see cref="None"/>): a mentorship-only programme that coaches creators without funding them.</para>
/// <para>A budget is a plan, not a record: what was actually given is recorded in a budget ledger (<c>BudgetLedger</c>),
/// and spending beyond the budget is reported by calculators, not prevented here.</para>
/// <para>Equality compares both budgets (a missing budget equals only a missing one). There is no natural order,
/// so the type is not comparable.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class ProgrammeBudgets : IEquatable<ProgrammeBudgets>
{
    private ProgrammeBudgets(Money? cash, Impressions? traffic)
    {
        Cash = cash;
        Traffic = traffic;
    }

    /// <summary>No budget at all: a mentorship-only programme.</summary>
    public static ProgrammeBudgets None { get; } = new(null, null);

    /// <summary>The cash budget in yuan, strictly positive, or null when the programme gives no cash.</summary>
    public Money? Cash { get; }

    /// <summary>The traffic budget in impressions, strictly positive, or null when the programme gives no traffic.</summary>
    public Impressions? Traffic { get; }

    /// <summary>True when there is a cash budget.</summary>
    public bool HasCash => Cash.HasValue;

    /// <summary>True when there is a traffic budget.</summary>
    public bool HasTraffic => Traffic.HasValue;

    /// <summary>Creates budgets from an optional cash and an optional traffic budget.</summary>
    /// <param name="cash">The cash budget, strictly positive, or null for none.</param>
    /// <param name="traffic">The traffic budget, strictly positive, or null for none.</param>
    /// <returns>The budgets; <see cref="None"/> when both are null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cash"/> is zero or negative, or
    /// <paramref name="traffic"/> is zero.</exception>
    public static ProgrammeBudgets Of(Money? cash, Impressions? traffic)
    {
        if (cash is { } c)
        {
            Preconditions.CheckPositive(c, "yuan", nameof(cash));
        }
        if (traffic is { } t)
        {
            Preconditions.CheckPositive(t, "impressions", nameof(traffic));
        }
        return cash is null && traffic is null ? None : new(cash, traffic);
    }

    /// <summary>Creates a cash budget with no traffic budget.</summary>
    /// <param name="cash">The cash budget; strictly positive.</param>
    /// <returns>The budgets.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cash"/> is zero or negative.</exception>
    public static ProgrammeBudgets CashOnly(Money cash) => Of(cash, null);

    /// <summary>Creates a traffic budget with no cash budget.</summary>
    /// <param name="traffic">The traffic budget; strictly positive.</param>
    /// <returns>The budgets.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="traffic"/> is zero.</exception>
    public static ProgrammeBudgets TrafficOnly(Impressions traffic) => Of(null, traffic);

    /// <summary>Returns a copy with another cash budget (or none).</summary>
    /// <param name="cash">The cash budget, strictly positive, or null for none.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cash"/> is zero or negative.</exception>
    public ProgrammeBudgets WithCash(Money? cash) => Of(cash, Traffic);

    /// <summary>Returns a copy with another traffic budget (or none).</summary>
    /// <param name="traffic">The traffic budget, strictly positive, or null for none.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="traffic"/> is zero.</exception>
    public ProgrammeBudgets WithTraffic(Impressions? traffic) => Of(Cash, traffic);

    /// <summary>Returns the budgets as text, for example <c>cash 10000000.00 yuan, traffic 1000000000 impressions</c>,
    /// <c>cash 500.00 yuan</c> or <c>no budget</c>.</summary>
    /// <returns>The budgets present, invariant culture.</returns>
    public override string ToString() => (Cash, Traffic) switch
    {
        (null, null) => "no budget",
        ({ } c, null) => string.Create(CultureInfo.InvariantCulture, $"cash {c} yuan"),
        (null, { } t) => string.Create(CultureInfo.InvariantCulture, $"traffic {t} impressions"),
        ({ } c, { } t) => string.Create(CultureInfo.InvariantCulture, $"cash {c} yuan, traffic {t} impressions"),
    };

    /// <summary>Compares both budgets.</summary>
    /// <param name="other">The budgets to compare with.</param>
    /// <returns>True when the cash budgets are equal (or both absent) and the traffic budgets are equal (or both absent).</returns>
    public bool Equals([NotNullWhen(true)] ProgrammeBudgets? other) =>
        other is not null && Nullable.Equals(Cash, other.Cash) && Nullable.Equals(Traffic, other.Traffic);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is equal <see cref="ProgrammeBudgets"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as ProgrammeBudgets);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Cash, Traffic);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first budgets, or null.</param>
    /// <param name="right">The second budgets, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(ProgrammeBudgets? left, ProgrammeBudgets? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first budgets, or null.</param>
    /// <param name="right">The second budgets, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ProgrammeBudgets? left, ProgrammeBudgets? right) => !(left == right);
}
