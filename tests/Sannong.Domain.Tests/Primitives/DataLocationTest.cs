using System;
using FsCheck.Xunit;
using Sannong.Domain.Programmes;
using Sannong.Domain.Tests.Contracts;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Primitives;

/// <summary>Structured locations of problems, and problems located by them.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class DataLocationTest
{
    [Property]
    public bool Equality_contract(DataLocation a, DataLocation b) =>
        ValueContract.EqualityHolds(a, b, (x, y) => x == y, (x, y) => x != y)
        && a == new DataLocation(a.Record, a.Index, a.Field);

    [Property]
    public bool A_problem_at_a_location_is_written_at_the_location_s_text_and_keeps_it(DataLocation location, DataProblemKind kind)
    {
        var problem = new DataProblem(location, kind, "m.");
        return problem.Path == location.ToString() && problem.Location == location && problem.Line is null
            && problem == new DataProblem(location.ToString(), kind, "m.");
    }

    [Fact]
    public void ToString_names_the_argument_the_index_and_the_property()
    {
        // Written by hand: the kind of record, [index], .Property.
        Assert.Equal("Enrolment[2].Enrolled", new DataLocation(DataRecordKind.Enrolment, 2, "Enrolled").ToString());
        Assert.Equal("Influencer[0].Id", new DataLocation(DataRecordKind.Influencer, 0, "Id").ToString());
        Assert.Equal("LedgerEntry[7]", new DataLocation(DataRecordKind.LedgerEntry, 7).ToString());
        Assert.Equal("LedgerEntry[*]", new DataLocation(DataRecordKind.LedgerEntry).ToString());
        Assert.Equal("Earning[12].Amount", new DataLocation(DataRecordKind.Earning, 12, "Amount").ToString());
        Assert.Equal("ContentItem[3].Engagement.Views", new DataLocation(DataRecordKind.ContentItem, 3, "Engagement.Views").ToString());
        Assert.Equal("Programme.Period", new DataLocation(DataRecordKind.Programme, null, "Period").ToString());
        Assert.Equal("(all)", DataLocation.Whole.ToString());
        Assert.Equal(DataLocation.Whole, default);
        Assert.Equal(LedgerValidation.DefaultPathPrefix + "[3]", new DataLocation(DataRecordKind.LedgerEntry, 3).ToString());
    }

    [Fact]
    public void A_location_that_cannot_be_is_refused_naming_the_argument()
    {
        Assert.Equal("record", Assert.Throws<ArgumentOutOfRangeException>(() => new DataLocation((DataRecordKind)99)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => new DataLocation(DataRecordKind.Earning, -1)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentException>(() => new DataLocation(DataRecordKind.Programme, 0)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentException>(() => new DataLocation(DataRecordKind.None, 0)).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentException>(() => new DataLocation(DataRecordKind.None, null, "Id")).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentException>(() => new DataLocation(DataRecordKind.Earning, 1, "")).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentException>(() => new DataLocation(DataRecordKind.Earning, 1, "a\u001bb")).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentException>(() => new DataLocation(DataRecordKind.Earning, 1, "$.amount")).ParamName);
    }

    [Fact]
    public void A_problem_located_by_path_only_has_no_location()
    {
        Assert.Null(new DataProblem("$.ledger[2].cash", DataProblemKind.Negative, "cash must not be negative.").Location);
        Assert.Null(default(DataProblem).Location);
    }
}
