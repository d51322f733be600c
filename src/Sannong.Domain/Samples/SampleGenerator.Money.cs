using Sannong.Domain.Programmes;
using Sannong.Domain.Utility;
using static Sannong.Domain.Samples.SampleTuning;

namespace Sannong.Domain.Samples;

// The money side of the sample: monthly cash and traffic batches, refunds and reversals, monthly earnings.
internal sealed partial class SampleGenerator
{
    private List<LedgerEntry> BuildLedger(Programme programme)
    {
        // Batch dates: the 15th of every month from the start's month, before the as-of date.
        var batches = new List<LocalDate>();
        for (LocalDate d = new(_start.Year, _start.Month, BatchDay); d < _asOf; d = d.PlusMonths(1))
        {
            if (d >= _start)
            {
                batches.Add(d);
            }
        }
        // Active mentees per batch: enrolled on or before it and not left before it.
        var active = new List<int>[batches.Count];
        long[] activeCounts = new long[batches.Count];
        for (int b = 0; b < batches.Count; b++)
        {
            active[b] = new List<int>();
            for (int i = 0; i < _enrolments.Length; i++)
            {
                Enrolment e = _enrolments[i];
                if (e.Enrolled <= batches[b] && (e.Left is not { } left || left >= batches[b]))
                {
                    active[b].Add(i);
                }
            }
            activeCounts[b] = active[b].Count;
        }
        var entries = new List<LedgerEntry>();
        if (Sum(activeCounts) == 0)
        {
            return entries;
        }
        // Each batch's pot is in proportion to its active mentees, so the pots grow with the programme.
        long cashTotal = (long)Math.Round(programme.Budgets.Cash!.Value.Fen * CashShareOfBudget, MidpointRounding.AwayFromZero);
        long trafficTotal = (long)Math.Round(programme.Budgets.Traffic!.Value.Count * TrafficShareOfBudget, MidpointRounding.AwayFromZero);
        long[] cashPots = LargestRemainder.Allocate(cashTotal, activeCounts);
        long[] trafficPots = LargestRemainder.Allocate(trafficTotal, activeCounts);
        var cashRandom = new DeterministicRandom(_seed, StreamCash);
        var trafficRandom = new DeterministicRandom(_seed, StreamTraffic);
        var corrections = new List<LedgerEntry>();
        for (int b = 0; b < batches.Count; b++)
        {
            LocalDate date = batches[b];
            LocalDate correction = date.PlusDays(CorrectionDelayDays);
            string month = Invariant($"{date.Year:D4}-{date.Month:D2}");
            string cashMemo = $"monthly cash support {month}";
            string trafficMemo = $"monthly traffic support {month}";
            foreach ((int mentee, long fen) in Split(active[b], cashPots[b], CashChance, cashRandom))
            {
                InfluencerId id = _influencers[mentee].Id;
                entries.Add(LedgerEntry.Disbursement(date, Money.FromFen(fen), id, cashMemo));
                if (cashRandom.Chance(RefundChance) && correction < _asOf)
                {
                    long refund = Math.Max(1L, fen * cashRandom.NextInt(10, 100) / 100);
                    corrections.Add(LedgerEntry.Refund(correction, Money.FromFen(refund), id, "refund of unused cash support"));
                }
            }
            foreach ((int mentee, long count) in Split(active[b], trafficPots[b], TrafficChance, trafficRandom))
            {
                InfluencerId id = _influencers[mentee].Id;
                entries.Add(LedgerEntry.TrafficGrant(date, new Impressions(count), id, trafficMemo));
                if (trafficRandom.Chance(ReversalChance) && correction < _asOf)
                {
                    long reversed = Math.Max(1L, count * trafficRandom.NextInt(10, 100) / 100);
                    corrections.Add(LedgerEntry.TrafficReversal(correction, new Impressions(reversed), id, "traffic reversed: content taken down"));
                }
            }
        }
        entries.AddRange(corrections);
        return entries;
    }

    /// <summary>Chooses the recipients of one batch among the active mentees (each with a chance; all of them if the
    /// chance picks none) and splits the pot among them with weights 1 to 4, dropping zero parts.</summary>
    private static List<(int Mentee, long Amount)> Split(List<int> active, long pot, double chance, DeterministicRandom random)
    {
        var recipients = new List<int>();
        var weights = new List<long>();
        foreach (int mentee in active)
        {
            if (random.Chance(chance))
            {
                recipients.Add(mentee);
                weights.Add(random.NextInt(1, 4));
            }
        }
        if (recipients.Count == 0)
        {
            foreach (int mentee in active)
            {
                recipients.Add(mentee);
                weights.Add(1);
            }
        }
        var parts = new List<(int, long)>(recipients.Count);
        if (recipients.Count == 0 || pot == 0)
        {
            return parts;
        }
        long[] amounts = LargestRemainder.Allocate(pot, weights.ToArray());
        for (int r = 0; r < recipients.Count; r++)
        {
            if (amounts[r] > 0)
            {
                parts.Add((recipients[r], amounts[r]));
            }
        }
        return parts;
    }

    private List<Earning> BuildEarnings()
    {
        // An earner starts 1 to 6 months after the month of enrolment; monthly amounts are log-normal around a base
        // (median 300 yuan, σ 1.0) that grows by 2% to 10% a month, with log-normal noise (σ 0.35). Months up to
        // the one before the as-of date's month.
        var random = new DeterministicRandom(_seed, StreamEarnings);
        EarningSource[] sources = Array.ConvertAll(SampleTables.Sources, s => s.Source);
        int[] sourceWeights = Array.ConvertAll(SampleTables.Sources, s => s.Weight);
        int sourceTotal = SampleTables.Total(sourceWeights);
        double baseMu = PortableMath.Log(300.0);
        YearMonth last = _asOf.ToYearMonth().PlusMonths(-1);
        var earnings = new List<Earning>();
        for (int i = 0; i < _enrolments.Length; i++)
        {
            if (!random.Chance(EarnerChance))
            {
                continue;
            }
            InfluencerId id = _influencers[i].Id;
            YearMonth month = _enrolments[i].Enrolled.ToYearMonth().PlusMonths(random.NextInt(1, 6));
            double amount = random.NextLogNormal(baseMu, 1.0);
            double growth = 1.02 + (0.08 * random.NextDouble());
            EarningSource primary = sources[random.NextWeighted(sourceWeights, sourceTotal)];
            for (; month <= last; month = month.PlusMonths(1), amount *= growth)
            {
                if (!random.Chance(MonthlyEarningChance))
                {
                    continue;
                }
                earnings.Add(new Earning(id, month, Yuan(amount * random.NextLogNormal(0.0, 0.35)), primary));
                if (random.Chance(SecondSourceChance))
                {
                    EarningSource other = sources[random.NextWeighted(sourceWeights, sourceTotal)];
                    earnings.Add(new Earning(id, month, Yuan(amount * 0.3 * random.NextLogNormal(0.0, 0.35)), other));
                }
            }
        }
        return earnings;
    }

    private static Money Yuan(double yuan) => Money.FromFen(Math.Max(1L, (long)Math.Round(yuan * 100.0, MidpointRounding.AwayFromZero)));

    private static long Sum(long[] values)
    {
        long total = 0;
        foreach (long v in values)
        {
            total += v;
        }
        return total;
    }
}
