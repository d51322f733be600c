namespace Sannong.Domain.Exposure;

/// <summary>
/// One point of a Lorenz curve (洛伦兹曲线 luòlúnzī qūxiàn): the poorest <see cref="PopulationShare"/> of the members
/// hold <see cref="AmountShare"/> of the total.
/// </summary>
/// <remarks>
/// <para>default(LorenzPoint) is the origin (0, 0), the first point of every curve.</para>
/// <threadsafety>This type is an immutable value type: a value never changes, so it may be copied and read from any number of threads at once without locking.</threadsafety>
/// </remarks>
public readonly struct LorenzPoint : IEquatable<LorenzPoint>
{
    /// <summary>Creates a point.</summary>
    /// <param name="populationShare">The share of members counted, poorest first, in [0, 1].</param>
    /// <param name="amountShare">The share of the total they hold, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">Either share is outside [0, 1] or not a number.</exception>
    public LorenzPoint(double populationShare, double amountShare)
    {
        if (!(populationShare >= 0.0 && populationShare <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(populationShare),
                $"populationShare must be between 0 and 1, but was {populationShare.ToString(CultureInfo.InvariantCulture)}.");
        }
        if (!(amountShare >= 0.0 && amountShare <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(amountShare),
                $"amountShare must be between 0 and 1, but was {amountShare.ToString(CultureInfo.InvariantCulture)}.");
        }
        PopulationShare = populationShare;
        AmountShare = amountShare;
    }

    /// <summary>The share of members counted, poorest first, in [0, 1] (the x axis).</summary>
    public double PopulationShare { get; }

    /// <summary>The share of the total they hold, in [0, 1] (the y axis).</summary>
    public double AmountShare { get; }

    /// <inheritdoc />
    public bool Equals(LorenzPoint other) =>
        PopulationShare.Equals(other.PopulationShare) && AmountShare.Equals(other.AmountShare);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is LorenzPoint other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PopulationShare, AmountShare);

    /// <summary>The point as "(x, y)" in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({PopulationShare:0.####}, {AmountShare:0.####})");

    /// <summary>Whether two points are equal.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns>True when both coordinates are equal.</returns>
    public static bool operator ==(LorenzPoint left, LorenzPoint right) => left.Equals(right);

    /// <summary>Whether two points differ.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns>True when a coordinate differs.</returns>
    public static bool operator !=(LorenzPoint left, LorenzPoint right) => !left.Equals(right);
}
