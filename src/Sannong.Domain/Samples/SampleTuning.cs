namespace Sannong.Domain.Samples;

/// <summary>
/// The knobs of the sample programme in one place: the shares, chances and shapes of distributions that
/// <see cref="SampleGenerator"/> draws with, and its random streams. Changing one changes every sample (and the
/// held figures of docs/sample-programme.md), so each is documented with what it does.
/// </summary>
internal static class SampleTuning
{
    /// <summary>The share of the mentee target enrolled by the as-of date (a linear pace expects 548/1096 = 50%).</summary>
    internal const double EnrolledShareOfTarget = 0.44;

    /// <summary>The enrolment rate grows linearly from r at the start to (1 + k)r at the as-of date.</summary>
    internal const double RampGrowth = 2.0;

    /// <summary>The share of mentees who leave before the as-of date.</summary>
    internal const double LeaverShare = 0.06;

    /// <summary>Log-normal followers: median e^μ = 3,000, σ = 1.8.</summary>
    internal const double FollowerMedian = 3000.0;

    /// <summary>The σ of the followers' log-normal distribution.</summary>
    internal const double FollowerSigma = 1.8;

    /// <summary>The chance that a creator has a second topic.</summary>
    internal const double SecondTopicChance = 0.4;

    /// <summary>Mentees per mentor.</summary>
    internal const int MenteesPerMentor = 50;

    /// <summary>The random streams, one a generation step, so that a change to one step does not shift another.</summary>
    internal const int StreamEnrolment = 1;

    internal const int StreamInfluencers = 2;

    internal const int StreamCash = 3;

    internal const int StreamTraffic = 4;

    internal const int StreamEarnings = 5;

    internal const int StreamContent = 6;

    /// <summary>The share of the cash budget disbursed by the as-of date (a linear pace expects 50%).</summary>
    internal const double CashShareOfBudget = 0.46;

    /// <summary>The share of the traffic budget granted by the as-of date (a linear pace expects 50%).</summary>
    internal const double TrafficShareOfBudget = 0.65;

    /// <summary>The chance that an active mentee receives cash in a monthly batch.</summary>
    internal const double CashChance = 0.4;

    /// <summary>The chance that an active mentee receives traffic in a monthly batch.</summary>
    internal const double TrafficChance = 0.5;

    /// <summary>The chance that a disbursement is partly refunded 20 days later.</summary>
    internal const double RefundChance = 0.005;

    /// <summary>The chance that a traffic grant is partly reversed 20 days later.</summary>
    internal const double ReversalChance = 0.003;

    /// <summary>The chance that a mentee ever earns from content.</summary>
    internal const double EarnerChance = 0.6;

    /// <summary>The chance that an earner records earnings in a given month once started.</summary>
    internal const double MonthlyEarningChance = 0.92;

    /// <summary>The chance of a second earning record (another source) in a month.</summary>
    internal const double SecondSourceChance = 0.25;

    /// <summary>The day of the month on which batches are given.</summary>
    internal const int BatchDay = 15;

    /// <summary>Days from a batch to a refund or reversal of part of it.</summary>
    internal const int CorrectionDelayDays = 20;
}
