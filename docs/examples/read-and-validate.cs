#:project ../../src/Sannong.Domain/Sannong.Domain.csproj
// Reads sannong-dataset/1 documents: a valid one, scored, and a broken one, with every problem and its JSON path.
// Run from the repository root: dotnet run docs/examples/read-and-validate.cs
using System;
using Sannong.Domain;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Serialization;

const string Valid = """
    {
      "format": "sannong-dataset/1",
      "asOf": "2025-05-01",
      "programme": {
        "id": "kuaishou-sannong-2023",
        "name": "三农红人计划",
        "period": { "start": "2023-11-01", "end": "2026-10-31" },
        "targets": { "mentees": 100000, "earningShare": 0.5 },
        "budgets": { "cash": "10000000.00", "traffic": 1000000000 },
        "eligibility": { "minimumFollowers": 10000 },
        "earningRule": { "windowMonths": 3, "minimum": "0.01" }
      },
      "influencers": [
        { "id": "kol-1", "handle": "湘西赶山", "region": "433101", "settlement": "220",
          "topics": ["farmers.cuisine"], "followers": 12000, "joined": "2019-05-02" },
        { "id": "kol-2", "handle": "Farmer Li 🌽", "region": "430524",
          "topics": ["agriculture.crops.grain", "villages.life"], "followers": 50000, "joined": "2020-01-15" }
      ],
      "enrolments": [
        { "influencer": "kol-1", "date": "2023-11-15", "mentor": "m-1", "left": null },
        { "influencer": "kol-2", "date": "2023-12-01" }
      ],
      "ledger": [
        { "date": "2023-12-01", "kind": "disbursement", "cash": "1500.00", "influencer": "kol-1", "memo": "首月补贴" },
        { "date": "2023-12-01", "kind": "traffic-grant", "impressions": 200000, "influencer": "kol-2" },
        { "date": "2024-01-10", "kind": "refund", "cash": "500.00", "influencer": "kol-1" }
      ],
      "earnings": [
        { "influencer": "kol-1", "month": "2024-01", "amount": "320.50", "source": "e-commerce" }
      ],
      "content": [
        { "id": "c-1", "author": "kol-1", "kind": "short-video", "published": "2024-01-02T08:00:00Z",
          "lengthSeconds": 42, "caption": "今天收玉米 #三农", "topics": ["agriculture.crops.grain"],
          "views": 1000, "likes": 30, "comments": 4, "shares": 2 }
      ]
    }
    """;

const string Broken = """
    {
      "format": "sannong-dataset/1",
      "programme": {
        "id": "gengyun-2024", "name": "三农耕耘计划 2024",
        "period": { "start": "2024-01-01", "end": "2023-12-31" },
        "targets": { "mentees": 2000, "earningShare": 0.5 }
      },
      "influencers": [
        { "id": "kol-1", "handle": "湘西赶山", "region": "43052", "topics": ["farmers.knitting"],
          "folowers": 12000, "joined": "2019-05-02" }
      ],
      "earnings": [ { "influencer": "kol-1", "month": "2024-01", "amount": "320.505", "source": "e-commerce" } ]
    }
    """;

foreach (var (name, json) in new[] { ("valid", Valid), ("broken", Broken) })
{
    ValidationResult<SannongDataset> result = SannongJson.ValidateDatasetJson(json);
    Console.WriteLine($"{name}: {result}");
    if (!result.IsValid)
    {
        foreach (DataProblem problem in result.Problems)
        {
            Console.WriteLine($"  {problem.Path}: {problem.Kind}");
        }
        continue;
    }
    SannongDataset dataset = result.Value!;
    Console.WriteLine($"  {dataset}");
    Scorecard card = ScorecardCalculator.Compute(dataset.Data, dataset.AsOf!.Value);
    Console.WriteLine($"  mentees {card.Mentees.Actual} of {card.Mentees.Target} ({card.Mentees.Status}), cash spent {card.Cash!.Spent} yuan");
}

// The throwing form: DataValidationException carries the same problems.
try
{
    SannongJson.ParseDataset(Broken);
}
catch (DataValidationException e)
{
    Console.WriteLine($"ParseDataset threw {e.GetType().Name} with {e.Problems.Length} problems.");
}
