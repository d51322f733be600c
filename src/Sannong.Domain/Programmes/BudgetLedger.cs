using NodaTime.Text;

namespace Sannong.Domain.Programmes;

/// <summary>
/// The record of what a programme gave (预算台账 yùsuàn táizhàng): cash disbursed and refunded, traffic granted and
/// reversed, each on a date, optionally to one beneficiary influencer, in date order. Immutable: recording an entry
/// returns a new ledger.
/// </summary>
/// <remarks>
/// <para><b>The rule.</b> For every day D and every beneficiary (and for the group of entries without a beneficiary),
/// what was refunded up to the end of D must not exceed what was disbursed up to the end of D; the same holds for
/// traffic reversals against grants. Since the overall net is the sum of the groups' nets, it follows overall too.
/// Checking at the end of each day makes validity, and every total, independent of the order of the entries within
/// a day: a refund recorded before its same-day disbursement is accepted. Overspending a programme's budget is not
/// a ledger error: the ledger records it and calculators report it.</para>
/// <para><b>Overflow.</b> A ledger whose total of disbursements, refunds, grants or reversals would pass
/// <see cref="long.MaxValue"/> (fen or impressions) is rejected with a <see cref="DataProblemKind.LimitExceeded"/>
/// problem, not an <see cref="OverflowException"/>, so that reading a dataset reports it with the other problems.
/// Every total the ledger then gives fits.</para>
/// <para><b>Complexity.</b> Building a ledger of n entries (with <see cref="Create"/>, <see cref="Record"/> or
/// <see cref="RecordRange"/>) sorts and checks them in O(n log n) time and builds end-of-day running totals, overall
/// and per beneficiary, in O(n) space. Every query "as of a date" and every per-month figure is then a binary search
/// over those running totals, O(log n), and never re-reads the entries; <see cref="MonthlySpending"/> and
/// <see cref="MonthlyTraffic"/> are O(n + months). Recording one entry rebuilds the ledger, O(n log n): record many
/// with <see cref="RecordRange"/> or build with <see cref="Create"/>.</para>
/// <para><b>Names.</b> Spent (cash) and Granted (traffic) are net: after refunds and reversals. Disbursed, Refunded,
/// GrossGranted and Reversed are gross: the sum of one kind of entry.</para>
/// <para><b>Equality.</b> Two ledgers are equal when they hold equal entries in the same order. Ledgers built from
/// the same entries recorded in another order within a day have the same totals but are not equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed partial class BudgetLedger : IEquatable<BudgetLedger>
{
    private readonly LedgerTotals _totals;
    private readonly BeneficiarySeries _byBeneficiary;

    /// <summary>Builds the ledger from entries already checked and in date order.</summary>
    private BudgetLedger(ImmutableArray<LedgerEntry> entries)
        : this(entries, null, 0)
    {
    }

    /// <summary>Builds the ledger from entries already checked and in date order, with optionally each entry's
    /// beneficiary numbered as in <see cref="LedgerValidation.Check"/> (in the order of <paramref name="entries"/>).</summary>
    private BudgetLedger(ImmutableArray<LedgerEntry> entries, int[]? numberOf, int numberCount)
    {
        Entries = entries;
        _totals = LedgerTotals.Of(entries);
        var groups = BeneficiaryGroups.Of(entries, numberOf, numberCount);
        _byBeneficiary = BeneficiarySeries.Of(entries, groups);
        Beneficiaries = groups.SortedIds();
    }

    /// <summary>The ledger with no entries.</summary>
    public static BudgetLedger Empty { get; } = new(ImmutableArray<LedgerEntry>.Empty);

    /// <summary>The entries in date order; entries of one date keep the order in which they were recorded.</summary>
    public ImmutableArray<LedgerEntry> Entries { get; }

    /// <summary>The number of entries.</summary>
    public int Count => Entries.Length;

    /// <summary>The date of the first entry, or null when the ledger is empty.</summary>
    public LocalDate? FirstDate => _totals.Spent.FirstDay;

    /// <summary>The date of the last entry, or null when the ledger is empty.</summary>
    public LocalDate? LastDate => _totals.Spent.LastDay;

    /// <summary>Every influencer named as a beneficiary by at least one entry, each once, in ordinal order.</summary>
    public ImmutableArray<InfluencerId> Beneficiaries { get; }

    /// <summary>Builds a ledger from entries in any order.</summary>
    /// <param name="entries">The entries; enumerated once. They are sorted by date, stably (entries of one date keep
    /// their order).</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="entries"/> contains null.</exception>
    /// <exception cref="DataValidationException">The entries break the refund rule or a total would overflow; the
    /// exception lists every problem, at <c>LedgerEntry[i]</c> with i the entry's index in <paramref name="entries"/>.</exception>
    public static BudgetLedger Create(IEnumerable<LedgerEntry> entries)
    {
        LedgerEntry[] all = LedgerValidation.Materialise(entries, nameof(entries));
        return Build(all);
    }

    /// <summary>Checks entries against the ledger's rules without building a ledger or throwing for a breach.</summary>
    /// <param name="entries">The entries, in any order; enumerated once.</param>
    /// <param name="pathPrefix">The path of the ledger in the caller's document; each problem is reported at
    /// <c>{pathPrefix}[i]</c>, with i the entry's index in <paramref name="entries"/>.</param>
    /// <returns>Every problem (kinds <see cref="DataProblemKind.RefundExceedsDisbursed"/>,
    /// <see cref="DataProblemKind.ReversalExceedsGranted"/>, <see cref="DataProblemKind.LimitExceeded"/>), ordered by
    /// entry index; empty when <see cref="Create"/> would succeed.</returns>
    /// <remarks>One problem is reported for each day on which a group's refunds (reversals) leave its end-of-day net
    /// negative, at the first of that group's refunds (reversals) of the day in input order. All entries count,
    /// even those reported: a group that stays negative is reported again on each later day it refunds.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or <paramref name="pathPrefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="entries"/> contains null, or <paramref name="pathPrefix"/> is empty.</exception>
    public static ImmutableArray<DataProblem> Validate(IEnumerable<LedgerEntry> entries, string pathPrefix = LedgerValidation.DefaultPathPrefix)
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        if (pathPrefix.Length == 0)
        {
            throw new ArgumentException("pathPrefix must not be empty.", nameof(pathPrefix));
        }
        LedgerEntry[] all = LedgerValidation.Materialise(entries, nameof(entries));
        return LedgerValidation.Check(all, LedgerValidation.DateOrder(all), pathPrefix);
    }

    /// <summary>Returns a ledger with one more entry, placed after the entries of its date already recorded.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The new ledger; this one is unchanged.</returns>
    /// <remarks>O(n log n): the ledger is rebuilt. Problem paths index <see cref="Entries"/> followed by the new entry.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <exception cref="DataValidationException">With the entry the ledger would break the refund rule or overflow.</exception>
    public BudgetLedger Record(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Build([.. Entries, entry]);
    }

    /// <summary>Returns a ledger with more entries, each placed after the entries of its date already recorded.</summary>
    /// <param name="entries">The entries, in any order; enumerated once.</param>
    /// <returns>The new ledger; this one is unchanged.</returns>
    /// <remarks>O(n log n): the ledger is rebuilt. Problem paths index <see cref="Entries"/> followed by the new entries.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="entries"/> contains null.</exception>
    /// <exception cref="DataValidationException">With the entries the ledger would break the refund rule or overflow.</exception>
    public BudgetLedger RecordRange(IEnumerable<LedgerEntry> entries)
    {
        LedgerEntry[] added = LedgerValidation.Materialise(entries, nameof(entries));
        return added.Length == 0 ? this : Build([.. Entries, .. added]);
    }

    /// <summary>Returns a summary, for example <c>BudgetLedger: 3 entries from 2023-12-01 to 2024-01-03, spent 3000.00, granted 0 impressions</c>.</summary>
    /// <returns>The count, the dates and the totals.</returns>
    public override string ToString() => FirstDate is not { } first || LastDate is not { } last
        ? "BudgetLedger: no entries"
        : $"BudgetLedger: {Count} {(Count == 1 ? "entry" : "entries")} from {LocalDatePattern.Iso.Format(first)} to {LocalDatePattern.Iso.Format(last)}, spent {TotalSpent}, granted {TotalGranted} impressions";

    /// <summary>Compares the entries, in order.</summary>
    /// <param name="other">The ledger to compare with.</param>
    /// <returns>True when both hold equal entries in the same order.</returns>
    public bool Equals([NotNullWhen(true)] BudgetLedger? other) =>
        other is not null && (ReferenceEquals(this, other) || Entries.SequenceEqual(other.Entries));

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="BudgetLedger"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as BudgetLedger);

    /// <summary>Returns a hash code consistent with equality; O(n).</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (LedgerEntry entry in Entries)
        {
            hash.Add(entry);
        }
        return hash.ToHashCode();
    }

    /// <summary>Value equality.</summary>
    /// <param name="left">The first ledger, or null.</param>
    /// <param name="right">The second ledger, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(BudgetLedger? left, BudgetLedger? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first ledger, or null.</param>
    /// <param name="right">The second ledger, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(BudgetLedger? left, BudgetLedger? right) => !(left == right);

    private static BudgetLedger Build(LedgerEntry[] all) =>
        TryBuild(all, out ImmutableArray<DataProblem> problems) ?? throw new DataValidationException(problems);

    /// <summary>Checks and builds in one pass of each (for callers that collect problems, such as
    /// <see cref="ProgrammeData"/>): the ledger, or null with every problem at <c>LedgerEntry[i]</c> (and its location).</summary>
    internal static BudgetLedger? TryBuild(LedgerEntry[] all, out ImmutableArray<DataProblem> problems) =>
        TryBuild(all, null, 0, out problems);

    /// <summary><see cref="TryBuild(LedgerEntry[], out ImmutableArray{DataProblem})"/> with each entry's beneficiary
    /// already numbered (equal numbers for equal ids, -1 without one), so that groups are found without hashing ids.</summary>
    internal static BudgetLedger? TryBuild(LedgerEntry[] all, int[]? numberOf, int numberCount, out ImmutableArray<DataProblem> problems)
    {
        if (all.Length == 0)
        {
            problems = ImmutableArray<DataProblem>.Empty;
            return Empty;
        }
        int[] order = LedgerValidation.DateOrder(all);
        problems = LedgerValidation.Check(all, order, LedgerValidation.DefaultPathPrefix, numberOf, numberCount);
        if (!problems.IsEmpty)
        {
            return null;
        }
        var sorted = ImmutableArray.CreateBuilder<LedgerEntry>(all.Length);
        int[]? sortedNumbers = numberOf is null ? null : new int[all.Length];
        for (int k = 0; k < order.Length; k++)
        {
            sorted.Add(all[order[k]]);
            if (sortedNumbers is not null)
            {
                sortedNumbers[k] = numberOf![order[k]];
            }
        }
        return new BudgetLedger(sorted.MoveToImmutable(), sortedNumbers, numberCount);
    }
}
