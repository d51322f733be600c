using System;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Sannong.Domain.Tests.Generators;

// Instants with offsets, for reading ISO-8601 text with an offset (+08:00) back as the same instant.
public static partial class DomainArbitraries
{
    /// <summary>Offsets in whole minutes within NodaTime's range (-18:00 to +18:00), the limits, zero and Beijing
    /// time frequent.</summary>
    public static Gen<Offset> IsoOffsetGen { get; } =
        Gen.Frequency(
            (6, Gen.Choose(-18 * 60, 18 * 60)),
            (1, Gen.Elements(-18 * 60, 18 * 60, 0, 8 * 60, (5 * 60) + 45, -((9 * 60) + 30))))
        .Select(minutes => Offset.FromSeconds(minutes * 60));

    /// <summary>An instant and an offset such that the instant's local time at that offset lies within NodaTime's
    /// range (so that it can be written): anywhere in the range, at its edges, and around the turns of a day and a
    /// year; with or without nanoseconds.</summary>
    public static Gen<(Instant Instant, Offset Offset)> InstantAtOffsetGen { get; } =
        from offset in IsoOffsetGen
        let low = Math.Max(Instant.MinValue.ToUnixTimeSeconds(), Instant.MinValue.ToUnixTimeSeconds() - offset.Seconds)
        let high = Math.Min(Instant.MaxValue.ToUnixTimeSeconds(), Instant.MaxValue.ToUnixTimeSeconds() - offset.Seconds)
        from high30 in Gen.Choose(0, (1 << 30) - 1)
        from low30 in Gen.Choose(0, (1 << 30) - 1)
        from near in Gen.Choose(-90_000, 90_000)
        from at in Gen.Frequency(
            (6, Gen.Constant(low + ((((long)high30 << 30) + low30) % (high - low + 1)))),
            (1, Gen.Constant(low)),
            (1, Gen.Constant(high)),
            (2, Gen.Constant(Instant.FromUtc(2024, 12, 31, 0, 0).ToUnixTimeSeconds() + near)))
        from nanos in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 999_999_999)))
        select (Instant.FromUnixTimeSeconds(at).PlusNanoseconds(nanos), offset);
}
