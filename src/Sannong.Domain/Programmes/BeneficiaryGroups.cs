using System.Runtime.InteropServices;

namespace Sannong.Domain.Programmes;

/// <summary>
/// A ledger's entries grouped by beneficiary, each group in date order: group g (0 ≤ g &lt; <see cref="Ids"/>.Length)
/// holds the entries naming <see cref="Ids"/>[g], numbered in the order the ids first appear; the last group
/// (<see cref="Ids"/>.Length) holds the entries without a beneficiary.
/// </summary>
/// <remarks>Built in O(n): one lookup per entry finds its group, and a counting sort (stable, so date order is kept)
/// lays the groups out one after the other in one array of entry indexes.</remarks>
internal sealed class BeneficiaryGroups
{
    // Slots hold group + 1, so that the default 0 means "not seen yet".
    private readonly Dictionary<InfluencerId, int> _slotOf;
    private readonly int[] _members;
    private readonly int[] _starts;

    private BeneficiaryGroups(InfluencerId[] ids, Dictionary<InfluencerId, int> slotOf, int[] members, int[] starts)
    {
        Ids = ids;
        _slotOf = slotOf;
        _members = members;
        _starts = starts;
    }

    /// <summary>The beneficiaries, in the order they first appear in the entries.</summary>
    internal InfluencerId[] Ids { get; }

    /// <summary>The number of groups: one per beneficiary and one for the entries without a beneficiary.</summary>
    internal int Count => Ids.Length + 1;

    /// <summary>The group of <paramref name="beneficiary"/>: the last one for null, -1 for an id the ledger does not name.</summary>
    internal int GroupOf(InfluencerId? beneficiary) =>
        beneficiary is not { } id ? Ids.Length
        : _slotOf.TryGetValue(id, out int slot) ? slot - 1
        : -1;

    /// <summary>The beneficiaries in ordinal order.</summary>
    internal ImmutableArray<InfluencerId> SortedIds()
    {
        InfluencerId[] sorted = (InfluencerId[])Ids.Clone();
        Array.Sort(sorted);
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    /// <summary>The indexes of the entries of group <paramref name="group"/>, in date order.</summary>
    internal ReadOnlySpan<int> MembersOf(int group) => _members.AsSpan(_starts[group], _starts[group + 1] - _starts[group]);

    /// <summary>Groups entries in date order.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="numberOf">Optionally each entry's beneficiary already numbered (equal numbers for equal ids, in
    /// [0, <paramref name="numberCount"/>)), so that groups are found without hashing ids; null to hash them.</param>
    /// <param name="numberCount">The count of beneficiary numbers.</param>
    internal static BeneficiaryGroups Of(ImmutableArray<LedgerEntry> entries, int[]? numberOf, int numberCount)
    {
        var slotOf = new Dictionary<InfluencerId, int>();
        var ids = new List<InfluencerId>();
        int[] groupOf = Assign(entries, numberOf, numberCount, slotOf, ids);
        if (numberOf is not null)
        {
            for (int g = 0; g < ids.Count; g++)
            {
                slotOf.Add(ids[g], g + 1);
            }
        }
        int[] starts = new int[ids.Count + 2];
        int[] members = CountingSort(groupOf, starts);
        return new BeneficiaryGroups(ids.ToArray(), slotOf, members, starts);
    }

    /// <summary>Each entry's group (-1 for none), numbering the beneficiaries as they first appear, with one lookup per
    /// entry: in the numbered slots when given, else in <paramref name="slotOf"/>.</summary>
    private static int[] Assign(
        ImmutableArray<LedgerEntry> entries, int[]? numberOf, int numberCount, Dictionary<InfluencerId, int> slotOf, List<InfluencerId> ids)
    {
        int[]? slotOfNumber = numberOf is null ? null : new int[numberCount];
        int[] groupOf = new int[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            if (entries[i].Beneficiary is not { } beneficiary)
            {
                groupOf[i] = -1;
                continue;
            }
            ref int slot = ref slotOfNumber is not null
                ? ref slotOfNumber[numberOf![i]]
                : ref CollectionsMarshal.GetValueRefOrAddDefault(slotOf, beneficiary, out _);
            if (slot == 0)
            {
                ids.Add(beneficiary);
                slot = ids.Count;
            }
            groupOf[i] = slot - 1;
        }
        return groupOf;
    }

    /// <summary>The entry indexes ordered by group (the last group for -1), stably; fills <paramref name="starts"/>
    /// (one more than the groups) with where each group begins and ends.</summary>
    private static int[] CountingSort(int[] groupOf, int[] starts)
    {
        int last = starts.Length - 2;
        foreach (int group in groupOf)
        {
            starts[(group < 0 ? last : group) + 1]++;
        }
        for (int g = 1; g < starts.Length; g++)
        {
            starts[g] += starts[g - 1];
        }
        int[] next = starts[..^1];
        int[] members = new int[groupOf.Length];
        for (int i = 0; i < groupOf.Length; i++)
        {
            members[next[groupOf[i] < 0 ? last : groupOf[i]]++] = i;
        }
        return members;
    }
}
