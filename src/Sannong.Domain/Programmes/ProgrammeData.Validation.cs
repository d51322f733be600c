using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;

namespace Sannong.Domain.Programmes;

// The checks of the records against each other, and the building of the value when they pass.
public sealed partial class ProgrammeData
{
    /// <summary>
    /// Checks the records and builds the value, returning every problem instead of throwing. The rules, each reported
    /// once per offending record: influencer ids unique (<see cref="DataProblemKind.DuplicateId"/> at
    /// <c>$.influencers[i].id</c>); content ids unique (<c>$.content[i].id</c>); every enrolment
    /// (<c>$.enrolments[i].influencer</c>), ledger beneficiary (<c>$.ledger[i].influencer</c>), earning
    /// (<c>$.earnings[i].influencer</c>) and content author (<c>$.content[i].author</c>) names a known influencer
    /// (<see cref="DataProblemKind.UnknownInfluencer"/>); every enrolment date within the programme's period
    /// (<see cref="DataProblemKind.OutsidePeriod"/> at <c>$.enrolments[i].date</c>); and the ledger's refund rule
    /// (<see cref="BudgetLedger.Validate"/>, at <c>$.ledger[i]</c>). At most <see cref="ValidationOptions.MaxProblems"/>
    /// problems are kept (1,000 by default); every one is counted in <see cref="ValidationResult{T}.ProblemCount"/>,
    /// and past the cap no problem is built. Never throws for records that could be built: a rule of a domain type
    /// that fails while the whole is assembled (an <see cref="ArgumentException"/> or an
    /// <see cref="ArithmeticException"/>) is reported as a problem (at <c>$.ledger</c> or <c>$</c>).
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="influencers">The influencers.</param>
    /// <param name="enrolments">The enrolments.</param>
    /// <param name="ledger">The ledger entries in recording order.</param>
    /// <param name="earnings">The earnings.</param>
    /// <param name="content">The content items.</param>
    /// <param name="options">How many problems to keep; null for <see cref="ValidationOptions.Default"/>.</param>
    /// <returns>The checked data, or the problems found (in the order: influencers, enrolments, ledger, earnings,
    /// content).</returns>
    /// <exception cref="ArgumentNullException">An argument is null or a sequence holds null.</exception>
    public static ValidationResult<ProgrammeData> Validate(
        Programme programme,
        IEnumerable<Influencer> influencers,
        IEnumerable<Enrolment> enrolments,
        IEnumerable<LedgerEntry> ledger,
        IEnumerable<Earning> earnings,
        IEnumerable<ContentItem> content,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        options ??= ValidationOptions.Default;
        ImmutableArray<Influencer> people = Materialise(influencers, nameof(influencers));
        ImmutableArray<Enrolment> enrolled = Materialise(enrolments, nameof(enrolments));
        ImmutableArray<LedgerEntry> entries = Materialise(ledger, nameof(ledger));
        ImmutableArray<Earning> earned = Materialise(earnings, nameof(earnings));
        ImmutableArray<ContentItem> items = Materialise(content, nameof(content));

        var problems = new ProblemList(options);
        var byId = new Dictionary<InfluencerId, int>(people.Length);
        for (int i = 0; i < people.Length; i++)
        {
            if (!byId.TryAdd(people[i].Id, i))
            {
                problems.Add((i, people, byId), static s => new DataProblem(
                    string.Create(CultureInfo.InvariantCulture, $"$.influencers[{s.i}].id"), DataProblemKind.DuplicateId,
                    string.Create(CultureInfo.InvariantCulture, $"influencer id '{s.people[s.i].Id}' appears more than once (first at $.influencers[{s.byId[s.people[s.i].Id]}]).")));
            }
        }

        DateInterval period = programme.Period;
        for (int i = 0; i < enrolled.Length; i++)
        {
            Enrolment enrolment = enrolled[i];
            CheckKnown(byId, enrolment.Influencer, "enrolments", i, "influencer", problems);
            if (!period.Contains(enrolment.Enrolled))
            {
                problems.Add((i, enrolment.Enrolled, period), static s => new DataProblem(
                    string.Create(CultureInfo.InvariantCulture, $"$.enrolments[{s.i}].date"), DataProblemKind.OutsidePeriod,
                    $"enrolment date {Iso(s.Enrolled)} is outside the programme's period {Iso(s.period.Start)}..{Iso(s.period.End)}."));
            }
        }

        // Each beneficiary is numbered by its influencer's index, so that the ledger groups entries without hashing
        // ids again (unless some beneficiary is unknown, which is a problem anyway).
        int[]? numbers = new int[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            if (entries[i].Beneficiary is not { } beneficiary)
            {
                if (numbers is not null)
                {
                    numbers[i] = -1;
                }
            }
            else if (byId.TryGetValue(beneficiary, out int who))
            {
                if (numbers is not null)
                {
                    numbers[i] = who;
                }
            }
            else
            {
                CheckKnown(byId, beneficiary, "ledger", i, "influencer", problems);
                numbers = null;
            }
        }
        // The ledger is checked and built in one go; it is kept only if nothing else is wrong either.
        BudgetLedger? built = null;
        try
        {
            built = BudgetLedger.TryBuild(entries.ToArray(), numbers, people.Length, out ImmutableArray<DataProblem> ledgerProblems);
            problems.AddRange(ledgerProblems, ledgerProblems.Length);
        }
        catch (Exception e) when (e is ArgumentException and not ArgumentNullException or ArithmeticException)
        {
            problems.Add("$.ledger", Kind(e), Clean(e));
        }

        for (int i = 0; i < earned.Length; i++)
        {
            CheckKnown(byId, earned[i].Influencer, "earnings", i, "influencer", problems);
        }

        var contentIds = new Dictionary<ContentId, int>(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            if (!contentIds.TryAdd(items[i].Id, i))
            {
                problems.Add((i, items, contentIds), static s => new DataProblem(
                    string.Create(CultureInfo.InvariantCulture, $"$.content[{s.i}].id"), DataProblemKind.DuplicateId,
                    string.Create(CultureInfo.InvariantCulture, $"content id '{s.items[s.i].Id}' appears more than once (first at $.content[{s.contentIds[s.items[s.i].Id]}]).")));
            }
            CheckKnown(byId, items[i].Author, "content", i, "author", problems);
        }
        // The cross-record bounds that make every calculator's sums fit their types (at most three problems).
        ImmutableArray<DataProblem> totals = RecordTotals.Check(earned, items);
        problems.AddRange(totals, totals.Length);

        if (problems.Count > 0 || built is null)
        {
            return problems.Failure<ProgrammeData>();
        }
        try
        {
            FrozenDictionary<InfluencerId, Influencer> index = people.ToFrozenDictionary(p => p.Id);
            return ValidationResult<ProgrammeData>.Success(
                new ProgrammeData(programme, people, index, enrolled, built, earned, items));
        }
        catch (Exception e) when (e is ArgumentException and not ArgumentNullException or ArithmeticException)
        {
            // A rule of a domain type met only when the whole is assembled: a problem, not a crash.
            problems.Add("$", Kind(e), Clean(e));
            return problems.Failure<ProgrammeData>();
        }
    }

