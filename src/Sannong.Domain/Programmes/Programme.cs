using NodaTime.Text;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Programmes;

/// <summary>
/// A programme (计划 jìhuà) that mentors rural creators for a period, with targets and budgets: the plan that
/// progress is measured against. Kuaishou's seed plan (mentor 100,000 rural influencers and invest 10 million
/// RMB over three years, so that at least 50% of them earn money from their content) is one; see
/// <see cref="ReferencePlans"/>.
/// </summary>
/// <remarks>
/// <para>A programme is a plan, not a record: enrolments, what was given (the budget ledger) and earnings are
/// recorded separately and refer to it.</para>
/// <para>The name is non-empty, at most 200 characters, without control characters or leading or trailing white
/// space. The period is a <see cref="DateInterval"/> in the ISO calendar that includes both its start and its
/// end. <see cref="Eligibility"/> is optional (null: everyone may join); <see cref="EarningRule"/> defaults to
/// <see cref="Programmes.EarningRule.Default"/>.</para>
/// <para>Equality compares every property (the name ordinally). There is no natural order, so the type is not
/// comparable.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class Programme : IEquatable<Programme>
{
    /// <summary>Creates a programme.</summary>
    /// <param name="id">The programme's identifier; a valid (non-default) identifier.</param>
    /// <param name="name">The programme's name: display text of at most <see cref="MaxNameLength"/> characters (non-empty,
    /// no control, bidirectional or invisible format characters, no leading or trailing white space, something
    /// visible).</param>
    /// <param name="period">The days the programme runs, both ends included; ISO calendar.</param>
    /// <param name="targets">What the programme aims for.</param>
    /// <param name="budgets">What the programme has to give; <see cref="ProgrammeBudgets.None"/> for a mentorship-only programme.</param>
    /// <param name="eligibility">Who may join, or null for everyone.</param>
    /// <param name="earningRule">When a mentee earns money from content, or null for <see cref="Programmes.EarningRule.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="period"/>, <paramref name="targets"/>
    /// or <paramref name="budgets"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default(ProgrammeId)</c>, <paramref name="name"/>
    /// breaks a rule, or <paramref name="period"/> is not in the ISO calendar.</exception>
    public Programme(
        ProgrammeId id,
        string name,
        DateInterval period,
        ProgrammeTargets targets,
        ProgrammeBudgets budgets,
        Eligibility? eligibility = null,
        EarningRule? earningRule = null)
    {
        Id = Preconditions.CheckNotDefault(id);
        Name = Preconditions.CheckText(name, TextRule.Name, MaxNameLength);
        Period = Preconditions.CheckIso(period);
        Targets = Preconditions.CheckNotNull(targets);
        Budgets = Preconditions.CheckNotNull(budgets);
        Eligibility = eligibility;
        EarningRule = earningRule ?? EarningRule.Default;
    }

    /// <summary>The programme's identifier.</summary>
    public ProgrammeId Id { get; }

    /// <summary>The longest name accepted, in UTF-16 code units (200).</summary>
    public const int MaxNameLength = 200;

    /// <summary>The programme's name, for example <c>Sannong Red Influencer Plan (三农红人计划)</c>.</summary>
    public string Name { get; }

    /// <summary>The days the programme runs, both ends included (ISO calendar).</summary>
    public DateInterval Period { get; }

    /// <summary>What the programme aims for: the number of mentees and the share of them earning from content.</summary>
    public ProgrammeTargets Targets { get; }

    /// <summary>What the programme has to give: cash, traffic, both or neither.</summary>
    public ProgrammeBudgets Budgets { get; }

    /// <summary>Who may join, or null when everyone may.</summary>
    public Eligibility? Eligibility { get; }

    /// <summary>When a mentee earns money from content; <see cref="Programmes.EarningRule.Default"/> unless given.</summary>
    public EarningRule EarningRule { get; }

    /// <summary>The first day of the programme (<see cref="DateInterval.Start"/> of <see cref="Period"/>).</summary>
    public LocalDate Start => Period.Start;

    /// <summary>The last day of the programme, included (<see cref="DateInterval.End"/> of <see cref="Period"/>).</summary>
    public LocalDate End => Period.End;

    /// <summary>The number of days the programme runs, both ends included (<see cref="DateInterval.Length"/>).</summary>
    public int Days => Period.Length;

    /// <summary>Returns a copy with another identifier.</summary>
    /// <param name="id">The identifier; a valid (non-default) identifier.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default(ProgrammeId)</c>.</exception>
    public Programme WithId(ProgrammeId id) => new(id, Name, Period, Targets, Budgets, Eligibility, EarningRule);

    /// <summary>Returns a copy with another name.</summary>
    /// <param name="name">The name: non-empty, at most 200 characters, no control characters, no surrounding white space.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> breaks a rule.</exception>
    public Programme WithName(string name) => new(Id, name, Period, Targets, Budgets, Eligibility, EarningRule);

    /// <summary>Returns a copy with another period.</summary>
    /// <param name="period">The days the programme runs, both ends included; ISO calendar.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not in the ISO calendar.</exception>
    public Programme WithPeriod(DateInterval period) => new(Id, Name, period, Targets, Budgets, Eligibility, EarningRule);

    /// <summary>Returns a copy with other targets.</summary>
    /// <param name="targets">The targets.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> is null.</exception>
    public Programme WithTargets(ProgrammeTargets targets) => new(Id, Name, Period, targets, Budgets, Eligibility, EarningRule);

    /// <summary>Returns a copy with other budgets.</summary>
    /// <param name="budgets">The budgets.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="budgets"/> is null.</exception>
    public Programme WithBudgets(ProgrammeBudgets budgets) => new(Id, Name, Period, Targets, budgets, Eligibility, EarningRule);

    /// <summary>Returns a copy with another eligibility rule (or none).</summary>
    /// <param name="eligibility">Who may join, or null for everyone.</param>
    /// <returns>The copy.</returns>
    public Programme WithEligibility(Eligibility? eligibility) => new(Id, Name, Period, Targets, Budgets, eligibility, EarningRule);

    /// <summary>Returns a copy with another earning rule.</summary>
    /// <param name="earningRule">The rule, or null for <see cref="Programmes.EarningRule.Default"/>.</param>
    /// <returns>The copy.</returns>
    public Programme WithEarningRule(EarningRule? earningRule) => new(Id, Name, Period, Targets, Budgets, Eligibility, earningRule);

    /// <summary>Returns the programme as one line, for example
    /// <c>kuaishou-sannong-seed "Kuaishou ..." 2023-11-01..2026-10-31 (1096 days): 100000 mentees, 50% earning; cash 10000000.00 yuan, traffic 1000000000 impressions</c>;
    /// the eligibility rule and a non-default earning rule are added when present.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        string text = string.Create(CultureInfo.InvariantCulture,
            $"{Id.Value} \"{Name}\" {LocalDatePattern.Iso.Format(Start)}..{LocalDatePattern.Iso.Format(End)} ({Days} days): {Targets}; {Budgets}");
        if (Eligibility is not null)
        {
            text += "; eligible: " + Eligibility;
        }
        if (EarningRule != EarningRule.Default)
        {
            text += "; earner: " + EarningRule;
        }
        return text;
    }

    /// <summary>Compares every property (the name ordinally).</summary>
    /// <param name="other">The programme to compare with.</param>
    /// <returns>True when id, name, period, targets, budgets, eligibility and earning rule are all equal.</returns>
    public bool Equals([NotNullWhen(true)] Programme? other) =>
        other is not null
        && Id == other.Id
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Period.Equals(other.Period)
        && Targets == other.Targets
        && Budgets == other.Budgets
        && Eligibility == other.Eligibility
        && EarningRule == other.EarningRule;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when <paramref name="obj"/> is an equal <see cref="Programme"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Programme);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(Id, StringComparer.Ordinal.GetHashCode(Name), Period, Targets, Budgets, Eligibility, EarningRule);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first programme, or null.</param>
    /// <param name="right">The second programme, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Programme? left, Programme? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first programme, or null.</param>
    /// <param name="right">The second programme, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Programme? left, Programme? right) => !(left == right);
}
