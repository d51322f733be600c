using System.Text.Json;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>The programme object: id, name, period {start, end}, targets {mentees, earningShare}, budgets? {cash?,
/// traffic?}, eligibility? {minimumFollowers}, earningRule? {windowMonths?, minimum?}.</summary>
internal static class ProgrammeJson
{
    internal static Programme? Read(JsonObjectReader r)
    {
        ProgrammeId? id = r.Id<ProgrammeId>("id", true);
        string? name = r.String("name", true);
        DateInterval? period = ReadPeriod(r.Object("period", true, "a period"));
        ProgrammeTargets? targets = ReadTargets(r.Object("targets", true, "the targets"));
        ProgrammeBudgets? budgets = ReadBudgets(r.Object("budgets", false, "the budgets"));
        Eligibility? eligibility = ReadEligibility(r.Object("eligibility", false, "the eligibility rule"));
        EarningRule? earningRule = ReadEarningRule(r.Object("earningRule", false, "the earning rule"));
        r.Finish();
        return r.HasProblems ? null : new Programme(id!.Value, name!, period!, targets!, budgets ?? ProgrammeBudgets.None, eligibility, earningRule);
    }

    /// <summary>The field of the constructor's parameter that a rule refused (the id for a rule of the whole).</summary>
    internal static string? FieldOf(string? parameter) => parameter switch { "name" => "name", "period" => "period", _ => "id" };

    private static DateInterval? ReadPeriod(JsonObjectReader? r)
    {
        if (r is null)
        {
            return null;
        }
        LocalDate? start = r.Date("start", true);
        LocalDate? end = r.Date("end", true);
        r.Finish();
        if (start is not { } s || end is not { } e)
        {
            return null;
        }
        if (e < s)
        {
            r.Problem("end", DataProblemKind.EndBeforeStart,
                $"the period's end ({JsonWrite.Date(e)}) must not be before its start ({JsonWrite.Date(s)}); both days are inclusive.");
            return null;
        }
        return r.Build(() => new DateInterval(s, e), _ => "end");
    }

    private static ProgrammeTargets? ReadTargets(JsonObjectReader? r)
    {
        if (r is null)
        {
            return null;
        }
        int? mentees = r.SmallCount("mentees", true);
        Share? earningShare = r.Share("earningShare", true);
        return r.Finish(() => new ProgrammeTargets(mentees!.Value, earningShare!.Value), _ => "mentees");
    }

    private static ProgrammeBudgets? ReadBudgets(JsonObjectReader? r)
    {
        if (r is null)
        {
            return null;
        }
        Money? cash = r.Money("cash", false);
        long? traffic = r.Count("traffic", false);
        return r.Finish(() => ProgrammeBudgets.Of(cash, traffic is { } t ? new Impressions(t) : null), p => p);
    }

    private static Eligibility? ReadEligibility(JsonObjectReader? r)
    {
        if (r is null)
        {
            return null;
        }
        long? minimum = r.Count("minimumFollowers", true);
        r.Finish();
        return minimum is { } m ? r.Build(() => new Eligibility(m), _ => "minimumFollowers") : null;
    }

    private static EarningRule? ReadEarningRule(JsonObjectReader? r)
    {
        if (r is null)
        {
            return null;
        }
        int? windowMonths = r.SmallCount("windowMonths", false);
        Money? minimum = r.Money("minimum", false);
        return r.Finish(() => new EarningRule(windowMonths ?? EarningRule.DefaultWindowMonths, minimum ?? EarningRule.Default.Minimum), p => p);
    }

    internal static void Write(Utf8JsonWriter writer, Programme programme)
    {
        writer.WriteStartObject();
        writer.WriteString("id", programme.Id.Value);
        writer.WriteString("name", programme.Name);
        writer.WriteStartObject("period");
        writer.WriteString("start", JsonWrite.Date(programme.Start));
        writer.WriteString("end", JsonWrite.Date(programme.End));
        writer.WriteEndObject();
        writer.WriteStartObject("targets");
        writer.WriteNumber("mentees", programme.Targets.Mentees);
        writer.WriteNumber("earningShare", programme.Targets.EarningShare.Value);
        writer.WriteEndObject();
        writer.WriteStartObject("budgets");
        if (programme.Budgets.Cash is { } cash)
        {
            JsonWrite.Money(writer, "cash", cash);
        }
        if (programme.Budgets.Traffic is { } traffic)
        {
            writer.WriteNumber("traffic", traffic.Count);
        }
        writer.WriteEndObject();
        if (programme.Eligibility is { } eligibility)
        {
            writer.WriteStartObject("eligibility");
            writer.WriteNumber("minimumFollowers", eligibility.MinimumFollowers);
            writer.WriteEndObject();
        }
        writer.WriteStartObject("earningRule");
        writer.WriteNumber("windowMonths", programme.EarningRule.WindowMonths);
        JsonWrite.Money(writer, "minimum", programme.EarningRule.Minimum);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
