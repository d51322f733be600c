namespace Sannong.Domain.Exposure;

/// <summary>Which form of the Gini coefficient to compute. Never chosen silently: the population form is the default.</summary>
/// <remarks>
/// <para>default(GiniForm) is <see cref="Population"/>.</para>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
/// </remarks>
public enum GiniForm
{
    /// <summary>G = Σᵢ (2i − n − 1) x₍ᵢ₎ / (n Σx) over the ascending order: the amounts are the whole population.
    /// Lies in [0, (n − 1)/n].</summary>
    Population = 0,

    /// <summary>The population form times n/(n − 1): the amounts are a sample. Reaches 1 when one member has
    /// everything; undefined (null) for a single amount.</summary>
    SampleCorrected = 1,
}
