using Sannong.Domain.Utility;

namespace Sannong.Domain.Exposure;

/// <summary>The two policies of one <see cref="FeedSimulation"/> side by side, over the same pool and random draws.</summary>
/// <remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
/// </remarks>
public sealed class FeedSimulationResult
{
    internal FeedSimulationResult(FeedSimulationOptions options, ImmutableArray<double> appeals, ImmutableArray<int> itemCreators,
        FeedPolicyResult popularity, FeedPolicyResult capped)
    {
        Options = options;
        Appeals = appeals;
        ItemCreators = itemCreators;
        Popularity = popularity;
        Capped = capped;
    }

    /// <summary>The settings.</summary>
    public FeedSimulationOptions Options { get; }

    /// <summary>Each item's appeal (positive, log-normal with median 1).</summary>
    public ImmutableArray<double> Appeals { get; }

    /// <summary>Each item's creator number.</summary>
    public ImmutableArray<int> ItemCreators { get; }

    /// <summary>The popularity policy's result.</summary>
    public FeedPolicyResult Popularity { get; }

    /// <summary>The capped policy's result.</summary>
    public FeedPolicyResult Capped { get; }

    /// <summary>States the two policies side by side on two culture-free lines (popularity, then capped), after the
    /// pool's size.</summary>
    /// <returns>For example <c>1,000 items by 100 creators: Popularity: ... | Capped: ...</c> with a line break before
    /// the capped policy.</returns>
    public override string ToString() =>
        $"{Figures.Count(Options.Items)} items by {Figures.Count(Options.Creators)} creators: {Popularity}\n{Capped}";
}
