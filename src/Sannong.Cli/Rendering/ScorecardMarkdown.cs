using System;
using System.IO;
using Sannong.Domain.Progress;
using Sannong.Domain.Serialization;

namespace Sannong.Cli.Rendering;

/// <summary>The scorecard as a Markdown report, to paste into an issue or a wiki.</summary>
internal static class ScorecardMarkdown
{
    internal static void Write(TextWriter w, Scorecard card)
    {
        ProgrammeClock clock = card.Clock;
        w.WriteLine($"# {Text.User(card.Programme.Name)}: scorecard as of {Text.Date(card.AsOf)}");
        w.WriteLine();
        w.WriteLine($"Period {Text.Date(clock.Period.Start)} to {Text.Date(clock.Period.End)}: day {clock.DaysElapsed} of {clock.PeriodDays} ({Text.Percent(clock.ElapsedShare)} elapsed).");
        w.WriteLine();
        w.WriteLine("| Goal | Actual | Target | Progress | Expected | Status | Projection |");
        w.WriteLine("| --- | ---: | ---: | ---: | ---: | --- | --- |");
        GoalProgress m = card.Mentees;
        w.WriteLine($"| Mentees | {Text.Count(m.Actual)} | {Text.Count(m.Target)} | {Text.Percent(m.Progress)} | {Text.Number(m.Expected, 0)} | {SannongNames.Name(m.Status)} | " +
            $"{Text.Number(m.ProjectedAtEnd, 0)} by the end; target reached {Text.Date(m.ProjectedCompletion)} |");
        if (card.Cash is { } cash)
        {
            w.WriteLine($"| Cash (yuan) | {Text.Money(cash.Spent)} | {Text.Money(cash.Budget)} | {Text.Percent(cash.SpentShare)} | {Text.Money(cash.Expected)} | {SannongNames.Name(cash.Status)} | " +
                $"{Text.Money(cash.ProjectedAtEnd)} by the end; runs out {Text.Date(cash.RunwayEnds)}; CPI {Text.Number(cash.Cpi, 2)}, SPI {Text.Number(cash.Spi, 2)} |");
        }
        if (card.Traffic is { } traffic)
        {
            w.WriteLine($"| Traffic (impressions) | {Text.Count(traffic.Granted.Count)} | {Text.Count(traffic.Budget.Count)} | {Text.Percent(traffic.GrantedShare)} | {Text.Count(traffic.Expected.Count)} | {SannongNames.Name(traffic.Status)} | " +
                $"{Text.Count(traffic.ProjectedAtEnd?.Count)} by the end; runs out {Text.Date(traffic.RunwayEnds)} |");
        }
        MonetisationProgress money = card.Monetisation;
        w.WriteLine($"| Earning from content | {Text.Count(money.Earners)} of {Text.Count(money.Mentees)} | {Text.Percent(money.Target.Value)} | {Text.Percent(money.Share?.Value)} | | {SannongNames.Name(money.Status)} | " +
            $"{Text.Percent(money.Confidence)} interval {Text.Percent(money.Low?.Value)} to {Text.Percent(money.High?.Value)}, window {Text.Month(money.WindowStart)} to {Text.Month(money.WindowEnd)} |");
        w.WriteLine();
        if (card.CostPerMentee is not null || card.RemainingCashPerRemainingMentee is not null)
        {
            w.WriteLine($"Cost per mentee: {Text.Money(card.CostPerMentee)} yuan. Cash left per mentee still to enrol: {Text.Money(card.RemainingCashPerRemainingMentee)} yuan.");
            w.WriteLine();
        }
        Breakdown(w, "By rural issue", card.Breakdown.ByIssue, SannongNames.Label);
        Breakdown(w, "By province", card.Breakdown.ByProvince, k => $"{k.Code} {k.English} ({k.ZhHans})");
        Breakdown(w, "By follower tier", card.Breakdown.ByTier, SannongNames.Label);
    }

    private static void Breakdown<TKey>(TextWriter w, string title, Breakdown<TKey> breakdown, Func<TKey, string> label)
        where TKey : notnull
    {
        w.WriteLine($"## {title}");
        w.WriteLine();
        w.WriteLine("| | Mentees | Earners | Earner share |");
        w.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (BreakdownRow<TKey> row in breakdown.Rows)
        {
            w.WriteLine($"| {label(row.Key)} | {Text.Count(row.Mentees)} | {Text.Count(row.Earners)} | {Text.Percent(row.EarnerShare?.Value)} |");
        }
        w.WriteLine();
    }
}
