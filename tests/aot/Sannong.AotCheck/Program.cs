using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Sannong.Domain;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;

// Reads the dataset given as the first argument, writes it back, reads NDJSON earnings and serializes the domain's
// values through a source-generated context. Exits 0 when everything agrees, 1 otherwise.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Sannong.AotCheck <dataset.json>");
    return 2;
}

ValidationResult<SannongDataset> result = SannongJson.ValidateDatasetFile(args[0]);
if (!result.IsValid)
{
    foreach (DataProblem problem in result.Problems)
    {
        Console.Error.WriteLine(problem);
    }
    return 1;
}
SannongDataset dataset = result.Value;
Console.WriteLine(dataset);

bool roundTrips = SannongJson.ParseDataset(SannongJson.ToJson(dataset)) == dataset;

using var ndjson = new MemoryStream();
SannongJson.WriteNdjson(dataset.Data.Earnings, ndjson);
ndjson.Position = 0;
bool ndjsonRoundTrips = SannongJson.ReadNdjson<Earning>(ndjson).Select(r => r.Value!).SequenceEqual(dataset.Data.Earnings);

var payout = new Payout(new InfluencerId("kol-1"), Money.FromFen(123_456), new LocalDate(2024, 1, 31),
    new Dictionary<InfluencerId, Money> { [new InfluencerId("kol-2")] = Money.FromFen(5) });
var context = new AppJsonContext(SannongJsonOptions.CreateDefault());
string json = JsonSerializer.Serialize(payout, context.Payout);
Payout back = JsonSerializer.Deserialize(json, context.Payout)!;
bool convertersWork = json == """{"who":"kol-1","amount":"1234.56","day":"2024-01-31","byMentee":{"kol-2":"0.05"}}"""
    && back.Amount == payout.Amount && back.ByMentee[new InfluencerId("kol-2")] == Money.FromFen(5);

Console.WriteLine($"dataset round trip: {roundTrips}; NDJSON round trip: {ndjsonRoundTrips}; converters: {convertersWork} {json}");
return roundTrips && ndjsonRoundTrips && convertersWork ? 0 : 1;

/// <summary>A document of the app's own holding domain values.</summary>
internal sealed record Payout(InfluencerId Who, Money Amount, LocalDate Day, Dictionary<InfluencerId, Money> ByMentee);

/// <summary>The app's source-generated context.</summary>
[JsonSerializable(typeof(Payout))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
