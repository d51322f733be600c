using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Sannong.Domain.Benchmarks.Jobs;

/// <summary>What a .NET developer writes without the library: <see cref="JsonSerializer"/> with reflection (camelCase
/// names, otherwise default options) into plain classes, NDJSON line by line, then LINQ.</summary>
internal static class ReflectionLinq
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    internal static ScorecardNumbers Scorecard(BenchFiles files)
    {
        DatasetDoc doc;
        using (FileStream stream = File.OpenRead(files.Dataset))
        {
            doc = JsonSerializer.Deserialize<DatasetDoc>(stream, Options) ?? throw new InvalidDataException("empty document");
        }
        List<EarningDoc> earnings = File.ReadLines(files.Earnings)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<EarningDoc>(line, Options)!)
            .ToList();

        DateOnly asOf = doc.AsOf ?? throw new InvalidDataException("no asOf");
        var lastMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        string from = lastMonth.AddMonths(1 - doc.Programme.EarningRule.WindowMonths).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        string to = lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        long minimum = Fen(doc.Programme.EarningRule.Minimum);

        HashSet<string> mentees = doc.Enrolments
            .GroupBy(e => e.Influencer)
            .Where(g => g.Min(e => e.Date) <= asOf)
            .Select(g => g.Key)
            .ToHashSet();
        HashSet<string> earners = earnings
            .Where(e => string.CompareOrdinal(e.Month, from) >= 0 && string.CompareOrdinal(e.Month, to) <= 0)
            .GroupBy(e => e.Influencer)
            .ToDictionary(g => g.Key, g => g.Sum(e => Fen(e.Amount)))
            .Where(pair => pair.Value >= minimum && mentees.Contains(pair.Key))
            .Select(pair => pair.Key)
            .ToHashSet();
        Dictionary<int, (long Mentees, long Earners)> byIssue = doc.Influencers
            .Where(i => mentees.Contains(i.Id))
            .GroupBy(i => ScorecardNumbers.IssueIndex(i.Topics[0]))
            .ToDictionary(g => g.Key, g => ((long)g.Count(), (long)g.Count(i => earners.Contains(i.Id))));
        List<LedgerDoc> upToDate = doc.Ledger.Where(l => l.Date <= asOf).ToList();
        long cash = upToDate.Where(l => l.Kind == "disbursement").Sum(l => Fen(l.Cash!))
            - upToDate.Where(l => l.Kind == "refund").Sum(l => Fen(l.Cash!));
        long traffic = upToDate.Where(l => l.Kind == "traffic-grant").Sum(l => l.Impressions!.Value)
            - upToDate.Where(l => l.Kind == "traffic-reversal").Sum(l => l.Impressions!.Value);

        long[] menteesByIssue = [.. Enumerable.Range(0, 3).Select(i => byIssue.GetValueOrDefault(i).Mentees)];
        long[] earnersByIssue = [.. Enumerable.Range(0, 3).Select(i => byIssue.GetValueOrDefault(i).Earners)];
        return new ScorecardNumbers(mentees.Count, earners.Count, cash, traffic, menteesByIssue, earnersByIssue);
    }

    internal static ExposureNumbers Exposure(BenchFiles files)
    {
        long[] views = File.ReadLines(files.Content)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<ContentDoc>(line, Options)!)
            .GroupBy(c => c.Author)
            .Select(g => g.Sum(c => c.Views))
            .OrderBy(v => v)
            .ToArray();
        int n = views.Length;
        double total = views.Sum(v => (double)v);
        double gini = Math.Max(0.0, views.Select((x, i) => ((2.0 * (i + 1)) - n - 1.0) * x).Sum() / (n * total));
        double k = 0.9 * n;
        int whole = (int)Math.Floor(k);
        double below = views.Take(whole).Sum(v => (double)v) + (whole < n ? (k - whole) * views[whole] : 0.0);
        return new ExposureNumbers(n, views.Sum(), gini, 1.0 - Math.Clamp(below / total, 0.0, 1.0));
    }

    /// <summary>Reading alone: the file deserialised into the plain classes (a document whole, NDJSON line by line).</summary>
    internal static int Read(string path)
    {
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            using FileStream stream = File.OpenRead(path);
            DatasetDoc doc = JsonSerializer.Deserialize<DatasetDoc>(stream, Options)!;
            return doc.Influencers.Count + doc.Enrolments.Count + doc.Ledger.Count + doc.Earnings.Count + doc.Content.Count;
        }
        bool earnings = path.EndsWith("earnings.ndjson", StringComparison.Ordinal);
        int count = 0;
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length > 0)
            {
                object? record = earnings ? JsonSerializer.Deserialize<EarningDoc>(line, Options) : JsonSerializer.Deserialize<ContentDoc>(line, Options);
                count += record is null ? 0 : 1;
            }
        }
        return count;
    }

    private static long Fen(string yuan) => (long)(decimal.Parse(yuan, NumberStyles.Number, CultureInfo.InvariantCulture) * 100m);
}
