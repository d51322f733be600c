using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Exposure;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Exposure;

/// <summary>Whole-number amounts are read the same way whatever holds them: an array or a list (read as a span), or
/// any other sequence (read through its enumerator).</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class SortedAmountsTest
{
    private static Arbitrary<long[]> Amounts() =>
        Gen.Choose(0, 1_000_000).Select(x => (long)x).ArrayOf().ToArbitrary();

    [Property]
    public Property ArrayListAndSequenceGiveTheSameReport() =>
        Prop.ForAll(Amounts(), amounts =>
        {
            InequalityReport fromArray = InequalityMeasures.Report(amounts);
            InequalityReport fromList = InequalityMeasures.Report(new List<long>(amounts));
            InequalityReport fromSequence = InequalityMeasures.Report(amounts.Select(x => x));
            return fromArray.Gini == fromSequence.Gini && fromList.Gini == fromSequence.Gini
                && fromArray.TopTenPercentShare == fromSequence.TopTenPercentShare
                && fromArray.Total == fromSequence.Total && fromArray.Count == amounts.Length;
        });

    [Fact]
    public void ANegativeAmountIsRefusedWithTheSameMessageFromEveryHolder()
    {
        long[] amounts = [3, -2, 5];
        var fromArray = Assert.Throws<ArgumentOutOfRangeException>(() => InequalityMeasures.Gini(amounts));
        var fromList = Assert.Throws<ArgumentOutOfRangeException>(() => InequalityMeasures.Gini(new List<long>(amounts)));
        var fromSequence = Assert.Throws<ArgumentOutOfRangeException>(() => InequalityMeasures.Gini(amounts.Select(x => x)));
        Assert.Equal(fromSequence.Message, fromArray.Message);
        Assert.Equal(fromSequence.Message, fromList.Message);
        Assert.Contains("must not contain a negative amount, but contained -2", fromArray.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyArrayHasNoGini()
    {
        // No amounts, no mass: every measure is undefined.
        Assert.Null(InequalityMeasures.Gini(Array.Empty<long>()));
        Assert.Null(InequalityMeasures.Gini(new List<long>()));
    }
}
