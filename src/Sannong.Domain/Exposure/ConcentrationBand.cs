namespace Sannong.Domain.Exposure;

/// <summary>
/// The concentration bands of the Herfindahl–Hirschman index in the 2023 Merger Guidelines of the US Department of
/// Justice and Federal Trade Commission (section 2.1): above 1,800 highly concentrated, 1,000 to 1,800 moderately
/// concentrated, below 1,000 unconcentrated.
/// </summary>
/// <remarks>
/// <para>default(ConcentrationBand) is not a valid band (0).</para>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
/// </remarks>
public enum ConcentrationBand
{
    /// <summary>HHI below 1,000.</summary>
    Unconcentrated = 1,

    /// <summary>HHI from 1,000 to 1,800 inclusive.</summary>
    ModeratelyConcentrated = 2,

    /// <summary>HHI above 1,800.</summary>
    HighlyConcentrated = 3,
}