    private static DataProblemKind Kind(Exception e) =>
        e is ArgumentOutOfRangeException or ArithmeticException ? DataProblemKind.OutOfRange : DataProblemKind.InvalidValue;

    /// <summary>The exception's message without the "(Parameter 'x')" suffix and what follows it.</summary>
    private static string Clean(Exception e)
    {
        string message = e.Message;
        int suffix = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        message = suffix > 0 ? message[..suffix] : message;
        return message.Length > 0 ? message : e.GetType().Name;
    }

    private static ImmutableArray<T> Materialise<T>(IEnumerable<T> items, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        ImmutableArray<T> all = items.ToImmutableArray();
        foreach (T item in all)
        {
            ArgumentNullException.ThrowIfNull(item, paramName);
        }
        return all;
    }

    // The path ($.ledger[7].influencer) is built only for a problem kept: most records have none.
    private static void CheckKnown(Dictionary<InfluencerId, int> known, InfluencerId id, string records, int index, string field, ProblemList problems)
    {
        if (!known.ContainsKey(id))
        {
            problems.Add((id, records, index, field), static s => new DataProblem(
                string.Create(CultureInfo.InvariantCulture, $"$.{s.records}[{s.index}].{s.field}"), DataProblemKind.UnknownInfluencer,
                $"influencer '{s.id}' is not among the influencers."));
        }
    }

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
