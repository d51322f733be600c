using System.Text.Json;
using Sannong.Domain.Creators;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Serialization;

/// <summary>An influencer record: id, handle, region, settlement?, topics, followers, joined.</summary>
internal static class InfluencerJson
{
    internal static Influencer? Read(JsonObjectReader r)
    {
        InfluencerId? id = r.Id<InfluencerId>("id", true);
        string? handle = r.String("handle", true);
        Region? region = ReadRegion(r);
        ImmutableArray<Topic>? topics = r.Topics("topics", true);
        long? followers = r.Count("followers", true);
        LocalDate? joined = r.Date("joined", true);
        r.Finish();
        return r.HasProblems ? null : new Influencer(id!.Value, handle!, region!.Value, topics!.Value, followers!.Value, joined!.Value);
    }

    /// <summary>The field of the constructor's parameter that a rule refused.</summary>
    internal static string? FieldOf(string? parameter) => parameter switch
    {
        null => null,
        "handle" => "handle",
        "homeRegion" => "region",
        "topics" => "topics",
        "followers" => "followers",
        "joined" => "joined",
        _ => "id",
    };

    private static Region? ReadRegion(JsonObjectReader r)
    {
        string? code = r.String("region", true);
        string? settlementText = r.String("settlement", false);
        Region? region = null;
        if (code is not null)
        {
            try
            {
                region = new Region(code);
            }
            catch (ArgumentException e)
            {
                r.Problem("region", DataProblemKind.MalformedDivisionCode,
                    $"region must be a six-digit administrative division code such as 430524, but was \"{Excerpt.Of(code, Excerpt.Short)}\": the {JsonPaths.CleanMessage(e)}");
            }
        }
        UrbanRuralCode? settlement = null;
        if (settlementText is not null)
        {
            if (UrbanRuralCode.TryParse(settlementText, out UrbanRuralCode parsed))
            {
                settlement = parsed;
            }
            else
            {
                r.Problem("settlement", DataProblemKind.InvalidValue,
                    $"settlement must be an urban-rural code (111, 112, 121, 122, 123, 210 or 220), but was \"{Excerpt.Of(settlementText, Excerpt.Short)}\".");
            }
        }
        if (region is { } home && settlement is { } s)
        {
            try
            {
                return home.WithUrbanRural(s);
            }
            catch (ArgumentException e)
            {
                r.Report(e, "settlement");
                return null;
            }
        }
        return region;
    }

    internal static void Write(Utf8JsonWriter writer, Influencer influencer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", influencer.Id.Value);
        writer.WriteString("handle", influencer.Handle);
        writer.WriteString("region", influencer.HomeRegion.Code);
        if (influencer.HomeRegion.UrbanRural is { } settlement)
        {
            writer.WriteString("settlement", settlement.ToString());
        }
        JsonWrite.Topics(writer, "topics", influencer.Topics);
        writer.WriteNumber("followers", influencer.Followers);
        writer.WriteString("joined", JsonWrite.Date(influencer.Joined));
        writer.WriteEndObject();
    }
}
