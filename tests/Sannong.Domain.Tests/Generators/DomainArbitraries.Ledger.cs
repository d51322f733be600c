using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Generators;

// Generators of the budget ledger: single entries, raw entry lists (valid or not) and valid ledgers.
// Dates fall in a window of about five months and beneficiaries in a small pool, so that entries share days,
// months and beneficiaries often enough for the refund rule to matter.
public static partial class DomainArbitraries
{
    private static readonly LocalDate LedgerEpoch = new(2023, 11, 1);

    private static readonly InfluencerId?[] LedgerBeneficiaryPool =
        [null, new InfluencerId("kol-1"), new InfluencerId("kol-2"), new InfluencerId("kol-3"), new InfluencerId("村播-4")];

    private static Gen<LocalDate> LedgerDate => Gen.Choose(0, 150).Select(days => LedgerEpoch.PlusDays(days));

    private static Gen<InfluencerId?> LedgerBeneficiary => Gen.Elements(LedgerBeneficiaryPool);

    private static Gen<string> LedgerMemo => Gen.Elements("", "seed grant", "月度补贴 monthly subsidy", "returned: video removed");

    // A private Money generator (the primitives' public one is not ours to define): positive amounts, fen-exact
    // ones and round hundreds of yuan.
    private static Gen<Money> LedgerCash => Gen.Frequency(
        (3, Gen.Choose(1, 500_000).Select(fen => Money.FromFen(fen))),
        (1, Gen.Choose(1, 50).Select(hundreds => Money.FromYuan(hundreds * 100m))));

    private static Gen<Impressions> LedgerImpressions => Gen.Frequency(
        (3, Gen.Choose(1, 1_000_000).Select(count => new Impressions(count))),
        (1, Gen.Choose(1, 100).Select(tens => new Impressions(tens * 10_000L))));

    private static Gen<LedgerEntry> LedgerEntryOf(LedgerEntryKind kind) =>
        from date in LedgerDate
        from cash in LedgerCash
        from impressions in LedgerImpressions
        from beneficiary in LedgerBeneficiary
        from memo in LedgerMemo
        select kind switch
        {
            LedgerEntryKind.Disbursement => LedgerEntry.Disbursement(date, cash, beneficiary, memo),
            LedgerEntryKind.Refund => LedgerEntry.Refund(date, cash, beneficiary, memo),
            LedgerEntryKind.TrafficGrant => LedgerEntry.TrafficGrant(date, impressions, beneficiary, memo),
            _ => LedgerEntry.TrafficReversal(date, impressions, beneficiary, memo),
        };

    private static Gen<LedgerEntry> LedgerEntryGen =>
        Gen.Elements(Enum.GetValues<LedgerEntryKind>()).SelectMany(LedgerEntryOf);

    /// <summary>Any single ledger entry, of every kind.</summary>
    public static Arbitrary<LedgerEntry> LedgerEntries() => LedgerEntryGen.ToArbitrary();

    /// <summary>
    /// Entries that make a valid ledger, in a shuffled recording order: disbursements and grants, and for some of
    /// them a refund or reversal of the same beneficiary, on the same day or later, of at most (sometimes exactly)
    /// the amount given. Each take-back is paired with its own giving, so no group's end-of-day net goes negative.
    /// </summary>
    public static Gen<LedgerEntry[]> ValidLedgerEntryArrays =>
        from givings in Gen.ArrayOf(Gen.Elements(LedgerEntryKind.Disbursement, LedgerEntryKind.TrafficGrant).SelectMany(LedgerEntryOf))
        from takeBacks in Gen.CollectToArray(givings, TakeBackFor)
        from shuffled in Gen.Shuffle(givings.Concat(takeBacks.OfType<LedgerEntry>()))
        select shuffled;

    /// <summary>Entry lists that are often invalid: valid lists, valid lists with one entry nudged (a take-back a
    /// little larger, a giving a few days later), and lists of entries drawn independently.</summary>
    public static Gen<LedgerEntry[]> RawLedgerEntryArrays => Gen.Frequency(
        (1, ValidLedgerEntryArrays),
        (2, ValidLedgerEntryArrays.Where(entries => entries.Length > 0).SelectMany(Nudged)),
        (2, Gen.ArrayOf(LedgerEntryGen)));

    /// <summary>Valid budget ledgers (cash and traffic, with refunds and reversals).</summary>
    public static Arbitrary<BudgetLedger> BudgetLedgers() => ValidLedgerEntryArrays.Select(BudgetLedger.Create).ToArbitrary();

    private static Gen<LedgerEntry?> TakeBackFor(LedgerEntry giving)
    {
        Gen<LedgerEntry?> partOrAll(bool all) =>
            from delay in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(0, 60)))
            from percent in Gen.Choose(1, 100)
            from memo in LedgerMemo
            let date = giving.Date.PlusDays(delay)
            select (LedgerEntry?)(giving.Kind == LedgerEntryKind.Disbursement
                ? LedgerEntry.Refund(date, Money.FromFen(all ? giving.Cash.Fen : Math.Max(1, giving.Cash.Fen * percent / 100)), giving.Beneficiary, memo)
                : LedgerEntry.TrafficReversal(date, new Impressions(all ? giving.Impressions.Count : Math.Max(1, giving.Impressions.Count * percent / 100)), giving.Beneficiary, memo));
        return Gen.Frequency((2, Gen.Constant<LedgerEntry?>(null)), (2, partOrAll(false)), (2, partOrAll(true)));
    }

    // Nudges one entry: mostly a take-back, made 1 fen (or impression) larger, or a little more; otherwise a giving
    // moved a few days later. A full take-back nudged by one is the smallest possible breach.
    private static Gen<LedgerEntry[]> Nudged(LedgerEntry[] entries)
    {
        int[] takeBacks = Enumerable.Range(0, entries.Length)
            .Where(i => entries[i].Kind is LedgerEntryKind.Refund or LedgerEntryKind.TrafficReversal).ToArray();
        Gen<int> anyIndex = Gen.Choose(0, entries.Length - 1);
        Gen<int> index = takeBacks.Length == 0 ? anyIndex : Gen.Frequency((3, Gen.Elements(takeBacks)), (1, anyIndex));
        return from i in index
               from step in Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Choose(2, 10)))
               select entries.Select((entry, j) => j != i ? entry : entry.Kind switch
               {
                   LedgerEntryKind.Refund => LedgerEntry.Refund(entry.Date, entry.Cash + Money.FromFen(step), entry.Beneficiary, entry.Memo),
                   LedgerEntryKind.TrafficReversal => LedgerEntry.TrafficReversal(entry.Date, entry.Impressions + new Impressions(step), entry.Beneficiary, entry.Memo),
                   _ => entry.WithDate(entry.Date.PlusDays(step)),
               }).ToArray();
    }
}
