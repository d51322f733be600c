using NodaTime.Text;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Samples;

/// <summary>
/// A generated sample programme (样本数据 yàngběn shùjù): the checked data, the date it describes the programme as of,
/// and the seed and scale it was generated from (see <see cref="SampleProgramme.Generate"/>).
/// </summary>
/// <remarks>
/// The data holds only what was recorded by <see cref="AsOf"/>: enrolments, ledger entries and content dated before
/// it, and earnings for the calendar months before its month. Passing <see cref="AsOf"/> to a calculator shows the
/// programme mid-way, as its managers would see it on that day. Equality is by reference; compare
/// <see cref="Data"/> (which has value equality) to compare two samples.
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class SampleDataset
{
    internal SampleDataset(ProgrammeData data, LocalDate asOf, int seed, double scale)
    {
        Data = data;
        AsOf = asOf;
        Seed = seed;
        Scale = scale;
    }

    /// <summary>The programme and its records, checked (<see cref="ProgrammeData.Validate"/> finds no problem).</summary>
    public ProgrammeData Data { get; }

    /// <summary>The date the sample describes the programme as of: <see cref="SampleProgramme.AsOf"/> (2025-05-01),
    /// 548 of the programme's 1,096 days elapsed.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The seed the sample was generated from.</summary>
    public int Seed { get; }

    /// <summary>The scale the sample was generated at, in (0, 1]; 1 is the full size of the seed plan.</summary>
    public double Scale { get; }

    /// <summary>Returns a one-line summary, for example
    /// <c>sample seed 1, scale 0.01, as of 2025-05-01: kuaishou-sannong-seed: 440 influencers, ...</c>.</summary>
    /// <returns>The seed, scale (invariant culture), as-of date (ISO) and the data's record counts.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"sample seed {Seed}, scale {Scale.ToString("R", CultureInfo.InvariantCulture)}, as of {LocalDatePattern.Iso.Format(AsOf)}: {Data}");
}
