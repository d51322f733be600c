using System.Text;
using NodaTime.Text;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Programmes;

/// <summary>
/// One line of a <see cref="BudgetLedger"/>: on a date, cash disbursed or refunded, or traffic granted or reversed,
/// optionally for one beneficiary influencer, with a memo.
/// </summary>
/// <remarks>
/// <para>Build entries with <see cref="Disbursement"/>, <see cref="Refund"/>, <see cref="TrafficGrant"/> and
/// <see cref="TrafficReversal"/>. The amount is strictly positive; the <see cref="Kind"/> says its direction, and
/// <see cref="SignedCash"/> / <see cref="SignedImpressions"/> give it with a sign. A cash entry has
/// <see cref="Impressions"/> zero; a traffic entry has <see cref="Cash"/> zero.</para>
/// <para>A null <see cref="Beneficiary"/> means the entry is not tied to one influencer (for example an agency
/// fee). The memo is free text: at most 500 characters, no control characters (no line breaks), no bidirectional
/// embeddings, overrides or isolates, no noncharacters, possibly empty.</para>
/// <para>Equality compares every property (the memo ordinally). There is no natural order, so the type is not
/// comparable; a ledger orders its entries by <see cref="Date"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class LedgerEntry : IEquatable<LedgerEntry>
{
    /// <summary>The longest memo accepted, in UTF-16 code units (500).</summary>
    public const int MaxMemoLength = 500;

    private LedgerEntry(LocalDate date, LedgerEntryKind kind, Money cash, Impressions impressions, InfluencerId? beneficiary, string memo)
    {
        Date = date;
        Kind = kind;
        Cash = cash;
        Impressions = impressions;
        Beneficiary = beneficiary;
        Memo = memo;
    }

    /// <summary>The day the cash or traffic was given or taken back (ISO calendar).</summary>
    public LocalDate Date { get; }

    /// <summary>What the entry records.</summary>
    public LedgerEntryKind Kind { get; }

    /// <summary>The cash amount, strictly positive for <see cref="LedgerEntryKind.Disbursement"/> and
    /// <see cref="LedgerEntryKind.Refund"/>; <see cref="Money.Zero"/> for traffic entries.</summary>
    public Money Cash { get; }

    /// <summary>The number of impressions, strictly positive for <see cref="LedgerEntryKind.TrafficGrant"/> and
    /// <see cref="LedgerEntryKind.TrafficReversal"/>; <see cref="Impressions.Zero"/> for cash entries.</summary>
    public Impressions Impressions { get; }

    /// <summary>The influencer the cash or traffic went to (or came back from), or null when it is not tied to one.</summary>
    public InfluencerId? Beneficiary { get; }

    /// <summary>Free text about the entry; never null, possibly empty.</summary>
    public string Memo { get; }

    /// <summary>True for disbursements and refunds.</summary>
    public bool IsCash => Kind is LedgerEntryKind.Disbursement or LedgerEntryKind.Refund;

    /// <summary>True for traffic grants and reversals.</summary>
    public bool IsTraffic => !IsCash;

    /// <summary>The cash with its direction: positive for a disbursement, negative for a refund, zero for traffic.</summary>
    public Money SignedCash => Kind == LedgerEntryKind.Refund ? -Cash : Cash;

    /// <summary>The impressions with their direction: positive for a grant, negative for a reversal, zero for cash.</summary>
    public long SignedImpressions => Kind == LedgerEntryKind.TrafficReversal ? -Impressions.Count : Impressions.Count;

    /// <summary>Records cash paid out.</summary>
    /// <param name="date">The day of the payment; ISO calendar.</param>
    /// <param name="amount">The amount paid; strictly positive.</param>
    /// <param name="beneficiary">The influencer paid, or null when the payment is not tied to one.</param>
    /// <param name="memo">Free text: at most 500 characters, no control characters.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memo"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar, <paramref name="beneficiary"/>
    /// is <c>default(InfluencerId)</c>, or <paramref name="memo"/> is too long or has a control character.</exception>
    public static LedgerEntry Disbursement(LocalDate date, Money amount, InfluencerId? beneficiary = null, string memo = "") =>
        CashEntry(date, LedgerEntryKind.Disbursement, amount, beneficiary, memo);

    /// <summary>Records cash paid back to the programme.</summary>
    /// <param name="date">The day of the refund; ISO calendar.</param>
    /// <param name="amount">The amount refunded; strictly positive.</param>
    /// <param name="beneficiary">The influencer who refunded, or null when the refund is not tied to one.</param>
    /// <param name="memo">Free text: at most 500 characters, no control characters.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memo"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar, <paramref name="beneficiary"/>
    /// is <c>default(InfluencerId)</c>, or <paramref name="memo"/> is too long or has a control character.</exception>
    public static LedgerEntry Refund(LocalDate date, Money amount, InfluencerId? beneficiary = null, string memo = "") =>
        CashEntry(date, LedgerEntryKind.Refund, amount, beneficiary, memo);

    /// <summary>Records traffic support given.</summary>
    /// <param name="date">The day of the grant; ISO calendar.</param>
    /// <param name="amount">The impressions granted; strictly positive.</param>
    /// <param name="beneficiary">The influencer given the traffic, or null when the grant is not tied to one.</param>
    /// <param name="memo">Free text: at most 500 characters, no control characters.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memo"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar, <paramref name="beneficiary"/>
    /// is <c>default(InfluencerId)</c>, or <paramref name="memo"/> is too long or has a control character.</exception>
    public static LedgerEntry TrafficGrant(LocalDate date, Impressions amount, InfluencerId? beneficiary = null, string memo = "") =>
        TrafficEntry(date, LedgerEntryKind.TrafficGrant, amount, beneficiary, memo);

    /// <summary>Records traffic support taken back.</summary>
    /// <param name="date">The day of the reversal; ISO calendar.</param>
    /// <param name="amount">The impressions reversed; strictly positive.</param>
    /// <param name="beneficiary">The influencer the traffic is taken back from, or null when it is not tied to one.</param>
    /// <param name="memo">Free text: at most 500 characters, no control characters.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memo"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar, <paramref name="beneficiary"/>
    /// is <c>default(InfluencerId)</c>, or <paramref name="memo"/> is too long or has a control character.</exception>
    public static LedgerEntry TrafficReversal(LocalDate date, Impressions amount, InfluencerId? beneficiary = null, string memo = "") =>
        TrafficEntry(date, LedgerEntryKind.TrafficReversal, amount, beneficiary, memo);

    /// <summary>Returns a copy of this entry on another date.</summary>
    /// <param name="date">The new date; ISO calendar.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public LedgerEntry WithDate(LocalDate date) =>
        new(Preconditions.CheckIso(date), Kind, Cash, Impressions, Beneficiary, Memo);

    /// <summary>Returns a copy of this entry for another beneficiary (or none).</summary>
    /// <param name="beneficiary">The new beneficiary, or null.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="beneficiary"/> is <c>default(InfluencerId)</c>.</exception>
    public LedgerEntry WithBeneficiary(InfluencerId? beneficiary) =>
        new(Date, Kind, Cash, Impressions, CheckBeneficiary(beneficiary), Memo);

    /// <summary>Returns a copy of this entry with another memo.</summary>
    /// <param name="memo">The new memo: at most 500 characters, no control characters.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memo"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="memo"/> is too long or has a control character.</exception>
    public LedgerEntry WithMemo(string memo) =>
        new(Date, Kind, Cash, Impressions, Beneficiary, CheckMemo(memo));

    /// <summary>Returns the entry as one line, for example <c>2023-12-01 disbursement 1500.00 to kol-1 (seed grant)</c>
    /// or <c>2024-01-03 traffic-reversal 2000 impressions from kol-2</c>.</summary>
    /// <returns>The date, kind, amount, beneficiary (when there is one) and memo (when not empty).</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(LocalDatePattern.Iso.Format(Date)).Append(' ').Append(KindWords(Kind)).Append(' ');
        text.Append(IsCash ? Cash.ToString() : Impressions.Count.ToString(CultureInfo.InvariantCulture) + " impressions");
        if (Beneficiary is { } beneficiary)
        {
            text.Append(Kind is LedgerEntryKind.Refund or LedgerEntryKind.TrafficReversal ? " from " : " to ").Append(beneficiary.Value);
        }
        if (Memo.Length > 0)
        {
            text.Append(" (").Append(Memo).Append(')');
        }
        return text.ToString();
    }

    /// <summary>Compares every property (the memo ordinally).</summary>
    /// <param name="other">The entry to compare with.</param>
    /// <returns>True when date, kind, amounts, beneficiary and memo are equal.</returns>
    public bool Equals([NotNullWhen(true)] LedgerEntry? other) =>
        other is not null
        && Date == other.Date
        && Kind == other.Kind
        && Cash == other.Cash
        && Impressions == other.Impressions
        && Nullable.Equals(Beneficiary, other.Beneficiary)
        && string.Equals(Memo, other.Memo, StringComparison.Ordinal);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="LedgerEntry"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as LedgerEntry);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(Date, Kind, Cash, Impressions, Beneficiary, StringComparer.Ordinal.GetHashCode(Memo));

    /// <summary>Value equality.</summary>
    /// <param name="left">The first entry, or null.</param>
    /// <param name="right">The second entry, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(LedgerEntry? left, LedgerEntry? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first entry, or null.</param>
    /// <param name="right">The second entry, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(LedgerEntry? left, LedgerEntry? right) => !(left == right);

    // The kind in the words of ToString. The dataset format's names are Serialization's (SannongNames), which this
    // layer may not use; a test holds the two equal.
    private static string KindWords(LedgerEntryKind kind) => kind switch
    {
        LedgerEntryKind.Disbursement => "disbursement",
        LedgerEntryKind.Refund => "refund",
        LedgerEntryKind.TrafficGrant => "traffic-grant",
        LedgerEntryKind.TrafficReversal => "traffic-reversal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"kind must be a defined LedgerEntryKind, but was {(int)kind}."),
    };

    private static LedgerEntry CashEntry(LocalDate date, LedgerEntryKind kind, Money amount, InfluencerId? beneficiary, string memo)
    {
        Preconditions.CheckIso(date);
        Preconditions.CheckPositive(amount);
        return new LedgerEntry(date, kind, amount, Impressions.Zero, CheckBeneficiary(beneficiary), CheckMemo(memo));
    }

    private static LedgerEntry TrafficEntry(LocalDate date, LedgerEntryKind kind, Impressions amount, InfluencerId? beneficiary, string memo)
    {
        Preconditions.CheckIso(date);
        Preconditions.CheckPositive(amount);
        return new LedgerEntry(date, kind, Money.Zero, amount, CheckBeneficiary(beneficiary), CheckMemo(memo));
    }

    private static InfluencerId? CheckBeneficiary(InfluencerId? beneficiary) =>
        Preconditions.CheckNullOrNotDefault(beneficiary, "influencer id");

    private static string CheckMemo(string memo) => Preconditions.CheckText(memo, TextRule.Memo, MaxMemoLength);
}
