using System;
using System.Collections.Generic;

#pragma warning disable CA1812 // Instantiated by JsonSerializer through reflection.
#pragma warning disable CA2227 // Plain settable collections: what a deserialisation class looks like without the library.

namespace Sannong.Domain.Benchmarks.Jobs;

// Plain classes for JsonSerializer with reflection, as a developer writes them without the library: the same field
// names, settable properties, money as the text of the file, dates as DateOnly, no validation.

internal sealed class DatasetDoc
{
    public string Format { get; set; } = "";
    public DateOnly? AsOf { get; set; }
    public ProgrammeDoc Programme { get; set; } = new();
    public List<InfluencerDoc> Influencers { get; set; } = [];
    public List<EnrolmentDoc> Enrolments { get; set; } = [];
    public List<LedgerDoc> Ledger { get; set; } = [];
    public List<EarningDoc> Earnings { get; set; } = [];
    public List<ContentDoc> Content { get; set; } = [];
}

internal sealed class ProgrammeDoc
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public PeriodDoc Period { get; set; } = new();
    public TargetsDoc Targets { get; set; } = new();
    public BudgetsDoc? Budgets { get; set; }
    public EligibilityDoc? Eligibility { get; set; }
    public EarningRuleDoc EarningRule { get; set; } = new();
}

internal sealed class PeriodDoc
{
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
}

internal sealed class TargetsDoc
{
    public int Mentees { get; set; }
    public double EarningShare { get; set; }
}

internal sealed class BudgetsDoc
{
    public string? Cash { get; set; }
    public long? Traffic { get; set; }
}

internal sealed class EligibilityDoc
{
    public long MinimumFollowers { get; set; }
}

internal sealed class EarningRuleDoc
{
    public int WindowMonths { get; set; } = 3;
    public string Minimum { get; set; } = "0.01";
}

internal sealed class InfluencerDoc
{
    public string Id { get; set; } = "";
    public string Handle { get; set; } = "";
    public string Region { get; set; } = "";
    public string? Settlement { get; set; }
    public List<string> Topics { get; set; } = [];
    public long Followers { get; set; }
    public DateOnly Joined { get; set; }
}

internal sealed class EnrolmentDoc
{
    public string Influencer { get; set; } = "";
    public DateOnly Date { get; set; }
    public string? Mentor { get; set; }
    public DateOnly? Left { get; set; }
}

internal sealed class LedgerDoc
{
    public DateOnly Date { get; set; }
    public string Kind { get; set; } = "";
    public string? Cash { get; set; }
    public long? Impressions { get; set; }
    public string? Influencer { get; set; }
    public string? Memo { get; set; }
}

internal sealed class EarningDoc
{
    public string Influencer { get; set; } = "";
    public string Month { get; set; } = "";
    public string Amount { get; set; } = "";
    public string Source { get; set; } = "";
}

internal sealed class ContentDoc
{
    public string Id { get; set; } = "";
    public string Author { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateTimeOffset Published { get; set; }
    public int? LengthSeconds { get; set; }
    public string? Caption { get; set; }
    public List<string>? Topics { get; set; }
    public long Views { get; set; }
    public long Likes { get; set; }
    public long Comments { get; set; }
    public long Shares { get; set; }
}
