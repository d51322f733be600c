using Sannong.Domain.Content;
using Sannong.Domain.Creators;

namespace Sannong.Domain.Programmes;

/// <summary>
/// Checks a programme's records as a whole and builds the <see cref="ProgrammeData"/> when they pass. It runs the
/// three checks in turn, each its own type, and locates every problem by a <see cref="DataLocation"/>: the references
/// between the records (<see cref="RecordReferences"/>), the ledger's rules (<see cref="LedgerValidation"/>, through
/// <see cref="BudgetLedger"/>, which it builds at the same time) and the totals across records
/// (<see cref="RecordTotals"/>). How a location is written is the caller's: <see cref="DataLocation.ToString"/> by
/// default, a JSON path when the serialization reads a document.
/// </summary>
internal static class ProgrammeDataValidator
{
    /// <summary>Checks the records and builds the value, or returns every problem (see
    /// <see cref="ProgrammeData.Validate(Programme, IEnumerable{Influencer}, IEnumerable{Enrolment}, IEnumerable{LedgerEntry}, IEnumerable{Earning}, IEnumerable{ContentItem}, ValidationOptions)"/>
    /// for the rules). <c>placeOf</c> writes a problem's location as its path (and, for data read from several files,
    /// its file and line; null for <see cref="DataLocation.ToString"/>), in the problems and in the messages that name
    /// another record.</summary>
    internal static ValidationResult<ProgrammeData> Validate(Programme programme, IEnumerable<Influencer> influencers,
        IEnumerable<Enrolment> enrolments, IEnumerable<LedgerEntry> ledger, IEnumerable<Earning> earnings,
        IEnumerable<ContentItem> content, ValidationOptions options, Func<DataLocation, ProblemPlace>? placeOf)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(options);
        ImmutableArray<Influencer> people = Materialise(influencers, nameof(influencers));
        ImmutableArray<Enrolment> enrolled = Materialise(enrolments, nameof(enrolments));
        ImmutableArray<LedgerEntry> entries = Materialise(ledger, nameof(ledger));
        ImmutableArray<Earning> earned = Materialise(earnings, nameof(earnings));
        ImmutableArray<ContentItem> items = Materialise(content, nameof(content));

        var problems = new ProblemList(options, null, placeOf);
        Dictionary<InfluencerId, int> byId = RecordReferences.IndexInfluencers(people, problems);
        RecordReferences.CheckEnrolments(enrolled, byId, programme.Period, problems);
        BudgetLedger? built = CheckLedger(entries, byId, people.Length, problems);
        RecordReferences.CheckEarnings(earned, byId, problems);
        RecordReferences.CheckContent(items, byId, problems);
        // The cross-record bounds that make every calculator's sums fit their types (at most three problems).
        problems.AddLocated(RecordTotals.Check(earned, items));

        if (problems.Count > 0 || built is null)
        {
            return problems.Failure<ProgrammeData>();
        }
        try
        {
            return ValidationResult<ProgrammeData>.Success(new ProgrammeData(programme, people, enrolled, built, earned, items));
        }
        catch (Exception e) when (IsRule(e))
        {
            // A rule of a domain type met only when the whole is assembled: a problem, not a crash.
            problems.Add(DataLocation.Whole, Kind(e), Clean(e));
            return problems.Failure<ProgrammeData>();
        }
    }

    /// <summary>Numbers the beneficiaries (reporting unknown ones), then checks and builds the ledger in one go; the
    /// ledger is kept only if nothing else is wrong either.</summary>
    private static BudgetLedger? CheckLedger(ImmutableArray<LedgerEntry> entries, Dictionary<InfluencerId, int> byId, int people, ProblemList problems)
    {
        int[]? numbers = RecordReferences.NumberBeneficiaries(entries, byId, problems);
        try
        {
            BudgetLedger? built = BudgetLedger.TryBuild(entries.ToArray(), numbers, people, out ImmutableArray<DataProblem> found);
            problems.AddLocated(found);
            return built;
        }
        catch (Exception e) when (IsRule(e))
        {
            problems.Add(new DataLocation(DataRecordKind.LedgerEntry), Kind(e), Clean(e));
            return null;
        }
    }

    private static bool IsRule(Exception e) => e is ArgumentException and not ArgumentNullException or ArithmeticException;

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
}
