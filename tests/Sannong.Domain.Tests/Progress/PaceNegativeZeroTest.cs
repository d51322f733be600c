using System.Linq;
using NodaTime;
using Sannong.Domain.Progress;
using Xunit;

namespace Sannong.Domain.Tests.Progress;

/// <summary>A milestone share written as -0 (which the range check [0, 1] lets through, since -0.0 >= 0.0) is kept as
/// 0: the pace never prints "-0" nor returns a negative zero.</summary>
public sealed class PaceNegativeZeroTest
{
    [Fact]
    public void A_negative_zero_milestone_share_is_stored_printed_and_returned_as_zero()
    {
        // Period 2024-01-01 to 2024-01-10; milestones (01-05, -0.0) and (01-10, 1).
        var period = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10));
        Pace pace = Pace.Milestones(period, new[] { (new LocalDate(2024, 1, 5), -0.0), (period.End, 1.0) });

        double stored = pace.Points.First().CumulativeShare;
        Assert.False(double.IsNegative(stored));
        Assert.Equal("milestones over [2024-01-01, 2024-01-10]: 2024-01-05 0, 2024-01-10 1", pace.ToString());
        // Days 1 to 5 lie on the flat segment from the start (share 0) to the milestone (share 0): exactly +0.
        Assert.False(double.IsNegative(pace.ExpectedShare(new LocalDate(2024, 1, 5))));
        Assert.Equal(pace, Pace.Milestones(period, new[] { (new LocalDate(2024, 1, 5), 0.0), (period.End, 1.0) }));
    }
}
