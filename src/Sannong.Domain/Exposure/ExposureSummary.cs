using Sannong.Domain.Programmes;

namespace Sannong.Domain.Exposure;

/// <summary>
/// The exposure result of a programme, as <c>sannong exposure</c> reports it: the inequality of views by creator and the
/// Theil decompositions of views by rural issue and by follower tier.
/// </summary>
/// <remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
/// </remarks>
public sealed class ExposureSummary
{
    /// <summary>Creates the summary from its three parts.</summary>
    /// <param name="byCreator">The inequality of views by creator.</param>
    /// <param name="byIssue">The Theil decomposition of views by each creator's primary rural issue.</param>
    /// <param name="byTier">The Theil decomposition of views by follower tier.</param>
    /// <exception cref="ArgumentNullException">A part is null.</exception>
    public ExposureSummary(InequalityReport byCreator, TheilDecomposition byIssue, TheilDecomposition byTier)
    {
        ArgumentNullException.ThrowIfNull(byCreator);
        ArgumentNullException.ThrowIfNull(byIssue);
        ArgumentNullException.ThrowIfNull(byTier);
        ByCreator = byCreator;
        ByIssue = byIssue;
        ByTier = byTier;
    }

    /// <summary>Computes the summary of a programme's content (<see cref="ExposureCalculator"/>).</summary>
    /// <param name="data">The programme data.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static ExposureSummary Of(ProgrammeData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new ExposureSummary(ExposureCalculator.ByCreator(data), ExposureCalculator.ByIssue(data), ExposureCalculator.ByTier(data));
    }

    /// <summary>The inequality of views by creator.</summary>
    public InequalityReport ByCreator { get; }

    /// <summary>The Theil decomposition of views by each creator's primary rural issue.</summary>
    public TheilDecomposition ByIssue { get; }

    /// <summary>The Theil decomposition of views by follower tier.</summary>
    public TheilDecomposition ByTier { get; }

    /// <summary>States the summary's figures on three lines: views by creator, then the Theil decompositions by rural
    /// issue and by follower tier (culture-free).</summary>
    /// <returns>The three parts' own text, labelled, separated by line feeds.</returns>
    public override string ToString() => $"views by creator: {ByCreator}\nby rural issue: {ByIssue}\nby follower tier: {ByTier}";
}
