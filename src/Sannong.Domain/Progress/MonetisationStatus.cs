namespace Sannong.Domain.Progress;

/// <summary>
/// Where a programme stands against its monetisation goal (变现 biànxiàn: the share of mentees who earn from their
/// content), as decided by <see cref="MonetisationCalculator.Compute"/>.
/// </summary>
/// <remarks>
/// <para>When the earnings cover every mentee (a census, the default) the share is known exactly, so the status is
/// <see cref="Met"/> or <see cref="Below"/>. When they are a sample of the mentees the share is uncertain, so the
/// status reads the Wilson interval: <see cref="Met"/>, <see cref="NotMet"/> or <see cref="Inconclusive"/>.</para>
/// <para>The numeric values are stable. <c>default(MonetisationStatus)</c> is <see cref="NoData"/>.</para>
/// </remarks>
public enum MonetisationStatus
{
    /// <summary>There are no mentees yet (a = 0): no share to judge.</summary>
    NoData = 0,

    /// <summary>The goal is met: in a census the share is at least the target; in a sample even the interval's
    /// lower bound is.</summary>
    Met = 1,

    /// <summary>A census whose share is below the target.</summary>
    Below = 2,

    /// <summary>A sample whose interval lies wholly below the target (its upper bound is less than the target).</summary>
    NotMet = 3,

    /// <summary>A sample whose interval contains the target above its lower bound: the data cannot tell.</summary>
    Inconclusive = 4,
}
