using NodaTime.Text;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;

namespace Sannong.Domain.Programmes;

/// <summary>
/// The checks of a programme's records against each other, each reported at the record it concerns (a
/// <see cref="DataLocation"/>; the caller's <see cref="ProblemList"/> writes it): identifiers unique
/// (<see cref="DataProblemKind.DuplicateId"/>), every influencer a record names known
/// (<see cref="DataProblemKind.UnknownInfluencer"/>), every enrolment within the programme's period
/// (<see cref="DataProblemKind.OutsidePeriod"/>). Problems are reported in the order of the records.
/// </summary>
internal static class RecordReferences
{
    /// <summary>Each influencer's index by id (its first, when repeated), reporting every repeated id.</summary>
    internal static Dictionary<InfluencerId, int> IndexInfluencers(ImmutableArray<Influencer> people, ProblemList problems)
    {
        var byId = new Dictionary<InfluencerId, int>(people.Length);
        for (int i = 0; i < people.Length; i++)
        {
            CheckUnique(byId, people[i].Id, i, DataRecordKind.Influencer, "influencer", problems);
        }
        return byId;
    }

    /// <summary>Reports each enrolment of an unknown influencer, then each dated outside the period.</summary>
    internal static void CheckEnrolments(ImmutableArray<Enrolment> enrolments, Dictionary<InfluencerId, int> known, DateInterval period, ProblemList problems)
    {
        for (int i = 0; i < enrolments.Length; i++)
        {
            Enrolment enrolment = enrolments[i];
            CheckKnown(known, enrolment.Influencer, DataRecordKind.Enrolment, i, nameof(Enrolment.Influencer), problems);
            if (!period.Contains(enrolment.Enrolled))
            {
                problems.Add(new DataLocation(DataRecordKind.Enrolment, i, nameof(Enrolment.Enrolled)), DataProblemKind.OutsidePeriod,
                    $"enrolment date {Iso(enrolment.Enrolled)} is outside the programme's period {Iso(period.Start)}..{Iso(period.End)}.");
            }
        }
    }

    /// <summary>Each ledger entry's beneficiary numbered by its influencer's index (-1 without one), so that the ledger
    /// groups entries without hashing ids again; null when some beneficiary is unknown (each is reported).</summary>
    internal static int[]? NumberBeneficiaries(ImmutableArray<LedgerEntry> entries, Dictionary<InfluencerId, int> known, ProblemList problems)
    {
        int[]? numbers = new int[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            int who = -1;
            if (entries[i].Beneficiary is { } beneficiary && !known.TryGetValue(beneficiary, out who))
            {
                CheckKnown(known, beneficiary, DataRecordKind.LedgerEntry, i, nameof(LedgerEntry.Beneficiary), problems);
                numbers = null;
            }
            if (numbers is not null)
            {
                numbers[i] = who;
            }
        }
        return numbers;
    }

    /// <summary>Reports each earning of an unknown influencer.</summary>
    internal static void CheckEarnings(ImmutableArray<Earning> earnings, Dictionary<InfluencerId, int> known, ProblemList problems)
    {
        for (int i = 0; i < earnings.Length; i++)
        {
            CheckKnown(known, earnings[i].Influencer, DataRecordKind.Earning, i, nameof(Earning.Influencer), problems);
        }
    }

    /// <summary>Reports, item by item, a repeated content id and an unknown author.</summary>
    internal static void CheckContent(ImmutableArray<ContentItem> items, Dictionary<InfluencerId, int> known, ProblemList problems)
    {
        var byId = new Dictionary<ContentId, int>(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            CheckUnique(byId, items[i].Id, i, DataRecordKind.ContentItem, "content", problems);
            CheckKnown(known, items[i].Author, DataRecordKind.ContentItem, i, nameof(ContentItem.Author), problems);
        }
    }

    /// <summary>Records the first index of an id, or reports it as repeated (naming the first record with it).</summary>
    private static void CheckUnique<TId>(Dictionary<TId, int> firstAt, TId id, int index, DataRecordKind record, string what, ProblemList problems)
        where TId : notnull
    {
        if (!firstAt.TryAdd(id, index))
        {
            // Both paths are written only for a problem kept: most records have none.
            problems.Add(new DataLocation(record, index, "Id"), DataProblemKind.DuplicateId,
                $"{what} id '{id}' appears more than once (first at {problems.PathOf(new DataLocation(record, firstAt[id]))}).");
        }
    }

    private static void CheckKnown(Dictionary<InfluencerId, int> known, InfluencerId id, DataRecordKind record, int index, string field, ProblemList problems)
    {
        if (!known.ContainsKey(id))
        {
            problems.Add(new DataLocation(record, index, field), DataProblemKind.UnknownInfluencer, $"influencer '{id}' is not among the influencers.");
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
