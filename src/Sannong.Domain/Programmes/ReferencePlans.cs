using Sannong.Domain.Utility;

namespace Sannong.Domain.Programmes;

/// <summary>
/// The library's reference programmes, as ready-made <see cref="Programme"/> values: the plan Kuaishou announced
/// at its first Sannong conference (三农大会 sānnóng dàhuì), and the two plans Chinese reports of the same
/// conference split it into, with the platform figures announced alongside.
/// </summary>
/// <remarks>
/// <para>The exact date of the announcement (and so of each plan's start) is not certain from the reports, so
/// every plan is built from a start date the caller gives. A plan of N years runs from that date to the day
/// before the same date N years later, both included (from 2023-11-01, three years end on 2026-10-31).</para>
/// <para>The figures are those reported in the press; where a figure is not reported and had to be assumed, the
/// member's documentation says so.</para>
/// </remarks>
/// <threadsafety>This type is stateless; its members return immutable values and are safe to call from any thread.</threadsafety>
public static class ReferencePlans
{
    /// <summary>The identifier of <see cref="SeedPlan"/>: <c>kuaishou-sannong-seed</c>.</summary>
    public static ProgrammeId SeedPlanId { get; } = new("kuaishou-sannong-seed");

    /// <summary>The identifier of <see cref="RedInfluencerPlan"/>: <c>kuaishou-sannong-red-influencer</c>.</summary>
    public static ProgrammeId RedInfluencerPlanId { get; } = new("kuaishou-sannong-red-influencer");

    /// <summary>The identifier of <see cref="CultivationPlan"/>: <c>kuaishou-sannong-cultivation</c>.</summary>
    public static ProgrammeId CultivationPlanId { get; } = new("kuaishou-sannong-cultivation");

    /// <summary>
    /// Kuaishou's platform figures given with the plans: 42 million monthly active rural users, publishing 378 million
    /// pieces of content a month, and 330 million fans of rural content.
    /// </summary>
    /// <remarks>Source: figures Kuaishou reported at its first Sannong conference, as reported in the press. They are
    /// approximate announced figures (rounded by the announcer), not measurements.</remarks>
    public static PlatformSnapshot Platform { get; } = new(
        monthlyActiveRuralUsers: 42_000_000,
        contentItemsPerMonth: 378_000_000,
        ruralContentFans: 330_000_000);

    /// <summary>
    /// The seed plan, as English reports put Kuaishou's announcement: mentor 100,000 rural influencers and invest
    /// 10 million RMB over three years, so that at least 50% of them earn money from their content.
    /// </summary>
    /// <remarks>
    /// <para>Identifier <c>kuaishou-sannong-seed</c>; period three years from <paramref name="start"/>; targets 100,000
    /// mentees and a 50% earning share; cash budget 10,000,000.00 yuan; no eligibility rule; the default
    /// <see cref="EarningRule"/>.</para>
    /// <para>It also carries a traffic budget of 1,000,000,000 impressions, the traffic support of the
    /// 三农红人计划 reported for the same three years (<see cref="RedInfluencerPlan"/>), so that sample data built
    /// from this one plan has both kinds of budget.</para>
    /// </remarks>
    /// <param name="start">The first day of the plan; ISO calendar.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not in the ISO calendar.</exception>
    public static Programme SeedPlan(LocalDate start) => new(
        SeedPlanId,
        "Kuaishou Sannong mentorship plan (快手三农扶持计划)",
        Years(start, 3, nameof(start)),
        new ProgrammeTargets(100_000, Share.FromRatio(0.5)),
        ProgrammeBudgets.Of(Money.FromYuan(10_000_000.00m), new Impressions(1_000_000_000)));

    /// <summary>
    /// The 三农红人计划 (sānnóng hóngrén jìhuà, Sannong Red Influencer Plan): over three years, 100,000 farmer
    /// influencers, 1 billion impressions of traffic support, 50% of them earning income.
    /// </summary>
    /// <remarks>Identifier <c>kuaishou-sannong-red-influencer</c>; period three years from <paramref name="start"/>;
    /// targets 100,000 mentees and a 50% earning share; traffic budget 1,000,000,000 impressions and no cash budget;
    /// no eligibility rule; the default <see cref="EarningRule"/>.</remarks>
    /// <param name="start">The first day of the plan; ISO calendar.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not in the ISO calendar.</exception>
    public static Programme RedInfluencerPlan(LocalDate start) => new(
        RedInfluencerPlanId,
        "Sannong Red Influencer Plan (三农红人计划)",
        Years(start, 3, nameof(start)),
        new ProgrammeTargets(100_000, Share.FromRatio(0.5)),
        ProgrammeBudgets.TrafficOnly(new Impressions(1_000_000_000)));

    /// <summary>
    /// The 三农耕耘计划 (sānnóng gēngyún jìhuà, Sannong Cultivation Plan): each year, 1 billion impressions and
    /// 10 million RMB in cash for creators with at least 10,000 fans.
    /// </summary>
    /// <remarks>
    /// <para>Identifier <c>kuaishou-sannong-cultivation</c>; period one year from <paramref name="start"/> (the plan is
    /// announced per year); cash budget 10,000,000.00 yuan and traffic budget 1,000,000,000 impressions; eligibility
    /// at least 10,000 followers; the default <see cref="EarningRule"/>.</para>
    /// <para>The reports say "100+ signed, 2,000+ supported", so the mentee target is 2,000. No earning share is
    /// reported for this plan: the 50% is an assumption carried over from the companion 三农红人计划.</para>
    /// </remarks>
    /// <param name="start">The first day of the plan; ISO calendar.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not in the ISO calendar.</exception>
    public static Programme CultivationPlan(LocalDate start) => new(
        CultivationPlanId,
        "Sannong Cultivation Plan (三农耕耘计划)",
        Years(start, 1, nameof(start)),
        new ProgrammeTargets(2_000, Share.FromRatio(0.5)),
        ProgrammeBudgets.Of(Money.FromYuan(10_000_000.00m), new Impressions(1_000_000_000)),
        new Eligibility(10_000));

    /// <summary>The days from <paramref name="start"/> to the day before the same date <paramref name="years"/> years later.</summary>
    private static DateInterval Years(LocalDate start, int years, string paramName)
    {
        Preconditions.CheckIso(start, paramName);
        return new DateInterval(start, start.PlusYears(years).PlusDays(-1));
    }
}
