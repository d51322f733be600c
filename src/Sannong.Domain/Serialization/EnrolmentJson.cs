using System.Text.Json;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>An enrolment record: influencer, date, mentor?, left?.</summary>
internal static class EnrolmentJson
{
    internal static Enrolment? Read(JsonObjectReader r)
    {
        InfluencerId? influencer = r.Id<InfluencerId>("influencer", true);
        LocalDate? date = r.Date("date", true);
        MentorId? mentor = r.Id<MentorId>("mentor", false);
        LocalDate? left = r.Date("left", false);
        r.Finish();
        if (date is { } d && left is { } l && l < d)
        {
            r.Problem("left", DataProblemKind.EndBeforeStart,
                $"left ({JsonWrite.Date(l)}) must be on or after the enrolment date ({JsonWrite.Date(d)}).");
        }
        return r.HasProblems ? null : new Enrolment(influencer!.Value, date!.Value, mentor, left);
    }

    /// <summary>The field of the constructor's parameter that a rule refused.</summary>
    internal static string? FieldOf(string? parameter) =>
        parameter switch { null => null, "enrolled" => "date", "mentor" => "mentor", "left" => "left", _ => "influencer" };

    internal static void Write(Utf8JsonWriter writer, Enrolment enrolment)
    {
        writer.WriteStartObject();
        writer.WriteString("influencer", enrolment.Influencer.Value);
        writer.WriteString("date", JsonWrite.Date(enrolment.Enrolled));
        if (enrolment.Mentor is { } mentor)
        {
            writer.WriteString("mentor", mentor.Value);
        }
        if (enrolment.Left is { } left)
        {
            writer.WriteString("left", JsonWrite.Date(left));
        }
        writer.WriteEndObject();
    }
}
