using System.Collections.Generic;
using System.Linq;
using Sannong.Domain.Exposure;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Xunit;

namespace Sannong.Domain.Tests.Exposure;

public class ExposureCalculatorTest
{
    private static ProgrammeData Data => SampleProgramme.Default.Data;

    [Fact]
    public void Views_per_creator_sum_the_items_and_count_silent_creators()
    {
        var byCreator = ExposureCalculator.ViewsByCreator(Data);
        Assert.Equal(Data.Content.Sum(c => c.Engagement.Views), byCreator.Values.Sum());
        Assert.True(byCreator.Count >= Data.Influencers.Length);
        var first = Data.Content[0];
        Assert.Equal(Data.Content.Where(c => c.Author == first.Author).Sum(c => c.Engagement.Views), byCreator[first.Author]);
    }

    [Fact]
    public void Breakdowns_decompose_the_same_total()
    {
        TheilDecomposition issue = ExposureCalculator.ByIssue(Data);
        TheilDecomposition tier = ExposureCalculator.ByTier(Data);
        Assert.Equal(issue.Total, tier.Total, 9);
        Assert.Equal(issue.Total, issue.Between + issue.Within, 9);
        Assert.InRange(issue.Groups, 1, 3);
        Assert.Equal(
            Data.Influencers.Sum(i => CollectionExtensions.GetValueOrDefault(ExposureCalculator.ViewsByCreator(Data.Content), i.Id)),
            ExposureCalculator.ViewsByGroup(Data, i => i.Tier).Values.Sum());
    }
}
