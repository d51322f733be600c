using System;
using Sannong.Domain.Progress;
using Sannong.Domain.Serialization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sannong.Cli.Rendering;

/// <summary>The scorecard as Spectre.Console tables: each goal with a bar, its status in colour and its projections.</summary>
internal static class ScorecardTable
{
    private const int BarWidth = 12;

    internal static void Write(IAnsiConsole console, Scorecard card)
    {
        ProgrammeClock clock = card.Clock;
        console.Write(new Rule($"[bold]{Markup.Escape(Text.User(card.Programme.Name))}[/] as of {Text.Date(card.AsOf)}").LeftJustified());
        console.MarkupLine(
            $"Period {Text.Date(clock.Period.Start)} to {Text.Date(clock.Period.End)}: day {clock.DaysElapsed} of {clock.PeriodDays} " +
            $"({Text.Percent(clock.ElapsedShare)} elapsed)");

        var goals = new Table().Border(TableBorder.Rounded)
            .AddColumns("Goal", "Progress", "Actual / target", "Expected", "Status", "Projection");
        GoalProgress m = card.Mentees;
        Goal(goals, "Mentees", m.Progress, $"{Text.Count(m.Actual)} / {Text.Count(m.Target)}", Text.Number(m.Expected, 0),
            SannongNames.Name(m.Status), Colour(m.Status),
            $"{Text.Number(m.ProjectedAtEnd, 0)} by the end; target reached {Text.Date(m.ProjectedCompletion)}; needs {Text.Number(m.RequiredPerDay, 1)} a day");
        if (card.Cash is { } cash)
        {
            Goal(goals, "Cash (yuan)", cash.SpentShare, $"{Text.Money(cash.Spent)} / {Text.Money(cash.Budget)}", Text.Money(cash.Expected),
                SannongNames.Name(cash.Status), Colour(cash.Status),
                $"{Text.Money(cash.ProjectedAtEnd)} by the end; runs out {Text.Date(cash.RunwayEnds)}; CPI {Text.Number(cash.Cpi, 2)}, SPI {Text.Number(cash.Spi, 2)}");
        }
        if (card.Traffic is { } traffic)
        {
            Goal(goals, "Traffic (impressions)", traffic.GrantedShare, $"{Text.Count(traffic.Granted.Count)} / {Text.Count(traffic.Budget.Count)}",
                Text.Count(traffic.Expected.Count), SannongNames.Name(traffic.Status), Colour(traffic.Status),
                $"{Text.Count(traffic.ProjectedAtEnd?.Count)} by the end; runs out {Text.Date(traffic.RunwayEnds)}");
        }
        MonetisationProgress money = card.Monetisation;
        goals.AddRow(
            new Markup("Earning from content"), Bar(money.Share?.Value ?? 0),
            new Markup($"{Text.Count(money.Earners)} of {Text.Count(money.Mentees)} ({Text.Percent(money.Share?.Value)})"),
            new Markup($"target {Text.Percent(money.Target.Value)}"),
            Status(SannongNames.Name(money.Status), Colour(money.Status)),
            new Markup(Markup.Escape(
                $"{Text.Percent(money.Confidence)} interval {Text.Percent(money.Low?.Value)} to {Text.Percent(money.High?.Value)}; " +
                $"window {Text.Month(money.WindowStart)} to {Text.Month(money.WindowEnd)}")));
        console.Write(goals);

        if (card.CostPerMentee is not null || card.RemainingCashPerRemainingMentee is not null)
        {
            console.MarkupLine(Markup.Escape(
                $"Cost per mentee {Text.Money(card.CostPerMentee)} yuan; cash left per mentee still to enrol {Text.Money(card.RemainingCashPerRemainingMentee)} yuan."));
        }
        console.Write(Breakdown("By rural issue", card.Breakdown.ByIssue, SannongNames.Label));
        console.Write(Breakdown("By province", card.Breakdown.ByProvince, k => $"{k.Code} {k.English} {k.ZhHans}"));
        console.Write(Breakdown("By follower tier", card.Breakdown.ByTier, SannongNames.Label));
    }

    private static Table Breakdown<TKey>(string title, Breakdown<TKey> breakdown, Func<TKey, string> label)
        where TKey : notnull
    {
        var table = new Table().Border(TableBorder.Simple).Title(title).AddColumns("", "Mentees", "Earners", "Earner share");
        foreach (BreakdownRow<TKey> row in breakdown.Rows)
        {
            table.AddRow(Markup.Escape(label(row.Key)), Text.Count(row.Mentees), Text.Count(row.Earners), Text.Percent(row.EarnerShare?.Value));
        }
        return table;
    }

    // A goal's row: its name, a bar of its progress, actual against target, the expected value, its status in colour
    // and its projection (each a plain text, escaped here).
    private static void Goal(Table goals, string name, double progress, string actual, string expected, string status, string colour, string projection) =>
        goals.AddRow(new Markup(name), Bar(progress), new Markup(actual), new Markup(expected), Status(status, colour), new Markup(Markup.Escape(projection)));

    private static IRenderable Bar(double share)
    {
        double clamped = Math.Clamp(share, 0, 1);
        int filled = (int)Math.Round(clamped * BarWidth, MidpointRounding.AwayFromZero);
        return new Markup($"{new string('█', filled)}[grey]{new string('░', BarWidth - filled)}[/] {Text.Percent(share)}");
    }

    private static Markup Status(string text, string colour) => new($"[{colour}]{Markup.Escape(text)}[/]");

    private static string Colour(GoalStatus status) => status switch
    {
        GoalStatus.Achieved or GoalStatus.OnTrack => "green",
        GoalStatus.AtRisk => "yellow",
        GoalStatus.NotStarted => "grey",
        _ => "red",
    };

    private static string Colour(BudgetStatus status) => status switch
    {
        BudgetStatus.OnTrack => "green",
        BudgetStatus.Behind or BudgetStatus.Ahead => "yellow",
        BudgetStatus.NotStarted => "grey",
        _ => "red",
    };

    private static string Colour(MonetisationStatus status) => status switch
    {
        MonetisationStatus.Met => "green",
        MonetisationStatus.Inconclusive => "yellow",
        MonetisationStatus.NoData => "grey",
        _ => "red",
    };
}
