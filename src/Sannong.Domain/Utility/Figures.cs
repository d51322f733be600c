namespace Sannong.Domain.Utility;

/// <summary>Culture-free short forms of the figures the result types state in their ToString.</summary>
internal static class Figures
{
    /// <summary>The text for an undefined measure.</summary>
    internal const string Undefined = "n/a";

    /// <summary>A measure with up to three decimals (0.827), or n/a.</summary>
    internal static string Ratio(double? value) =>
        value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : Undefined;

    /// <summary>A ratio in [0, 1] as a percentage with up to one decimal (75.2%), or n/a.</summary>
    internal static string Percent(double? ratio) =>
        ratio is { } v ? (v * 100.0).ToString("0.#", CultureInfo.InvariantCulture) + "%" : Undefined;

    /// <summary>A count or amount with thousands separators (12,345), invariant.</summary>
    internal static string Count(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
