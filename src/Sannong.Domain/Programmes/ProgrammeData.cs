using System.Collections.Frozen;
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
/// <para>Problems are located by a <see cref="DataLocation"/>: the kind of record, its 0-based position in the
/// sequence the caller gave, and the field. The checks themselves are those of an internal validator, one type for
/// each kind of check (references, ledger, totals); this type is the checked value.</para>
/// <para>Each input sequence is enumerated once and copied once. Not checked, by design: an enrolled influencer's
/// follower count against the programme's <see cref="Programme.Eligibility"/> (the count is today's, not the count on
/// the day of enrolment), earnings outside the period (earnings before enrolment are a baseline), and several earnings
/// of one influencer, month and source (they add up).</para>
/// <para>Equality is by value: the same programme and the same records in the same order.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class ProgrammeData : IEquatable<ProgrammeData>
{
    private readonly FrozenDictionary<InfluencerId, Influencer> _influencersById;

    /// <summary>The value of records already checked (by <see cref="ProgrammeDataValidator"/>), with its index of
    /// influencers by id and each mentee's first enrolment.</summary>
    internal ProgrammeData(Programme programme, ImmutableArray<Influencer> influencers, ImmutableArray<Enrolment> enrolments,
        BudgetLedger ledger, ImmutableArray<Earning> earnings, ImmutableArray<ContentItem> content)
    {
        Programme = programme;
        Influencers = influencers;
        _influencersById = influencers.ToFrozenDictionary(p => p.Id);
        Enrolments = enrolments;
        FirstEnrolments = Enrolment.FirstEnrolments(enrolments);
        Ledger = ledger;
        Earnings = earnings;
        Content = content;
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
    /// once per offending record, at its <see cref="DataLocation"/>: influencer ids unique
    /// (<see cref="DataProblemKind.DuplicateId"/> at <c>Influencer[i].Id</c>) and content ids unique
    /// (<c>ContentItem[i].Id</c>); every enrolment (<c>Enrolment[i].Influencer</c>), ledger beneficiary
    /// (<c>LedgerEntry[i].Beneficiary</c>), earning (<c>Earning[i].Influencer</c>) and content author
    /// (<c>ContentItem[i].Author</c>) names a known influencer (<see cref="DataProblemKind.UnknownInfluencer"/>); every
    /// enrolment date within the programme's period (<see cref="DataProblemKind.OutsidePeriod"/> at
    /// <c>Enrolment[i].Enrolled</c>); the ledger's refund rule and bounds (<see cref="BudgetLedger.Validate"/>, at
    /// <c>LedgerEntry[i]</c>); and the totals across records (<see cref="DataProblemKind.LimitExceeded"/> at
    /// <c>Earning[i].Amount</c>, <c>ContentItem[i].Engagement.Views</c> or <c>ContentItem[i]</c>, where the running total in
    /// input order first passes 64 bits). Here <c>i</c> is the 0-based position in the sequence given, and the text
    /// is each problem's <see cref="DataProblem.Path"/>, the location written by <see cref="DataLocation.ToString"/>:
    /// the kind of record, the index and the property (a reader of <see cref="Serialization.SannongJson"/> writes the same
    /// locations as JSON paths of the document instead). At most <see cref="ValidationOptions.MaxProblems"/>
    /// problems are kept (1,000 by default); every one is counted in <see cref="ValidationResult{T}.ProblemCount"/>,
    /// and past the cap no problem is built. Never throws for records that could be built: a rule of a domain type
    /// that fails while the whole is assembled (an <see cref="ArgumentException"/> or an
    /// <see cref="ArithmeticException"/>) is reported as a problem (at <c>LedgerEntry[*]</c>, or at
    /// <see cref="DataLocation.Whole"/>, <c>(all)</c>).
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
        => ProgrammeDataValidator.Validate(programme, influencers, enrolments, ledger, earnings, content, options ?? ValidationOptions.Default, null);

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
}
