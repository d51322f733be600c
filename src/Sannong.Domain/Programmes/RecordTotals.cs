using Sannong.Domain.Content;

namespace Sannong.Domain.Programmes;

/// <summary>
/// The cross-record bounds of a dataset's earnings and content, checked by <see cref="ProgrammeData.Validate"/> so
/// that every sum a calculator takes over a valid dataset fits its 64-bit type: the total of all earnings fits
/// <see cref="Money"/>, and the merged engagement of all content (<see cref="Engagement.Merge"/> of every item) is a
/// valid <see cref="Engagement"/> (total views, and total likes + comments + shares, at most
/// <see cref="long.MaxValue"/>). Any sum over a subset (one influencer's earnings in a window, one creator's or one
/// group's views) is then at most the whole, so it fits too.
/// </summary>
/// <remarks>The ledger keeps its own bound (<see cref="BudgetLedger"/>: each gross total fits). Sums are kept in
/// <see cref="Int128"/>, so checking never overflows; each bound is reported once, at the record where the running
/// total (in input order) first passes it, as a <see cref="DataProblemKind.LimitExceeded"/> problem located at that
/// record (<see cref="DataLocation"/>: the earning's amount, the item's views, the item as a whole).</remarks>
internal static class RecordTotals
{
    private const string Views = nameof(ContentItem.Engagement) + "." + nameof(Engagement.Views);

    /// <summary>Every bound the records break, in the order earnings, views, interactions (at most three problems).</summary>
    /// <param name="earnings">The dataset's earnings, in input order.</param>
    /// <param name="content">The dataset's content items, in input order.</param>
    /// <returns>The problems; empty when every total fits.</returns>
    internal static ImmutableArray<DataProblem> Check(ImmutableArray<Earning> earnings, ImmutableArray<ContentItem> content)
    {
        var problems = new List<DataProblem>(0);
        Int128 fen = 0;
        for (int i = 0; i < earnings.Length; i++)
        {
            fen += earnings[i].Amount.Fen;
            if (fen > long.MaxValue)
            {
                problems.Add(new DataProblem(new DataLocation(DataRecordKind.Earning, i, nameof(Earning.Amount)), DataProblemKind.LimitExceeded,
                    Invariant($"The total of all earnings passes {Money.FromFen(long.MaxValue)} yuan (the most an amount can hold) at this earning, in input order.")));
                break;
            }
        }
        Int128 views = 0;
        Int128 interactions = 0;
        int viewsAt = -1;
        int interactionsAt = -1;
        for (int i = 0; i < content.Length && (viewsAt < 0 || interactionsAt < 0); i++)
        {
            Engagement engagement = content[i].Engagement;
            views += engagement.Views;
            interactions += engagement.Interactions;
            if (viewsAt < 0 && views > long.MaxValue)
            {
                viewsAt = i;
            }
            if (interactionsAt < 0 && interactions > long.MaxValue)
            {
                interactionsAt = i;
            }
        }
        if (viewsAt >= 0)
        {
            problems.Add(new DataProblem(new DataLocation(DataRecordKind.ContentItem, viewsAt, Views), DataProblemKind.LimitExceeded,
                Invariant($"The total of views over all content passes {long.MaxValue} (the most a count can hold) at this item, in input order.")));
        }
        if (interactionsAt >= 0)
        {
            problems.Add(new DataProblem(new DataLocation(DataRecordKind.ContentItem, interactionsAt), DataProblemKind.LimitExceeded,
                Invariant($"The total of likes, comments and shares over all content passes {long.MaxValue} (the most a count can hold) at this item, in input order.")));
        }
        return problems.ToImmutableArray();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
