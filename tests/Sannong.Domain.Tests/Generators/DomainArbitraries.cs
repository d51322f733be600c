using System;
using FsCheck;
using FsCheck.Fluent;
using Sannong.Domain;

namespace Sannong.Domain.Tests.Generators;

/// <summary>
/// The one home of FsCheck generators for every domain type. Property classes register it with
/// <c>[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]</c>. The class is partial: each layer's
/// generators live in a file of their own (<c>DomainArbitraries.Primitives.cs</c>, ...), but it is one class.
/// </summary>
public static partial class DomainArbitraries
{
    /// <summary>Text that is a valid identifier: 1 to 64 printable characters, no surrounding white space.</summary>
    public static Gen<string> IdentifierText { get; } =
        from length in Gen.Choose(1, 64)
        from chars in Gen.ArrayOf(Gen.Elements("abcxyz0189-_.:/ 农民村播快手ÉéßǕ".ToCharArray()), length)
        let text = new string(chars).Trim()
        where text.Length > 0
        select text;

    /// <summary>Valid influencer identifiers.</summary>
    public static Arbitrary<InfluencerId> InfluencerIds() => IdentifierText.Select(s => new InfluencerId(s)).ToArbitrary();

    /// <summary>Valid content identifiers.</summary>
    public static Arbitrary<ContentId> ContentIds() => IdentifierText.Select(s => new ContentId(s)).ToArbitrary();

    /// <summary>Valid mentor identifiers.</summary>
    public static Arbitrary<MentorId> MentorIds() => IdentifierText.Select(s => new MentorId(s)).ToArbitrary();

    /// <summary>Valid programme identifiers.</summary>
    public static Arbitrary<ProgrammeId> ProgrammeIds() => IdentifierText.Select(s => new ProgrammeId(s)).ToArbitrary();

    /// <summary>Valid problem reports, with and without a line number, with and without a file.</summary>
    public static Arbitrary<DataProblem> DataProblems() =>
        (from path in Gen.Elements("$", "$.programme.period", "$.enrolments[3].influencer", "$.ledger[0].cash")
         from kind in Gen.Elements(Enum.GetValues<DataProblemKind>())
         from message in Gen.Elements("must not be negative.", "is not a known influencer.", "必须为正数。")
         from line in Gen.OneOf(Gen.Constant((long?)null), Gen.Choose(1, 1_000_000).Select(i => (long?)i))
         from file in Gen.Elements<string?>(null, null, "dataset.json", "earnings.ndjson", "数据.json")
         let problem = new DataProblem(path, kind, message, line)
         select file is null ? problem : problem.InFile(file)).ToArbitrary();
}
