using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;

namespace Sannong.Domain.Programmes;

/// <summary>
/// A programme and everything recorded for it (its influencers, enrolments, budget ledger, earnings and content), as
/// one checked value: the input of the calculators and the in-memory form of a dataset document.
/// </summary>
/// <remarks>
/// <para>Building it checks the references between the records and reports every problem found, not just the first
/// (see <see cref="Validate"/> for the rules). A value of this type therefore always satisfies them: every
/// enrolment, ledger beneficiary, earning and content author names an influencer of <see cref="Influencers"/>, no
/// influencer or content id appears twice, every enrolment falls within the programme's period, and the ledger obeys
/// its refund rule (<see cref="BudgetLedger"/>).</para>
/// <para>Problems are located by paths in the shape of the dataset document: <c>$.influencers[i]</c>,
/// <c>$.enrolments[i]</c>, <c>$.ledger[i]</c>, <c>$.earnings[i]</c> and <c>$.content[i]</c>, with <c>i</c> the
/// 0-based position in the sequence the caller gave.</para>
/// <para>Each input sequence is enumerated once and copied once. Not checked, by design: an enrolled influencer's
/// follower count against the programme's <see cref="Programme.Eligibility"/> (the count is today's, not the count on
/// the day of enrolment), earnings outside the period (earnings before enrolment are a baseline), and several earnings
/// of one influencer, month and source (they add up).</para>
/// <para>Equality is by value: the same programme and the same records in the same order.</para>
/// </remarks>
/// <threadsafety>This type is an immutable reference type. See the thread safety section of the user guide for further information.</threadsafety>
public sealed class ProgrammeData : IEquatable<ProgrammeData>
{
    private readonly FrozenDictionary<InfluencerId, Influencer> _influencersById;

    private ProgrammeData(
        Programme programme,
        ImmutableArray<Influencer> influencers,
        FrozenDictionary<InfluencerId, Influencer> influencersById,
        ImmutableArray<Enrolment> enrolments,
        BudgetLedger ledger,
        ImmutableArray<Earning> earnings,
        ImmutableArray<ContentItem> content)
    {
        Programme = programme;
        Influencers = influencers;
        _influencersById = influencersById;
        Enrolments = enrolments;
        Ledger = ledger;
        Earnings = earnings;
        Content = content;
        FirstEnrolments = Enrolment.FirstEnrolments(enrolments);
    }

    /// <summary>The programme: its period, targets, budgets, eligibility and earning rule.</summary>
    public Programme Programme { get; }

    /// <summary>The influencers the records refer to, in the order given.</summary>
    public ImmutableArray<Influencer> Influencers { get; }

    /// <summary>The enrolments, in the order given (an influencer may be enrolled more than once).</summary>
    public ImmutableArray<Enrolment> Enrolments { get; }

    /// <summary>The date of each mentee's first enrolment, by influencer (ordinal order): the mentee rule's input.</summary>
    public ImmutableSortedDictionary<InfluencerId, LocalDate> FirstEnrolments { get; }

    /// <summary>The budget ledger of cash and traffic given, in date order.</summary>
    public BudgetLedger Ledger { get; }

    /// <summary>The monthly earnings records, in the order given.</summary>
    public ImmutableArray<Earning> Earnings { get; }

    /// <summary>The content items, in the order given.</summary>
    public ImmutableArray<ContentItem> Content { get; }

    /// <summary>Checks the records and builds the value, or throws listing every problem.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="influencers">The influencers; ids must be unique.</param>
    /// <param name="enrolments">The enrolments; each must name a known influencer and fall within the period.</param>
    /// <param name="ledger">The ledger entries in recording order; beneficiaries must be known influencers.</param>
    /// <param name="earnings">The earnings; each must name a known influencer.</param>
    /// <param name="content">The content items; ids must be unique and authors known influencers.</param>
    /// <returns>The checked data.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or a sequence holds null.</exception>
    /// <exception cref="DataValidationException">The records have problems; <see cref="DataValidationException.Problems"/>
    /// lists every one.</exception>
    public static ProgrammeData Create(
        Programme programme,
        IEnumerable<Influencer> influencers,
        IEnumerable<Enrolment> enrolments,
        IEnumerable<LedgerEntry> ledger,
        IEnumerable<Earning> earnings,
        IEnumerable<ContentItem> content) =>
        Validate(programme, influencers, enrolments, ledger, earnings, content).GetValueOrThrow();

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

    /// <summary>Finds an influencer by id.</summary>
    /// <param name="id">The influencer's id.</param>
    /// <param name="influencer">The influencer, when found.</param>
    /// <returns>True when <see cref="Influencers"/> holds an influencer with that id.</returns>
    public bool TryGetInfluencer(InfluencerId id, [NotNullWhen(true)] out Influencer? influencer) =>
        _influencersById.TryGetValue(id, out influencer);

    /// <summary>Returns the influencer with an id.</summary>
    /// <param name="id">The influencer's id.</param>
    /// <returns>The influencer.</returns>
    /// <exception cref="KeyNotFoundException">No influencer has that id.</exception>
    public Influencer GetInfluencer(InfluencerId id) =>
        _influencersById.TryGetValue(id, out Influencer? influencer)
            ? influencer
            : throw new KeyNotFoundException($"id '{id}' is not an influencer of programme '{Programme.Id}'.");

    /// <summary>Returns a one-line summary for diagnostics.</summary>
    /// <returns>The programme's id and the number of each kind of record.</returns>
    public override string ToString() =>
        $"{Programme.Id}: {Influencers.Length} influencers, {Enrolments.Length} enrolments, {Ledger.Count} ledger entries, " +
        $"{Earnings.Length} earnings, {Content.Length} content items";

    /// <summary>Value equality: the same programme and the same records in the same order.</summary>
    /// <param name="other">The data to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals([NotNullWhen(true)] ProgrammeData? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Programme == other.Programme
                && Influencers.SequenceEqual(other.Influencers)
                && Enrolments.SequenceEqual(other.Enrolments)
                && Ledger == other.Ledger
                && Earnings.SequenceEqual(other.Earnings)
                && Content.SequenceEqual(other.Content)));

    /// <summary>Value equality with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is equal data.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as ProgrammeData);

    /// <summary>A hash code consistent with value equality (from the programme, the ledger and the record counts).</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(Programme, Ledger, Influencers.Length, Enrolments.Length, Earnings.Length, Content.Length);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(ProgrammeData? left, ProgrammeData? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ProgrammeData? left, ProgrammeData? right) => !(left == right);

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
