namespace Sannong.Domain.Exposure;

/// <summary>How the simulated feed (信息流 xìnxīliú) chooses the item for each impression.</summary>
/// <remarks>
/// <para>default(FeedPolicy) is not a valid policy (0).</para>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
/// </remarks>
public enum FeedPolicy
{
    /// <summary>Probability proportional to appeal × (views + 1)^α: the rich get richer.</summary>
    Popularity = 1,

    /// <summary>As <see cref="Popularity"/>, but an item's weight is multiplied by the cut factor once its views reach
    /// the cap (a cut factor of 0 removes it from the feed).</summary>
    Capped = 2,
}
