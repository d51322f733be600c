using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Whatever extreme value a field holds, reading the document returns a dataset or problems; it never
/// throws. The domain's constructors may throw for values they refuse; the reader turns each such exception into a
/// problem at the field's path.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 300)]
public sealed class ExtremeValuesTest
{
    private static bool Sound(ValidationResult<SannongDataset> result) =>
        result.IsValid
            ? result.ProblemCount == 0
            : result.Problems.Length > 0 && result.Problems.All(p => p.Message.Length > 0 && p.Path.StartsWith('$'));

    [Property]
    public Property Validating_a_document_with_an_extreme_field_never_throws(ExtremeDocument document) =>
        Sound(SannongJson.ValidateDatasetJson(document.Json)).Label(document.ToString());

    [Fact]
    public void Every_leaf_with_every_extreme_value_is_read_without_an_exception()
    {
        // The exhaustive form of the property: each leaf of valid-base.json × each extreme value.
        int read = 0;
        foreach (string path in DomainArbitraries.BaseLeaves)
        {
            foreach (string value in DomainArbitraries.ExtremeValues)
            {
                ExtremeDocument document = DomainArbitraries.Replace(path, value);
                ValidationResult<SannongDataset> result;
                try
                {
                    result = SannongJson.ValidateDatasetJson(document.Json);
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"{document} threw {e.GetType().Name}: {e.Message}");
                }
                Assert.True(Sound(result), document.ToString());
                read++;
            }
        }
        Assert.True(read > 1_000, $"only {read} documents");
    }

    [Theory]
    [InlineData("0000-06-01")]
    [InlineData("-9998-01-01")]
    [InlineData("9999-12-31")]
    public void A_ledger_entry_at_the_edges_of_the_calendar_is_read_without_an_exception(string date)
    {
        // Year 0 made ValidateDataset throw (LocalDate.ToDateOnly cannot hold it); now the ledger is checked on day
        // numbers of its own. Whether the date is accepted is the domain's rule; either way, no exception.
        ExtremeDocument document = DomainArbitraries.Replace("$.ledger[0].date", $"\"{date}\"");
        ValidationResult<SannongDataset> result = SannongJson.ValidateDatasetJson(document.Json);
        Assert.True(Sound(result));
    }
}
