using Sannong.Domain.Utility;

namespace Sannong.Domain.Exposure;

/// <summary>
/// The Theil T index split exactly into the inequality between groups and within them:
/// T = Σ_g s_g ln(μ_g/μ) + Σ_g s_g T_g, where s_g is group g's share of the total, μ_g its mean and T_g its own
/// Theil index.
/// </summary>
/// <remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
/// </remarks>
public sealed class TheilDecomposition
{
    internal TheilDecomposition(int groups, double total, double between, double within)
    {
        Groups = groups;
        Total = total;
        Between = between;
        Within = within;
    }

    /// <summary>How many groups (those with at least one member).</summary>
    public int Groups { get; }

    /// <summary>The Theil T index of all members together; 0 when there are none or the total is zero.</summary>
    public double Total { get; }

    /// <summary>The between-group part, Σ_g s_g ln(μ_g/μ): the index if every member had its group's mean.</summary>
    public double Between { get; }

    /// <summary>The within-group part, Σ_g s_g T_g.</summary>
    public double Within { get; }

    /// <summary>The between-group part's share of the total, or 0 when the total is 0.</summary>
    public double BetweenShare => Total > 0.0 ? Between / Total : 0.0;

    /// <summary>States the split on one culture-free line.</summary>
    /// <returns>For example <c>Theil 1.42 = between 0.12 (8.5%) + within 1.3 over 10 groups</c>.</returns>
    public override string ToString() =>
        $"Theil {Figures.Ratio(Total)} = between {Figures.Ratio(Between)} ({Figures.Percent(BetweenShare)}) + within {Figures.Ratio(Within)} over {Figures.Count(Groups)} groups";
}
